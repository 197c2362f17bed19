import Foundation
import LiaisonGraph

/// The one kernel of the power iterations: y = A·x for the graph's adjacency matrix A, weighted or
/// not. Each node pulls from its neighbours (the CSR arrays hold both ends of every edge, so A is
/// symmetric and the pull equals the push), which writes every `y[v]` once and in order. Large graphs
/// are split into ranges of nodes with about equal numbers of edges, one per core; each `y[v]` is
/// still one thread's sum in row order, so the result is the same for any number of threads.
enum AdjacencyProduct {
    /// Below this many CSR entries one thread does the product (a dispatch costs more than it saves).
    static let parallelEntries = 1 << 14

    /// Writes A·x into `y` (`y[v] = Σ_{u ~ v} w(u, v) · x[u]`, w = 1 when `weighted` is false).
    /// - Complexity: O(n + m), on every core when m is large.
    static func multiply(_ graph: CompactGraph, _ x: [Double], into y: inout [Double], weighted: Bool) {
        let n = graph.nodeCount
        let entries = graph.targets.count
        let threads = entries >= parallelEntries ? min(8, ProcessInfo.processInfo.activeProcessorCount) : 1
        unsafe graph.offsets.withUnsafeBufferPointer { offsets in
        unsafe graph.targets.withUnsafeBufferPointer { targets in
        unsafe graph.weights.withUnsafeBufferPointer { weights in
        unsafe x.withUnsafeBufferPointer { x in
        unsafe y.withUnsafeMutableBufferPointer { y in
            let shared = unsafe UnsafeSendable((offsets, targets, weights, x, y))
            let rows = { @Sendable (range: Range<Int>) in
                let (offsets, targets, weights, x, y) = unsafe shared.value
                if weighted {
                    for v in range {
                        var sum = 0.0
                        for k in unsafe Int(offsets[v])..<Int(offsets[v + 1]) { unsafe sum += weights[k] * x[Int(targets[k])] }
                        unsafe y[v] = sum
                    }
                } else {
                    for v in range {
                        var sum = 0.0
                        for k in unsafe Int(offsets[v])..<Int(offsets[v + 1]) { unsafe sum += x[Int(targets[k])] }
                        unsafe y[v] = sum
                    }
                }
            }
            guard threads > 1 else { return rows(0..<n) }
            // Range t starts at the first node whose edges start at or after t/threads of all entries.
            let bounds = (0...threads).map { t -> Int in
                let goal = entries * t / threads
                var low = 0, high = n
                while low < high {
                    let middle = (low + high) / 2
                    if unsafe Int(offsets[middle]) < goal { low = middle + 1 } else { high = middle }
                }
                return t == threads ? n : low
            }
            DispatchQueue.concurrentPerform(iterations: threads) { rows(bounds[$0]..<bounds[$0 + 1]) }
        }}}}}
    }

    /// max_v |a[v] − b[v]| ≤ tolerance · max_v |a[v]|: the change of a power iteration, relative to
    /// the vector's largest entry, so that it does not depend on the number of nodes or the scale.
    static func settled(_ a: [Double], _ b: [Double], tolerance: Double) -> Bool {
        var change = 0.0, size = 0.0
        for v in a.indices {
            change = max(change, abs(a[v] - b[v]))
            size = max(size, abs(a[v]))
        }
        return change <= tolerance * size
    }
}
