import Testing
@testable import LiaisonAnalysis
import LiaisonGraph

/// Gap lists on a small hand-made network whose answers are known.
@Suite struct GapAnalysisTests {
    /// Focus F (a SAR-like city of CN) with an office in SG covering SG and MY; peer P (a city of CN)
    /// with sister cities in TH and FR. BRI: MY, TH, KZ. Diaspora: TH 7 million, FR 600,000, JP 90,000.
    static func network() throws -> PartnershipNetwork {
        var b = NetworkBuilder(metadata: NetworkMetadata(name: "Gaps", asOf: "2024-12-31", focusID: "F", peerIDs: ["P"]))
        func country(_ id: String, _ name: String, _ subregion: String, bri: Bool = false, diaspora: Int? = nil) -> Entity {
            Entity(id: id, kind: .country, name: name, attributes: EntityAttributes(region: subregion.contains("Asia") ? "Asia" : "Europe", subregion: subregion,
                   politicalStatus: .sovereign, prcRelations: .since(1975), beltAndRoad: bri ? .signed(year: 2017) : nil,
                   overseasChinese: diaspora, source: "src-\(id)"))
        }
        b.add(country("CN", "China", "Eastern Asia"))
        b.add(country("SG", "Singapore", "South-eastern Asia", diaspora: 3_000_000))
        b.add(country("MY", "Malaysia", "South-eastern Asia", bri: true, diaspora: 6_000_000))
        b.add(country("TH", "Thailand", "South-eastern Asia", bri: true, diaspora: 7_000_000))
        b.add(country("KZ", "Kazakhstan", "Central Asia", bri: true))
        b.add(country("FR", "France", "Western Europe", diaspora: 600_000))
        b.add(country("JP", "Japan", "Eastern Asia", diaspora: 90_000))
        b.add(Entity(id: "F", kind: .city, name: "Focus", countryID: "CN", attributes: EntityAttributes(tier: .specialAdministrativeRegion)))
        b.add(Entity(id: "P", kind: .city, name: "Peer", countryID: "CN"))
        for (id, c) in [("SG-SIN", "SG"), ("TH-BKK", "TH"), ("FR-PAR", "FR"), ("JP-OSA", "JP")] {
            b.add(Entity(id: id, kind: .city, name: id, countryID: c))
        }
        b.add(Entity(id: "OFFICE", kind: .organisation, name: "Office Singapore", hostCityID: "SG-SIN", representsID: "F", organisationKind: .eto))
        b.add(Entity(id: "UNIT", kind: .organisation, name: "Unit Bangkok", hostCityID: "TH-BKK", representsID: "OFFICE", organisationKind: .liaisonUnit))
        b.add(Tie(from: "OFFICE", to: "SG", layer: "eto", source: "t1"))
        b.add(Tie(from: "OFFICE", to: "MY", layer: "eto", source: "t2"))
        b.add(Tie(from: "UNIT", to: "JP-OSA", layer: "cooperation", status: .dormant, since: 2001, source: "t3"))
        b.add(Tie(from: "F", to: "FR-PAR", layer: "cooperation", status: .proposed, areas: ["culture"], source: "t4"))
        b.add(Tie(from: "F", to: "SG-SIN", layer: "cooperation", areas: ["business"], source: "t5"))
        b.add(Tie(from: "P", to: "TH-BKK", layer: "sister", areas: ["technology"], source: "t6"))
        b.add(Tie(from: "P", to: "FR-PAR", layer: "sister", source: "t7"))
        return try b.build()
    }

    @Test func coverageCountsOfficesAndTheirUnits() throws {
        let network = try Self.network()
        let coverage = network.coverage(of: "F")
        #expect(coverage.agentIDs == ["F", "OFFICE", "UNIT"])
        #expect(coverage.countries(on: "eto") == ["MY", "SG"])
        #expect(coverage.countries(on: "cooperation") == ["JP", "SG"], "dormant counts, proposed does not")
        #expect(network.coverage(of: "F", options: CoverageOptions(statuses: [.active])).countries(on: "cooperation") == ["SG"])
    }

    @Test func beltAndRoadCountriesWithoutAnOffice() throws {
        let report = try GapAnalysis.run(focus: "F", in: Self.network())
        #expect(report.gaps(.beltAndRoadWithoutOffice).map(\.subject).sorted() == ["KZ", "TH"])
        let kz = report.gaps(.beltAndRoadWithoutOffice).first { $0.subject == "KZ" }!
        #expect(kz.reason == .beltAndRoadWithoutOffice(countryID: "KZ", signedIn: 2017, focusID: "F"))
        #expect(kz.sources == ["src-KZ"])
    }

    @Test func largeCommunitiesWithoutTies() throws {
        let report = try GapAnalysis.run(focus: "F", in: Self.network())
        #expect(report.gaps(.diasporaWithoutTie).map(\.subject) == ["TH", "MY", "FR"], "ranked by size; SG has a tie, JP is under the threshold")
        let smaller = try GapAnalysis.run(focus: "F", in: Self.network(), options: GapOptions(minimumDiaspora: 50_000))
        #expect(!smaller.gaps(.diasporaWithoutTie).map(\.subject).contains("JP"), "JP is covered by the unit's dormant cooperation tie")
    }

    @Test func areasWithoutAnActivePartner() throws {
        let report = try GapAnalysis.run(focus: "F", in: Self.network())
        let areas = report.gaps(.areaWithoutPartner)
        #expect(Set(areas.map(\.subject)) == ["culture", "education", "technology"])
        #expect(areas.first?.subject == "technology", "the peer has a technology partner, so it ranks first")
    }

    @Test func regionsWherePeersReachAndTheFocusDoesNot() throws {
        let report = try GapAnalysis.run(focus: "F", in: Self.network())
        let regions = report.gaps(.regionPeersReach).map(\.subjectName)
        #expect(regions == ["South-eastern Asia (sister)", "Western Europe (sister)"])
        let row = report.benchmark.first { $0.region == "South-eastern Asia" && $0.layer == "eto" }
        #expect(row?.counts == [2, nil], "the peer has no office tie at all in the data: no data, not zero")
    }

    /// The peer reaches TH and FR on the sister layer, where the focus reaches nothing: its lead is
    /// 2, widest (1 against 0) in South-eastern Asia and Western Europe alike, so the first by name.
    /// It has no data on the other layers, so it is not compared there.
    @Test func theLayerWhereAPeerLeadsMost() throws {
        let report = try GapAnalysis.run(focus: "F", in: Self.network())
        #expect(report.widestPeerLead == PeerLead(layer: "sister", peerID: "P", focusCountries: 0, peerCountries: 2,
                                                  region: "South-eastern Asia", focusInRegion: 0, peerInRegion: 1))
        #expect(report.widestPeerLead?.lead == 2)
        let officesOnly = try GapAnalysis.run(focus: "F", in: Self.network(), options: GapOptions(layers: ["eto"]))
        #expect(officesOnly.widestPeerLead == nil, "no peer reaches more on the office layer")
        let noPeers = try GapAnalysis.run(focus: "F", in: Self.network(), options: GapOptions(peerIDs: ["F"]))
        #expect(noPeers.peerIDs.isEmpty && noPeers.widestPeerLead == nil)
    }

    @Test func tiesToActivate() throws {
        let report = try GapAnalysis.run(focus: "F", in: Self.network())
        let ties = report.gaps(.tieToActivate)
        #expect(ties.map(\.subject) == ["UNIT|JP-OSA|cooperation", "F|FR-PAR|cooperation"], "dormant before proposed")
    }

    /// A territory no region holds and no one lives in (Antarctica) is left out of coverage and said
    /// to be, rather than shown as a "(no region)" row of 0 of 1; one whose population is not known stays.
    @Test func aTerritoryWithNoRegionAndNoPopulationIsLeftOut() throws {
        var b = NetworkBuilder(metadata: NetworkMetadata(name: "Poles", asOf: "2024-12-31", focusID: "F"))
        b.add(Entity(id: "CN", kind: .country, name: "China", attributes: EntityAttributes(region: "Asia", subregion: "Eastern Asia")))
        b.add(Entity(id: "FR", kind: .country, name: "France", attributes: EntityAttributes(population: 68_000_000, region: "Europe", subregion: "Western Europe")))
        b.add(Entity(id: "AQ", kind: .country, name: "Antarctica", attributes: EntityAttributes(population: 0)))
        b.add(Entity(id: "XX", kind: .country, name: "Unplaced", attributes: EntityAttributes()))
        b.add(Entity(id: "F", kind: .city, name: "Focus", countryID: "CN"))
        b.add(Tie(from: "F", to: "FR", layer: "sister", source: "s"))
        let network = try b.build()
        let report = try GapAnalysis.run(focus: "F", in: network, options: GapOptions(layers: ["sister"]))
        #expect(report.countriesLeftOut == ["AQ"])
        let rows = report.coverageByRegion.map { "\($0.region) \($0.covered)/\($0.total)" }
        #expect(rows == ["(no region) 0/1", "Western Europe 1/1"], "only the unplaced country of unknown population keeps a row")
        #expect(GapAnalysis.isOutsideCoverage(network.entity(withID: "AQ")!))
        #expect(!GapAnalysis.isOutsideCoverage(network.entity(withID: "XX")!) && !GapAnalysis.isOutsideCoverage(network.entity(withID: "FR")!))
    }

    @Test func regionFilterAndErrors() throws {
        let report = try GapAnalysis.run(focus: "F", in: Self.network(), options: GapOptions(regions: ["Central Asia"]))
        #expect(report.gaps(.beltAndRoadWithoutOffice).map(\.subject) == ["KZ"])
        #expect(throws: AnalysisError.self) { try GapAnalysis.run(focus: "Nowhere", in: Self.network()) }
        #expect(throws: AnalysisError.self) { try GapAnalysis.run(focus: "F", in: Self.network(), options: GapOptions(regions: ["Atlantis"])) }
        #expect(throws: AnalysisError.self) { try GapAnalysis.run(focus: "F", in: Self.network(), options: GapOptions(layers: ["sistr"])) }
    }
}

@Suite struct GapCitationTests {
    @Test func citesOnlyTheRelevantSource() {
        #expect(citation("ISO https://iso.org ; Belt and Road portal https://yidaiyilu.gov.cn ; GeoNames", about: ["belt and road"]) == ["Belt and Road portal https://yidaiyilu.gov.cn"])
        #expect(citation("ISO ; GeoNames", about: ["belt and road"]) == ["ISO", "GeoNames"])
        #expect(citation(nil, about: ["x"]) == [])
    }

    @Test func associationsHostedInTheFocusAreItsAgents() throws {
        var b = NetworkBuilder()
        b.add(Entity(id: "CN", kind: .country, name: "China"))
        b.add(Entity(id: "TH", kind: .country, name: "Thailand"))
        b.add(Entity(id: "F", kind: .city, name: "Focus", countryID: "CN"))
        b.add(Entity(id: "ASSOC", kind: .organisation, name: "Clan association", hostCityID: "F", organisationKind: .association))
        b.add(Tie(from: "ASSOC", to: "TH", layer: "diaspora", source: "s"))
        let network = try b.build()
        #expect(network.agents(of: "F") == ["ASSOC", "F"])
        #expect(network.coverage(of: "F").countries(on: "diaspora") == ["TH"])
    }
}
