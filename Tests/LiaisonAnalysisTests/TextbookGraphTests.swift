import Foundation
import Testing
@testable import LiaisonAnalysis
import LiaisonGraph

/// Answers known by hand, the edge-case list, and determinism.
@Suite struct TextbookGraphTests {
    static func graph(_ n: Int, _ edges: [(Int, Int)], weights: [Double]? = nil) -> CompactGraph {
        CompactGraph(nodeCount: n, edges: edges.enumerated().map { (Int32($1.0), Int32($1.1), weights?[$0] ?? 1) }, combining: .sum,
                     entityIDs: (0..<n).map { String(format: "n%02d", $0) })
    }

    @Test func starCentreCarriesEveryPath() {
        let star = Self.graph(6, (1...5).map { (0, $0) })
        let b = Betweenness.exact(star)
        #expect(b.values[0] == 1)
        #expect(b.values.dropFirst().allSatisfy { $0 == 0 })
        #expect(Closeness.closeness(star).values[0] == 1)
        #expect(CoreNumbers.coreNumbers(star).values == [1, 1, 1, 1, 1, 1])
        #expect(abs(StructuralHoles.constraint(star).values[0] - 0.2) < 1e-15, "five unconnected contacts: 5 × (1/5)²")
        #expect(StructuralHoles.effectiveSize(star).values[0] == 5)
    }

    @Test func pathMiddleAndEnds() {
        let path = Self.graph(5, [(0, 1), (1, 2), (2, 3), (3, 4)])
        let raw = Betweenness.exact(path, options: BetweennessOptions(normalized: false)).values
        #expect(raw == [0, 3, 4, 3, 0])
        let closeness = Closeness.closeness(path).values
        #expect(abs(closeness[2] - 4.0 / 6) < 1e-15)
        #expect(abs(Closeness.harmonic(path).values[0] - (1 + 1 / 2.0 + 1 / 3.0 + 1 / 4.0)) < 1e-15)
    }

    @Test func completeGraphIsUniform() throws {
        let k5 = Self.graph(5, [(0, 1), (0, 2), (0, 3), (0, 4), (1, 2), (1, 3), (1, 4), (2, 3), (2, 4), (3, 4)])
        #expect(Betweenness.exact(k5).values.allSatisfy { $0 == 0 })
        for v in try SpectralCentrality.pageRank(k5).values { #expect(abs(v - 0.2) < 1e-12) }
        #expect(CoreNumbers.coreNumbers(k5).values.allSatisfy { $0 == 4 })
        let s = NetworkStatistics(k5)
        #expect(s.triangles == 10 && s.transitivity == 1 && s.density == 1 && s.assortativity == nil)
    }

    @Test func weightedBetweennessFollowsTheShortPath() {
        // 0–1–3 costs 1 + 1; 0–2–3 costs 5 + 5: all paths between 0 and 3 go through 1.
        let g = Self.graph(4, [(0, 1), (1, 3), (0, 2), (2, 3)], weights: [1, 1, 5, 5])
        let distance = Betweenness.exact(g, options: BetweennessOptions(weighting: .distance, normalized: false)).values
        #expect(distance[1] > 0 && distance[2] == 0)
        let strength = Betweenness.exact(g, options: BetweennessOptions(weighting: .inverseWeight, normalized: false)).values
        #expect(strength[2] > 0 && strength[1] == 0, "strong ties are short")
    }

    @Test func edgeCases() throws {
        let empty = Self.graph(0, [])
        #expect(Betweenness.exact(empty).values.isEmpty)
        #expect(try SpectralCentrality.pageRank(empty).values.isEmpty)
        #expect(Louvain.communities(empty).communities.isEmpty)
        let isolated = Self.graph(3, [])
        #expect(Betweenness.exact(isolated).values == [0, 0, 0])
        #expect(Closeness.closeness(isolated).values == [0, 0, 0])
        let uniform = try SpectralCentrality.pageRank(isolated).values
        #expect(uniform.allSatisfy { abs($0 - 1 / 3.0) < 1e-12 })
        #expect(StructuralHoles.constraint(isolated).values.allSatisfy { $0.isNaN })
        #expect(Louvain.communities(isolated).communities.count == 3)
        #expect(NetworkStatistics(isolated).componentSizes == [1, 1, 1])
        let withIsolate = Self.graph(4, [(0, 1), (1, 2)])
        #expect(Betweenness.exact(withIsolate, options: BetweennessOptions(normalized: false)).values == [0, 1, 0, 0])
    }

    @Test func parallelTiesOfDifferentLayersCombineAsAsked() throws {
        var b = NetworkBuilder()
        b.add(Entity(id: "X", kind: .country, name: "X"))
        for id in ["A", "B", "C"] { b.add(Entity(id: id, kind: .city, name: id, countryID: "X")) }
        b.add(Tie(from: "A", to: "B", layer: "sister", weight: 2, source: "s"))
        b.add(Tie(from: "A", to: "B", layer: "cooperation", weight: 3, source: "s"))
        b.add(Tie(from: "B", to: "C", layer: "sister", weight: 1, source: "s"))
        let view = try b.build().view([.kinds([.city])])
        for (rule, expected) in [(ParallelTies.count, [2.0, 3, 1]), (.sum, [5, 6, 1]), (.max, [3, 4, 1])] {
            #expect(DegreeCentrality.strength(CompactGraph(view, combining: rule)).values == expected)
        }
    }

    @Test func identicalWithOneAndTwoThreads() {
        let r = ReferenceValueTests.reference(ReferenceValueTests.graphNames.contains("twin2000") ? "twin2000" : "karate")
        for weighting in [PathWeighting.unweighted, .inverseWeight] {
            let one = Betweenness.exact(r.graph, options: BetweennessOptions(weighting: weighting, parallelism: Parallelism(threads: 1)))
            let two = Betweenness.exact(r.graph, options: BetweennessOptions(weighting: weighting, parallelism: Parallelism(threads: 2)))
            #expect(one.values == two.values)
        }
        #expect(Closeness.harmonic(r.graph, options: ClosenessOptions(parallelism: Parallelism(threads: 1))).values
                == Closeness.harmonic(r.graph, options: ClosenessOptions(parallelism: Parallelism(threads: 2))).values)
    }

    @Test func sampledBetweennessIsSeededAndWithinItsBound() {
        let r = ReferenceValueTests.reference("karate")
        let exact = Betweenness.exact(r.graph)
        let a = Betweenness.approximate(r.graph, samples: 20, seed: 7), b = Betweenness.approximate(r.graph, samples: 20, seed: 7)
        #expect(a.values == b.values)
        let all = Betweenness.approximate(r.graph, samples: 34, seed: 7)
        for (x, y) in zip(all.values, exact.values) { #expect(abs(x - y) < 1e-12, "every source sampled is exact") }
        let bound = Betweenness.errorBound(nodes: 34, samples: 20, delta: 0.05)
        #expect(zip(a.values, exact.values).allSatisfy { abs($0 - $1) <= bound })
        #expect(Betweenness.samplesNeeded(nodes: 34, epsilon: bound, delta: 0.05) <= 20)
    }

    @Test func louvainIgnoresInputOrderAndRepeatsForASeed() {
        let r = ReferenceValueTests.reference("karate")
        let first = Louvain.communities(r.graph, options: CommunityOptions(seed: 3))
        #expect(first == Louvain.communities(r.graph, options: CommunityOptions(seed: 3)))
        // The same graph with its edges given in reverse order.
        var edges: [(Int32, Int32, Double)] = []
        for v in 0..<r.graph.nodeCount { for w in r.graph.neighbours(of: v) where Int(w) > v { edges.append((Int32(v), w, 1)) } }
        let reversed = CompactGraph(nodeCount: r.graph.nodeCount, edges: edges.reversed(), combining: .count, entityIDs: r.graph.entityIDs)
        #expect(Louvain.communities(reversed, options: CommunityOptions(seed: 3)) == first)
        #expect(first.modularity > 0.38)
        let finer = Louvain.communities(r.graph, options: CommunityOptions(resolution: 2))
        #expect(finer.communities.count > first.communities.count)
    }

    @Test func brokerageRolesOnASmallGraph() {
        // 1 – 0 – 2, 0 – 3, 3 – 4; groups: 0 A, 1 A, 2 B, 3 B, 4 B.
        let g = Self.graph(5, [(0, 1), (0, 2), (0, 3), (3, 4)])
        let roles = BrokerageRoles.of(g, groups: ["A", "A", "B", "B", "B"])
        // Through 0: (1,2) A-A-B representative/gatekeeper, (1,3) A-A-B the same, (2,3) B-A-B consultant.
        #expect(roles[0] == BrokerageRoles(coordinator: 0, gatekeeperOrRepresentative: 2, consultant: 1, liaison: 0))
        // Through 3: (0,4) A-B-B gatekeeper/representative.
        #expect(roles[3] == BrokerageRoles(coordinator: 0, gatekeeperOrRepresentative: 1, consultant: 0, liaison: 0))
        let liaison = BrokerageRoles.of(Self.graph(3, [(0, 1), (1, 2)]), groups: ["A", "B", "C"])
        #expect(liaison[1].liaison == 1)
        let coordinator = BrokerageRoles.of(Self.graph(3, [(0, 1), (1, 2)]), groups: ["A", "A", "A"])
        #expect(coordinator[1].coordinator == 1)
    }
}
