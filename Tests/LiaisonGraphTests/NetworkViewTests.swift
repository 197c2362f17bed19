import Testing
@testable import LiaisonGraph

@Suite struct NetworkViewTests {
    let network = Fixtures.network()

    @Test func layerFilterKeepsOnlyThoseTies() throws {
        let view = try network.view([.layers(["sister"])])
        #expect(view.tieCount == 2)
        #expect(view.entityCount == network.entityCount, "a layer filter keeps every entity")
    }

    @Test func statusAndYearFilters() throws {
        #expect(try network.view([.statuses([.dormant])]).ties.map(\.layer) == ["cooperation"])
        let in1995 = try network.view([.inForce(year: 1995)]).ties.map(\.to)
        #expect(in1995 == ["JP-OSA", "JP-YOK", "DE-BER"], "the two sister ties and the 1990-2000 tie")
        #expect(try network.view([.inForce(year: 2001)]).ties.map(\.to) == ["JP-OSA", "JP-YOK"])
        #expect(try network.view([.inForce(year: 1973)]).ties.map(\.to) == ["JP-YOK"])
    }

    @Test func regionFilterUsesRegionSubregionAndGroupings() throws {
        #expect(Set(try network.view([.regions(["EU"])]).entities.map(\.id)) == ["DE", "DE-BER", "HKETO-BER"])
        #expect(try network.view([.regions(["europe"])]).entityCount == 3)
        #expect(throws: ViewError.self) { try network.view([.regions(["Atlantis"])]) }
    }

    @Test func countryFilterKeepsTiesInsideOnly() throws {
        let view = try network.view([.countries(["JP"])])
        #expect(Set(view.entities.map(\.id)) == ["JP", "JP-27", "JP-OSA", "JP-YOK"])
        #expect(view.tieCount == 0)
    }

    @Test func egoNeighbourhoodByHops() throws {
        #expect(Set(try network.view([.ego(centre: "JP-OSA", radius: 1)]).entities.map(\.id)) == ["JP-OSA", "CN-SHA"])
        #expect(Set(try network.view([.ego(centre: "Osaka", radius: 2)]).entities.map(\.id)) == ["JP-OSA", "CN-SHA", "JP-YOK", "HK"])
        #expect(try network.view([.ego(centre: "JP-OSA", radius: 0)]).entityCount == 1)
        #expect(throws: ViewError.self) { try network.view([.ego(centre: "Nowhere", radius: 1)]) }
    }

    @Test func egoWalksOnlyTheViewSoFar() throws {
        let view = try network.view([.layers(["sister"]), .ego(centre: "JP-OSA", radius: 3)])
        #expect(Set(view.entities.map(\.id)) == ["JP-OSA", "CN-SHA", "JP-YOK"])
    }

    @Test func unknownLayerListsTheKnownOnes() {
        #expect(throws: ViewError.unknownLayer("sistr", known: ["sister", "cooperation", "eto", "bri", "diaspora"])) {
            try network.view([.layers(["sistr"])])
        }
    }

    @Test func specParsesAndPrintsBack() throws {
        let spec = try ViewSpec(parsing: ["ego:HK:2;layer:sister,eto", "status:active;year:2015", "aggregate:country"])
        #expect(spec.filters == [.ego(centre: "HK", radius: 2), .layers(["sister", "eto"]), .statuses([.active]), .inForce(year: 2015)])
        #expect(spec.aggregation == .country)
        #expect(try ViewSpec(parsing: [spec.description]) == spec)
        #expect(throws: ViewError.self) { try ViewSpec(parsing: ["status:sleeping"]) }
        #expect(throws: ViewError.self) { try ViewSpec(parsing: ["nonsense"]) }
    }

    @Test func materializedViewIsAValidNetworkOfItsOwn() throws {
        let sub = try network.view([.layers(["sister"]), .ego(centre: "JP-OSA", radius: 1)]).materialized()
        #expect(sub.tieCount == 1)
        #expect(sub.entity(withID: "JP-27") != nil, "the province Osaka lies in comes along")
        #expect(sub.entity(withID: "JP") != nil && sub.entity(withID: "CN") != nil)
    }
}
