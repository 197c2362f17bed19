import Foundation
import LiaisonGraph

/// Eigenvector, PageRank and Katz centrality, by power iteration on the graph's CSR arrays.
///
/// - Eigenvector (NetworkX `nx.eigenvector_centrality(G, max_iter=100, tol=1e-6)`): the leading
///   eigenvector of the adjacency matrix, found by iterating x ← (A + I)x, normalised to Euclidean
///   norm 1; stops when Σ|Δx| < n·tol. Unweighted unless ``SpectralOptions/weighted``.
/// - PageRank (NetworkX `nx.pagerank(G, alpha=0.85, weight="weight")`; Brin and Page 1998): each
///   undirected edge is two arcs, a node's rank flows to its neighbours in proportion to the edge
///   weights, a node with no edges gives its rank to the personalisation vector, and
///   x ← α·(flow + dangling·p) + (1 − α)·p; stops when Σ|Δx| < n·tol. Values sum to 1.
/// - Katz (NetworkX `nx.katz_centrality(G, alpha=0.1, beta=1.0, normalized=True)`; Katz 1953):
///   x ← α·A·x + β, from x = 0, stops when Σ|Δx| < n·tol, then normalised to norm 1. It converges
///   only when α < 1/λ_max; ``katz(_:alpha:beta:options:)`` says so when it does not.
public enum SpectralCentrality {
    /// Eigenvector centrality.
    /// - Throws: ``CentralityError/notConverged(measure:iterations:hint:)``.
    public static func eigenvector(_ graph: CompactGraph, options: SpectralOptions = SpectralOptions(maximumIterations: 100)) throws(CentralityError) -> CentralityScores {
        let n = graph.nodeCount
        guard n > 0 else { return CentralityScores(measure: "eigenvector", entityIDs: [], values: []) }
        var x = [Double](repeating: 1 / Double(n), count: n)
        for _ in 0..<options.maximumIterations {
            var next = x
            for v in 0..<n {
                let xv = x[v]
                for k in Int(graph.offsets[v])..<Int(graph.offsets[v + 1]) {
                    next[Int(graph.targets[k])] += xv * (options.weighted ? graph.weights[k] : 1)
                }
            }
            var norm = (next.reduce(0) { $0 + $1 * $1 }).squareRoot()
            if norm == 0 { norm = 1 }
            for v in 0..<n { next[v] /= norm }
            let change = zip(next, x).reduce(0) { $0 + abs($1.0 - $1.1) }
            x = next
            if change < Double(n) * options.tolerance {
                return CentralityScores(measure: "eigenvector", entityIDs: graph.entityIDs, values: x)
            }
        }
        throw .notConverged(measure: "eigenvector centrality", iterations: options.maximumIterations,
                            hint: "a bipartite or disconnected view may oscillate; try more iterations or PageRank")
    }

    /// PageRank.
    /// - Parameters:
    ///   - damping: α, the probability of following a tie (NetworkX's `alpha`), 0 < α < 1.
    ///   - personalization: weights by entity ID for the teleport (and dangling) vector; empty for uniform.
    /// - Throws: ``CentralityError``.
    /// - Complexity: O(iterations · (n + m)).
    public static func pageRank(_ graph: CompactGraph, damping: Double = 0.85, personalization: [String: Double] = [:],
                                options: SpectralOptions = SpectralOptions(weighted: true, maximumIterations: 100)) throws(CentralityError) -> CentralityScores {
        let n = graph.nodeCount
        guard damping > 0 && damping < 1 else { throw .invalidOption("damping \(damping)", expected: "a damping factor between 0 and 1, as 0.85") }
        guard n > 0 else { return CentralityScores(measure: "pagerank", entityIDs: [], values: []) }
        var p = [Double](repeating: 1 / Double(n), count: n)
        if !personalization.isEmpty {
            p = graph.entityIDs.map { max(0, personalization[$0] ?? 0) }
            let sum = p.reduce(0, +)
            guard sum > 0 else { throw .invalidOption("personalization", expected: "positive weights for at least one entity of the view") }
            for v in 0..<n { p[v] /= sum }
        }
        var outStrength = [Double](repeating: 0, count: n)
        for v in 0..<n {
            for k in Int(graph.offsets[v])..<Int(graph.offsets[v + 1]) { outStrength[v] += options.weighted ? graph.weights[k] : 1 }
        }
        var x = [Double](repeating: 1 / Double(n), count: n)
        var next = [Double](repeating: 0, count: n)
        for _ in 0..<options.maximumIterations {
            var dangling = 0.0
            for v in 0..<n where outStrength[v] == 0 { dangling += x[v] }
            for v in 0..<n { next[v] = (damping * dangling + (1 - damping)) * p[v] }
            graph.offsets.withUnsafeBufferPointer { offsets in
            graph.targets.withUnsafeBufferPointer { targets in
            graph.weights.withUnsafeBufferPointer { weights in
                for v in 0..<n where outStrength[v] > 0 {
                    let share = damping * x[v] / outStrength[v]
                    for k in Int(offsets[v])..<Int(offsets[v + 1]) { next[Int(targets[k])] += share * (options.weighted ? weights[k] : 1) }
                }
            }}}
            var change = 0.0
            for v in 0..<n { change += abs(next[v] - x[v]) }
            swap(&x, &next)
            if change < Double(n) * options.tolerance {
                return CentralityScores(measure: "pagerank", entityIDs: graph.entityIDs, values: x)
            }
        }
        throw .notConverged(measure: "PageRank", iterations: options.maximumIterations, hint: "raise the iterations or lower the damping")
    }

    /// Katz centrality.
    /// - Throws: ``CentralityError``, naming the largest α that converges when α is too large.
    public static func katz(_ graph: CompactGraph, alpha: Double = 0.1, beta: Double = 1,
                            options: SpectralOptions = SpectralOptions(maximumIterations: 1000)) throws(CentralityError) -> CentralityScores {
        let n = graph.nodeCount
        guard n > 0 else { return CentralityScores(measure: "katz", entityIDs: [], values: []) }
        var x = [Double](repeating: 0, count: n)
        for _ in 0..<options.maximumIterations {
            var next = [Double](repeating: 0, count: n)
            for v in 0..<n {
                let xv = x[v]
                for k in Int(graph.offsets[v])..<Int(graph.offsets[v + 1]) {
                    next[Int(graph.targets[k])] += xv * (options.weighted ? graph.weights[k] : 1)
                }
            }
            for v in 0..<n { next[v] = alpha * next[v] + beta }
            let change = zip(next, x).reduce(0) { $0 + abs($1.0 - $1.1) }
            x = next
            if !change.isFinite { break }
            if change < Double(n) * options.tolerance {
                var norm = (x.reduce(0) { $0 + $1 * $1 }).squareRoot()
                if norm == 0 { norm = 1 }
                return CentralityScores(measure: "katz", entityIDs: graph.entityIDs, values: x.map { $0 / norm })
            }
        }
        let lambda = (try? largestEigenvalue(graph, weighted: options.weighted)) ?? 0
        let hint = lambda > 0 ? String(format: "alpha must be below 1/λmax = %.4g for this view", 1 / lambda) : "lower alpha"
        throw .notConverged(measure: "Katz centrality", iterations: options.maximumIterations, hint: hint)
    }

    /// The largest eigenvalue of the adjacency matrix, by power iteration on A + I.
    static func largestEigenvalue(_ graph: CompactGraph, weighted: Bool) throws(CentralityError) -> Double {
        let x = try eigenvector(graph, options: SpectralOptions(weighted: weighted, maximumIterations: 1000))
        // Rayleigh quotient x·Ax with |x| = 1.
        var total = 0.0
        for v in 0..<graph.nodeCount {
            for k in Int(graph.offsets[v])..<Int(graph.offsets[v + 1]) {
                total += x.values[v] * x.values[Int(graph.targets[k])] * (weighted ? graph.weights[k] : 1)
            }
        }
        return total
    }
}

/// Options of the power iterations.
public struct SpectralOptions: Sendable, Hashable {
    /// Use edge weights (as NetworkX's `weight="weight"`); otherwise every edge counts 1.
    public var weighted: Bool
    /// The most iterations before giving up.
    public var maximumIterations: Int
    /// Convergence: stop when the summed change is below n × tolerance.
    public var tolerance: Double

    /// Makes options; tolerance 1e-6 as NetworkX.
    public init(weighted: Bool = false, maximumIterations: Int = 100, tolerance: Double = 1e-6) {
        self.weighted = weighted
        self.maximumIterations = maximumIterations
        self.tolerance = tolerance
    }
}
