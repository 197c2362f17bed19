import Foundation
import LiaisonGraph

/// Reading input files and writing output files safely.
public enum FileAccess {
    /// The bytes of a file.
    /// - Throws: ``DatasetError`` naming the file when it cannot be read.
    public static func bytes(of path: String) throws(DatasetError) -> [UInt8] {
        if let bytes = readWhole(path) { return bytes }
        guard let data = FileManager.default.contents(atPath: path) else {
            var isDirectory: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
            throw DatasetError(ValidationProblem(location: SourceLocation(file: path, line: 1, column: 1), value: path,
                message: exists ? (isDirectory.boolValue ? "is a folder, not a file" : "cannot be read") : "no such file",
                expected: "a readable file"))
        }
        return [UInt8](data)
    }

    /// A regular file's bytes read straight into an array (no intermediate `Data` copy), or nil
    /// for anything else (missing, unreadable, a folder or a pipe), which the caller reads the
    /// general way.
    private static func readWhole(_ path: String) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else { return nil }
        let size = Int(status.st_size)
        var complete = true
        let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
            var done = 0
            while done < size {
                let got = read(descriptor, buffer.baseAddress! + done, size - done)
                if got <= 0 {
                    if got < 0 && errno == EINTR { continue }
                    break
                }
                done += got
            }
            complete = done == size
            count = done
        }
        return complete ? bytes : nil
    }

    /// Whether a path names an existing file (not a folder).
    public static func isFile(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && !isDirectory.boolValue
    }

    /// Whether a path names an existing folder.
    public static func isFolder(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    /// Writes bytes to a file atomically: to a temporary file beside it, then renamed over it, so
    /// that a crash leaves the old file whole. Refuses to write over any of `inputs`.
    /// - Throws: ``OutputError`` when the target is an input or cannot be written.
    public static func writeAtomically(_ bytes: some Collection<UInt8>, to path: String, inputs: [String] = []) throws(OutputError) {
        let target = URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath()
        for input in inputs {
            let inputURL = URL(fileURLWithPath: input).standardizedFileURL.resolvingSymlinksInPath()
            if inputURL.path == target.path || target.path.hasPrefix(inputURL.path + "/") {
                throw OutputError(path: path, reason: "it would overwrite or write inside the input \(input); choose another path")
            }
        }
        let folder = target.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let temporary = folder.appendingPathComponent(".\(target.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
            try Data(bytes).write(to: temporary)
            if rename(temporary.path, target.path) != 0 {
                let reason = String(cString: strerror(errno))
                try? FileManager.default.removeItem(at: temporary)
                throw OutputError(path: path, reason: reason)
            }
        } catch let error as OutputError {
            throw error
        } catch {
            throw OutputError(path: path, reason: error.localizedDescription)
        }
    }
}

/// An output file that could not be written.
public struct OutputError: Error, Sendable, CustomStringConvertible {
    /// The path asked for.
    public var path: String
    /// Why it failed.
    public var reason: String

    /// Makes an error.
    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    /// `cannot write PATH: REASON`.
    public var description: String { "cannot write \(path): \(reason)" }
}
