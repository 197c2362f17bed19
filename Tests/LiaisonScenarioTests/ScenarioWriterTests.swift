import Foundation
import Testing
@testable import LiaisonScenario
import LiaisonAnalysis
import LiaisonGraph

/// The script `liaison targets --write-scenario` writes reads back as the shortlist it was made from.
@Suite struct ScenarioWriterTests {
    /// Focus F (CN); four Malaysian cities that outrank a Thai and an Indonesian one, one named with
    /// the characters YAML quoting must survive.
    static func network() throws -> PartnershipNetwork {
        var b = NetworkBuilder(metadata: NetworkMetadata(name: "Writer", asOf: "2025-06-30", focusID: "F"))
        b.add(Entity(id: "CN", kind: .country, name: "China", attributes: EntityAttributes(location: GeoPoint(latitude: 36, longitude: 116))))
        for (id, diaspora) in [("MY", 6_000_000), ("TH", 5_000_000), ("ID", 2_000_000)] {
            b.add(Entity(id: id, kind: .country, name: id, attributes: EntityAttributes(prcRelations: .since(1975), beltAndRoad: .signedYearUnknown, overseasChinese: diaspora)))
        }
        func city(_ id: String, _ name: String, _ country: String, _ population: Int) -> Entity {
            Entity(id: id, kind: .city, name: name, countryID: country,
                   attributes: EntityAttributes(population: population, location: GeoPoint(latitude: 5, longitude: 101)))
        }
        b.add(city("F", "Focus", "CN", 6_000_000))
        b.add(city("MY-1", "yes: \"Kampung\" # 1", "MY", 900_000))
        for k in 2...4 { b.add(city("MY-\(k)", "Malaysian \(k)", "MY", 900_000 - k * 10_000)) }
        b.add(city("TH-1", "Thai", "TH", 800_000))
        b.add(city("ID-1", "Indonesian", "ID", 700_000))
        return try b.build()
    }

    @Test func theScriptProposesTheShortlistAndReadsBack() throws {
        let network = try Self.network()
        let report = try TargetRanking.run(focus: "F", in: network, options: TargetOptions(layer: "sister"))
        let shortlist = report.shortlist(top: 3, perCountry: 1)
        #expect(shortlist.candidates.map(\.countryID) == ["MY", "TH", "ID"], "\(report.candidates.map(\.entityID))")
        let text = ScenarioWriter.plan(from: report, in: network, top: 3, perCountry: 1, basePath: "../base", command: "liaison targets --top 3",
                                       basis: { "\($0.score)" })
        let file = NSTemporaryDirectory() + "liaison-writer-\(UUID().uuidString).yaml"
        defer { try? FileManager.default.removeItem(atPath: file) }
        try text.write(toFile: file, atomically: true, encoding: .utf8)
        let script = try ScenarioParser.parse(file: file)
        let proposed = script.steps.flatMap(\.edits).compactMap { edit -> Tie? in if case let .addTie(tie) = edit { return tie } else { return nil } }
        #expect(proposed.map(\.to) == shortlist.candidates.map(\.entityID))
        #expect(proposed.allSatisfy { $0.from == "F" && $0.layer == "sister" && $0.status == .proposed })
        #expect(script.variants.map(\.name) == ["top 3"] && script.variants.first?.stepIDs == script.steps.map(\.id))
        #expect(script.focusID == "F" && script.name == "Top sister targets for Focus")
        #expect(text.contains("yes: \\\"Kampung\\\" # 1, score"), "the name with a colon, quotes and a hash is one quoted description")
    }
}
