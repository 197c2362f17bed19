import Testing
import LiaisonGraph

/// What differs between two networks: entities by ID, ties by ends and layer, years edited in place.
@Suite struct NetworkDifferenceTests {
    static func edited(_ edit: (inout NetworkBuilder) -> Void) -> PartnershipNetwork {
        var builder = NetworkBuilder(metadata: NetworkMetadata(name: "Fixture", asOf: "2024-12-31", focusID: "HK", peerIDs: ["CN-SHA"]))
        let base = Fixtures.network()
        for entity in base.entities { builder.add(entity) }
        for tie in base.ties { builder.add(tie) }
        edit(&builder)
        return try! builder.build()
    }

    @Test func aNetworkDiffersFromItselfInNothing() {
        #expect(NetworkDifference(from: Fixtures.network(), to: Fixtures.network()).isEmpty)
    }

    @Test func addedEntitiesAndTiesAreListedAndBackwardsTheyAreRemoved() {
        let after = Self.edited { b in
            b.add(Entity(id: "SG", kind: .country, name: "Singapore"))
            b.add(Tie(from: "HK", to: "SG", layer: "cooperation", since: 2020, source: Fixtures.source))
        }
        let forward = NetworkDifference(from: Fixtures.network(), to: after)
        #expect(forward.addedEntities == ["SG"] && forward.addedTies.map(\.to) == ["SG"] && forward.removedTies.isEmpty)
        let backward = NetworkDifference(from: after, to: Fixtures.network())
        #expect(backward.removedEntities == ["SG"] && backward.removedTies.map(\.to) == ["SG"] && backward.addedTies.isEmpty)
    }

    /// A tie whose start year is edited is the same tie, changed: not one removed and one added.
    @Test func anEditedStartYearIsAChangeNotAReplacement() {
        let base = Fixtures.network()
        var builder = NetworkBuilder(metadata: base.metadata)
        for entity in base.entities { builder.add(entity) }
        for var tie in base.ties {
            if tie.from == "HK" && tie.to == "CN-SHA" { tie.since = 2004 }
            builder.add(tie)
        }
        let difference = NetworkDifference(from: base, to: try! builder.build())
        #expect(difference.addedTies.isEmpty && difference.removedTies.isEmpty)
        #expect(difference.changedTies.map { "\($0.before.since!)>\($0.after.since!)" } == ["2003>2004"])
        #expect(difference.statusChanges.isEmpty, "the status did not change")
    }

    @Test func aStatusChangeIsAlsoAStatusChange() {
        let base = Fixtures.network()
        var builder = NetworkBuilder(metadata: base.metadata)
        for entity in base.entities { builder.add(entity) }
        for var tie in base.ties {
            if tie.layer == "cooperation" && tie.status == .dormant { tie.status = .active }
            builder.add(tie)
        }
        let difference = NetworkDifference(from: base, to: try! builder.build())
        #expect(difference.statusChanges.map { "\($0.before.status)>\($0.after.status)" } == ["dormant>active"])
        #expect(difference.changedTies.count == 1)
    }

    /// Two ties of one pair and layer (signed in different years) match year for year, whatever their order.
    @Test func parallelTiesOfOneLayerMatchByYearFirst() {
        let twice = Self.edited { b in b.add(Tie(from: "CN-SHA", to: "JP-OSA", layer: "sister", status: .ended, since: 1960, until: 1970, source: Fixtures.source)) }
        let reordered = NetworkDifference(from: twice, to: twice)
        #expect(reordered.isEmpty)
        let withoutOld = NetworkDifference(from: twice, to: Fixtures.network())
        #expect(withoutOld.removedTies.map(\.since) == [1960] && withoutOld.changedTies.isEmpty)
    }
}
