import Dispatch
import Foundation
import LiaisonGraph

/// Rows of a table decoded a batch at a time on several threads, values in row order.
enum ParallelRowDecoding {
    /// Rows decoded together.
    static let batchSize = 16_384

    /// Values decoded from a batch of rows, in row order (nil where a row failed), and the problems found.
    struct Batch<Value> {
        var values: [Value?]
        var problems: [ValidationProblem]
    }

    /// Decodes `table.rows[range]` on up to four threads, each with its own cache and its own
    /// handle on the table (rows retain their table's storage; threads sharing one would fight over
    /// its reference count); values come back in row order, nil for a row that failed.
    static func decode<Value, Cache>(_ table: CSVTable, _ range: Range<Int>, makeCache: () -> Cache,
                                     decode: (inout FieldReader, inout Cache) -> Value?) -> Batch<Value> {
        let threads = range.count < 1024 ? 1 : max(1, min(4, ProcessInfo.processInfo.activeProcessorCount))
        var values = [Value?](repeating: nil, count: range.count)
        var problemsOfPart = [[ValidationProblem]](repeating: [], count: threads)
        let partSize = (range.count + threads - 1) / threads
        let handles = (0..<threads).map { _ in table.storage.sharingHandle() }
        unsafe values.withUnsafeMutableBufferPointer { valuesOut in
            unsafe problemsOfPart.withUnsafeMutableBufferPointer { problemsOut in
                withoutActuallyEscaping(makeCache) { makeCache in
                    withoutActuallyEscaping(decode) { decode in
                        // Each part writes only its own positions of the two buffers; the
                        // functions only read shared state.
                        let values = unsafe UnsafeSendable(valuesOut), problems = unsafe UnsafeSendable(problemsOut)
                        let makeCache = UnsafeSendable(makeCache), decode = UnsafeSendable(decode)
                        let run = { @Sendable (part: Int) in
                            let lower = part * partSize, upper = min(range.count, lower + partSize)
                            guard lower < upper else { return }
                            let rows = CSVRows(storage: handles[part])
                            var cache = makeCache.value()
                            for offset in lower..<upper {
                                var reader = FieldReader(rows[range.lowerBound + offset])
                                unsafe values.value[offset] = decode.value(&reader, &cache)
                                if !reader.problems.isEmpty { unsafe problems.value[part].append(contentsOf: reader.problems) }
                            }
                        }
                        if threads == 1 { run(0) } else { DispatchQueue.concurrentPerform(iterations: threads, execute: run) }
                    }
                }
            }
        }
        return Batch(values: values, problems: problemsOfPart.flatMap { $0 })
    }
}
