import Foundation
import Testing
@testable import LiaisonAnalysis
import LiaisonGraph

/// Candidate targets and the rules of the field on a small network whose answers are known.
@Suite struct TargetRankingTests {
    /// Focus F (municipality, 10 million) in CN with peer P. Foreign cities:
    /// A (JP, 5 million, sister of P: a formal friend of another Chinese city),
    /// B (JP, 3 million, tagged technology), C (KR, 2 million), D (VA: no relations),
    /// E (JP district of 50,000), G (KR, 4 million, already a sister of F), T (TW, part of CN).
    static func network() throws -> PartnershipNetwork {
        var b = NetworkBuilder(metadata: NetworkMetadata(name: "Targets", focusID: "F", peerIDs: ["P"]))
        b.add(Entity(id: "CN", kind: .country, name: "China", attributes: EntityAttributes(location: GeoPoint(latitude: 39.9, longitude: 116.4))))
        b.add(Entity(id: "JP", kind: .country, name: "Japan", attributes: EntityAttributes(prcRelations: .since(1972), beltAndRoad: nil, overseasChinese: 700_000)))
        b.add(Entity(id: "KR", kind: .country, name: "South Korea", attributes: EntityAttributes(region: "Asia", prcRelations: .since(1992), beltAndRoad: .signedYearUnknown, overseasChinese: 1_000_000)))
        b.add(Entity(id: "VA", kind: .country, name: "Holy See", attributes: EntityAttributes(prcRelations: PRCRelations.none)))
        b.add(Entity(id: "TW", kind: .country, name: "Taiwan", partOfID: "CN", attributes: EntityAttributes(politicalStatus: .territory)))
        func city(_ id: String, _ country: String, _ population: Int, level: String? = nil, tags: [String] = [], tier: CityTier? = nil) -> Entity {
            Entity(id: id, kind: .city, name: id, countryID: country, attributes: EntityAttributes(population: population,
                   location: GeoPoint(latitude: 35, longitude: 135), tier: tier, level: level, tags: tags))
        }
        b.add(city("F", "CN", 10_000_000, tier: .municipality))
        b.add(city("P", "CN", 8_000_000))
        b.add(city("A", "JP", 5_000_000))
        b.add(city("B", "JP", 3_000_000, tags: ["technology"]))
        b.add(city("C", "KR", 2_000_000))
        b.add(city("D", "VA", 1_000_000))
        b.add(city("E", "JP", 50_000, level: "district"))
        b.add(city("G", "KR", 4_000_000))
        b.add(city("T", "TW", 2_600_000))
        b.add(Tie(from: "P", to: "A", layer: "sister", source: "s"))
        b.add(Tie(from: "P", to: "C", layer: "cooperation", source: "s"))
        b.add(Tie(from: "F", to: "G", layer: "sister", source: "s"))
        return try b.build()
    }

    @Test func rulesExcludeWithReasons() throws {
        let report = try TargetRanking.run(focus: "F", in: Self.network())
        let rules = Dictionary(uniqueKeysWithValues: report.excluded.map { ($0.entityID, $0.rule) })
        #expect(rules["A"] == .oneToOneFormal)
        #expect(rules["D"] == .diplomaticRelations)
        #expect(rules["E"] == .comparableLevel)
        #expect(rules["G"] == .existingTie)
        #expect(rules["P"] == .domesticPartner && rules["T"] == .domesticPartner)
        #expect(Set(report.candidates.map(\.entityID)) == ["B", "C"])
        #expect(report.excluded.first { $0.entityID == "A" }?.reason == .formalFriendElsewhere(partnerID: "A", province: false,
                                                                                          friends: [ChineseFriend(id: "P", name: "P", fromFriendshipNetwork: false)]))
    }

    /// A special administrative region's formal friend is not taken: Macau's ties are made under
    /// its own external-relations powers, outside the mainland's approval the principle belongs to.
    @Test func aSARsFormalFriendIsNotTakenForAMainlandFocus() throws {
        var b = NetworkBuilder(metadata: NetworkMetadata(name: "SAR", focusID: "F"))
        for e in try Self.network().entities { b.add(e) }
        b.add(Entity(id: "MO", kind: .country, name: "Macau", partOfID: "CN", attributes: EntityAttributes(politicalStatus: .sar)))
        b.add(Entity(id: "MO-MAC", kind: .city, name: "Macau", countryID: "MO", attributes: EntityAttributes(population: 680_000,
                     location: GeoPoint(latitude: 22.2, longitude: 113.5), tier: .specialAdministrativeRegion)))
        b.add(Tie(from: "MO-MAC", to: "A", layer: "sister", source: "s"))
        b.add(Tie(from: "P", to: "B", layer: "sister", source: "s"))
        let report = try TargetRanking.run(focus: "F", in: try b.build())
        #expect(report.candidates.map(\.entityID).contains("A"), "A is only Macau's formal friend")
        #expect(report.excluded.first { $0.entityID == "B" }?.rule == .oneToOneFormal, "B is a mainland city's")
    }

    @Test func cooperationLayerIsExemptFromTheOneToOneRule() throws {
        let report = try TargetRanking.run(focus: "F", in: Self.network(), options: TargetOptions(layer: "cooperation"))
        #expect(report.candidates.map(\.entityID).contains("A"))
        #expect(report.excluded.first { $0.entityID == "G" }?.rule == .existingTie,
                "a formal friendship goes further than cooperation: proposing one to a sister city is no proposal")
    }

    @Test func aWarnedRuleKeepsTheCandidateFlaggedAndOffIgnoresIt() throws {
        let warned = try TargetRanking.run(focus: "F", in: Self.network(), options: TargetOptions(rules: RuleBook(overrides: [.oneToOneFormal: .warn])))
        let a = try #require(warned.candidates.first { $0.entityID == "A" })
        #expect(a.warnings.map(\.rule) == [.oneToOneFormal])
        #expect(warned.rules.origins[.oneToOneFormal] == .override)
        let off = try TargetRanking.run(focus: "F", in: Self.network(), options: TargetOptions(rules: RuleBook(overrides: [.oneToOneFormal: .off, .comparableLevel: .off])))
        #expect(off.candidates.first { $0.entityID == "A" }?.warnings == [])
        #expect(off.candidates.contains { $0.entityID == "E" })
        #expect(!off.candidates.contains { $0.entityID == "D" }, "diplomatic relations stay enforced")
    }

    @Test func layersWithoutTargetMeaningAreRefused() {
        #expect(throws: AnalysisError.self) { try TargetRanking.run(focus: "F", in: Self.network(), options: TargetOptions(layer: "bri")) }
        do {
            _ = try TargetRanking.run(focus: "F", in: Self.network(), options: TargetOptions(layer: "diaspora"))
            Issue.record("diaspora targets were accepted")
        } catch {
            #expect("\(error)".contains("sister and cooperation") && "\(error)".contains("eto"))
        }
    }

    @Test func scoresBreakDownCriterionByCriterion() throws {
        let report = try TargetRanking.run(focus: "F", in: Self.network(), options: TargetOptions(area: "technology"))
        for candidate in report.candidates {
            #expect(abs(candidate.criteria.reduce(0) { $0 + $1.contribution } - candidate.score) < 1e-12)
            #expect(candidate.criteria.map(\.criterion) == report.criteriaInUse)
            for part in candidate.criteria { #expect((0...1).contains(part.score)) }
        }
        let b = report.candidates.first { $0.entityID == "B" }!
        #expect(b.criteria.first { $0.criterion == "area" }?.score == 1)
        let c = report.candidates.first { $0.entityID == "C" }!
        #expect(c.criteria.first { $0.criterion == "peers" }?.score == 1, "the one peer is tied to C")
        #expect(c.criteria.first { $0.criterion == "bri" }?.score == 1)
    }

    /// A tag from a ranking counts by its rank: the GII's 2nd cluster scores 1 − 0.5/99 in the area
    /// criterion, its 63rd 1 − 0.5·62/99, the 150th of QS's 150 student cities 0.5, a cluster known to
    /// be in the top 100 with no rank read 0.75 (the middle), a membership 1; with nothing else between
    /// them, the better rank leads.
    @Test func aRankedTagCountsByItsRank() throws {
        var b = NetworkBuilder(metadata: NetworkMetadata(name: "Ranks", focusID: "F"))
        b.add(Entity(id: "CN", kind: .country, name: "China"))
        b.add(Entity(id: "KR", kind: .country, name: "South Korea", attributes: EntityAttributes(prcRelations: .since(1992))))
        let here = GeoPoint(latitude: 35, longitude: 127)
        b.add(Entity(id: "F", kind: .city, name: "F", countryID: "CN", attributes: EntityAttributes(population: 1_000_000, location: here)))
        func place(_ id: String, _ tag: String, _ cited: String) -> Entity {
            Entity(id: id, kind: .city, name: id, countryID: "KR", attributes: EntityAttributes(population: 1_000_000, location: here,
                   tags: [tag], extra: [ExchangeAreaTags.knownForColumn: "\(tag): \(cited)"]))
        }
        b.add(place("X", "science-cluster", "WIPO GII S&T clusters 2025: X cluster, rank 2"))
        b.add(place("Y", "science-cluster", "WIPO GII S&T clusters 2025: Y cluster, rank 63"))
        b.add(place("Z", "science-cluster", "WIPO GII S&T clusters 2025: Z cluster, in the top 100 (rank not read)"))
        b.add(place("S", "student-city", "QS Best Student Cities 2026: rank =150 of 150"))
        b.add(place("U", "creative-city", "UNESCO Creative Cities 2019: Creative City of Design"))
        let network = try b.build()
        func area(_ id: String, _ area: String) throws -> Double {
            let report = try TargetRanking.run(focus: "F", in: network, options: TargetOptions(area: area))
            return try #require(report.candidates.first { $0.entityID == id }?.criteria.first { $0.criterion == "area" }).score
        }
        #expect(abs(try area("X", "technology") - (1 - 0.5 / 99)) < 1e-12)
        #expect(abs(try area("Y", "technology") - (1 - 0.5 * 62 / 99)) < 1e-12)
        #expect(try area("Z", "technology") == 0.75)
        #expect(try area("S", "education") == 0.5)
        #expect(try area("U", "culture") == 1)
        let order = try TargetRanking.run(focus: "F", in: network, options: TargetOptions(area: "technology")).candidates.map(\.entityID)
        #expect(order.prefix(3) == ["X", "Z", "Y"], "\(order)")
    }

    @Test func weightsDecideTheOrder() throws {
        var weights = TargetWeights()
        for name in TargetWeights.criteria { weights[name] = 0 }
        weights.population = 1
        let byPopulation = try TargetRanking.run(focus: "F", in: Self.network(), options: TargetOptions(weights: weights))
        #expect(byPopulation.candidates.map(\.entityID) == ["B", "C"])
        weights.population = 0
        weights.peers = 1
        let byPeers = try TargetRanking.run(focus: "F", in: Self.network(), options: TargetOptions(weights: weights))
        #expect(byPeers.candidates.map(\.entityID) == ["C", "B"])
    }

    @Test func officeLayerRanksUncoveredCountries() throws {
        let report = try TargetRanking.run(focus: "F", in: Self.network(), options: TargetOptions(layer: "eto"))
        #expect(Set(report.candidates.map(\.entityID)) == ["JP", "KR"])
        #expect(report.excluded.contains { $0.entityID == "VA" && $0.rule == .diplomaticRelations })
        #expect(report.candidates.first { $0.entityID == "JP" }?.hostCityID == "A", "the most populous city hosts when none is tagged commercial or capital")
    }

    @Test func linkPredictionMatchesHandCount() {
        // 0-1, 0-2, 1-3, 2-3, 3-4: nodes 0 and 3 share neighbours 1 and 2, each of degree 2.
        let graph = CompactGraph(nodeCount: 5, edges: [(0, 1, 1), (0, 2, 1), (1, 3, 1), (2, 3, 1), (3, 4, 1)], combining: .count)
        let scores = graph.linkPrediction(from: 0)
        #expect(scores[3].commonNeighbours == 2)
        #expect(abs(scores[3].adamicAdar - 2 / log(2.0)) < 1e-12)
        #expect(abs(scores[3].resourceAllocation - 1) < 1e-12)
        #expect(scores[4].commonNeighbours == 0)
    }

    @Test func unknownAreaAndLayerAreClearErrors() {
        #expect(throws: AnalysisError.unknownArea("sport", known: ExchangeArea.builtIn)) {
            try TargetRanking.run(focus: "F", in: Self.network(), options: TargetOptions(area: "sport"))
        }
        #expect(throws: AnalysisError.self) { try TargetRanking.run(focus: "F", in: Self.network(), options: TargetOptions(layer: "sistr")) }
    }
}
