import Testing
@testable import LiaisonAnalysis
import LiaisonGraph

/// The list a planner is shown: at most so many candidates of one country, each keeping its rank
/// in the whole ranking.
@Suite struct TargetShortlistTests {
    /// A ranking of `countries` (one letter each, best first), as the ranker returns it.
    static func report(_ countries: [String], layer: String = "sister") -> TargetReport {
        let candidates = countries.enumerated().map { k, country in
            TargetCandidate(entityID: "\(country)\(k)", name: "\(country)\(k)", kind: layer == "eto" ? .country : .city,
                            countryID: country, hostCityID: nil, hostReason: nil, score: 1 - Double(k) / 100, criteria: [], warnings: [])
        }
        return TargetReport(focusID: "F", layer: layer, area: nil, weights: TargetWeights(), rules: RuleBook(), criteriaInUse: [],
                            candidates: candidates, excluded: [])
    }

    @Test func atMostTheCapOfOneCountryEachWithItsWholeRank() {
        let list = Self.report(["MY", "MY", "TH", "MY", "MY", "ID", "MY", "KR"]).shortlist(top: 5, perCountry: 2)
        #expect(list.candidates.map(\.countryID) == ["MY", "MY", "TH", "ID", "KR"])
        #expect(list.entries.map(\.rank) == [1, 2, 3, 6, 8], "the rank is the candidate's place in the whole ranking")
        #expect(list.passedOver == 3, "MY's third, fourth and fifth were passed over before KR")
        #expect(list.perCountry == 2)
    }

    @Test func noCapListsTheRankingAsItIs() {
        let report = Self.report(["MY", "MY", "MY", "TH"])
        for cap in [nil, 0] as [Int?] {
            let list = report.shortlist(top: 3, perCountry: cap)
            #expect(list.candidates.map(\.entityID) == ["MY0", "MY1", "MY2"])
            #expect(list.perCountry == nil && list.passedOver == 0)
        }
        #expect(report.shortlist(top: 0, perCountry: 1).candidates.map(\.entityID) == ["MY0", "TH3"], "top 0 lists all, capped")
    }

    @Test func officeRankingsAreNotCapped() {
        let list = Self.report(["AR", "BR", "CL"], layer: "eto").shortlist(top: 2, perCountry: 1)
        #expect(list.candidates.map(\.entityID) == ["AR0", "BR1"] && list.perCountry == nil)
    }
}
