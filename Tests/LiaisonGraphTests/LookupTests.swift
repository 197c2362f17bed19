import Testing
@testable import LiaisonGraph

@Suite struct LookupTests {
    let network = Fixtures.network()

    @Test(arguments: ["HK", "hk", "Hong Kong", "hong kong", "香港", "HKSAR", "  Hong Kong SAR "])
    func findsHongKongByIDNameOrAlias(query: String) throws {
        #expect(try network.resolve(query).id == "HK")
    }

    @Test func findsCountryByAlphaThree() throws {
        #expect(try network.resolve("jpn").id == "JP")
    }

    @Test func missSuggestsTheClosest() {
        #expect(throws: LookupError.notFound(query: "Osak", suggestions: ["JP-OSA"])) { try network.resolve("Osak") }
        #expect(throws: LookupError.notFound(query: "Shanghia", suggestions: ["CN-SHA"])) { try network.resolve("Shanghia") }
    }

    @Test func missMessageSaysDidYouMean() {
        let message = LookupError.notFound(query: "Osak", suggestions: ["JP-OSA"]).description
        #expect(message == "no entity is called 'Osak'; did you mean JP-OSA?")
    }

    @Test func kindsRestrictTheSearch() {
        #expect(throws: LookupError.self) { try network.resolve("Osaka", kinds: [.country]) }
    }

    @Test func editDistanceMatchesTextbook() {
        #expect(editDistance(Array("kitten"), Array("sitting")) == 3)
        #expect(editDistance(Array(""), Array("abc")) == 3)
        #expect(editDistance(Array("flaw"), Array("lawn")) == 2)
    }
}
