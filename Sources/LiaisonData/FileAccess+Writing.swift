import Foundation

/// Writing outputs so that nothing is overwritten that was read, nothing is left half-written,
/// and a kill at any moment leaves each output either old or new.
extension FileAccess {
    /// What a write did besides writing.
    public struct WriteReport: Sendable {
        /// Temporaries of earlier runs that were killed, found beside the output and removed.
        public var removedStaleTemporaries: [String] = []
    }

    /// Writes bytes to a file atomically: into a fresh temporary file beside it (created
    /// exclusively, never through a symbolic link, with an unpredictable name), flushed to disk,
    /// then renamed over it. A file written over keeps its permissions. The temporary is removed on
    /// every error and on SIGINT, SIGTERM, SIGHUP and SIGQUIT; one left by a run killed outright is
    /// removed by the next write of the same file.
    ///
    /// The path is first checked against `inputs` by ``OutputGuard``: an output on or in anything
    /// the command read, or onto a pipe, device or folder, is refused before anything is written.
    /// - Throws: ``OutputError`` when the output is refused or cannot be written.
    @discardableResult
    public static func writeAtomically(_ bytes: some Collection<UInt8>, to path: String, inputs: [String] = []) throws(OutputError) -> WriteReport {
        try OutputGuard(inputs: inputs).check(path, as: .file)
        return try writeFile(bytes, to: path)
    }

    /// Writes a folder of files atomically: into a fresh sibling folder, then swapped in with one
    /// rename (an atomic exchange where the system has one, Linux's `renameat2`), so a kill leaves
    /// the old folder or the new one, never a mix. An existing folder is replaced whole, so it
    /// may only hold files of the names being written (an earlier output of the same kind).
    /// - Throws: ``OutputError`` when the output is refused or cannot be written.
    @discardableResult
    public static func writeFolderAtomically(_ files: [(name: String, bytes: [UInt8])], to folder: String,
                                             inputs: [String] = []) throws(OutputError) -> WriteReport {
        try OutputGuard(inputs: inputs).check(folder, as: .folder)
        let target = OutputGuard.realPath(folder)
        let names = Set(files.map(\.name))
        if FileAccess.kind(of: folder) == .folder {
            let held = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
            if let foreign = held.first(where: { !names.contains($0) }) {
                throw OutputError(path: folder, reason: "the folder holds \(foreign), which this output does not write, and the folder is replaced whole; choose a new or empty folder")
            }
        }
        let parent = (target as NSString).deletingLastPathComponent
        let name = (target as NSString).lastPathComponent
        try makeFolder(parent, for: folder)
        var report = WriteReport(removedStaleTemporaries: TemporaryFiles.removeStale(of: name, in: parent))
        let temporary = DatasetLoader.join(parent, TemporaryFiles.name(for: name))
        let oldMode = modeOfFolder(target)
        guard unsafe mkdir(temporary, oldMode ?? 0o777) == 0 else { throw OutputError(path: folder, reason: "cannot create \(temporary): \(lastError())") }
        let slot = TemporaryFiles.register(temporary)
        var fileSlots: [Int?] = []
        defer {
            fileSlots.forEach(TemporaryFiles.unregister)
            TemporaryFiles.unregister(slot)
        }
        do throws(OutputError) {
            for file in files {
                let path = DatasetLoader.join(temporary, file.name)
                fileSlots.append(TemporaryFiles.register(path))
                let descriptor = unsafe open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o666)
                guard descriptor >= 0 else { throw OutputError(path: folder, reason: "cannot create \(path): \(lastError())") }
                if let mode = modeOfFile(DatasetLoader.join(target, file.name)) { fchmod(descriptor, mode) }
                try writeAll(file.bytes, to: descriptor, path: folder)
            }
            if oldMode == nil {
                guard unsafe rename(temporary, target) == 0 else { throw OutputError(path: folder, reason: "cannot rename \(temporary) to it: \(lastError())") }
            } else {
                guard exchange(temporary, target) else { throw OutputError(path: folder, reason: "cannot swap \(temporary) in: \(lastError())") }
                // The temporary now holds the old folder.
                try? FileManager.default.removeItem(atPath: temporary)
            }
            syncFolder(parent)
        } catch {
            try? FileManager.default.removeItem(atPath: temporary)
            throw error
        }
        report.removedStaleTemporaries.sort()
        return report
    }

    /// Writes one file, the path already checked.
    static func writeFile(_ bytes: some Collection<UInt8>, to path: String) throws(OutputError) -> WriteReport {
        // Written over the real file when the path is a symbolic link to one, as before.
        let target = OutputGuard.realPath(path)
        let parent = (target as NSString).deletingLastPathComponent
        let name = (target as NSString).lastPathComponent
        try makeFolder(parent, for: path)
        let report = WriteReport(removedStaleTemporaries: TemporaryFiles.removeStale(of: name, in: parent))
        var temporary = ""
        var descriptor: Int32 = -1
        for _ in 0..<16 {
            temporary = DatasetLoader.join(parent, TemporaryFiles.name(for: name))
            descriptor = unsafe open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o666)
            if descriptor >= 0 || errno != EEXIST { break }
        }
        guard descriptor >= 0 else { throw OutputError(path: path, reason: "cannot create a temporary file beside it: \(lastError())") }
        let slot = TemporaryFiles.register(temporary)
        defer { TemporaryFiles.unregister(slot) }
        do throws(OutputError) {
            if let mode = modeOfFile(target) { fchmod(descriptor, mode) }
            try writeAll(bytes, to: descriptor, path: path)
            guard unsafe rename(temporary, target) == 0 else { throw OutputError(path: path, reason: "cannot rename the temporary file to it: \(lastError())") }
        } catch {
            unsafe unlink(temporary)
            throw error
        }
        return report
    }

    /// Writes every byte, flushes them to disk and closes the descriptor (closed on failure too).
    private static func writeAll(_ bytes: some Collection<UInt8>, to descriptor: Int32, path: String) throws(OutputError) {
        var failure: Int32 = 0
        func put(_ buffer: UnsafeBufferPointer<UInt8>) {
            var done = 0
            while done < buffer.count && failure == 0 {
                let wrote = unsafe write(descriptor, buffer.baseAddress! + done, buffer.count - done)
                if wrote < 0 { if errno != EINTR { failure = errno }; continue }
                done += wrote
            }
        }
        if bytes.withContiguousStorageIfAvailable(put) == nil {
            // A view that is not contiguous (String's UTF-8 of a bridged string): a megabyte at a time.
            var chunk: [UInt8] = []
            chunk.reserveCapacity(1 << 20)
            for byte in bytes {
                chunk.append(byte)
                if chunk.count == 1 << 20 { unsafe chunk.withUnsafeBufferPointer(put); chunk.removeAll(keepingCapacity: true) }
            }
            unsafe chunk.withUnsafeBufferPointer(put)
        }
        if failure == 0 && fsync(descriptor) != 0 && errno != EINVAL { failure = errno }
        if close(descriptor) != 0 && failure == 0 { failure = errno }
        if failure != 0 { throw unsafe OutputError(path: path, reason: String(cString: strerror(failure))) }
    }

    private static func makeFolder(_ folder: String, for path: String) throws(OutputError) {
        do { try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) } catch {
            throw OutputError(path: path, reason: "cannot create the folder \(folder): \(error.localizedDescription)")
        }
    }

    private static func modeOfFile(_ path: String) -> mode_t? {
        var status = stat()
        guard unsafe stat(path, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else { return nil }
        return status.st_mode & 0o7777
    }

    private static func modeOfFolder(_ path: String) -> mode_t? {
        var status = stat()
        guard unsafe stat(path, &status) == 0, (status.st_mode & S_IFMT) == S_IFDIR else { return nil }
        return status.st_mode & 0o7777
    }

    private static func syncFolder(_ folder: String) {
        let descriptor = unsafe open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        fsync(descriptor)
        close(descriptor)
    }

    private static func lastError() -> String { unsafe String(cString: strerror(errno)) }

    private typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32
    /// Linux's `renameat2`, looked up at run time (Swift's Glibc module does not declare it).
    private static let renameat2: RenameAt2? = unsafe dlsym(UnsafeMutableRawPointer(bitPattern: 0), "renameat2")
        .map { unsafe unsafeBitCast($0, to: RenameAt2.self) }

    /// Swaps two paths in one step (`RENAME_EXCHANGE`); where that is missing, moves `target`
    /// aside and `source` into its place (a kill between the two leaves the old folder under the
    /// temporary name, which the next run removes).
    private static func exchange(_ source: String, _ target: String) -> Bool {
        let renameExchange: UInt32 = 1 << 1
        if let renameat2 = unsafe renameat2, unsafe renameat2(AT_FDCWD, source, AT_FDCWD, target, renameExchange) == 0 { return true }
        let aside = (source as NSString).deletingPathExtension + ".old"
        guard unsafe rename(target, aside) == 0 else { return false }
        guard unsafe rename(source, target) == 0 else { unsafe rename(aside, target); return false }
        return unsafe rename(aside, source) == 0 || (try? FileManager.default.removeItem(atPath: aside)) != nil
    }
}
