import Foundation
import Testing
@testable import LiaisonData
import LiaisonGraph

/// The importers on the real public files in ../shared/data.
@Suite(.enabled(if: FileManager.default.fileExists(atPath: sharedData), "needs ../shared/data"))
struct ImporterTests {
    static let world = try! load(repositoryRoot + "/datasets/world")
    static let universe = try! load(repositoryRoot + "/datasets/world-cities")
    static let raw = try! TwinPairsImporter.run(path: sharedData + "/twin_towns_wikipedia_hekman/twin_cities_raw.csv", universe: universe,
                                                options: .init(name: "Twin towns", source: "Hekman/twincities twin_cities_raw.csv"))

    @Test func twinPairListImportsWithEveryRowAccountedFor() throws {
        let result = Self.raw
        let r = result.report
        #expect(r.rowsRead == 26_114)
        #expect(r.cities == 17_024, "17,119 before the universe and the name variants merged names of one place")
        #expect(r.ties == 24_446)
        #expect(r.duplicatePairs == 1_656, "pairs that repeat once England and United Kingdom resolve to GB and names of one place merge")
        #expect(r.selfPairs == 4)
        #expect(r.unresolvedCountries.map(\.name) == ["", "Island", "Japa", "in Italy"], "Kosovo and Northern Cyprus are kept")
        #expect(r.unresolvedCountries.map(\.rows) == [5, 1, 1, 1])
        #expect(r.rowsRead == r.ties + r.duplicatePairs + r.selfPairs + r.rowsSkipped, "every row is a tie, a repeat, a self-pair or skipped")
        #expect(result.network.tieCount == r.ties)
        #expect(r.corrections.contains { $0.name == "England" && $0.countryID == "GB" })
        #expect(r.corrections.contains { $0.name == "Moldavia" && $0.countryID == "MD" && $0.method == .spellingCorrection })
        #expect(r.cities == r.placed.values.reduce(0, +) + r.unplaced.count, "every city is placed on the universe or its own")
    }

    @Test func liaocchengTakesTheUniverseID() throws {
        let network = Self.raw.network
        #expect(network.entity(withID: "CN-LCH")?.name == "Liaocheng", "the curated and universe ID, as in datasets/liaocheng")
        #expect(network.entity(withID: "CN-LIAOCHENG") == nil)
        #expect(Set(network.neighbours(of: "CN-LCH", layer: Layer.sister.id)) == ["AU-WP-BLACKTOWN", "KR-GMY"],
                "Blacktown is below the universe's scope; Gwangmyeong is a universe city with its curated ID")
    }

    @Test func kosovoAndNorthernCyprusAreKeptAsTerritoriesOfTheirStates() throws {
        let r = Self.raw.report
        #expect(r.documentedCodeRows == ["XK": 75, "XN": 48], "the rows lost before: 75 Kosovo, 48 Northern Cyprus")
        let network = Self.raw.network
        #expect(network.entity(withID: "XK")?.partOfID == "RS")
        #expect(network.entity(withID: "XN")?.partOfID == "CY")
        #expect(network.entity(withID: "XK")?.attributes.politicalStatus == .territory)
        #expect(network.cities(inCountry: "XK").count > 0 && network.cities(inCountry: "XN").count > 0)
    }

    @Test func nameVariantsMergeOnTheRealList() throws {
        let network = Self.raw.network
        // Before: "Ebensee" and "Ebensee am Traunsee" were two cities, and Zawiercie's pair with them two ties.
        let ebensee = try #require(network.entities(named: "Ebensee").first { $0.countryID == "AT" })
        #expect(ebensee.aliases.contains("Ebensee am Traunsee"))
        #expect(network.entities.filter { $0.kind == .city && $0.name.hasPrefix("Ebensee") }.count == 1)
        #expect(network.neighbours(of: ebensee.id, layer: Layer.sister.id).count == 2, "Prato and Zawiercie, the Zawiercie pair once")
        let merges = Self.raw.report.variantMerges
        #expect(merges.count == 29)
        #expect(merges.contains { $0.variant == "Halle (Saale)" && $0.name == "Halle" })
        #expect(!merges.contains { $0.variant == "Frankfurt an der Oder" }, "another town: no partner in common")
        #expect(!merges.contains { $0.variant.hasPrefix("Doksy") }, "two qualified forms of Doksy share a partner: ambiguous, not merged")
    }

    @Test func geocodedListPlacesByCoordinates() throws {
        let result = try TwinPairsImporter.run(path: sharedData + "/twin_towns_wikipedia_hekman/twin_cities_geocoded.csv", universe: Self.universe,
                                               options: .init(name: "Twin towns", source: "geocoded"))
        #expect(result.report.rowsRead == 25_917)
        #expect(result.report.placed[.coordinates] == 38, "several cities of the name; the nearest within 30 km")
        #expect(result.report.unplaced.allSatisfy { $0.miss != .ambiguous }, "coordinates break every tie")
        let berat = try #require(result.network.entities(named: "Berat").first { $0.kind == .city && $0.countryID == "AL" })
        #expect(berat.id == "AL-GN3186084")
        let withLocation = result.network.entities.count { $0.kind == .city && $0.attributes.location != nil }
        #expect(withLocation == result.report.cities)
    }

    @Test func wikidataNodesAndEdges() throws {
        let base = sharedData + "/twin_towns_wikidata_albertoursino/"
        let result = try WikidataImporter.run(nodesPath: base + "nodes.csv", edgesPath: base + "edges.csv", universe: Self.universe,
                                              options: .init(name: "Wikidata", source: "Wikidata P190"))
        #expect(result.report.cities == 4_550)
        #expect(result.report.ties == 8_159)
        #expect(result.report.rowsRead == 4_566 + 8_182)
        #expect(result.network.entity(withID: "HK")?.countryID == "CN", "Hong Kong's Wikidata item is the SAR, a city of China")
        #expect(result.network.entity(withID: "GB-LON")?.attributes.extra["wikidata"] == "Q84", "London keeps its QID beside the universe ID")
        #expect(result.network.entity(withID: "Q84") == nil)
    }

    @Test func importedFolderValidatesAndReloads() throws {
        let result = Self.raw
        let folder = try TemporaryFolder()
        defer { folder.cleanUp() }
        try DatasetWriter.write(result.network, to: folder.file("out"), inputs: [])
        let reloaded = try load(folder.file("out"))
        #expect(reloaded.tieCount == result.network.tieCount)
        #expect(reloaded.entityCount == result.network.entityCount)
    }

    @Test func cityResolverRule() throws {
        let resolver = CityResolver(universe: Self.universe)
        let liaocheng = try resolver.resolve(name: "Liaocheng", countryID: "CN", location: nil).get()
        #expect(liaocheng.city.id == "CN-LCH" && liaocheng.method == .exactName)
        #expect(try resolver.resolve(name: "Cologne", countryID: "DE", location: nil).get().method == .alternateName)
        #expect(try resolver.resolve(name: "聊城", countryID: "CN", location: nil).get().city.id == "CN-LCH")
        // Two Fuzhous (Fujian, Jiangxi): ambiguous by name, decided by coordinates.
        #expect(throws: CityResolver.MissError.self) { try resolver.resolve(name: "Fuzhou", countryID: "CN", location: nil).get() }
        let fujian = try resolver.resolve(name: "Fuzhou", countryID: "CN", location: GeoPoint(latitude: 26.06, longitude: 119.30)).get()
        #expect(fujian.city.id == "CN-FOC" && fujian.method == .coordinates)
        #expect(try resolver.resolve(name: "Fuzhou, Fujian", countryID: "CN", location: nil).get().method == .qualifiedName)
        // Beyond 30 km of the only Liaocheng, and inside China: not placed.
        let far = resolver.resolve(name: "Liaocheng", countryID: "CN", location: GeoPoint(latitude: 30.0, longitude: 110.0))
        #expect(throws: CityResolver.MissError.self) { try far.get() }
        // Coordinates in another country are a wrong geocode: the name decides.
        let wrong = try resolver.resolve(name: "Liaocheng", countryID: "CN", location: GeoPoint(latitude: 51.5, longitude: -0.12)).get()
        #expect(wrong.city.id == "CN-LCH" && wrong.coordinatesSetAside)
        #expect(CityResolver.key("Sant Julià de Lòria") == CityResolver.key("sant-julia de loria"))
    }

    @Test func qualifiedFormsOfANameAreFoundByTheirWords() {
        #expect(NameVariants.stem(of: "Ebensee am Traunsee") == "Ebensee")
        #expect(NameVariants.stem(of: "Gundelfingen an der Donau") == "Gundelfingen")
        #expect(NameVariants.stem(of: "Frýdlant nad Ostravicí") == "Frýdlant")
        #expect(NameVariants.stem(of: "Halle (Saale)") == "Halle")
        #expect(NameVariants.stem(of: "Peine (district)") == nil, "the district, not the town")
        #expect(NameVariants.stem(of: "Sanok (rural gmina)") == nil)
        #expect(NameVariants.stem(of: "Cleveland Heights") == nil)
        let variants = NameVariants(mentions: [
            .init(countryID: "AT", name: "Ebensee", partner: "PL|Zawiercie"),
            .init(countryID: "AT", name: "Ebensee am Traunsee", partner: "PL|Zawiercie"),
            .init(countryID: "DE", name: "Neunkirchen", partner: "FR|Vandoeuvre"),
            .init(countryID: "DE", name: "Neunkirchen am Sand", partner: "CZ|Kraslice"),
        ])
        #expect(variants.bareName(of: "Ebensee am Traunsee", countryID: "AT") == "Ebensee")
        #expect(variants.bareName(of: "Neunkirchen am Sand", countryID: "DE") == nil, "no partner in common: two towns")
    }

    @Test func ownIDsFollowTheChinaNetworkScheme() throws {
        let assembler = ImportAssembler(universe: Self.world, metadata: NetworkMetadata(name: "x"), source: "x")
        #expect(assembler.ownID(country: "CN", name: "Gusu (Suzhou)") == "CN-WP-GUSU-SUZHOU")
        #expect(assembler.ownID(country: "CN", name: "Suzhou – Gusu") == "CN-WP-GUSU-SUZHOU")
        #expect(assembler.ownID(country: "AT", name: "Ebensee") == "AT-WP-EBENSEE")
        #expect(assembler.ownID(country: "CN", name: "聊城") != assembler.ownID(country: "CN", name: "济南"), "names without Latin letters stay apart")
        // The China network's own rows carry the same IDs.
        let china = try load(repositoryRoot + "/datasets/china-network")
        #expect(china.entity(withID: "CN-WP-GUSU-SUZHOU") != nil)
    }

    @Test func aTerritoryComesWithItsState() throws {
        let folder = try TemporaryFolder(files: ["pairs.csv": "city1,country1,city2,country2\nSaint-Pierre,Réunion,Liaocheng,China\n"])
        defer { folder.cleanUp() }
        let result = try TwinPairsImporter.run(path: folder.file("pairs.csv"), universe: Self.universe, options: .init(name: "x", source: "x"))
        #expect(result.report.sovereignsAdded == ["FR"], "Réunion is a territory of France")
        #expect(result.network.entity(withID: "FR") != nil)
    }

    @Test func resolverHandlesWikipediaQuirks() {
        let resolver = CountryResolver(countries: Self.world.entities)
        #expect(resolver.resolve("United States of America")?.countryID == "US")
        #expect(resolver.resolve("People's Republic of China")?.countryID == "CN")
        #expect(resolver.resolve("Georgia (country)")?.countryID == "GE")
        #expect(resolver.resolve("Wales")?.method == .constituent)
        #expect(resolver.resolve("Brandenburg, Germany")?.countryID == "DE")
        #expect(resolver.resolve("Kosovo") == nil, "the world alone has no XK; the importers add the documented codes")
        #expect(resolver.resolve("") == nil)
        #expect(resolver.resolve("Island") == nil, "equally close to Iceland and Ireland: no guess")
    }

    @Test func badInputIsAClearError() throws {
        let folder = try TemporaryFolder(files: ["bad.csv": "a,b\n1,2\n"])
        defer { folder.cleanUp() }
        #expect(throws: DatasetError.self) {
            try TwinPairsImporter.run(path: folder.file("bad.csv"), universe: Self.world, options: .init(name: "x", source: "x"))
        }
        #expect(throws: DatasetError.self) {
            try TwinPairsImporter.run(path: folder.file("missing.csv"), universe: Self.world, options: .init(name: "x", source: "x"))
        }
    }
}
