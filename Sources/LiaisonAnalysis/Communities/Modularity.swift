import LiaisonGraph

/// Modularity of a partition (Newman and Girvan 2004; with a resolution γ, Reichardt and Bornholdt 2006):
/// Q = Σ_c [ L_c / m − γ (d_c / 2m)² ], where L_c is the weight of the edges inside community c,
/// d_c the summed strength of its nodes and m the total edge weight.
/// NetworkX: `nx.community.modularity(G, communities, weight="weight", resolution=γ)`.
public enum Modularity {
    /// The modularity of `community[v]` labels over the graph; 0 for a graph without edges.
    /// - Complexity: O(n + m).
    public static func of(_ graph: CompactGraph, community: [Int], resolution: Double = 1) -> Double {
        let n = graph.nodeCount
        // Dense community indices in order of first appearance, so that sums run in a fixed order.
        var dense: [Int: Int] = [:]
        let label = community.map { c -> Int in
            if let d = dense[c] { return d }
            dense[c] = dense.count
            return dense.count - 1
        }
        var inside = [Double](repeating: 0, count: dense.count)
        var degree = [Double](repeating: 0, count: dense.count)
        var total = 0.0
        for v in 0..<n {
            let c = label[v]
            for k in Int(graph.offsets[v])..<Int(graph.offsets[v + 1]) {
                let w = graph.weights[k]
                total += w
                degree[c] += w
                if label[Int(graph.targets[k])] == c { inside[c] += w }
            }
        }
        guard total > 0 else { return 0 }
        var q = 0.0
        for c in 0..<dense.count { q += inside[c] / total - resolution * (degree[c] / total) * (degree[c] / total) }
        return q
    }
}
