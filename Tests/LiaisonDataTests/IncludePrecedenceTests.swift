import Foundation
import Testing
@testable import LiaisonData
import LiaisonGraph

/// A dataset's own row refines the same-ID row of an included folder; two included folders that
/// define one ID differently, two own rows, or an own row of another kind are problems.
@Suite struct IncludePrecedenceTests {
    /// A shared table (like datasets/world-cities) with Osaka, and a focus that refines Osaka.
    static let files = DatasetLoaderTests.world.merging([
        "cities/dataset.yaml": "name: Cities\nas_of: 2024-12-31\nincludes: [../world]\n",
        "cities/provinces.csv": "id,name,country,source\nJP-27,Osaka Prefecture,JP,https://example.org/gn\n",
        "cities/cities.csv": """
            id,name,name_zh,aliases,country,province,population,lat,lon,tags,known_for,source
            JP-OSA,Ōsaka,大阪,Osaka-shi,JP,JP-27,2592413,34.69,135.50,port,port: container ports 2024: rank 40,https://example.org/gn
            JP-KOB,Kobe,神户,,JP,JP-27,1528478,34.69,135.18,,,https://example.org/gn

            """,
        "focus/dataset.yaml": "name: Focus\nas_of: 2024-12-31\nfocus: HK\nincludes: [../cities]\n",
        "focus/cities.csv": "id,name,country,province,population,tags,source,note\nJP-OSA,Osaka,JP,,2750000,culture,https://example.org/curated,curated\n",
        "focus/ties.csv": "from,to,layer,source\nHK,JP-OSA,cooperation,https://example.org/t\n",
    ]) { _, new in new }

    @Test func ownRowWinsAndFillsItsGapsFromTheIncludedRow() throws {
        let folder = try TemporaryFolder(files: Self.files)
        defer { folder.cleanUp() }
        let network = try load(folder.file("focus"))
        #expect(network.metadata.mergedIncludedRecords == 1)
        let osaka = try #require(network.entity(withID: "JP-OSA"))
        // Own: name, population, source, note, and containment (no province, on purpose).
        #expect(osaka.name == "Osaka" && osaka.attributes.population == 2_750_000)
        #expect(osaka.attributes.source == "https://example.org/curated" && osaka.attributes.note == "curated")
        #expect(osaka.provinceID == nil)
        // Filled: Chinese name and location; joined: aliases, tags and free columns.
        #expect(osaka.nameZh == "大阪" && osaka.attributes.location == GeoPoint(latitude: 34.69, longitude: 135.50))
        #expect(osaka.aliases == ["Osaka-shi"] && osaka.attributes.tags == ["culture", "port"])
        #expect(osaka.attributes.extra["known_for"] == "port: container ports 2024: rank 40")
        #expect(network.entity(withID: "JP-KOB")?.provinceID == "JP-27", "rows the dataset does not refine come in as they are")
    }

    @Test func twoIncludedFoldersThatDisagreeAreAProblem() throws {
        var files = Self.files
        files["other/dataset.yaml"] = "name: Other\nas_of: 2024-12-31\n"
        files["other/cities.csv"] = "id,name,country,source\nJP-KOB,Kōbe,JP,https://example.org/other\n"
        files["focus/dataset.yaml"] = "name: Focus\nas_of: 2024-12-31\nfocus: HK\nincludes: [../cities, ../other]\n"
        let folder = try TemporaryFolder(files: files)
        defer { folder.cleanUp() }
        let found = problems(in: folder)
        #expect(found.contains { $0.contains("other/cities.csv:2:1") && $0.contains("ID defined differently by two included folders") && $0.contains("cities/cities.csv:3:1") }, "\(found)")
        #expect(found.count == 1, "\(found)")
    }

    @Test func twoOwnRowsOrAnOwnRowOfAnotherKindAreProblems() throws {
        var files = Self.files
        files["focus/cities.csv"] = "id,name,country,source\nJP-OSA,Osaka,JP,https://example.org/a\nJP-OSA,Osaka again,JP,https://example.org/b\n"
        files["focus/provinces.csv"] = "id,name,country,source\nJP-KOB,Kobe as a province,JP,https://example.org/c\n"
        let folder = try TemporaryFolder(files: files)
        defer { folder.cleanUp() }
        let found = problems(in: folder)
        #expect(found.contains { $0.hasPrefix("focus/cities.csv:3:1: duplicate ID 'JP-OSA'") || ($0.hasPrefix("focus/cities.csv:3:1") && $0.contains("duplicate ID")) }, "\(found)")
        #expect(found.contains { $0.hasPrefix("focus/provinces.csv:2:1") && $0.contains("is a province here but a city in an included folder") }, "\(found)")
    }
}
