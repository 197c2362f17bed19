import Foundation
import Testing
import LiaisonAnalysis
import LiaisonData
import LiaisonGraph

/// `liaison connector` on the embedded Hong Kong dataset against NetworkX: betweenness
/// (`normalized=True`) on the sister and cooperation graph, from `scripts/reference_values.py`.
/// It lives here, not in LiaisonAnalysisTests, because it loads a dataset folder.
@Suite struct ConnectorReferenceTests {
    static let root: URL = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url
    }()

    static func reference() throws -> [String: Any] {
        let data = try Data(contentsOf: root.appendingPathComponent("Tests/LiaisonAnalysisTests/Resources/reference-values.json"))
        let document = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        return try #require((document["connector"] as? [String: Any])?["hong_kong_partnerships"] as? [String: Any])
    }

    @Test func betweennessMatchesNetworkXOnThePartnershipGraph() throws {
        let reference = try Self.reference()
        let expected = try #require(reference["betweenness"] as? [String: Double])
        let network = try DatasetLoader.load(Self.root.appendingPathComponent("datasets/hong-kong").path)
        let focus = try #require(network.metadata.focusID)
        let profile = try ConnectorProfile.make(focus: focus, peers: network.metadata.peerIDs, view: network.view)
        #expect(profile.population == reference["nodes"] as? Int, "n: the entities with a sister or cooperation tie")
        let line = try #require(profile.lines.first { $0.measure == "betweenness" })
        let values = [focus: line.value].merging(line.peerValues) { a, _ in a }
        #expect(values.count == 1 + network.metadata.peerIDs.count)
        for (id, value) in values {
            let want = try #require(expected[id], "\(id) is in NetworkX's graph")
            #expect(abs(value - want) <= 1e-9, "\(id): \(value) against NetworkX's \(want)")
        }
        // The whole graph, not just the entities compared: every node's value.
        let graph = try ConnectorProfile.partnershipGraph(network.view, compared: [focus] + network.metadata.peerIDs, options: ConnectorOptions()).graph
        #expect(graph.edgeCount == reference["edges"] as? Int)
        let all = Betweenness.exact(graph)
        #expect(all.entityIDs.count == expected.count)
        for (id, want) in expected { #expect(abs((all.value(of: id) ?? .nan) - want) <= 1e-9, "\(id)") }
    }
}
