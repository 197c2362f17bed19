import Foundation

/// The folders a dataset may read from: the tree its folder sits in (the folder's parent, so that
/// `includes: [../world-cities]` reaches a sibling) and the embedded datasets. An include, a
/// `friendship_network`, or a table reached through a symbolic link that resolves anywhere else is
/// refused before it is opened, so that a dataset cannot make the tool read, or echo in an error
/// message, a file of the machine it was not meant to (`includes: [/etc]`, `cities.csv -> /etc/passwd`).
/// `--allow-outside` lifts the limit for a run (``unrestricted``). See `docs/dataset-format.md`.
public struct ReadBoundary: Sendable, Hashable {
    /// The resolved folders reading may happen under; nil for no limit.
    public let roots: [String]?

    /// No limit: every path may be read.
    public static let unrestricted = ReadBoundary(roots: nil)

    /// Reading limited to the given folders (resolved here: symbolic links followed).
    public init(roots: [String]?) {
        self.roots = roots.map { $0.map(Self.resolved) }
    }

    /// The boundary of a dataset at `path` (a folder or a JSON export): its parent folder's tree and
    /// the embedded datasets folder, when one can be found.
    public static func around(_ path: String) -> ReadBoundary {
        let parent = URL(fileURLWithPath: resolved(path)).deletingLastPathComponent().path
        let embedded = try? DatasetLocator.datasetsFolder()
        return ReadBoundary(roots: [parent] + (embedded.map { [$0] } ?? []))
    }

    /// Whether `path`, with its symbolic links followed, lies within one of the roots.
    public func allows(_ path: String) -> Bool {
        contains(resolved: Self.resolved(path))
    }

    /// Whether a path already resolved (``resolved(_:)``) lies within one of the roots.
    func contains(resolved target: String) -> Bool {
        guard let roots else { return true }
        return roots.contains { root in root == "/" || target == root || target.hasPrefix(root + "/") }
    }

    /// The roots in words, for a message.
    public var description: String {
        roots.map { $0.joined(separator: " or ") } ?? "anywhere"
    }

    /// `path` made absolute, with `.`/`..` and every symbolic link resolved (as far as it exists).
    static func resolved(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }
}
