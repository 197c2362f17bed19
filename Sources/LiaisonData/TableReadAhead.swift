import Dispatch
import LiaisonGraph
import Synchronization

/// Reads and parses a folder's table files on other threads while the loader decodes them in
/// order: the ties file, usually the largest, is parsed while the cities are being decoded.
///
/// Each file's reader leaves its result in ``results`` and then leaves the file's group, which is
/// what a waiting decoder waits on: the Synchronization module's `Mutex` has no condition to wait
/// for, and a group per file wakes only the waiter of that file.
final class TableReadAhead: Sendable {
    /// A file's parsed table, or the problems of reading it.
    typealias Result = Swift.Result<CSVTable, DatasetError>

    private let results: Mutex<[Result?]>
    /// Per path, left once its result is in ``results``.
    private let read: [DispatchGroup]
    let paths: [String]

    /// Starts reading every path at once.
    init(paths: [String]) {
        self.paths = paths
        results = Mutex(Array(repeating: nil, count: paths.count))
        read = paths.map { _ in DispatchGroup() }
        for (k, path) in paths.enumerated() {
            DispatchQueue.global(qos: .userInitiated).async(group: read[k]) { [self] in
                let result = Result { () throws(DatasetError) in CSVTable(bytes: try FileAccess.bytes(of: path), file: path) }
                results.withLock { $0[k] = result }
            }
        }
    }

    /// The number of data rows of path `k` (0 when it could not be read), waiting for it if it is
    /// still being read; the table stays here for ``table(_:)``.
    func rowCount(_ k: Int) -> Int {
        (try? result(k, taking: false).get())?.rows.count ?? 0
    }

    /// The table of path `k`, waiting for it if it is still being read.
    func table(_ k: Int) -> Result { result(k, taking: true) }

    /// The result of path `k` once there is one; taken, the caller owns it and it is dropped here.
    private func result(_ k: Int, taking: Bool) -> Result {
        read[k].wait()
        return results.withLock { results in
            let result = results[k]!
            if taking { results[k] = nil }
            return result
        }
    }
}
