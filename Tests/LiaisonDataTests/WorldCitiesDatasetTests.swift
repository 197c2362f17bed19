import Foundation
import Testing
@testable import LiaisonData
import LiaisonGraph

/// The world city universe (datasets/world-cities, compiled by scripts/build_world_cities.py):
/// its ID scheme, the curated IDs it keeps, and the figures its README states.
@Suite struct WorldCitiesDatasetTests {
    static let universe = try! load(repositoryRoot + "/datasets/world-cities")

    /// The GeoNames ID a curated row cites in its source, e.g. `https://www.geonames.org/1850147`.
    static func geonamesID(in source: String?) -> String? {
        guard let source, let range = source.range(of: #"geonames\.org/[0-9]+"#, options: .regularExpression) else { return nil }
        return String(source[range].dropFirst("geonames.org/".count))
    }

    @Test func coversTheScope() {
        let cities = Self.universe.entities.filter { $0.kind == .city && $0.attributes.extra["geonames_id"] != nil }
        #expect(cities.count >= 8_000)
        #expect(cities.filter { ($0.attributes.population ?? 0) >= 100_000 }.count >= 6_000)
        #expect(cities.filter { $0.attributes.level == "capital" }.count >= 240)
        #expect(cities.filter { $0.attributes.level == "provincial-capital" }.count >= 3_000)
        for city in cities {
            #expect(city.attributes.source?.isEmpty == false, "\(city.id) has no source")
            #expect(city.attributes.populationYear == nil, "\(city.id): GeoNames gives no population year")
        }
    }

    /// A universe city is `CC-GN<geonameid>` unless a curated dataset names it; then it keeps that ID.
    @Test(arguments: ["hong-kong", "liaocheng"])
    func keepsTheCuratedIDs(dataset: String) throws {
        let curated = try load(repositoryRoot + "/datasets/" + dataset)
        var curatedByGeonames: [String: String] = [:]
        for city in curated.entities where city.kind == .city {
            if let id = Self.geonamesID(in: city.attributes.source) { curatedByGeonames[id] = city.id }
        }
        var kept = 0
        for city in Self.universe.entities where city.kind == .city {
            guard let geonames = city.attributes.extra["geonames_id"] else { continue }
            if let curatedID = curatedByGeonames[geonames] {
                #expect(city.id == curatedID, "GeoNames \(geonames) is \(curatedID) in \(dataset), \(city.id) in the universe")
                kept += 1
            } else if city.id.range(of: #"^[A-Z]{2}-GN[0-9]+$"#, options: .regularExpression) != nil {
                #expect(city.id == "\(city.countryID ?? "?")-GN\(geonames)", "\(city.id)")
            }
        }
        #expect(kept > 0)
    }

    @Test func tokyoAndLiaochengCarryTheirCuratedIDs() throws {
        let tokyo = try #require(Self.universe.entity(withID: "JP-TYO"))
        #expect(tokyo.attributes.extra["geonames_id"] == "1850147")
        #expect(tokyo.attributes.level == "capital")
        #expect(tokyo.nameZh == "东京")
        let liaocheng = try #require(Self.universe.entity(withID: "CN-LCH"))
        #expect(liaocheng.provinceID == "CN-SD")
        #expect(Self.universe.entity(withID: "JP-GN1850147") == nil)
    }

    /// The SARs stay the cities of ../world; their districts are not in the universe.
    @Test func hongKongAndMacauComeFromWorld() throws {
        let hongKong = try #require(Self.universe.entity(withID: "HK"))
        #expect(hongKong.attributes.extra["geonames_id"] == nil)
        #expect(Self.universe.entities.filter { $0.attributes.extra["geonames_id"] == "1819729" }.isEmpty)
    }
}
