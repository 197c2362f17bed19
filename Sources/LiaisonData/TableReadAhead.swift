import Dispatch
import Foundation
import LiaisonGraph

/// Reads and parses a folder's table files on other threads while the loader decodes them in
/// order: the ties file, usually the largest, is parsed while the cities are being decoded.
final class TableReadAhead: @unchecked Sendable {
    /// A file's parsed table, or the problems of reading it.
    typealias Result = Swift.Result<CSVTable, DatasetError>

    private let condition = NSCondition()
    private var results: [Result?]   // guarded by `condition`
    let paths: [String]

    /// Starts reading every path at once.
    init(paths: [String]) {
        self.paths = paths
        results = Array(repeating: nil, count: paths.count)
        for (k, path) in paths.enumerated() {
            DispatchQueue.global(qos: .userInitiated).async { [self] in
                let result = Result { () throws(DatasetError) in CSVTable(bytes: try FileAccess.bytes(of: path), file: path) }
                condition.lock()
                results[k] = result
                condition.broadcast()
                condition.unlock()
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
        condition.lock()
        defer { condition.unlock() }
        while results[k] == nil { condition.wait() }
        let result = results[k]!
        if taking { results[k] = nil }
        return result
    }
}
