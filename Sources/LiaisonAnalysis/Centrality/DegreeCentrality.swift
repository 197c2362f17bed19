import LiaisonGraph

/// Degree and strength.
///
/// - Degree: the number of neighbours; normalised, divided by n − 1. NetworkX:
///   `nx.degree_centrality(G)` (normalised) or `dict(G.degree())`.
/// - Strength: the sum of the weights of a node's edges. NetworkX: `dict(G.degree(weight="weight"))`;
///   igraph: `g.strength(weights="weight")`.
///
/// Per layer, run on a view of that layer; combined, on a view of several, with parallel ties
/// combined as the ``CompactGraph`` was built (count, sum or max).
public enum DegreeCentrality {
    /// Degree of every node, divided by n − 1 when `normalized` (0 for a graph of one node).
    /// - Complexity: O(n).
    public static func degree(_ graph: CompactGraph, normalized: Bool = false) -> CentralityScores {
        let n = graph.nodeCount
        let scale = normalized ? (n > 1 ? 1 / Double(n - 1) : 0) : 1
        return CentralityScores(measure: normalized ? "degree-centrality" : "degree", graph: graph,
                                values: (0..<n).map { Double(graph.degree(of: $0)) * scale })
    }

    /// Strength (weighted degree) of every node.
    /// - Complexity: O(n + m).
    public static func strength(_ graph: CompactGraph) -> CentralityScores {
        CentralityScores(measure: "strength", graph: graph, values: (0..<graph.nodeCount).map { graph.strength(of: $0) })
    }
}
