import Foundation
import LiaisonGraph

/// Reading input files, and the kinds of entries a path may name. Writing is in
/// `FileAccess+Writing.swift`; which outputs are allowed, in ``OutputGuard``.
public enum FileAccess {
    /// What a path names, after following symbolic links.
    public enum EntryKind: Sendable, Equatable {
        /// Nothing, and no symbolic link either.
        case missing
        /// A symbolic link whose target does not exist.
        case danglingLink
        /// A symbolic link that leads back to itself (too many levels of links).
        case linkLoop
        /// A regular file.
        case file
        /// A folder.
        case folder
        /// A named pipe (FIFO): reading it would wait for a writer.
        case pipe
        /// A character or block device.
        case device
        /// A socket.
        case socket
        /// Something that exists but cannot be looked at (no permission on a folder on the way).
        case unreadable

        /// The kind, in words for a message ("a named pipe (FIFO)").
        public var words: String {
            switch self {
            case .missing: "missing"
            case .danglingLink: "a symbolic link to nothing"
            case .linkLoop: "a loop of symbolic links"
            case .file: "a file"
            case .folder: "a folder"
            case .pipe: "a named pipe (FIFO)"
            case .device: "a device"
            case .socket: "a socket"
            case .unreadable: "not accessible"
            }
        }
    }

    /// What `path` names, following symbolic links.
    public static func kind(of path: String) -> EntryKind {
        var status = stat()
        if unsafe stat(path, &status) != 0 {
            let error = errno
            if error == ELOOP { return .linkLoop }
            if error == ENOENT || error == ENOTDIR {
                var linkStatus = stat()
                return unsafe lstat(path, &linkStatus) == 0 ? .danglingLink : .missing
            }
            return .unreadable
        }
        switch status.st_mode & S_IFMT {
        case S_IFREG: return .file
        case S_IFDIR: return .folder
        case S_IFIFO: return .pipe
        case S_IFCHR, S_IFBLK: return .device
        case S_IFSOCK: return .socket
        default: return .unreadable
        }
    }

    /// Whether anything is at `path`, a broken symbolic link included.
    public static func exists(_ path: String) -> Bool {
        var status = stat()
        return unsafe lstat(path, &status) == 0
    }

    /// The bytes of a regular file. Pipes, devices, sockets, folders, broken links and link loops
    /// are refused without being opened for reading, so that nothing waits on a FIFO.
    /// - Throws: ``DatasetError`` naming the file and what it is instead.
    /// `-` names standard input (``standardInput``): read to its end, and refused when it is a terminal,
    /// where reading would wait for someone to type.
    public static func bytes(of path: String) throws(DatasetError) -> [UInt8] {
        func refuse(_ message: String) -> DatasetError {
            DatasetError(ValidationProblem(location: SourceLocation(file: path, line: 1, column: 1), value: path,
                                           message: message, expected: "a readable regular file"))
        }
        if path == standardInput {
            guard isatty(STDIN_FILENO) == 0 else {
                throw DatasetError(ValidationProblem(location: SourceLocation(file: path, line: 1, column: 1), value: path,
                    message: "standard input is a terminal", expected: "a file piped or redirected in (liaison … - < FILE)"))
            }
            return standardInputBytes()
        }
        let kind = kind(of: path)
        guard kind == .file else {
            throw refuse(kind == .missing ? "no such file" : "is \(kind.words), not a regular file")
        }
        // O_NONBLOCK: should the file have been swapped for a FIFO since, opening it does not wait.
        let descriptor = unsafe open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { throw refuse(unsafe "cannot be read: \(String(cString: strerror(errno)))") }
        defer { close(descriptor) }
        var status = stat()
        guard unsafe fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else {
            throw refuse("is not a regular file")
        }
        let size = Int(status.st_size)
        var failure: Int32 = 0
        let bytes = unsafe [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
            var done = 0
            while done < size {
                let got = unsafe read(descriptor, buffer.baseAddress! + done, size - done)
                if got < 0 && (errno == EINTR || errno == EAGAIN) { continue }
                if got < 0 { failure = errno }
                if got <= 0 { break }
                done += got
            }
            count = done
        }
        if failure != 0 { throw refuse(unsafe "cannot be read: \(String(cString: strerror(failure)))") }
        return bytes
    }

    /// The name that stands for standard input where a file is read.
    public static let standardInput = "-"

    /// Standard input to its end.
    private static func standardInputBytes() -> [UInt8] {
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let got = unsafe buffer.withUnsafeMutableBytes { unsafe read(STDIN_FILENO, $0.baseAddress, $0.count) }
            if got < 0 && errno == EINTR { continue }
            if got <= 0 { break }
            bytes += buffer[0..<got]
        }
        return bytes
    }

    /// Whether a path names an existing file (not a folder).
    public static func isFile(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return unsafe FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && !isDirectory.boolValue
    }

    /// Whether a path names an existing folder.
    public static func isFolder(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return unsafe FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    /// The absolute path of an existing `path` with every symbolic link resolved (POSIX
    /// `realpath`); nil when it does not exist or cannot be resolved.
    static func resolvedPath(_ path: String) -> String? {
        guard let resolved = unsafe realpath(path, nil) else { return nil }
        defer { unsafe free(resolved) }
        return unsafe String(cString: resolved)
    }
}

/// An output file that could not be written, or that was refused.
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
