import Foundation

/// Finds the embedded datasets when no folder is named. It looks, in this order, and takes the
/// first folder that holds `hong-kong/dataset.yaml`:
///
/// 1. `LIAISON_DATASETS`, when set: it must then name a folder, and nothing else is tried;
/// 2. beside the executable, its symbolic links resolved (`/proc/self/exe` on Linux, never
///    argv[0], so that a symbolic link on `PATH` or a copied binary works):
///    `../share/liaison/datasets` (an installed tool, `PREFIX/bin/liaison`), then the package's
///    `datasets/` when the executable lies inside the package's `.build` folder (a build tree);
/// 3. `datasets/` in the working folder or a folder above it.
public enum DatasetLocator {
    /// The default dataset's folder name.
    public static let defaultDataset = "hong-kong"

    /// The environment variable that names the datasets folder.
    public static let environmentVariable = "LIAISON_DATASETS"

    /// Where the datasets folder is installed, relative to the executable's folder.
    public static let installedRelativePath = "../share/liaison/datasets"

    /// Why a folder is on the list of places to look.
    public enum Origin: String, Sendable, Equatable {
        /// Named by `LIAISON_DATASETS`.
        case environment = "LIAISON_DATASETS"
        /// `../share/liaison/datasets` from the executable's folder.
        case installed = "installed beside the executable"
        /// The `datasets/` of the package whose `.build` holds the executable.
        case buildTree = "the package the executable was built in"
        /// `datasets/` in the working folder or a folder above it.
        case workingFolder = "the working folder or above"
    }

    /// A folder the locator looks in, and why.
    public struct Candidate: Sendable, Equatable, CustomStringConvertible {
        /// The folder that would hold the datasets.
        public var path: String
        /// Why it is looked at.
        public var origin: Origin

        /// Makes a candidate.
        public init(path: String, origin: Origin) {
            self.path = path
            self.origin = origin
        }

        /// `PATH (ORIGIN)`.
        public var description: String { "\(path) (\(origin.rawValue))" }
    }

    /// The folders to look in, in order, for a process with this environment, executable (its
    /// links resolved) and working folder. Pure: it does not look at the file system.
    public static func candidates(environment: [String: String], executable: String?, workingFolder: String) -> [Candidate] {
        if let named = environment[environmentVariable], !named.isEmpty { return [Candidate(path: named, origin: .environment)] }
        var result: [Candidate] = []
        if let executable {
            let folder = URL(fileURLWithPath: executable).deletingLastPathComponent()
            result.append(Candidate(path: folder.appendingPathComponent(installedRelativePath).standardizedFileURL.path, origin: .installed))
            var above = folder
            while above.path != "/" {
                if above.lastPathComponent == ".build" {
                    result.append(Candidate(path: above.deletingLastPathComponent().appendingPathComponent("datasets").path, origin: .buildTree))
                    break
                }
                above.deleteLastPathComponent()
            }
        }
        var folder = URL(fileURLWithPath: workingFolder).standardizedFileURL
        for _ in 0..<8 {
            result.append(Candidate(path: folder.appendingPathComponent("datasets").path, origin: .workingFolder))
            if folder.path == "/" { break }
            folder.deleteLastPathComponent()
        }
        return result
    }

    /// The running executable's path with its symbolic links resolved: `/proc/self/exe` where
    /// there is one, else what Foundation knows of the main bundle.
    public static func executablePath() -> String? {
        if let path = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") { return path }
        return Bundle.main.executableURL?.resolvingSymlinksInPath().path
    }

    /// The first of `candidates` that holds the datasets. `LIAISON_DATASETS` counts when it
    /// names a folder at all (it may hold datasets of the user's own).
    /// - Throws: ``DatasetLocatorError`` listing every place looked at.
    public static func locate(in candidates: [Candidate]) throws(DatasetLocatorError) -> String {
        for candidate in candidates {
            let holdsDefault = FileAccess.isFile(DatasetLoader.join(DatasetLoader.join(candidate.path, defaultDataset), "dataset.yaml"))
            if holdsDefault || (candidate.origin == .environment && FileAccess.isFolder(candidate.path)) { return candidate.path }
        }
        throw DatasetLocatorError(searched: candidates)
    }

    /// The folder holding the embedded datasets, for this process.
    /// - Throws: ``DatasetLocatorError`` listing every place looked at.
    public static func datasetsFolder() throws(DatasetLocatorError) -> String {
        try locate(in: candidates(environment: ProcessInfo.processInfo.environment, executable: executablePath(),
                                  workingFolder: FileManager.default.currentDirectoryPath))
    }

    /// The folder of the default dataset, or of a named one (`liaocheng`) among the embedded ones;
    /// a path (it holds a `/`, or names an existing file or folder) is returned as it is, and so is `-`
    /// (a JSON export on standard input).
    /// - Throws: ``DatasetLocatorError`` when the datasets cannot be found, or the name is not
    ///   one of theirs.
    public static func resolve(_ name: String?) throws(DatasetLocatorError) -> String {
        if let name, name == FileAccess.standardInput || name.contains("/") || FileAccess.isFolder(name) || FileAccess.isFile(name) { return name }
        let folder = try datasetsFolder()
        let path = DatasetLoader.join(folder, name ?? defaultDataset)
        guard FileAccess.isFolder(path) else {
            let known = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
                .filter { FileAccess.isFile(DatasetLoader.join(DatasetLoader.join(folder, $0), "dataset.yaml")) }.sorted()
            throw DatasetLocatorError(unknownName: name ?? defaultDataset, folder: folder, known: known)
        }
        return path
    }
}

/// The embedded datasets could not be found, or a name is not one of them.
public struct DatasetLocatorError: Error, Sendable, CustomStringConvertible {
    /// The places looked at, in order (empty when the folder was found but the name was not).
    public var searched: [DatasetLocator.Candidate]
    /// The dataset name asked for, when it is the name that was not found.
    public var unknownName: String?
    /// The datasets folder that was found, when the name was not in it.
    public var folder: String?
    /// The datasets that folder holds.
    public var known: [String]

    /// The datasets were not found in any of these places.
    public init(searched: [DatasetLocator.Candidate]) {
        self.searched = searched
        self.known = []
    }

    /// The datasets folder was found but holds no dataset of this name.
    public init(unknownName: String, folder: String, known: [String]) {
        self.searched = []
        self.unknownName = unknownName
        self.folder = folder
        self.known = known
    }

    /// What was not found, where the locator looked, and what would be valid.
    public var description: String {
        if let unknownName, let folder {
            return "no dataset '\(unknownName)': not a file or folder, nor an embedded dataset in \(folder); embedded: \(known.joined(separator: ", ")); or name a dataset folder or a .json export"
        }
        if let named = searched.first, named.origin == .environment {
            return "\(DatasetLocator.environmentVariable)='\(named.path)' is not a folder; set it to the folder holding the datasets (an installed tool's PREFIX/share/liaison/datasets), or unset it"
        }
        // Consecutive places of one origin are listed together: "A, B, C (the working folder or above)".
        var groups: [(origin: DatasetLocator.Origin, paths: [String])] = []
        for candidate in searched {
            if groups.last?.origin == candidate.origin { groups[groups.count - 1].paths.append(candidate.path) } else { groups.append((candidate.origin, [candidate.path])) }
        }
        return "cannot find the embedded datasets (a folder holding \(DatasetLocator.defaultDataset)/dataset.yaml); looked in: "
            + groups.map { "\($0.paths.joined(separator: ", ")) (\($0.origin.rawValue))" }.joined(separator: "; ")
            + ". Install them with `make install`, set \(DatasetLocator.environmentVariable) to their folder, or pass --dataset DIR"
    }
}
