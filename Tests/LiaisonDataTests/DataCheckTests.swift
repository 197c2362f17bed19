import Foundation
import Testing
@testable import LiaisonData
import LiaisonGraph

/// The data check of issue 14: every fact row of every table under datasets/ has a source, the
/// IDs of the datasets join (a curated city and the universe's row for the same GeoNames place are
/// one ID; every known-for row names a universe city that carries its tag), and the staleness
/// report lists the oldest facts first.
@Suite struct DataCheckTests {
    static let datasets = repositoryRoot + "/datasets"
    static let universe = try! load(datasets + "/world-cities")

    /// Every CSV under datasets/ with a `source` column, and every row of it, read as text: this
    /// covers the tables the loader reads and the known-for lists it does not.
    @Test func everyFactRowOfEveryTableHasASource() throws {
        let files = try FileManager.default.subpathsOfDirectory(atPath: Self.datasets).filter { $0.hasSuffix(".csv") }.sorted()
        #expect(files.contains("world-cities/known-for.csv") && files.contains("hong-kong/ties.csv"))
        var checked = 0
        for file in files {
            let path = Self.datasets + "/" + file
            let table = CSVTable(bytes: try FileAccess.bytes(of: path), file: path)
            #expect(table.problems.isEmpty, "\(file): \(table.problems.first.map { "\($0)" } ?? "")")
            guard table.hasColumn("source") else { continue }
            for row in table.rows {
                let source = row["source"] ?? ""
                #expect(!source.trimmingCharacters(in: .whitespaces).isEmpty, "\(file):\(row.line) has no source")
                checked += 1
            }
        }
        #expect(checked > 15_000, "only \(checked) rows checked")
    }

    /// A curated city that cites a GeoNames place has the ID the universe gives that place, so
    /// including the universe refines the curated row instead of adding the city a second time.
    @Test(arguments: ["hong-kong", "liaocheng"])
    func curatedCitiesJoinTheUniverseByGeoNamesID(name: String) throws {
        var universeByGeoNames: [String: Entity] = [:]
        for city in Self.universe.entities where city.kind == .city {
            if let id = city.attributes.extra["geonames_id"] { universeByGeoNames[id] = city }
        }
        let path = Self.datasets + "/" + name + "/cities.csv"
        let table = CSVTable(bytes: try FileAccess.bytes(of: path), file: path)
        var joined = 0
        for row in table.rows {
            guard let source = row["source"], let range = source.range(of: "geonames.org/") else { continue }
            let digits = String(source[range.upperBound...].prefix { $0.isNumber })
            guard let place = universeByGeoNames[digits] else { continue }  // below the universe's scope
            #expect(place.id == row["id"], "\(name)/cities.csv:\(row.line): \(row["id"] ?? "") is GeoNames \(digits), which the universe calls \(place.id)")
            #expect(place.countryID == row["country"], "\(row["id"] ?? ""): country \(row["country"] ?? "") here, \(place.countryID ?? "") in the universe")
            joined += 1
        }
        #expect(joined >= (name == "hong-kong" ? 170 : 5), "only \(joined) curated cities found in the universe")
    }

    /// Every known-for row names a city of the universe, with its name, a year no later than the
    /// universe's date, a known list and tag, and the city carries that tag and cites the list.
    @Test func knownForRowsJoinTheUniverse() throws {
        let path = Self.datasets + "/world-cities/known-for.csv"
        let table = CSVTable(bytes: try FileAccess.bytes(of: path), file: path)
        let lists = ["unesco-creative-cities": "creative-city", "wipo-gii-clusters": "science-cluster", "gfci": "financial-centre", "container-ports": "port",
                     "qs-best-student-cities": "student-city", "international-organisation-seats": "international-organisation-seat"]
        let asOf = try #require(Self.universe.metadata.asOfYear)
        #expect(table.rows.count >= 150)
        for row in table.rows {
            let id = row["id"] ?? "", list = row["list"] ?? "", tag = row["tag"] ?? ""
            let city = try #require(Self.universe.entity(withID: id), "known-for.csv:\(row.line): no city \(id) in the universe")
            #expect(city.kind == .city && city.name == row["name"], "known-for.csv:\(row.line): \(id) is \(city.name)")
            #expect(lists[list] == tag, "known-for.csv:\(row.line): list \(list) with tag \(tag)")
            let year = try #require(Int(row["year"] ?? ""), "known-for.csv:\(row.line): no year")
            #expect((2000...asOf).contains(year), "known-for.csv:\(row.line): year \(year)")
            #expect(["high", "medium", "low"].contains(row["confidence"] ?? ""), "known-for.csv:\(row.line): confidence")
            #expect(city.attributes.tags.contains(tag), "\(id) lacks the tag \(tag)")
            #expect(ExchangeAreaTagsProbe.cites(city, tag: tag, year: year), "\(id) does not cite \(list) \(year)")
        }
        // Field facts: Shenzhen–Hong Kong–Guangzhou led the GII 2025 clusters, Tokyo–Yokohama second; New
        // York leads GFCI 40 (September 2026); Shanghai is the largest port.
        #expect(Self.universe.entity(withID: "CN-SZX")?.attributes.extra["known_for"]?.contains("WIPO GII S&T clusters 2025: Shenzhen–Hong Kong–Guangzhou cluster, rank 1") == true)
        #expect(Self.universe.entity(withID: "JP-TYO")?.attributes.extra["known_for"]?.contains("WIPO GII S&T clusters 2025: Tokyo–Yokohama cluster, rank 2") == true)
        #expect(Self.universe.entity(withID: "US-NYC")?.attributes.extra["known_for"]?.contains("GFCI 2026: rank 1") == true)
        #expect(Self.universe.entity(withID: "CN-SHA")?.attributes.extra["known_for"]?.contains("container ports 2024: rank 1 ") == true)
        // The lists are near their published lengths where the sources could be read (README, "What each city is known for").
        let perList = Dictionary(grouping: table.rows, by: { $0["list"] ?? "" }).mapValues(\.count)
        #expect(perList["unesco-creative-cities", default: 0] >= 300 && perList["wipo-gii-clusters", default: 0] >= 55 && perList["gfci", default: 0] >= 75, "\(perList)")
    }

    /// The education list (QS Best Student Cities 2026) and the seats of international organisations:
    /// every row has a web source, its edition's or check's year and a rank or seat, joins a city
    /// of the universe, and the lists hold what the docs say (QS's top 10, Kyoto as its own entry,
    /// the UN's four main offices).
    @Test func educationAndSeatListsAreSourcedAndJoin() throws {
        let path = Self.datasets + "/world-cities/known-for.csv"
        let table = CSVTable(bytes: try FileAccess.bytes(of: path), file: path)
        let qs = table.rows.filter { $0["list"] == "qs-best-student-cities" }
        let seats = table.rows.filter { $0["list"] == "international-organisation-seats" }
        #expect(qs.count >= 70 && seats.count >= 70, "\(qs.count) QS rows, \(seats.count) seats")
        var ranks: [String: Int] = [:]
        for row in qs + seats {
            let id = row["id"] ?? ""
            #expect(row["source"]?.hasPrefix("https://") == true, "known-for.csv:\(row.line): source \(row["source"] ?? "")")
            #expect(row["year"] == "2026", "known-for.csv:\(row.line): year \(row["year"] ?? "")")
            #expect(!(row["edition"] ?? "").isEmpty, "known-for.csv:\(row.line): no edition")
            #expect(Self.universe.entity(withID: id)?.kind == .city, "known-for.csv:\(row.line): \(id) is no city of the universe")
            #expect(id != "HK" && !id.hasPrefix("HK-"), "Hong Kong is the focus, not a universe city")
        }
        for row in qs {
            let detail = row["detail"] ?? ""
            let words = detail.split(separator: " ")  // "…rank 12 of 150", "rank =20 of 150"
            let rank = words.count >= 4 && words.suffix(4).first == "rank" && words.suffix(2) == ["of", "150"]
                ? Int(words[words.count - 3].drop { $0 == "=" }) : nil
            #expect(rank != nil, "known-for.csv:\(row.line): detail \(detail)")
            ranks[row["id"] ?? ""] = rank
        }
        // QS's own top 10 of the 2026 edition (15 July 2025; Berlin and Paris share 7th); Kyoto is an entry
        // of its own (=18), no longer Kyoto-Osaka-Kobe; Hong Kong (17) is the focus, not a universe city.
        let top10: [(String, Int)] = [("KR-SEL", 1), ("JP-TYO", 2), ("GB-LON", 3), ("DE-GN2867714", 4), ("AU-GN2158177", 5),
                                      ("AU-SYD", 6), ("DE-BER", 7), ("FR-PAR", 7), ("CH-GN2657896", 9), ("AT-GN2761369", 10)]
        for (id, rank) in top10 { #expect(ranks[id] == rank, "\(id): rank \(ranks[id].map(String.init) ?? "none"), QS says \(rank)") }
        #expect(ranks["JP-GN1857910"] == 18 && ranks["JP-OSA"] == nil, "Kyoto is its own entry in 2026")
        #expect(!ranks.keys.contains { $0 == "HK" || $0.hasPrefix("HK-") })
        let seated = Set(seats.compactMap { $0["id"] })
        for id in ["US-NYC", "CH-GVA", "AT-GN2761369", "KE-GN184745"] { #expect(seated.contains(id), "\(id) hosts a main UN office") }
        #expect(Self.universe.entity(withID: "KE-GN184745")?.attributes.extra["known_for"]?.contains("international-organisation-seat: international organisation seats 2026: UNEP headquarters") == true)
    }

    /// The staleness report runs on the datasets and lists dated rows oldest first, every listed
    /// line pointing into datasets/.
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/env")))
    func stalenessReportListsTheOldestFactsFirst() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", repositoryRoot + "/scripts/staleness_report.py", "--top", "40"]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let listed = text.split(separator: "\n").filter { $0.hasPrefix("datasets/") && $0.contains(".csv:") }
        #expect(listed.count == 40)
        let years = listed.compactMap { line in line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first.flatMap { Int($0) } }
        #expect(years.count == 40 && years == years.sorted(), "not oldest first: \(years)")
        // Beijing–Prague ended in 2019: an ended tie is history, not a stale fact.
        #expect(!text.contains("CN-PEK – CZ-PRG"))
    }
}

/// Reads the known-for citation the way target ranking does.
enum ExchangeAreaTagsProbe {
    static func cites(_ city: Entity, tag: String, year: Int) -> Bool {
        (city.attributes.extra["known_for"] ?? "").components(separatedBy: " | ").contains { $0.hasPrefix("\(tag): ") && $0.contains(" \(year): ") }
    }
}
