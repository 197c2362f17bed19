import Testing
@testable import LiaisonGraph

@Suite struct NetworkBuilderTests {
    @Test func buildsSortedEntitiesAndFillsContainment() throws {
        let network = Fixtures.network()
        #expect(network.entityCount == 11)
        #expect(network.tieCount == 6)
        #expect(network.entities.map(\.id) == network.entities.map(\.id).sorted())
        #expect(network.entity(withID: "JP-OSA")?.countryID == "JP")
        #expect(network.entity(withID: "HKETO-BER")?.countryID == "DE", "an organisation's country comes from its host city")
        #expect(network.entity(withID: "CN")?.countryID == "CN")
    }

    @Test func specialAdministrativeRegionIsACityOfChinaWithItsOwnRelations() {
        let network = Fixtures.network()
        let hk = network.entity(withID: "HK")!
        #expect(hk.kind == .city)
        #expect(hk.hasOwnExternalRelations)
        #expect(network.country(of: "HK")?.id == "CN")
        #expect(!network.entity(withID: "CN-SHA")!.hasOwnExternalRelations)
    }

    @Test func parallelTiesOfDifferentLayersStayApart() {
        let network = Fixtures.network()
        let ties = network.ties(of: "JP-YOK")
        #expect(ties.map(\.layer) == ["sister", "cooperation"])
        #expect(network.neighbours(of: "JP-YOK") == ["CN-SHA"])
    }

    @Test func tiesReadBackAsWritten() {
        let network = Fixtures.network()
        let tie = network.ties.first { $0.from == "CN-SHA" && $0.to == "JP-OSA" }!
        #expect(tie == Tie(from: "CN-SHA", to: "JP-OSA", layer: "sister", since: 1974, areas: ["culture", "business"], source: Fixtures.source))
    }

    @Test func reportsEveryProblemAtOnceWithLocations() {
        var b = Fixtures.builder()
        let origin = RecordOrigin(file: "ties.csv", line: 7, columns: ["from": 1, "to": 8, "layer": 15, "since": 22, "areas": 30])
        b.add(Tie(from: "JP-OSA", to: "JP-OSA", layer: "sistr", since: 2030, areas: ["sport"], source: "s"), origin: origin)
        b.add(Tie(from: "JP-OSAKA", to: "CN-SHA", layer: "sister", source: "s"), origin: RecordOrigin(file: "ties.csv", line: 8, columns: ["from": 1]))
        b.add(Tie(from: "JP-OSA", to: "CN-SHA", layer: "sister", since: 2001, until: 1999, source: "s"), origin: RecordOrigin(file: "ties.csv", line: 9, columns: ["since": 22]))
        b.add(Entity(id: "CN-SHA", kind: .city, name: "Again", countryID: "CN"), origin: RecordOrigin(file: "cities.csv", line: 3, columns: ["id": 1]))
        b.add(Entity(id: "JP-KOB", kind: .city, name: "Kobe", countryID: "JP", provinceID: "CN-SH"), origin: RecordOrigin(file: "cities.csv", line: 4, columns: ["province": 20]))
        #expect(throws: NetworkError.self) { try b.build() }
        do {
            _ = try b.build()
        } catch {
            let text = error.problems.map(\.description)
            #expect(text.contains { $0.hasPrefix("ties.csv:7:8: tie from an entity to itself 'JP-OSA'") })
            #expect(text.contains { $0.hasPrefix("ties.csv:7:15: unknown layer 'sistr'; known layers: sister, cooperation, eto, bri, diaspora") })
            #expect(text.contains { $0.hasPrefix("ties.csv:7:22: tie starts after the dataset's as-of date") })
            #expect(text.contains { $0.hasPrefix("ties.csv:7:30: unknown exchange area 'sport'") })
            #expect(text.contains { $0.hasPrefix("ties.csv:8:1: unknown entity 'JP-OSAKA'") && $0.contains("did you mean JP-OSA") })
            #expect(text.contains { $0.hasPrefix("ties.csv:9:22: tie starts after it ends (until 1999) '2001'") })
            #expect(text.contains { $0.hasPrefix("cities.csv:3:1: duplicate ID 'CN-SHA'") })
            #expect(text.contains { $0.hasPrefix("cities.csv:4:20: city JP-KOB is in country JP but its province is in CN") })
            #expect(error.problems.count == 8)
        }
    }

    @Test func duplicateTiesAreReportedAtEachLaterRow() {
        var b = Fixtures.builder()
        func row(_ line: Int) -> RecordOrigin { RecordOrigin(file: "ties.csv", line: line, columns: ["to": 8, "source": 20]) }
        b.add(Tie(from: "HK", to: "JP-OSA", layer: "cooperation", since: 2001, source: "s"), origin: row(2))
        b.add(Tie(from: "JP-OSA", to: "HK", layer: "cooperation", since: 2001, source: "s"), origin: row(3))  // the other way round
        b.add(Tie(from: "HK", to: "JP-OSA", layer: "cooperation", since: 2001, source: "s"), origin: row(4))  // a third time
        b.add(Tie(from: "HK", to: "JP-OSA", layer: "cooperation", since: 2002, source: "s"), origin: row(5))  // another start year
        b.add(Tie(from: "HK", to: "JP-OSA", layer: "bri", since: 2001, source: "s"), origin: row(6))          // another layer
        b.add(Tie(from: "HK", to: "JP-YOK", layer: "cooperation", source: ""), origin: row(7))                // a problem: not kept
        b.add(Tie(from: "JP-YOK", to: "HK", layer: "cooperation", source: "s"), origin: row(8))              // so this one is the first
        #expect(throws: NetworkError.self) { try b.build() }
        do {
            _ = try b.build()
        } catch {
            #expect(error.problems.map(\.description) == [
                "ties.csv:3:8: duplicate tie between JP-OSA and HK on layer cooperation 'HK'; one row per pair, layer and start year",
                "ties.csv:4:8: duplicate tie between HK and JP-OSA on layer cooperation 'JP-OSA'; one row per pair, layer and start year",
                "ties.csv:7:20: tie has no source ''; a URL or a publication",
            ])
        }
    }

    @Test func definedLayersAndAreasAreAccepted() throws {
        var b = Fixtures.builder()
        b.define(Layer(id: "mou", name: "Memorandum"))
        b.define(area: "health")
        b.add(Tie(from: "HK", to: "JP-OSA", layer: "mou", areas: ["health"], source: "s"))
        let network = try b.build()
        #expect(network.layers.map(\.id) == ["sister", "cooperation", "eto", "bri", "diaspora", "mou"])
        #expect(network.ties(of: "HK", layer: "mou").first?.areas == ["health"])
    }

    @Test func emptyNetworkBuilds() throws {
        let network = try NetworkBuilder().build()
        #expect(network.entityCount == 0 && network.tieCount == 0)
        #expect(NetworkView(network).tieCount == 0)
    }
}
