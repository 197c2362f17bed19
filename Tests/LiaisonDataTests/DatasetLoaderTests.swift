import Foundation
import Testing
@testable import LiaisonData
import LiaisonGraph

@Suite struct DatasetLoaderTests {
    static let world = [
        "world/dataset.yaml": "name: Mini world\nas_of: 2024-12-31\n",
        "world/countries.csv": """
            id,alpha3,name,name_zh,status,part_of,region,subregion,memberships,prc_relations_since,bri_since,source
            CN,CHN,China,中国,sovereign,,Asia,Eastern Asia,BRICS;G20,,,https://example.org/iso
            JP,JPN,Japan,日本,sovereign,,Asia,Eastern Asia,G20,1972,,https://example.org/iso
            KR,KOR,South Korea,韩国,sovereign,,Asia,Eastern Asia,G20,1992,yes,https://example.org/iso
            HK,HKG,Hong Kong,香港,sar,CN,Asia,Eastern Asia,,,,https://example.org/iso

            """,
    ]

    static func folder(_ files: [String: String]) throws -> TemporaryFolder {
        try TemporaryFolder(files: world.merging(files) { _, new in new })
    }

    static let goodFocus = [
        "focus/dataset.yaml": """
            name: Focus
            as_of: 2024-12-31
            focus: HK
            includes: [../world]
            peers: [CN-SHA]
            layers:
              - id: mou
                name: Memorandum
            areas: [health]

            """,
        "focus/provinces.csv": "id,name,country,source\nCN-SH,Shanghai,CN,https://example.org/p\nJP-27,Osaka,JP,https://example.org/p\n",
        "focus/cities.csv": "id,name,name_zh,country,province,tier,population,lat,lon,source\nCN-SHA,Shanghai,上海,CN,CN-SH,municipality,24870895,31.22,121.46,https://example.org/c\nJP-OSA,Osaka,大阪,JP,JP-27,,2750000,34.69,135.50,https://example.org/c\n",
        "focus/organisations.csv": "id,kind,name,city,represents,since,source\nHKETO-TYO,eto,HKETO Tokyo,JP-OSA,HK,1983,https://example.org/o\n",
        "focus/ties.csv": "from,to,layer,status,since,until,weight,areas,source\nCN-SHA,JP-OSA,sister,active,1974,,,culture;health,https://example.org/t\nHKETO-TYO,JP,eto,,1983,,,,https://example.org/t\nHK,JP-OSA,mou,proposed,,,,,https://example.org/t\n",
    ]

    @Test func loadsAFolderWithIncludesLayersAndAreas() throws {
        let folder = try Self.folder(Self.goodFocus)
        defer { folder.cleanUp() }
        let network = try load(folder.file("focus"))
        #expect(network.entityCount == 9)
        #expect(network.tieCount == 3)
        #expect(network.metadata.focusID == "HK")
        #expect(network.entity(withID: "HK")?.kind == .city, "a sar row is a city")
        #expect(network.entity(withID: "HK")?.countryID == "CN")
        #expect(network.entity(withID: "KR")?.attributes.beltAndRoad == .signedYearUnknown)
        #expect(network.entity(withID: "JP")?.attributes.prcRelations == .since(1972))
        #expect(network.entity(withID: "CN-SHA")?.attributes.location == GeoPoint(latitude: 31.22, longitude: 121.46))
        #expect(network.ties(of: "HK").map(\.layer) == ["mou"])
        #expect(try network.resolve("JPN").id == "JP", "alpha-3 codes are aliases")
    }

    /// An included folder's ties may name entities of the folder that includes it, which are read
    /// later; and more than one batch of ties is decoded in parallel, each against the symbols
    /// known when it starts.
    @Test func tiesMayNameEntitiesReadLaterAndSpanManyBatches() throws {
        var files = Self.goodFocus
        files["focus/dataset.yaml"] = files["focus/dataset.yaml"]!.replacingOccurrences(of: "includes: [../world]", with: "includes: [../world, ../extra]")
        files["extra/dataset.yaml"] = "name: Extra\nas_of: 2024-12-31\n"
        var cities = "id,name,country,source\n"
        var ties = "from,to,layer,source,note\n"
        for k in 0..<20_000 {
            cities += "JP-X\(k),Town \(k),JP,https://example.org/c\n"
            // The first tie of each kind names a city of the including folder; notes are new strings.
            ties += "JP-X\(k),\(k % 2 == 0 ? "CN-SHA" : "JP-X\((k + 1) % 20_000)"),cooperation,https://example.org/t\(k % 3),\(k % 5 == 0 ? "note \(k)" : "")\n"
        }
        files["extra/cities.csv"] = cities
        files["extra/ties.csv"] = ties
        let folder = try Self.folder(files)
        defer { folder.cleanUp() }
        let network = try load(folder.file("focus"))
        #expect(network.tieCount == 3 + 20_000)
        #expect(network.ties(of: "CN-SHA", layer: "cooperation").count == 10_000)
        let tie = network.ties(of: "JP-X10", layer: "cooperation").first { $0.from == "JP-X10" }
        #expect(tie?.to == "CN-SHA" && tie?.note == "note 10" && tie?.source == "https://example.org/t1")
    }

    @Test func reportsEveryProblemWithFileLineAndColumn() throws {
        var files = Self.goodFocus
        files["focus/cities.csv"]! += "CN-SHA,Again,,CN,,,,,,https://example.org/c\nJP-KOB,Kobe,,JP,CN-SH,capital,,91,,https://example.org/c\n"
        files["focus/ties.csv"]! += """
            CN-SHA,JP-OSAKA,sister,,,,,,https://example.org/t
            CN-SHA,JP-OSA,sistr,,,,,,https://example.org/t
            CN-SHA,JP-OSA,cooperation,sleeping,,,,,https://example.org/t
            CN-SHA,JP-OSA,cooperation,,2010,2001,,,https://example.org/t
            CN-SHA,JP-OSA,bri,,2030,,,,https://example.org/t
            CN-SHA,CN-SHA,diaspora,,,,,,https://example.org/t
            CN-SHA,JP-OSA,diaspora,,,,,sport,https://example.org/t
            CN-SHA,JP-OSA,eto,,,,,,
            CN-SHA,JP-OSA,"sister
            """
        let folder = try Self.folder(files)
        defer { folder.cleanUp() }
        let found = problems(in: folder)
        let expected = [
            "focus/cities.csv:4:1: duplicate ID (first at focus/cities.csv:2:1) 'CN-SHA'",
            "focus/cities.csv:5:17: city JP-KOB is in country JP but its province is in CN 'CN-SH'; a province of JP",
            "focus/cities.csv:5:23: unknown tier 'capital'; one of: small-medium, coastal-open",
            "focus/cities.csv:5:32: not a number in -90.0...90.0 '91'",
            "focus/cities.csv:5:35: only one of lat and lon given",
            "focus/ties.csv:5:8: unknown entity 'JP-OSAKA'; the ID of a defined entity; did you mean JP-OSA?",
            "focus/ties.csv:6:15: unknown layer 'sistr'; known layers: sister, cooperation, eto, bri, diaspora, mou",
            "focus/ties.csv:7:27: unknown status 'sleeping'; one of: proposed, intent, active, dormant, ended",
            "focus/ties.csv:8:28: tie starts after it ends (until 2001) '2010'",
            "focus/ties.csv:9:20: tie starts after the dataset's as-of date 2024-12-31 '2030'",
            "focus/ties.csv:10:8: tie from an entity to itself 'CN-SHA'",
            "focus/ties.csv:11:28: unknown exchange area 'sport'; known areas: culture, education, business, technology, health",
            "focus/ties.csv:12:24: tie has no source ''",
            "focus/ties.csv:13:15: unbalanced quote: the quoted field never closes 'sister'",
        ]
        for line in expected {
            #expect(found.contains { $0.hasPrefix(line) }, "missing: \(line)\nfound:\n\(found.joined(separator: "\n"))")
        }
        #expect(found.count == expected.count, "found:\n\(found.joined(separator: "\n"))")
    }

    @Test func missingColumnsAndBadHeader() throws {
        var files = Self.goodFocus
        files["focus/ties.csv"] = "from,to,kind\nCN-SHA,JP-OSA,sister\n"
        let folder = try Self.folder(files)
        defer { folder.cleanUp() }
        #expect(problems(in: folder).first?.hasPrefix("focus/ties.csv:1:1: header lacks required columns layer, source") == true)
    }

    @Test func yamlProblemsPointIntoTheManifest() throws {
        var files = Self.goodFocus
        files["focus/dataset.yaml"] = "name: Focus\nas_of: 31/12/2024\nfocuss: HK\nincludes: [../world]\n"
        let folder = try Self.folder(files)
        defer { folder.cleanUp() }
        let found = problems(in: folder)
        #expect(found.contains { $0.hasPrefix("focus/dataset.yaml:2:8: as_of is not a date '31/12/2024'") })
        #expect(found.contains { $0.hasPrefix("focus/dataset.yaml:3:1: unknown key in dataset.yaml 'focuss'") && $0.hasSuffix("did you mean focus?") })
    }

    @Test func yamlSyntaxErrorHasALocation() throws {
        var files = Self.goodFocus
        files["focus/dataset.yaml"] = "name: Focus\nincludes: [../world\n"
        let folder = try Self.folder(files)
        defer { folder.cleanUp() }
        let found = problems(in: folder)
        #expect(found.count == 1)
        #expect(found.first?.hasPrefix("focus/dataset.yaml:3:") == true, "\(found)")
    }

    @Test func unknownFocusAndIncludeCycleAndMissingInclude() throws {
        var files = Self.goodFocus
        files["focus/dataset.yaml"] = "name: Focus\nfocus: HKG-X\nincludes: [../world, ../focus, ../nowhere]\n"
        let folder = try Self.folder(files)
        defer { folder.cleanUp() }
        let found = problems(in: folder)
        #expect(found.contains { $0.hasPrefix("focus/dataset.yaml:2:8: unknown focus entity 'HKG-X'") })
        #expect(found.contains { $0.contains("folder included twice or in a cycle") })
        #expect(found.contains { $0.contains("no such dataset folder") && $0.contains("nowhere") })
    }

    @Test func missingFolderAndManifest() throws {
        #expect(throws: DatasetError.self) { try DatasetLoader.load("/nonexistent/liaison") }
        let folder = try TemporaryFolder(files: ["x/cities.csv": "id,name,country\n"])
        defer { folder.cleanUp() }
        #expect(problems(in: folder, dataset: "x").first?.contains("no such file") == true)
    }

    @Test(arguments: ["world", "hong-kong", "liaocheng", "sample"])
    func embeddedDatasetsLoad(name: String) throws {
        let network = try load(repositoryRoot + "/datasets/" + name)
        #expect(network.entityCount > 0)
    }
}
