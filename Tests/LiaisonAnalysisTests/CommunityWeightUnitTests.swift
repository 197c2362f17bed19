import Testing
@testable import LiaisonAnalysis
import LiaisonGraph

/// Louvain and Leiden do not depend on the unit of weight: with every weight scaled by 1e-13 or 1e13
/// they find the partition they find at ×1 (an absolute margin of 1e-12 on the gains once made
/// Louvain return singletons at ×1e-13), with the same modularity.
@Suite struct CommunityWeightUnitTests {
    /// The planted partition of ``LeidenTests`` (weights 1 to 3), every weight times `factor`.
    static func scaled(_ factor: Double) -> CompactGraph {
        let graph = LeidenTests.plantedGraph
        var edges: [(Int32, Int32, Double)] = []
        for v in 0..<graph.nodeCount {
            for (w, weight) in zip(graph.neighbours(of: v), graph.edgeWeights(of: v)) where Int(w) > v {
                edges.append((Int32(v), w, weight * factor))
            }
        }
        return CompactGraph(nodeCount: graph.nodeCount, edges: edges, combining: .sum, entityIDs: graph.entityIDs)
    }

    @Test(arguments: ["louvain", "leiden"], [1e-13, 1e13])
    func partitionIgnoresTheUnitOfWeight(method: String, factor: Double) {
        let find: (CompactGraph) -> CommunityPartition = method == "louvain" ? { Louvain.communities($0) } : { Leiden.communities($0) }
        let plain = find(Self.scaled(1))
        let scaled = find(Self.scaled(factor))
        #expect(plain.communities.count == 12, "the planted groups: \(plain.communities.count) communities")
        #expect(scaled.community == plain.community)
        #expect(abs(scaled.modularity - plain.modularity) < 1e-12, "\(scaled.modularity) against \(plain.modularity)")
    }
}
