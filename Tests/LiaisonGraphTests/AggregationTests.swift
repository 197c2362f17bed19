import Testing
@testable import LiaisonGraph

@Suite struct AggregationTests {
    let network = Fixtures.network()

    @Test func citiesRollUpToCountriesWithTiesSummedPerLayer() throws {
        let view = network.view.aggregated(to: .country)
        let ids = Set(view.entities.map(\.id))
        #expect(ids == ["CN", "JP", "DE", "HK"], "a SAR keeps its own place; the office rolls up to its host country")
        let ties = view.ties
        let sister = ties.filter { $0.layer == "sister" }
        #expect(sister.count == 1)
        #expect(sister[0].from == "CN" && sister[0].to == "JP" && sister[0].weight == 2 && sister[0].since == 1973)
        #expect(sister[0].areas == ["culture", "business"])
        let cooperation = ties.filter { $0.layer == "cooperation" }.map { [$0.from, $0.to] }
        #expect(Set(cooperation) == [["CN", "JP"], ["CN", "HK"], ["DE", "HK"]])
        #expect(ties.contains { $0.layer == "eto" && $0.from == "DE" && $0.to == "HK" } == false, "a tie inside one country is dropped")
    }

    @Test func provinceLevelKeepsCitiesWithoutProvince() throws {
        let view = network.view.aggregated(to: .province)
        let ids = Set(view.entities.map(\.id))
        #expect(ids.contains("CN-SH") && ids.contains("JP-27") && ids.contains("JP-YOK"))
        #expect(!ids.contains("JP-OSA"))
    }

    @Test func aggregationKeepsTheMostAliveStatus() throws {
        var b = Fixtures.builder()
        b.add(Tie(from: "HK", to: "JP-OSA", layer: "cooperation", status: .proposed, source: "s"))
        let view = try b.build().view.aggregated(to: .country)
        let hkJapan = view.ties.first { Set([$0.from, $0.to]) == ["HK", "JP"] }!
        #expect(hkJapan.status == .proposed)
        let cnJapan = view.ties.first { Set([$0.from, $0.to]) == ["CN", "JP"] && $0.layer == "cooperation" }!
        #expect(cnJapan.status == .dormant)
    }
}

@Suite struct AggregationOfPartialViewsTests {
    @Test func peersAndFocusOutsideTheViewAreDropped() throws {
        let network = Fixtures.network()
        let view = try network.view([.countries(["JP"])]).aggregated(to: .country)
        #expect(view.network.metadata.peerIDs.isEmpty)
        #expect(view.network.metadata.focusID == nil)
        let sub = try network.view([.countries(["JP"])]).materialized()
        #expect(sub.metadata.peerIDs.isEmpty && sub.metadata.focusID == nil)
    }
}
