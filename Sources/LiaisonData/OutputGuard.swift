import Foundation
import LiaisonGraph

/// What a command read, so that nothing it writes lands on or in it.
///
/// The inputs are expanded before any comparison: a dataset folder brings its own tables (each
/// after following symbolic links, so a table linked from elsewhere counts), every folder its
/// `includes:` name, transitively, and the folder its `friendship_network:` names. Every path is
/// compared by its real path, so a symbolic link to a dataset does not hide it.
///
/// An output is refused, before anything is written, when it
/// - resolves to an input, or into an input folder;
/// - is a folder output that would hold an input (replacing the folder would remove it);
/// - exists and is not what it should be: a pipe, device or socket, a folder where a file is
///   expected, or a file where a folder is expected.
///
/// ```swift
/// let outputs = OutputGuard(inputs: ["datasets/hong-kong"])
/// try outputs.check("datasets/world/countries.csv", as: .file)   // refused: the dataset includes ../world
/// ```
public struct OutputGuard: Sendable {
    /// One input: the path as the user (or a manifest) gave it and its real path.
    public struct Input: Sendable, Hashable {
        /// The path as given.
        public var given: String
        /// The absolute path with every symbolic link resolved.
        public var real: String
    }

    /// What an output path is to hold.
    public enum OutputKind: Sendable {
        /// One file, replaced whole.
        case file
        /// A folder of files, replaced whole.
        case folder
    }

    /// Every input, expanded, in the order found.
    public private(set) var inputs: [Input] = []

    /// The guard for these inputs: dataset folders (expanded as above), dataset JSON files,
    /// scenario scripts, imported lists.
    /// - Complexity: reads each `dataset.yaml` reachable from `inputs` once.
    public init(inputs paths: [String]) {
        var seen = Set<String>()
        for path in paths { expand(path, seen: &seen) }
    }

    private mutating func expand(_ path: String, seen: inout Set<String>) {
        let real = Self.realPath(path)
        guard seen.insert(real).inserted else { return }
        inputs.append(Input(given: path, real: real))
        let manifestPath = DatasetLoader.join(path, "dataset.yaml")
        guard FileAccess.kind(of: path) == .folder, FileAccess.kind(of: manifestPath) == .file else { return }
        for table in DatasetLoader.tableFiles + ["dataset.yaml"] where FileAccess.exists(DatasetLoader.join(path, table)) {
            let tablePath = DatasetLoader.join(path, table)
            let tableReal = Self.realPath(tablePath)
            if seen.insert(tableReal).inserted { inputs.append(Input(given: tablePath, real: tableReal)) }
        }
        guard let bytes = try? FileAccess.bytes(of: manifestPath),
              let document = try? YAMLDocument(bytes: bytes, file: manifestPath) else { return }
        var ignored: [ValidationProblem] = []
        let manifest = DatasetManifest(document: document, problems: &ignored)
        for include in manifest.includes + (manifest.friendshipNetwork.map { [$0] } ?? []) {
            expand(include.hasPrefix("/") ? include : DatasetLoader.join(path, include), seen: &seen)
        }
    }

    /// Refuses `output` when it is, or is inside, an input; when, as a folder, it holds an input;
    /// or when it exists and is not a `kind` (a pipe or device is never written over).
    /// - Throws: ``OutputError`` naming the input or what the path is.
    public func check(_ output: String, as kind: OutputKind) throws(OutputError) {
        let real = Self.realPath(output)
        func contains(_ folder: String, _ path: String) -> Bool { path.hasPrefix(folder == "/" ? "/" : folder + "/") }
        // The most specific input is named: the file itself rather than the folder holding it.
        if let input = inputs.filter({ real == $0.real || contains($0.real, real) }).max(by: { $0.real.count < $1.real.count }) {
            let how = real == input.real ? "it is the input" : "it is inside the input"
            throw OutputError(path: output, reason: "\(how) \(input.given) (\(input.real)), which this command reads; choose a path outside it")
        }
        for input in inputs {
            if kind == .folder, contains(real, input.real) {
                throw OutputError(path: output, reason: "the folder holds the input \(input.given), which replacing the folder would remove; choose another folder")
            }
        }
        let found = FileAccess.kind(of: output)
        switch (kind, found) {
        case (_, .missing), (.file, .file), (.folder, .folder): return
        case (.file, .folder):
            throw OutputError(path: output, reason: "it is a folder, and a file is to be written; name a file")
        case (.folder, .file):
            throw OutputError(path: output, reason: "it is a file, and a folder is to be written; name a folder")
        case (_, .danglingLink):
            throw OutputError(path: output, reason: "it is a symbolic link to nothing; remove the link or choose another path")
        case (_, let other):
            let hint = output.hasPrefix("/dev/") ? " (use -o - for standard output)" : ""
            throw OutputError(path: output, reason: "it is \(other.words), not a regular \(kind == .file ? "file" : "folder"), and is never written over\(hint)")
        }
    }

    /// The absolute path with every symbolic link resolved; for a path that does not exist yet,
    /// the real path of its nearest existing ancestor with the rest appended (`.` dropped, `..`
    /// taking a component off).
    public static func realPath(_ path: String) -> String {
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        var components = absolute.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        var rest: [String] = []
        while true {
            let prefix = "/" + components.joined(separator: "/")
            if let resolved = FileAccess.resolvedPath(prefix) {
                var parts = resolved.split(separator: "/").map(String.init)
                for part in rest.reversed() {
                    if part == "." || part.isEmpty { continue }
                    if part == ".." { _ = parts.popLast() } else { parts.append(part) }
                }
                return "/" + parts.joined(separator: "/")
            }
            guard let last = components.popLast() else { return absolute }
            rest.append(last)
        }
    }
}
