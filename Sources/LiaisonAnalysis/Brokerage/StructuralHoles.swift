import LiaisonGraph

/// Burt's structural-hole measures (Burt 1992, "Structural Holes"), on an undirected graph.
///
/// With p_ij = w_ij / Σ_k w_ik the share of i's tie weight spent on j (every weight 1 when unweighted):
/// - Constraint: c(i) = Σ_{j ∈ N(i)} (p_ij + Σ_{q ∈ N(i)} p_iq p_qj)². Low constraint means
///   contacts that are not tied to one another: a broker's position. NetworkX: `nx.constraint(G)`
///   (undefined, NaN, for an isolated node).
/// - Effective size: the number of contacts less their redundancy. Unweighted, Borgatti's form
///   n − 2t/n over the ego network's n contacts and t ties among them; weighted,
///   Σ_j (1 − Σ_q p_iq m_jq) with m_jq = w_jq / max_k w_jk. NetworkX: `nx.effective_size(G)`
///   (NaN for an isolated node).
public enum StructuralHoles {
    /// Constraint of every node; NaN for isolated nodes.
    /// - Complexity: O(Σ_i d_i²) with hash look-ups.
    public static func constraint(_ graph: CompactGraph, weighted: Bool = false) -> CentralityScores {
        let n = graph.nodeCount
        let p = shares(graph, weighted: weighted)
        var values = [Double](repeating: .nan, count: n)
        // Sums run over neighbours in index order, so the last bits never depend on hashing.
        let rows = p.map { $0.sorted { $0.key < $1.key } }
        for i in 0..<n where graph.degree(of: i) > 0 {
            var total = 0.0
            for (j, pij) in rows[i] {
                var indirect = 0.0
                for (q, piq) in rows[i] where q != j { indirect += piq * (p[q][j] ?? 0) }
                total += (pij + indirect) * (pij + indirect)
            }
            values[i] = total
        }
        return CentralityScores(measure: "constraint", graph: graph, values: values)
    }

    /// Effective size of every node; NaN for isolated nodes.
    public static func effectiveSize(_ graph: CompactGraph, weighted: Bool = false) -> CentralityScores {
        let n = graph.nodeCount
        var values = [Double](repeating: .nan, count: n)
        if !weighted {
            var mark = [Int](repeating: -1, count: n)
            for i in 0..<n where graph.degree(of: i) > 0 {
                for j in graph.neighbours(of: i) { mark[Int(j)] = i }
                var ties = 0
                for j in graph.neighbours(of: i) { for q in graph.neighbours(of: Int(j)) where mark[Int(q)] == i { ties += 1 } }
                let size = Double(graph.degree(of: i))
                values[i] = size - Double(ties) / size  // ties counted twice: 2t / n
            }
        } else {
            let p = shares(graph, weighted: true)
            var maxWeight = [Double](repeating: 0, count: n)
            for j in 0..<n { maxWeight[j] = graph.edgeWeights(of: j).max() ?? 0 }
            var weightOf = [[Int: Double]](repeating: [:], count: n)
            for j in 0..<n { for (k, q) in graph.neighbours(of: j).enumerated() { weightOf[j][Int(q)] = graph.edgeWeights(of: j)[graph.edgeWeights(of: j).startIndex + k] } }
            let rows = p.map { $0.sorted { $0.key < $1.key } }
            for i in 0..<n where graph.degree(of: i) > 0 {
                var total = 0.0
                for (j, _) in rows[i] {
                    var redundancy = 0.0
                    for (q, piq) in rows[i] { redundancy += piq * ((weightOf[j][q] ?? 0) / max(maxWeight[j], .leastNormalMagnitude)) }
                    total += 1 - redundancy
                }
                values[i] = total
            }
        }
        return CentralityScores(measure: "effective-size", graph: graph, values: values)
    }

    /// p_ij for every node: its neighbours' shares of its tie weight.
    static func shares(_ graph: CompactGraph, weighted: Bool) -> [[Int: Double]] {
        (0..<graph.nodeCount).map { i in
            let neighbours = graph.neighbours(of: i), weights = graph.edgeWeights(of: i)
            let total = weighted ? weights.reduce(0, +) : Double(neighbours.count)
            var row: [Int: Double] = [:]
            for (k, j) in neighbours.enumerated() {
                row[Int(j)] = (weighted ? weights[weights.startIndex + k] : 1) / total
            }
            return row
        }
    }
}
