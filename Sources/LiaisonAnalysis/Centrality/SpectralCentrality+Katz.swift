import Foundation
import LiaisonGraph

extension SpectralCentrality {
    /// The fraction of 1/λmax that Katz centrality takes as α when none is given: 0.9, so that the
    /// iteration contracts by 0.9 a step (about 220 iterations to the default tolerance) while paths
    /// of every length still count, as near 1/λmax Katz tends to eigenvector centrality.
    public static let defaultKatzFraction = 0.9

    /// Katz centrality: x = α·A·x + β, normalised to Euclidean norm 1.
    /// - Parameters:
    ///   - alpha: the attenuation α, at least 0 and below 1/λmax; nil for ``defaultKatzAlpha(largestEigenvalue:)``
    ///     (0.9/λmax).
    ///   - beta: the constant every node receives (NetworkX's `beta`).
    /// - Throws: ``CentralityError/invalidOption(_:expected:)`` naming 1/λmax when α ≥ 1/λmax;
    ///   ``CentralityError/notConverged(measure:iterations:hint:)`` when α·λmax is so close to 1 that
    ///   the iterations run out.
    /// - Complexity: O(iterations · (n + m)), about log(tolerance)/log(α·λmax) iterations (220 at the
    ///   default α), plus the power iteration of ``largestEigenvalue(_:weighted:)``.
    public static func katz(_ graph: CompactGraph, alpha: Double? = nil, beta: Double = 1,
                            options: SpectralOptions = SpectralOptions()) throws(CentralityError) -> CentralityScores {
        let n = graph.nodeCount
        guard n > 0 else { return CentralityScores(measure: "katz", entityIDs: [], values: []) }
        let lambda = largestEigenvalue(graph, weighted: options.weighted)
        let alpha = alpha ?? defaultKatzAlpha(largestEigenvalue: lambda)
        // λmax is known to about 1e-9 (a lower bound): an α closer to 1/λmax cannot be told from it.
        guard alpha >= 0, alpha * lambda < 1 - 1e-9 else {
            throw .invalidOption("alpha \(alpha)", expected: String(
                format: "α must be at least 0 and below 1/λmax = %.6g for this view (λmax = %.6g); without α, %.1f/λmax is used",
                1 / lambda, lambda, defaultKatzFraction))
        }
        var x = [Double](repeating: 0, count: n), next = [Double](repeating: 0, count: n)
        for _ in 0..<options.maximumIterations {
            AdjacencyProduct.multiply(graph, x, into: &next, weighted: options.weighted)
            for v in 0..<n { next[v] = alpha * next[v] + beta }
            let settled = AdjacencyProduct.settled(next, x, tolerance: options.tolerance)
            swap(&x, &next)
            if !x.allSatisfy(\.isFinite) { break }
            if settled {
                let norm = (x.reduce(0) { $0 + $1 * $1 }).squareRoot()
                return CentralityScores(measure: "katz", graph: graph, values: norm > 0 ? x.map { $0 / norm } : x)
            }
        }
        let rate = alpha * lambda
        throw .notConverged(measure: "Katz centrality", iterations: options.maximumIterations, hint: String(
            format: "α·λmax = %.6g needs about %.0f iterations; choose a smaller α (1/λmax = %.6g)",
            rate, log(options.tolerance) / log(rate), 1 / lambda))
    }

    /// The α Katz centrality takes when none is given: ``defaultKatzFraction`` / λmax, or NetworkX's
    /// 0.1 when λmax = 0 (a view without ties, where every α gives the same values).
    public static func defaultKatzAlpha(largestEigenvalue lambda: Double) -> Double {
        lambda > 0 ? defaultKatzFraction / lambda : 0.1
    }

    /// λmax, the largest eigenvalue of the adjacency matrix (weighted or not), as the Rayleigh quotient
    /// x·Ax of a power iteration on A + I (the shift stops bipartite graphs from oscillating) from the
    /// uniform vector. It stops when the residual ‖Ax − λx‖₂ is below 1e-9·λ, which puts an
    /// eigenvalue within that of λ (equal leading eigenvalues of two components converge too), or
    /// after 10,000 iterations, when λ is still a lower bound of λmax. 0 for a view without ties.
    /// NumPy: `max(abs(numpy.linalg.eigvalsh(nx.to_numpy_array(G))))`.
    /// - Complexity: O(iterations · (n + m)); the iterations grow as (λ₂ + 1)/(λmax + 1) nears 1.
    public static func largestEigenvalue(_ graph: CompactGraph, weighted: Bool) -> Double {
        let n = graph.nodeCount
        guard n > 0 else { return 0 }
        var x = [Double](repeating: 1 / Double(n).squareRoot(), count: n)
        var ax = [Double](repeating: 0, count: n)
        var lambda = 0.0
        for _ in 0..<10_000 {
            AdjacencyProduct.multiply(graph, x, into: &ax, weighted: weighted)
            lambda = 0
            for v in 0..<n { lambda += x[v] * ax[v] }
            guard lambda > 0 else { return 0 }
            var residual = 0.0, norm = 0.0
            for v in 0..<n {
                let r = ax[v] - lambda * x[v]
                residual += r * r
                ax[v] += x[v]  // now (A + I)x
                norm += ax[v] * ax[v]
            }
            if residual.squareRoot() <= 1e-9 * lambda { break }
            norm = norm.squareRoot()
            for v in 0..<n { x[v] = ax[v] / norm }
        }
        return lambda
    }
}
