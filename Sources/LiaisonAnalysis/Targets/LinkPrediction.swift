import Foundation
import LiaisonGraph

/// Neighbourhood-based link prediction between one source node and many candidates, on a
/// simple undirected graph (see Liben-Nowell and Kleinberg, "The link-prediction problem for
/// social networks", 2007).
///
/// - Common neighbours: |Γ(u) ∩ Γ(v)|. NetworkX: `len(list(nx.common_neighbors(G, u, v)))`.
/// - Adamic–Adar: Σ over common neighbours z of 1 / ln(deg z). NetworkX: `nx.adamic_adar_index`.
/// - Resource allocation: Σ over common neighbours z of 1 / deg z. NetworkX: `nx.resource_allocation_index`.
///
/// A common neighbour of degree 1 cannot occur (it is tied to both ends); one of degree 2 or more
/// gives a finite Adamic–Adar term.
public struct LinkPredictionScores: Sendable, Hashable {
    /// Shared neighbours.
    public var commonNeighbours: Int
    /// The Adamic–Adar index.
    public var adamicAdar: Double
    /// The resource-allocation index.
    public var resourceAllocation: Double
}

extension CompactGraph {
    /// Link-prediction scores between `source` and every node, by local index.
    /// - Complexity: O(Σ deg(z) for z in Γ(source)).
    public func linkPrediction(from source: Int) -> [LinkPredictionScores] {
        var scores = [LinkPredictionScores](repeating: LinkPredictionScores(commonNeighbours: 0, adamicAdar: 0, resourceAllocation: 0), count: nodeCount)
        for z in neighbours(of: source) {
            let degree = Double(degree(of: Int(z)))
            for v in neighbours(of: Int(z)) where Int(v) != source {
                scores[Int(v)].commonNeighbours += 1
                scores[Int(v)].adamicAdar += degree > 1 ? 1 / log(degree) : 0
                scores[Int(v)].resourceAllocation += 1 / degree
            }
        }
        return scores
    }
}
