import Testing
import LiaisonGraph
@testable import LiaisonAnalysis

/// Ties per layer and year: hand-checked counts, and every count equal to a year view's.
@Suite struct TimelineTests {
    /// F, its office, a peer P and a few dated, ended, dormant and undated ties.
    static func network() throws -> PartnershipNetwork {
        var b = NetworkBuilder(metadata: NetworkMetadata(name: "Timeline", asOf: "2024-12-31", focusID: "F", peerIDs: ["P"]))
        b.add(Entity(id: "XX", kind: .country, name: "X"))
        b.add(Entity(id: "YY", kind: .country, name: "Y"))
        for id in ["F", "P", "A", "B"] { b.add(Entity(id: id, kind: .city, name: id, countryID: id == "B" ? "YY" : "XX")) }
        b.add(Entity(id: "F-OFF", kind: .organisation, name: "F office", hostCityID: "B", representsID: "F", organisationKind: .eto))
        b.add(Tie(from: "F", to: "A", layer: "sister", since: 2010, source: "s"))
        b.add(Tie(from: "F", to: "B", layer: "sister", status: .ended, since: 2012, until: 2015, source: "s"))
        b.add(Tie(from: "F", to: "P", layer: "cooperation", status: .dormant, since: 2014, statusSince: 2020, source: "s"))
        b.add(Tie(from: "F-OFF", to: "YY", layer: "eto", since: 2015, source: "s"))
        b.add(Tie(from: "P", to: "A", layer: "sister", source: "s"))
        b.add(Tie(from: "P", to: "B", layer: "cooperation", since: 2016, source: "s"))
        return try b.build()
    }

    @Test func handCheckedCounts() throws {
        let timeline = try Timeline.make(Self.network(), options: TimelineOptions(from: 2010, to: 2016))
        #expect(timeline.subjects.map(\.name) == ["F", "P", "whole network"])
        #expect(timeline.layers == ["sister", "cooperation", "eto"], "layers without ties are left out")
        let focus = timeline.subjects[0]
        #expect(focus.agentIDs == ["F", "F-OFF"])
        #expect((2010...2016).map { focus.row(year: $0, layer: "sister")!.inForce } == [1, 1, 2, 2, 2, 1, 1], "the B tie ends in 2015")
        #expect((2010...2016).map { focus.row(year: $0, layer: "sister")!.new } == [1, 0, 1, 0, 0, 0, 0])
        #expect(focus.row(year: 2015, layer: "eto") == Timeline.Row(year: 2015, layer: "eto", inForce: 1, new: 1), "the office's tie counts for F")
        let peer = timeline.subjects[1]
        #expect(peer.undated == ["sister": 1, "cooperation": 0, "eto": 0])
        #expect(peer.row(year: 2016, layer: "cooperation")?.inForce == 2)
        #expect(peer.row(year: 2016, layer: "sister")?.inForce == 0, "the undated tie is left out")
    }

    @Test func assumedInForceCountsUndatedTiesButNeverAsNew() throws {
        let timeline = try Timeline.make(Self.network(), options: TimelineOptions(from: 2010, to: 2016, undated: .assumedInForce))
        let peer = timeline.subjects[1]
        #expect((2010...2016).map { peer.row(year: $0, layer: "sister")!.inForce } == Array(repeating: 1, count: 7))
        #expect(peer.rows.filter { $0.layer == "sister" }.map(\.new).reduce(0, +) == 0)
    }

    /// Every in-force count equals the number of ties a year view keeps, for every year.
    @Test func inForceEqualsTheYearView() throws {
        let network = try Self.network()
        let timeline = try Timeline.make(network, options: TimelineOptions(from: 2005, to: 2026))
        let whole = try #require(timeline.subjects.last)
        for year in timeline.years {
            let view = try network.view([.inForce(year: year)])
            for layer in timeline.layers {
                #expect(whole.row(year: year, layer: layer)?.inForce == view.ties.count { $0.layer == layer }, "\(layer) in \(year)")
            }
        }
    }

    @Test func badOptionsSayWhatIsValid() throws {
        let network = try Self.network()
        #expect(throws: AnalysisError.unknownLayer("sistr", known: ["sister", "cooperation", "eto", "bri", "diaspora"])) {
            try Timeline.make(network, options: TimelineOptions(layers: ["sistr"]))
        }
        #expect(throws: AnalysisError.missing("years from 2020 to 2010", expected: "a first year (--from) no later than the last (--to)")) {
            try Timeline.make(network, options: TimelineOptions(from: 2020, to: 2010))
        }
    }
}
