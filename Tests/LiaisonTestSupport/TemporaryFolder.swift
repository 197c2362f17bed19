import Foundation

/// A fresh temporary folder holding the given files, removed by `cleanUp()`.
public struct TemporaryFolder {
    /// The folder's path.
    public let path: String

    /// Makes the folder and writes `files` (name to text) into it.
    public init(files: [String: String] = [:]) throws {
        path = NSTemporaryDirectory() + "liaison-test-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        for (name, text) in files { try write(name, text) }
    }

    /// Writes a text file, making folders on its way.
    public func write(_ name: String, _ text: String) throws {
        try write(name, bytes: Array(text.utf8))
    }

    /// Writes a file of bytes, making folders on its way.
    public func write(_ name: String, bytes: [UInt8]) throws {
        let url = URL(fileURLWithPath: path).appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: url)
    }

    /// The path of a file in the folder.
    public func file(_ name: String) -> String { path + "/" + name }

    /// Removes the folder and everything in it.
    public func cleanUp() { try? FileManager.default.removeItem(atPath: path) }
}
