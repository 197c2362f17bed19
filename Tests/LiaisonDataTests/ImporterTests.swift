import Foundation
import Testing
@testable import LiaisonData
import LiaisonGraph

/// The importers on the real public files in ../shared/data.
@Suite(.enabled(if: FileManager.default.fileExists(atPath: sharedData), "needs ../shared/data"))
struct ImporterTests {
    static let world = try! load(repositoryRoot + "/datasets/world")

    @Test func twinPairListImportsWithEveryRowAccountedFor() throws {
        let result = try TwinPairsImporter.run(path: sharedData + "/twin_towns_wikipedia_hekman/twin_cities_raw.csv", world: Self.world,
                                               options: .init(name: "Twin towns", source: "Hekman/twincities twin_cities_raw.csv"))
        let r = result.report
        #expect(r.rowsRead == 26_114)
        #expect(r.cities == 17_119)
        #expect(r.ties == 24_711)
        #expect(r.duplicatePairs == 1_269, "pairs that repeat once England and United Kingdom both resolve to GB")
        #expect(r.selfPairs == 3)
        #expect(r.unresolvedCountries.map(\.name) == ["Kosovo", "Northern Cyprus", "", "Island", "Japa", "in Italy"])
        #expect(r.unresolvedCountries.map(\.rows) == [75, 48, 5, 1, 1, 1])
        #expect(r.rowsRead == r.ties + r.duplicatePairs + r.selfPairs + r.rowsSkipped, "every row is a tie, a repeat, a self-pair or skipped")
        #expect(result.network.tieCount == r.ties)
        #expect(r.corrections.contains { $0.name == "England" && $0.countryID == "GB" })
        #expect(r.corrections.contains { $0.name == "Moldavia" && $0.countryID == "MD" && $0.method == .spellingCorrection })
        #expect(result.network.cities(inCountry: "CN").count == 428)
    }

    @Test func geocodedListKeepsCoordinates() throws {
        let result = try TwinPairsImporter.run(path: sharedData + "/twin_towns_wikipedia_hekman/twin_cities_geocoded.csv", world: Self.world,
                                               options: .init(name: "Twin towns", source: "geocoded"))
        #expect(result.report.rowsRead == 25_917)
        #expect(result.report.ties == 24_650)
        let berat = result.network.entity(withID: "AL-BERAT")
        #expect(berat?.attributes.location == GeoPoint(latitude: 40.7022, longitude: 19.9583))
        let withLocation = result.network.entities.count { $0.kind == .city && $0.attributes.location != nil }
        #expect(withLocation == result.report.cities)
    }

    @Test func wikidataNodesAndEdges() throws {
        let base = sharedData + "/twin_towns_wikidata_albertoursino/"
        let result = try WikidataImporter.run(nodesPath: base + "nodes.csv", edgesPath: base + "edges.csv", world: Self.world,
                                              options: .init(name: "Wikidata", source: "Wikidata P190"))
        #expect(result.report.cities == 4_557)
        #expect(result.report.ties == 8_148)
        #expect(result.report.unresolvedCountries.reduce(0) { $0 + $1.rows } == 9)
        #expect(result.report.rowsRead == 4_566 + 8_182)
        #expect(result.network.entity(withID: "Q8646")?.countryID == "CN", "Hong Kong's Wikidata item is a city of China")
        #expect(result.network.entity(withID: "Q84")?.name == "London")
    }

    @Test func importedFolderValidatesAndReloads() throws {
        let result = try TwinPairsImporter.run(path: sharedData + "/twin_towns_wikipedia_hekman/twin_cities_raw.csv", world: Self.world,
                                               options: .init(name: "Twin towns", source: "raw"))
        let folder = try TemporaryFolder()
        defer { folder.cleanUp() }
        try DatasetWriter.write(result.network, to: folder.file("out"), inputs: [])
        let reloaded = try load(folder.file("out"))
        #expect(reloaded.tieCount == result.network.tieCount)
        #expect(reloaded.entityCount == result.network.entityCount)
    }

    @Test func resolverHandlesWikipediaQuirks() {
        let resolver = CountryResolver(countries: Self.world.entities)
        #expect(resolver.resolve("United States of America")?.countryID == "US")
        #expect(resolver.resolve("People's Republic of China")?.countryID == "CN")
        #expect(resolver.resolve("Georgia (country)")?.countryID == "GE")
        #expect(resolver.resolve("Wales")?.method == .constituent)
        #expect(resolver.resolve("Brandenburg, Germany")?.countryID == "DE")
        #expect(resolver.resolve("Kosovo") == nil)
        #expect(resolver.resolve("") == nil)
        #expect(resolver.resolve("Island") == nil, "equally close to Iceland and Ireland: no guess")
    }

    @Test func badInputIsAClearError() throws {
        let folder = try TemporaryFolder(files: ["bad.csv": "a,b\n1,2\n"])
        defer { folder.cleanUp() }
        #expect(throws: DatasetError.self) {
            try TwinPairsImporter.run(path: folder.file("bad.csv"), world: Self.world, options: .init(name: "x", source: "x"))
        }
        #expect(throws: DatasetError.self) {
            try TwinPairsImporter.run(path: folder.file("missing.csv"), world: Self.world, options: .init(name: "x", source: "x"))
        }
    }
}
