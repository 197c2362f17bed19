import LiaisonGraph

/// k-core numbers: the largest k such that the node belongs to a subgraph in which every node has
/// at least k neighbours. Batagelj and Zaversnik's O(m) bucket algorithm ("An O(m) algorithm for
/// cores decomposition of networks", 2003). NetworkX: `nx.core_number(G)`; igraph: `g.coreness()`.
public enum CoreNumbers {
    /// The core number of every node.
    /// - Complexity: O(n + m).
    public static func coreNumbers(_ graph: CompactGraph) -> CentralityScores {
        let n = graph.nodeCount
        guard n > 0 else { return CentralityScores(measure: "kcore", entityIDs: [], values: []) }
        var degree = (0..<n).map { graph.degree(of: $0) }
        let maxDegree = degree.max() ?? 0
        var binStart = [Int](repeating: 0, count: maxDegree + 1)
        for d in degree { binStart[d] += 1 }
        var start = 0
        for d in 0...maxDegree {
            let count = binStart[d]
            binStart[d] = start
            start += count
        }
        var position = [Int](repeating: 0, count: n)
        var order = [Int](repeating: 0, count: n)
        for v in 0..<n {
            position[v] = binStart[degree[v]]
            order[position[v]] = v
            binStart[degree[v]] += 1
        }
        for d in stride(from: maxDegree, to: 0, by: -1) { binStart[d] = binStart[d - 1] }
        binStart[0] = 0
        for i in 0..<n {
            let v = order[i]
            for k in Int(graph.offsets[v])..<Int(graph.offsets[v + 1]) {
                let u = Int(graph.targets[k])
                if degree[u] > degree[v] {
                    let du = degree[u]
                    let pu = position[u]
                    let pw = binStart[du]
                    let w = order[pw]
                    if u != w {
                        position[u] = pw
                        order[pu] = w
                        position[w] = pu
                        order[pw] = u
                    }
                    binStart[du] += 1
                    degree[u] -= 1
                }
            }
        }
        return CentralityScores(measure: "kcore", graph: graph, values: degree.map(Double.init))
    }
}
