import Foundation
import Testing
import LiaisonAnalysis
import LiaisonData
import LiaisonGraph
import LiaisonTestSupport

/// The questions a planner asks, answered on the embedded Hong Kong and Liaocheng datasets. Each
/// test asserts on the answer (who is proposed, who is not, what changes it), named for the
/// question it guards.
@Suite struct PlannerQuestionsTests {
    static let hongKong = Result { try DatasetLoader.load(embeddedDataset("hong-kong")) }
    static let liaocheng = Result { try DatasetLoader.load(embeddedDataset("liaocheng")) }

    static func dataset(_ name: String) throws -> PartnershipNetwork {
        try (name == "liaocheng" ? liaocheng : hongKong).get()
    }

    /// Every ranked candidate and every planned pick, rechecked by a fresh rule checker, breaks no
    /// enforced rule.
    @Test(arguments: ["hong-kong", "liaocheng"])
    func noPlanOrTargetBreaksAnEnforcedRule(dataset: String) throws {
        let network = try Self.dataset(dataset)
        let focus = try network.requireEntity(network.metadata.focusID!)
        let book = RuleBook(dataset: network.metadata.rulePolicies)
        let layers = dataset == "liaocheng" ? ["sister", "cooperation"] : ["sister", "cooperation", "eto"]
        for layer in layers {
            let checker = RuleChecker(focus: focus, layer: layer, in: network, book: book)
            let report = try TargetRanking.run(focus: focus.id, in: network, options: TargetOptions(layer: layer, rules: book))
            #expect(!report.candidates.isEmpty, "\(dataset) \(layer): no candidate")
            for candidate in report.candidates {
                let entity = try #require(network.entity(withID: candidate.entityID))
                #expect(checker.exclusion(of: entity) == nil, "\(dataset) \(layer): \(candidate.name) breaks \(String(describing: checker.exclusion(of: entity)))")
            }
            let plan = try PlanOptimizer.run(focus: focus.id, in: network, options: PlanOptions(layer: layer, budget: 5, rules: book))
            #expect(!plan.picks.isEmpty)
            for pick in plan.picks {
                let partner = try #require(network.entity(withID: layer == "eto" ? pick.countryID : pick.hostID))
                #expect(checker.exclusion(of: partner) == nil, "\(dataset) \(layer) plan: \(pick.hostName)")
            }
        }
    }

    /// The one-to-one rule, enforced, leaves out every foreign city that is another Chinese city's
    /// formal friend: Nizhny Novgorod (Jinan's) for Liaocheng.
    @Test func aMainlandCityIsNotOfferedAnotherChineseCitysFormalFriend() throws {
        let network = try Self.dataset("liaocheng")
        let report = try TargetRanking.run(focus: "CN-LCH", in: network, options: TargetOptions(layer: "sister"))
        #expect(!report.candidates.contains { $0.entityID == "RU-GOJ" })
        let exclusion = try #require(report.excluded.first { $0.entityID == "RU-GOJ" })
        guard case let .formalFriendElsewhere(_, _, friends) = exclusion.reason else { Issue.record("\(exclusion.reason)"); return }
        #expect(exclusion.rule == .oneToOneFormal && friends.contains { $0.name == "Jinan" })
    }

    /// With China's whole friendship network consulted (Liaocheng's dataset names it), a foreign place
    /// that is any Chinese city's formal friend is left out, not only the Shandong cities' friends the
    /// dataset holds: New South Wales (Beijing's) is a candidate without the network and excluded with it.
    @Test func aMainlandCityRespectsChinasWholeFriendshipNetwork() throws {
        let network = try Self.dataset("liaocheng")
        let path = try #require(network.metadata.friendshipNetwork)
        var book = RuleBook(dataset: network.metadata.rulePolicies)
        let without = try TargetRanking.run(focus: "CN-LCH", in: network, options: TargetOptions(layer: "sister", rules: book))
        #expect(without.excluded.first { $0.entityID == "AU-NSW" }?.rule != .oneToOneFormal)
        book.externalFormalFriends = try FriendshipNetwork.formalFriends(at: path)
        book.externalSource = "the China friendship network"
        #expect(book.externalFormalFriends.count > 1_000)
        let with = try TargetRanking.run(focus: "CN-LCH", in: network, options: TargetOptions(layer: "sister", rules: book))
        let nsw = try #require(with.excluded.first { $0.entityID == "AU-NSW" })
        guard case let .formalFriendElsewhere(_, _, friends) = nsw.reason else { Issue.record("\(nsw.reason)"); return }
        #expect(nsw.rule == .oneToOneFormal && friends.contains { $0.name == "Beijing" && $0.fromFriendshipNetwork })
        #expect(with.candidates.count <= without.candidates.count)
        #expect(!with.candidates.contains { book.externalFormalFriends[$0.entityID]?.contains { $0.id != "CN-LCH" } == true },
                "no candidate is another Chinese city's formal friend")
    }

    /// A prefecture-level city is not offered a national capital as a formal friend (Kuala Lumpur,
    /// Caracas and Dhaka led Liaocheng's partner plan while only populations were compared), but may
    /// still be offered one for friendly cooperation, as Liaocheng's tie with Port Vila shows.
    @Test func aPrefectureLevelCityIsNotOfferedANationalCapitalAsAFormalFriend() throws {
        let network = try Self.dataset("liaocheng")
        let isCapital = { (id: String) in network.entity(withID: id)?.attributes.level == "capital" }
        let sister = try TargetRanking.run(focus: "CN-LCH", in: network, options: TargetOptions(layer: "sister"))
        #expect(!sister.candidates.contains { isCapital($0.entityID) }, "\(sister.candidates.filter { isCapital($0.entityID) }.prefix(3).map(\.name))")
        let kualaLumpur = try #require(sister.excluded.first { $0.entityID == "MY-KUL" })
        #expect(kualaLumpur.rule == .comparableLevel)
        #expect(kualaLumpur.reason == .capitalForLowerRank(partnerID: "MY-KUL", focusID: "CN-LCH", focusLevel: "prefecture"), "\(kualaLumpur.reason)")
        let plan = try PlanOptimizer.run(focus: "CN-LCH", in: network, options: PlanOptions(layer: "sister", budget: 5))
        #expect(!plan.picks.contains { isCapital($0.hostID) }, "\(plan.picks.map(\.hostName))")
        let cooperation = try TargetRanking.run(focus: "CN-LCH", in: network, options: TargetOptions(layer: "cooperation"))
        #expect(cooperation.candidates.contains { isCapital($0.entityID) })
        // A provincial capital (Jinan, Shandong's) may still be offered one.
        let jinan = try #require(network.entity(withID: "CN-TNA"))
        #expect(jinan.attributes.level == "provincial-capital")
        let fromJinan = try TargetRanking.run(focus: "CN-TNA", in: network, options: TargetOptions(layer: "sister"))
        #expect(fromJinan.candidates.contains { isCapital($0.entityID) })
    }

    /// Liaocheng's sister ranking is led by one country's cities (Malaysia's: its Belt and Road
    /// status and overseas Chinese are shared by every city of it): the list shown spans countries.
    @Test func aMainlandCitysCandidateListSpansCountries() throws {
        let network = try Self.dataset("liaocheng")
        let report = try TargetRanking.run(focus: "CN-LCH", in: network, options: TargetOptions(layer: "sister"))
        let firstFifteen = report.candidates.prefix(15).map(\.countryID)
        let leading = Dictionary(grouping: firstFifteen, by: { $0 }).mapValues(\.count).max { $0.value < $1.value }
        #expect((leading?.value ?? 0) > 3, "the uncapped ranking no longer crowds one country: the cap may be moot (\(firstFifteen))")
        let list = report.shortlist(top: 15)
        let perCountry = Dictionary(grouping: list.candidates, by: \.countryID).mapValues(\.count)
        #expect(perCountry.values.allSatisfy { $0 <= TargetShortlist.defaultPerCountry }, "\(perCountry)")
        #expect(perCountry.count >= 5, "\(perCountry)")
        #expect(list.entries.first?.rank == 1 && list.entries.first?.candidate == report.candidates.first)
        #expect(zip(list.entries, list.entries.dropFirst()).allSatisfy { $0.rank < $1.rank })
        #expect(list.entries.allSatisfy { report.candidates[$0.rank - 1] == $0.candidate }, "each row keeps its rank in the whole ranking")
    }

    /// Kampung Baru Subang, a GeoNames populated place (PPL, no seat of government) a few
    /// kilometres from Petaling Jaya (PPLA2), ranked second for Liaocheng and was the plan's fifth
    /// pick: neither a list nor a plan proposes a place that is part of a ranked city.
    @Test func noDistrictOrSuburbIsProposedInPlaceOfItsCity() throws {
        let network = try Self.dataset("liaocheng")
        let suburb = try #require(network.entity(withID: "MY-GN1771023"))
        let seat = try #require(network.entity(withID: "MY-GN1735158"))
        #expect(suburb.attributes.extra["feature_code"] == "PPL" && seat.attributes.extra["feature_code"] == "PPLA2")
        let report = try TargetRanking.run(focus: "CN-LCH", in: network, options: TargetOptions(layer: "sister"))
        #expect(report.urbanAreaSeats[suburb.id] == seat.id)
        let shown = report.shortlist(top: 15).candidates
        #expect(!shown.contains { report.urbanAreaSeats[$0.entityID] != nil }, "\(shown.map(\.name))")
        #expect(shown.contains { $0.entityID == seat.id })
        let plan = try PlanOptimizer.run(focus: "CN-LCH", in: network, options: PlanOptions(layer: "sister", budget: 5))
        #expect(!plan.picks.contains { report.urbanAreaSeats[$0.hostID] != nil }, "\(plan.picks.map(\.hostName))")
        // Every place left to a seat lies within the radius of that seat, in its country.
        for (part, seatID) in report.urbanAreaSeats {
            let a = try #require(network.entity(withID: part)), b = try #require(network.entity(withID: seatID))
            #expect(a.countryID == b.countryID && UrbanAreaSeats.isKnownNonSeat(a) && !UrbanAreaSeats.isKnownNonSeat(b))
            #expect(try #require(a.attributes.location).distance(to: try #require(b.attributes.location)) <= UrbanAreaSeats.radiusKm)
        }
    }

    /// The evidence for the capital check: in China's friendship-city network, at least nine in ten
    /// formal ties with a national capital join a Chinese city that does not rank below provincial
    /// capitals (126 of 135 when the check was written).
    @Test func nationalCapitalsFormalFriendsInChinaRankProvincialCapitalOrAbove() throws {
        let china = try DatasetLoader.load(embeddedDataset("china-network"))
        var atRank = 0, below = 0
        for tie in china.ties where tie.layer == "sister" && tie.status.isInForce {
            guard let chinese = china.entity(withID: tie.from), chinese.kind == .city,
                  let foreign = china.entity(withID: tie.to), foreign.attributes.level == "capital" else { continue }
            let known = chinese.attributes.level != nil || chinese.attributes.tier != nil
            guard known else { continue }
            if RuleChecker.ranksBelowCapitals(chinese) { below += 1 } else { atRank += 1 }
        }
        #expect(atRank + below >= 100, "too few ties with a national capital to judge: \(atRank + below)")
        #expect(Double(atRank) >= 0.9 * Double(atRank + below), "\(atRank) at rank, \(below) below")
    }

    /// Existing partners are not proposed again on their layer, nor sister cities as cooperation partners.
    @Test(arguments: ["sister", "cooperation"])
    func noExistingPartnerIsProposed(layer: String) throws {
        let network = try Self.dataset("liaocheng")
        let partners = Set(network.ties(of: "CN-LCH").filter { $0.status.isInForce && ($0.layer == layer || $0.layer == "sister") }
                                                     .map { $0.from == "CN-LCH" ? $0.to : $0.from })
        #expect(partners.isSuperset(of: ["AU-BLT", "DE-KOF"]), "Blacktown and Offenbach are Liaocheng's friendship cities")
        let report = try TargetRanking.run(focus: "CN-LCH", in: network, options: TargetOptions(layer: layer))
        #expect(Set(report.candidates.map(\.entityID)).isDisjoint(with: layer == "cooperation" ? partners : partners.filter { id in
            network.ties(of: "CN-LCH", layer: "sister").contains { $0.from == id || $0.to == id } }))
        let hk = try Self.dataset("hong-kong")
        let covered = Set(hk.coverage(of: "HK").countries(on: "eto"))
        let offices = try TargetRanking.run(focus: "HK", in: hk, options: TargetOptions(layer: "eto"))
        #expect(Set(offices.candidates.map(\.entityID)).isDisjoint(with: covered), "no country an office already covers")
    }

    /// Renaming every city, province and organisation ID (country IDs are ISO codes, meaningful keys)
    /// leaves the rankings and the plans as they were: nothing falls to ID order.
    @Test func renamingIDsLeavesPlansAndRankingsUnchanged() throws {
        let network = try Self.dataset("hong-kong")
        let renamed = try Self.renamed(network)
        let map = { (id: String) in network.entity(withID: id)?.kind == .country ? id : "Z\(String(id.reversed()))" }
        for layer in ["sister", "cooperation", "eto"] {
            let a = try TargetRanking.run(focus: "HK", in: network, options: TargetOptions(layer: layer, area: "technology"))
            let b = try TargetRanking.run(focus: map("HK"), in: renamed, options: TargetOptions(layer: layer, area: "technology"))
            #expect(a.candidates.map(\.name) == b.candidates.map(\.name), "\(layer) ranking changed with the IDs")
            #expect(a.candidates.map(\.score) == b.candidates.map(\.score))
            let p = try PlanOptimizer.run(focus: "HK", in: network, options: PlanOptions(layer: layer))
            let q = try PlanOptimizer.run(focus: map("HK"), in: renamed, options: PlanOptions(layer: layer))
            #expect(p.picks.map(\.hostName) == q.picks.map(\.hostName), "\(layer) plan changed with the IDs")
            #expect(p.picks.map(\.gain) == q.picks.map(\.gain))
        }
    }

    /// Asking for another exchange area changes who ranks first.
    @Test func changingTheAreaChangesTheRanking() throws {
        let network = try Self.dataset("hong-kong")
        func top(_ area: String) throws -> [String] {
            Array(try TargetRanking.run(focus: "HK", in: network, options: TargetOptions(layer: "sister", area: area)).candidates.prefix(10).map(\.entityID))
        }
        let technology = try top("technology"), culture = try top("culture"), business = try top("business")
        #expect(technology != culture && culture != business && technology != business)
    }

    /// Asking for education ranks the QS Best Student Cities up: the ranking differs from the
    /// technology ranking and from none, at least three of its top 10 are student cities, and each
    /// of those cites the QS list as its area basis. A seat of international organisations counts
    /// for no area but is cited whatever the area.
    @Test func educationTargetsRankTheStudentCities() throws {
        let network = try Self.dataset("hong-kong")
        func top(_ area: String?) throws -> [TargetCandidate] {
            Array(try TargetRanking.run(focus: "HK", in: network, options: TargetOptions(layer: "sister", area: area)).candidates.prefix(10))
        }
        let education = try top("education")
        #expect(education.map(\.entityID) != (try top("technology")).map(\.entityID))
        #expect(education.map(\.entityID) != (try top(nil)).map(\.entityID))
        func tagged(_ c: TargetCandidate, _ tag: String) -> Bool { network.entity(withID: c.entityID)?.attributes.tags.contains(tag) == true }
        let students = education.filter { tagged($0, "student-city") }
        #expect(students.count >= 3, "student cities in the top 10: \(students.map(\.name))")
        for candidate in students {
            let area = try #require(candidate.criteria.first { $0.criterion == "area" })
            #expect((0.5...1).contains(area.score) && Self.citations(area.basis).contains("student-city (QS Best Student Cities 2026: "), "\(candidate.name): \(area.basis)")
        }
        let all = try TargetRanking.run(focus: "HK", in: network, options: TargetOptions(layer: "sister", area: "education")).candidates
        let seats = all.filter { tagged($0, "international-organisation-seat") }
        #expect(!seats.isEmpty, "no seat of international organisations among the candidates")
        for candidate in seats {
            let area = try #require(candidate.criteria.first { $0.criterion == "area" })
            #expect(Self.citations(area.basis).contains("international-organisation-seat (international organisation seats 2026: "), "\(candidate.name): \(area.basis)")
            if !tagged(candidate, "student-city") { #expect(area.score < 1, "\(candidate.name): a seat scored as education") }
        }
    }

    /// Office targets are countries, each with a host city, and the structure criterion no longer
    /// gives every Belt and Road country the same score through China.
    @Test func officeTargetsAreCountriesWithHostsAndStructureThatDiscriminates() throws {
        let network = try Self.dataset("hong-kong")
        let report = try TargetRanking.run(focus: "HK", in: network, options: TargetOptions(layer: "eto"))
        #expect(report.candidates.allSatisfy { $0.kind == .country })
        #expect(report.candidates.prefix(10).allSatisfy { $0.hostCityID != nil })
        // Timor-Leste and Papua New Guinea shared only China with Hong Kong: a hub, no longer a common neighbour.
        for id in ["TL", "PG"] {
            let candidate = try #require(report.candidates.first { $0.entityID == id })
            #expect(candidate.criteria.first { $0.criterion == "structure" }?.score == 0, "\(id) scored structure through China")
        }
        for candidate in report.candidates.prefix(20) {
            #expect(abs(candidate.criteria.reduce(0) { $0 + $1.contribution } - candidate.score) < 1e-12, "the explanation sums to the score")
        }
    }

    /// The office plan names host cities in Belt and Road countries, never the ID-first countries
    /// (Antigua and Barbuda, Armenia, Angola…), and each pick shows the runner-up it beat.
    @Test func theOfficePlanIsOneAPlannerCouldPresent() throws {
        let network = try Self.dataset("hong-kong")
        let plan = try PlanOptimizer.run(focus: "HK", in: network, options: PlanOptions(layer: "eto", budget: 5))
        #expect(plan.picks.count == 5)
        for pick in plan.picks {
            let host = try #require(network.entity(withID: pick.hostID))
            #expect(host.kind == .city, "\(pick.hostName) is no city")
            #expect(network.entity(withID: pick.countryID)?.attributes.beltAndRoad?.isMember == true)
            #expect(pick.newlyCovered.contains(pick.countryID))
        }
        #expect(zip(plan.picks, plan.picks.dropFirst()).allSatisfy { $0.gain >= $1.gain })
        #expect(plan.picks.dropLast().allSatisfy { $0.runnerUp != nil })
        #expect(plan.picks.map(\.countryID) != plan.picks.map(\.countryID).sorted(), "an alphabetical plan is a tie-break bug")
        // Hong Kong's data carry GDP, so the default weighs markets, not head counts.
        #expect(plan.objective == .beltAndRoadGDP)
        // An office sits in the largest market it covers: no country it covers that could host an
        // office (a city in the data) outweighs its host country.
        let hosts = OfficeHost.hosts(in: network)
        for pick in plan.picks {
            let hostWeight = plan.objective.weight(of: try #require(network.entity(withID: pick.countryID)))
            for id in pick.newlyCovered where id != pick.countryID && hosts[id] != nil {
                let covered = try #require(network.entity(withID: id))
                #expect(plan.objective.weight(of: covered) <= hostWeight, "\(pick.hostName) covers the larger market \(covered.name)")
            }
        }
        // An office sits with finance and government, not at a container port alone: Egypt's is Cairo's,
        // not Alexandria's (Lloyd's List 90th), Peru's Lima's, not Callao's (71st).
        #expect(hosts["EG"]?.city.id == "EG-CAI" && hosts["PE"]?.city.id == "PE-LIM", "\(hosts["EG"]?.city.name ?? "none"), \(hosts["PE"]?.city.name ?? "none")")
    }

    /// Counting neighbours whole rewards small central hosts that merely reach more; counting them at
    /// half moves offices to the markets. The share is an input that matters.
    @Test func theNeighbourShareMovesOfficesToTheirMarkets() throws {
        let network = try Self.dataset("hong-kong")
        let half = try PlanOptimizer.run(focus: "HK", in: network, options: PlanOptions(layer: "eto", budget: 5))
        let whole = try PlanOptimizer.run(focus: "HK", in: network, options: PlanOptions(layer: "eto", budget: 5, neighbourShare: 1))
        #expect(half.picks.map(\.hostID) != whole.picks.map(\.hostID))
        func hostMarkets(_ plan: Plan) throws -> Double {
            try plan.picks.reduce(0) { $0 + plan.objective.weight(of: try #require(network.entity(withID: $1.countryID))) }
        }
        #expect(try hostMarkets(half) > hostMarkets(whole), "at half, the hosts themselves are the larger markets")
    }

    /// A partner plan brings what partners bring, not their country's population: the plan's picks
    /// all rank among the layer's targets, and a second pick in one country counts half.
    @Test func partnerPlansFollowTargetScoresWithDiminishingReturns() throws {
        let network = try Self.dataset("hong-kong")
        let report = try TargetRanking.run(focus: "HK", in: network, options: TargetOptions(layer: "sister"))
        let plan = try PlanOptimizer.run(focus: "HK", in: network, options: PlanOptions(layer: "sister", budget: 8))
        let scores = Dictionary(uniqueKeysWithValues: report.candidates.map { ($0.entityID, $0.score) })
        var perCountry: [String: Int] = [:]
        for pick in plan.picks {
            let score = try #require(scores[pick.hostID])
            let k = perCountry[pick.countryID, default: 0]
            let bonus = pick.gain - score * pow(0.5, Double(k))
            #expect(bonus >= -1e-12 && bonus <= 0.1 * 5 + 1e-12, "\(pick.hostName): gain \(pick.gain), score \(score), partner \(k + 1) in its country")
            perCountry[pick.countryID, default: 0] += 1
        }
    }

    /// A mainland focus gets no office gaps and no office plan, unless asked for a first one.
    @Test func aMainlandFocusGetsNoOfficeGaps() throws {
        let network = try Self.dataset("liaocheng")
        let gaps = try GapAnalysis.run(focus: "CN-LCH", in: network)
        #expect(!gaps.layers.contains("eto") && gaps.layersLeftOut.map(\.layer) == ["eto"])
        #expect(gaps.gaps(.beltAndRoadWithoutOffice).isEmpty)
        #expect(throws: AnalysisError.self) { try PlanOptimizer.run(focus: "CN-LCH", in: network, options: PlanOptions(layer: "eto")) }
        let first = try PlanOptimizer.run(focus: "CN-LCH", in: network, options: PlanOptions(layer: "eto", allowFirstOffice: true))
        #expect(!first.picks.isEmpty)
    }

    /// A domestic tie (Hong Kong–Guangdong) closes no foreign exchange-area gap.
    @Test func domesticTiesDoNotCloseForeignGaps() throws {
        let network = try Self.dataset("hong-kong")
        let gaps = try GapAnalysis.run(focus: "HK", in: network)
        let areas = Set(gaps.gaps(.areaWithoutPartner).map(\.subject))
        let home = Set(network.agents(of: "HK"))
        let domesticAreas = Set(home.flatMap { agent in network.ties(of: agent).filter { tie in
            let far = home.contains(tie.from) ? tie.to : tie.from
            return tie.status == .active && network.entity(withID: far).map { RuleChecker.sovereignID(of: $0, in: network) == "CN" } == true
        }.flatMap(\.areas) })
        #expect(!domesticAreas.isEmpty, "the data hold domestic ties with exchange areas")
        for area in domesticAreas where !home.contains(where: { agent in network.ties(of: agent).contains { tie in
            let far = home.contains(tie.from) ? tie.to : tie.from
            return tie.status == .active && tie.areas.contains(area) && network.entity(withID: far).map { RuleChecker.sovereignID(of: $0, in: network) != "CN" } == true } }) {
            #expect(areas.contains(area), "\(area) is covered only by domestic ties, so it stays a gap")
        }
    }

    /// Hong Kong and each peer are profiled the same way: a peer's values when Hong Kong is the focus
    /// are its values when it is the focus itself, measure by measure, office reach too.
    @Test func focusAndPeersAreProfiledTheSameWay() throws {
        let network = try Self.dataset("hong-kong")
        let peers = network.metadata.peerIDs
        let asFocus = try ConnectorProfile.make(focus: "HK", peers: peers, view: network.view)
        for peer in ["CN-SHA", "SG-SIN", "MO"] {
            let swapped = try ConnectorProfile.make(focus: peer, peers: ["HK"] + peers.filter { $0 != peer }, view: network.view)
            for (a, b) in zip(asFocus.lines, swapped.lines) {
                let x = try #require(a.peerValues[peer]), y = b.value
                #expect(abs(x - y) <= 1e-8 * max(abs(x), abs(y), 1e-12), "\(a.measure) of \(peer): \(x) as a peer, \(y) as the focus")
                let h = try #require(b.peerValues["HK"])
                #expect(abs(h - a.value) <= 1e-8 * max(abs(h), abs(a.value), 1e-12), "\(a.measure) of HK: \(a.value) as the focus, \(h) as a peer")
            }
            #expect(asFocus.officeReach.first { $0.entityID == peer }?.countries == swapped.officeReach.first { $0.entityID == peer }?.countries)
        }
    }

    /// Year views before 2013 hold no Belt and Road tie: the initiative began that year.
    @Test(arguments: [1990, 2000, 2012])
    func yearViewsBefore2013HoldNoBeltAndRoadTie(year: Int) throws {
        let network = try Self.dataset("hong-kong")
        let view = try ViewSpec(parsing: ["year:\(year)"]).apply(to: network)
        #expect(!view.ties.contains { $0.layer == "bri" })
    }

    /// What an area basis cites from the data (the tags and their lists), its own and the strengths
    /// cited in every area.
    static func citations(_ basis: CriterionBasis) -> String {
        switch basis {
        case let .areaTagged(citation): return citation
        case let .alsoCited(base, citation): return citations(base) + "; " + citation
        default: return ""
        }
    }

    /// The network with every city, province and organisation ID renamed ("HK" → "ZKH").
    static func renamed(_ network: PartnershipNetwork) throws -> PartnershipNetwork {
        func map(_ id: String?) -> String? {
            guard let id else { return nil }
            return network.entity(withID: id)?.kind == .country ? id : "Z\(String(id.reversed()))"
        }
        var metadata = network.metadata
        metadata.focusID = map(metadata.focusID)
        metadata.peerIDs = metadata.peerIDs.compactMap(map)
        var builder = NetworkBuilder(metadata: metadata)
        for layer in network.layers.dropFirst(Layer.builtIn.count) { builder.define(layer) }
        for area in network.areas.dropFirst(ExchangeArea.builtIn.count) { builder.define(area: area) }
        for var entity in network.entities {
            entity.id = map(entity.id)!
            entity.countryID = map(entity.countryID)
            entity.provinceID = map(entity.provinceID)
            entity.hostCityID = map(entity.hostCityID)
            entity.representsID = map(entity.representsID)
            entity.partOfID = map(entity.partOfID)
            builder.add(entity)
        }
        for var tie in network.ties {
            tie.from = map(tie.from)!
            tie.to = map(tie.to)!
            builder.add(tie)
        }
        return try builder.build()
    }
}
