import LiaisonGraph

/// The one kernel of the power iterations: y = A·x for the graph's adjacency matrix A, weighted or
/// not. Each node pulls from its neighbours (the CSR arrays hold both ends of every edge, so A is
/// symmetric and the pull equals the push), which writes every `y[v]` once and in order.
enum AdjacencyProduct {
    /// Writes A·x into `y` (`y[v] = Σ_{u ~ v} w(u, v) · x[u]`, w = 1 when `weighted` is false).
    /// - Complexity: O(n + m).
    static func multiply(_ graph: CompactGraph, _ x: [Double], into y: inout [Double], weighted: Bool) {
        let n = graph.nodeCount
        graph.offsets.withUnsafeBufferPointer { offsets in
        graph.targets.withUnsafeBufferPointer { targets in
        graph.weights.withUnsafeBufferPointer { weights in
        x.withUnsafeBufferPointer { x in
        y.withUnsafeMutableBufferPointer { y in
            if weighted {
                for v in 0..<n {
                    var sum = 0.0
                    for k in Int(offsets[v])..<Int(offsets[v + 1]) { sum += weights[k] * x[Int(targets[k])] }
                    y[v] = sum
                }
            } else {
                for v in 0..<n {
                    var sum = 0.0
                    for k in Int(offsets[v])..<Int(offsets[v + 1]) { sum += x[Int(targets[k])] }
                    y[v] = sum
                }
            }
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
