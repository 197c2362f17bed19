import Testing
@testable import LiaisonAnalysis
import LiaisonGraph

/// The connector profile measures the focus and its peers the same way, on a network where the
/// focus F and the peer P sit in mirror positions.
@Suite struct ConnectorProfileTests {
    /// Sister ties F–PAR, F–BER, P–TYO, P–NYC, PAR–TYO, BER–NYC (a six-cycle: exchanging F with P,
    /// FR with JP and DE with US maps it onto itself) and LON–MAN. `owner`, when given, gets a
    /// chamber hosted in it with a cooperation tie to London, and an office in London covering GB and
    /// IE. `rename` maps every ID; `extra` adds isolated cities of CN.
    static func network(agentsOf owner: String?, rename: (String) -> String = { $0 }, extra: [String] = []) throws -> PartnershipNetwork {
        var b = NetworkBuilder(metadata: NetworkMetadata(name: "Mirror", asOf: "2024-12-31", focusID: rename("F"), peerIDs: [rename("P")]))
        for country in ["CN", "FR", "DE", "JP", "US", "GB", "IE"] { b.add(Entity(id: country, kind: .country, name: country)) }
        for (city, country) in [("F", "CN"), ("P", "CN"), ("FR-PAR", "FR"), ("DE-BER", "DE"), ("JP-TYO", "JP"), ("US-NYC", "US"),
                                ("GB-LON", "GB"), ("GB-MAN", "GB")] + extra.map({ ($0, "CN") }) {
            b.add(Entity(id: rename(city), kind: .city, name: city, countryID: country))
        }
        for (a, c) in [("F", "FR-PAR"), ("F", "DE-BER"), ("P", "JP-TYO"), ("P", "US-NYC"), ("FR-PAR", "JP-TYO"), ("DE-BER", "US-NYC"), ("GB-LON", "GB-MAN")] {
            b.add(Tie(from: rename(a), to: rename(c), layer: "sister", source: "s"))
        }
        if let owner {
            b.add(Entity(id: "CHAMBER", kind: .organisation, name: "Chamber", hostCityID: rename(owner), organisationKind: .chamber))
            b.add(Entity(id: "OFFICE", kind: .organisation, name: "Office", hostCityID: rename("GB-LON"), representsID: rename(owner), organisationKind: .eto))
            b.add(Tie(from: "CHAMBER", to: rename("GB-LON"), layer: "cooperation", source: "s"))
            b.add(Tie(from: "OFFICE", to: "GB", layer: "eto", source: "s"))
            b.add(Tie(from: "OFFICE", to: "IE", layer: "eto", source: "s"))
        }
        return try b.build()
    }

    static func profile(_ network: PartnershipNetwork, focus: String = "F", peers: [String] = ["P"], options: ConnectorOptions) throws -> ConnectorProfile {
        try ConnectorProfile.make(focus: focus, peers: peers, view: network.view, options: options)
    }

    /// Equal up to the solvers' accuracy: PageRank's Gauss–Seidel sweeps visit nodes in order, so a
    /// renamed or reordered graph converges to the same vector within its tolerance (1e-10), not bit for bit.
    static func same(_ a: Double?, _ b: Double?) -> Bool {
        guard let a, let b else { return a == nil && b == nil }
        return (a.isNaN && b.isNaN) || abs(a - b) <= 1e-12 + 1e-8 * max(abs(a), abs(b))
    }

    @Test(arguments: AgentMerging.allCases)
    func agentsChangeAPeerAsTheyWouldTheFocus(merging: AgentMerging) throws {
        let options = ConnectorOptions(merging: merging, parallelism: Parallelism(threads: 1))
        let base = try Self.profile(Self.network(agentsOf: nil), options: options)
        let onFocus = try Self.profile(Self.network(agentsOf: "F"), options: options)
        let onPeer = try Self.profile(Self.network(agentsOf: "P"), options: options)
        for k in base.lines.indices {
            let measure = base.lines[k].measure
            #expect(Self.same(base.lines[k].value, base.lines[k].peerValues["P"]), "\(measure): mirror positions, equal values")
            #expect(Self.same(onFocus.lines[k].value, onPeer.lines[k].peerValues["P"]), "\(measure): the agents count alike for F and for P")
            #expect(Self.same(onFocus.lines[k].peerValues["P"], onPeer.lines[k].value), "\(measure): the one without agents")
            #expect(onFocus.lines[k].rankAmongPeers + onPeer.lines[k].rankAmongPeers == (Self.same(onFocus.lines[k].value, onFocus.lines[k].peerValues["P"]) ? 2 : 3),
                    "\(measure): F's rank with the agents and F's rank without them are the two places")
        }
        let degree = try #require(onFocus.lines.first { $0.measure == "degree" })
        #expect(degree.value == (merging == .everyEntity ? 3 : 2), "the chamber's tie is F's only when merged")
        #expect(onFocus.agentsMerged == (merging == .everyEntity ? 2 : 0))
        // Office reach counts an entity's offices whatever the merging policy.
        #expect(onFocus.officeReach.map(\.countries) == [2, 0] && onPeer.officeReach.map(\.countries) == [0, 2])
        #expect(onFocus.officeReach.map(\.rank) == [1, 2] && onPeer.officeReach.map(\.rank) == [2, 1])
    }

    @Test(arguments: AgentMerging.allCases)
    func renamingTheFocusAndPeersChangesNoRank(merging: AgentMerging) throws {
        let options = ConnectorOptions(merging: merging, parallelism: Parallelism(threads: 1))
        let names = ["F": "ZZ-F", "P": "AA-P", "FR-PAR": "YY-PAR", "JP-TYO": "BB-TYO"]
        let rename = { (id: String) in names[id] ?? id }
        let plain = try Self.profile(Self.network(agentsOf: "F"), options: options)
        let renamed = try Self.profile(Self.network(agentsOf: "F", rename: rename), focus: rename("F"), peers: [rename("P")], options: options)
        #expect(renamed.population == plain.population && renamed.roles == plain.roles)
        for (a, b) in zip(plain.lines, renamed.lines) {
            #expect(Self.same(a.value, b.value) && Self.same(a.peerValues["P"], b.peerValues[rename("P")]), "\(a.measure)")
            #expect(a.rankAmongPeers == b.rankAmongPeers && a.rankAmongCities == b.rankAmongCities && a.cities == b.cities, "\(a.measure)")
        }
        #expect(plain.officeReach.map(\.rank) == renamed.officeReach.map(\.rank))
    }

    /// The six-cycle and LON–MAN: F lies on 2 of the pairs' shortest paths (NetworkX, unnormalised).
    @Test func measuresRunOverTiedEntitiesUnlessAskedForAll() throws {
        let network = try Self.network(agentsOf: nil, extra: ["CN-ISO"])
        func betweenness(_ profile: ConnectorProfile) -> Double? { profile.lines.first { $0.measure == "betweenness" }?.value }

        let tied = try Self.profile(network, options: ConnectorOptions(parallelism: Parallelism(threads: 1)))
        #expect(tied.population == 8 && tied.isolatedLeftOut == 8, "7 countries and CN-ISO have no partnership tie")
        #expect(Self.same(betweenness(tied), 2.0 / 21), "2 / ((n − 1)(n − 2) / 2) with n = 8")

        let withIsolatedPeer = try Self.profile(network, peers: ["P", "CN-ISO"], options: ConnectorOptions(parallelism: Parallelism(threads: 1)))
        #expect(withIsolatedPeer.population == 9 && withIsolatedPeer.isolatedLeftOut == 7, "an entity compared is measured even without ties")
        #expect(withIsolatedPeer.lines.first { $0.measure == "degree" }?.peerValues["CN-ISO"] == 0)
        #expect(Self.same(betweenness(withIsolatedPeer), 2.0 / 28))

        let all = try Self.profile(network, options: ConnectorOptions(isolated: .included, parallelism: Parallelism(threads: 1)))
        #expect(all.population == 16 && all.isolatedLeftOut == 0)
        #expect(Self.same(betweenness(all), 2.0 / 105), "n = 16: every entity of the view")
    }

    @Test func anUnknownPartnershipLayerIsNamed() throws {
        let network = try Self.network(agentsOf: nil)
        #expect(throws: AnalysisError.unknownLayer("sistr", known: network.layers.map(\.id))) {
            try Self.profile(network, options: ConnectorOptions(partnershipLayers: ["sistr"]))
        }
    }
}
