import Foundation
import LiaisonData
import LiaisonGraph
import Testing
@testable import LiaisonText

/// Look-up by a Chinese name typed in either script, on the default dataset (whose names mix the
/// scripts: 旧金山 and 德国 Simplified, 香港駐三藩市經濟貿易辦事處 Traditional) and on a small network.
@Suite struct ChineseLookupTests {
    static var network: PartnershipNetwork { ChineseNamesTests.network }

    @Test(arguments: [
        ("香港", "HK"),
        ("hong kong", "HK"),
        ("旧金山", "US-SFO"),
        ("舊金山", "US-SFO"),
        ("三藩市", "US-SFO"),
        ("德國", "DE"),
        ("德国", "DE"),
        ("香港駐三藩市經濟貿易辦事處", "HKETO-SFO"),
        ("香港驻三藩市经济贸易办事处", "HKETO-SFO"),
        ("香港驻旧金山经济贸易办事处", "HKETO-SFO"),
        (" 香港驻伦敦经济贸易办事处 ", "HKETO-LON"),
    ])
    func eitherScriptFindsTheEntity(query: String, id: String) throws {
        #expect(try Self.network.resolveInEitherScript(query).id == id)
    }

    /// The plain look-up finds only the script the data wrote; this is what the new one adds.
    @Test func thePlainLookUpFindsOnlyTheDataScript() {
        #expect((try? Self.network.resolve("德国"))?.id == "DE")
        #expect((try? Self.network.resolve("德國")) == nil)
        #expect((try? Self.network.resolve("香港驻伦敦经济贸易办事处")) == nil)
    }

    /// Liverpool, written 利物浦 in both scripts, and a Traditional-only name in a small network.
    @Test func liverpoolAndATraditionalNameInASmallNetwork() throws {
        var builder = NetworkBuilder(metadata: NetworkMetadata(name: "Small"))
        builder.add(Entity(id: "GB", kind: .country, name: "United Kingdom", nameZh: "英国"))
        builder.add(Entity(id: "GB-LPL", kind: .city, name: "Liverpool", nameZh: "利物浦", countryID: "GB"))
        builder.add(Entity(id: "GB-MAN", kind: .city, name: "Manchester", nameZh: "曼徹斯特", countryID: "GB"))
        let network = try builder.build()
        #expect(try network.resolveInEitherScript("利物浦").id == "GB-LPL")
        #expect(try network.resolveInEitherScript("英國").id == "GB")
        #expect(try network.resolveInEitherScript("曼彻斯特").id == "GB-MAN")
        #expect(try network.resolveInEitherScript("曼彻斯特", kinds: [.city]).id == "GB-MAN")
        #expect(throws: LookupError.self) { try network.resolveInEitherScript("曼彻斯特", kinds: [.country]) }
    }

    /// "Did you mean" for Chinese: a typo, in either script, suggests the entity whose name is one
    /// character away in some form; a name nowhere near suggests nothing.
    @Test(arguments: [
        ("利物埔", ["LPL-OFFICE"]),
        ("香巷", ["HK"]),
        ("舊金山市", ["US-SFO"]),
        ("香港駐倫敦經濟貿易辦事", ["HKETO-LON"]),
        ("香港驻伦敦经济贸易办事", ["HKETO-LON"]),
    ])
    func typosSuggestTheClosestInEitherScript(query: String, expected: [String]) throws {
        var builder = NetworkBuilder(metadata: NetworkMetadata(name: "With Liverpool"))
        for entity in Self.network.entities { builder.add(entity) }
        // The default dataset has no Chinese name for Liverpool (GB-LPL); an office there carries one.
        builder.add(Entity(id: "LPL-OFFICE", kind: .organisation, name: "Liverpool office", nameZh: "利物浦", hostCityID: "GB-LPL", organisationKind: .other))
        let network = try builder.build()
        let suggestions: [String]
        do {
            _ = try network.resolveInEitherScript(query)
            Issue.record("'\(query)' found an entity"); return
        } catch let LookupError.notFound(_, found) {
            suggestions = found
        }
        for id in expected { #expect(suggestions.contains(id), "\(query): \(suggestions)") }
        #expect(suggestions.count <= 5)
    }

    @Test func aChineseNameNowhereNearSuggestsNothing() {
        #expect(throws: LookupError.notFound(query: "火星基地", suggestions: [])) { try Self.network.resolveInEitherScript("火星基地") }
    }

    /// An English query keeps the plain look-up's answer and suggestions.
    @Test func englishQueriesAreUnchanged() {
        #expect(throws: LookupError.notFound(query: "Osak", suggestions: Self.network.suggestions(for: "Osak"))) {
            try Self.network.resolveInEitherScript("Osak")
        }
    }
}
