import Foundation
import LiaisonGraph

/// How work that splits by source node runs: on how many threads, and who hears of its progress.
public struct Parallelism: Sendable, Hashable {
    /// The number of threads; 1 runs on the calling thread.
    public var threads: Int
    /// Told after each chunk of sources, from any thread. It does not change any result, so two
    /// settings that differ only in it are equal.
    public var progress: ProgressHandler?

    /// Every active core (the default).
    public static var allCores: Parallelism { Parallelism(threads: ProcessInfo.processInfo.activeProcessorCount) }

    /// Makes a setting; fewer than 1 thread means 1.
    public init(threads: Int, progress: ProgressHandler? = nil) {
        self.threads = max(1, threads)
        self.progress = progress
    }

    /// The same setting, reporting progress to `handler`.
    public func reporting(to handler: ProgressHandler?) -> Parallelism { Parallelism(threads: threads, progress: handler) }

    /// Equal when the thread counts are.
    public static func == (a: Parallelism, b: Parallelism) -> Bool { a.threads == b.threads }

    /// Hashes the thread count.
    public func hash(into hasher: inout Hasher) { hasher.combine(threads) }
}

/// Runs work over source nodes in fixed chunks, so that results are identical whatever the thread
/// count: each chunk accumulates into its own buffer, and buffers are added to the total in chunk
/// order. With T threads, T buffers are alive at once.
enum SourceChunks {
    /// The fixed chunks of `0 ..< count`: 256 of them at most, independent of the thread count.
    static func ranges(_ count: Int) -> [Range<Int>] {
        guard count > 0 else { return [] }
        let chunks = min(256, count)
        let size = (count + chunks - 1) / chunks
        return stride(from: 0, to: count, by: size).map { $0..<min(count, $0 + size) }
    }

    /// Sums per-chunk contributions into an array of `length`: `body(range, buffer)` adds the
    /// contribution of the sources in `range` into a zeroed buffer.
    static func accumulate(sources: Int, length: Int, parallelism: Parallelism, stage: String,
                           _ body: @Sendable (Range<Int>, UnsafeMutableBufferPointer<Double>) -> Void) -> [Double] {
        var total = [Double](repeating: 0, count: length)
        let chunks = ranges(sources)
        let tally = ProgressTally(stage: stage, total: sources, handler: parallelism.progress)
        let width = max(1, min(parallelism.threads, chunks.count))
        let partials = UnsafeMutableBufferPointer<Double>.allocate(capacity: width * max(1, length))
        defer { unsafe partials.deallocate() }
        var start = 0
        while start < chunks.count {
            let wave = min(width, chunks.count - start)
            unsafe partials.initialize(repeating: 0)
            let base = start
            let buffers = unsafe UnsafeSendable(partials)
            if wave == 1 || parallelism.threads == 1 {
                for w in 0..<wave {
                    unsafe body(chunks[base + w], UnsafeMutableBufferPointer(rebasing: buffers.value[(w * length)..<((w + 1) * length)]))
                    tally.advance(by: chunks[base + w].count)
                }
            } else {
                DispatchQueue.concurrentPerform(iterations: wave) { w in
                    unsafe body(chunks[base + w], UnsafeMutableBufferPointer(rebasing: buffers.value[(w * length)..<((w + 1) * length)]))
                    tally.advance(by: chunks[base + w].count)
                }
            }
            // Add in chunk order: the same order for any thread count.
            for w in 0..<wave {
                for i in 0..<length { unsafe total[i] += partials[w * length + i] }
            }
            start += wave
        }
        return total
    }

    /// Runs `body` on every source, in chunks, on up to `threads` threads; `body` must only write
    /// to places no other source writes.
    static func forEach(sources: Int, parallelism: Parallelism, stage: String, _ body: @Sendable (Range<Int>) -> Void) {
        let chunks = ranges(sources)
        let tally = ProgressTally(stage: stage, total: sources, handler: parallelism.progress)
        if parallelism.threads == 1 || chunks.count < 2 {
            for chunk in chunks {
                body(chunk)
                tally.advance(by: chunk.count)
            }
        } else {
            DispatchQueue.concurrentPerform(iterations: chunks.count) {
                body(chunks[$0])
                tally.advance(by: chunks[$0].count)
            }
        }
    }
}
