import Testing
import LiaisonGraph

/// The summary's counts on the fixture, counted by hand, and on filtered views against a count of
/// the view's own entities and ties.
@Suite struct NetworkSummaryTests {
    static func counts(_ list: [NetworkSummary.Count]) -> [String: Int] {
        Dictionary(uniqueKeysWithValues: list.map { ($0.label, $0.count) })
    }

    @Test func fixtureCountsAreTheHandCountedOnes() {
        let summary = NetworkSummary(NetworkView(Fixtures.network()))
        #expect(summary.entityCount == 11 && summary.tieCount == 6)
        #expect(Self.counts(summary.entitiesByKind) == ["country": 3, "province": 2, "city": 5, "organisation": 1])
        // Tied: Germany (its office's coverage), the five cities but none of the provinces, the office.
        #expect(Self.counts(summary.tiedEntitiesByKind) == ["country": 1, "province": 0, "city": 5, "organisation": 1])
        // Hong Kong and the Berlin office take their country's region.
        #expect(Self.counts(summary.entitiesByRegion) == ["Asia": 8, "Europe": 3])
        #expect(Self.counts(summary.tiedEntitiesByRegion) == ["Asia": 4, "Europe": 3])
        #expect(Self.counts(summary.organisationsByKind) == ["eto": 1])
        // Hong Kong's own two cooperation ties, and its Berlin office's coverage.
        #expect(Self.counts(summary.focusTiesByLayer)["cooperation"] == 2)
        #expect(Self.counts(summary.focusTiesByLayer)["eto"] == 1)
        #expect(Self.counts(summary.focusTiesByLayer)["sister"] == 0)
    }

    @Test(arguments: ["layer:sister", "region:Europe", "kind:city", "year:2005"])
    func viewCountsMatchTheViewsOwnEntitiesAndTies(filter: String) throws {
        let network = Fixtures.network()
        let view = try NetworkView(network).filtered(ViewSpec(parsing: [filter]).filters)
        let summary = NetworkSummary(view)
        let entities = view.entities, ties = view.ties
        let tied = Set(ties.flatMap { [$0.from, $0.to] })
        #expect(summary.entityCount == entities.count, "\(filter)")
        #expect(summary.tieCount == ties.count, "\(filter)")
        for kind in EntityKind.allCases {
            #expect(Self.counts(summary.entitiesByKind)[kind.rawValue] == entities.count { $0.kind == kind }, "\(filter) \(kind)")
            #expect(Self.counts(summary.tiedEntitiesByKind)[kind.rawValue] == entities.count { $0.kind == kind && tied.contains($0.id) },
                    "\(filter) \(kind)")
        }
    }
}
