import Foundation
import Testing

/// Year views, status years and the timeline, on the embedded datasets.
@Suite struct TimeCommandTests {
    typealias CLI = CommandLineTests

    /// The summary's count of one layer's ties with one status (or in total).
    static func count(_ layer: String, _ status: String, view: String) throws -> Int {
        try count(layer, status, in: CLI.json(["summary", "--view", view]).tables)
    }

    static func count(_ layer: String, _ status: String, in tables: [String: Any]) throws -> Int {
        let row = try #require(CLI.rows(tables, "ties_by_layer").first { $0["layer"] as? String == layer })
        return try #require((status == "total" ? row["total"] : (row["by_status"] as? [String: Any])?[status]) as? Int)
    }

    @Test(arguments: [1990, 2000, 2012])
    func noBeltAndRoadTieBefore2013(year: Int) throws {
        #expect(try Self.count("bri", "total", view: "year:\(year)") == 0)
    }

    @Test func beltAndRoadTiesSignedBy2015() throws {
        let (tables, stderr) = try CLI.json(["summary", "--view", "year:2015;layer:bri"])
        #expect(try Self.count("bri", "active", in: tables) == 15)
        #expect(stderr.contains("note: 91 ties with no start year left out; pass --assume-in-force to keep them"))
        #expect(CLI.rows(tables, "dataset").contains { $0["field"] as? String == "ties left out (no start year)" && $0["value"] as? Int == 91 })
    }

    @Test func assumeInForceKeepsUndatedTies() throws {
        let (tables, stderr) = try CLI.json(["summary", "--view", "year:1990;layer:bri", "--assume-in-force"])
        #expect(try Self.count("bri", "active", in: tables) == 91)
        #expect(!stderr.contains("left out"))
    }

    /// Singapore's office covered Indonesia, Malaysia, the Philippines and Brunei until 2016 and
    /// Thailand, Cambodia and Myanmar until 2019 (all from 1995), besides Singapore itself (and
    /// Vietnam and Laos, undated; Laos moved to the Kuala Lumpur office in 2026): 8 ties active in
    /// 2015, 4 in 2016, and 8 ended in all.
    @Test func endedTiesAreActiveBeforeTheirEndYear() throws {
        #expect(try Self.count("eto", "ended", view: "year:2015;ego:HKETO-SIN:1") == 0)
        #expect(try Self.count("eto", "active", view: "year:2015;ego:HKETO-SIN:1") == 8)
        #expect(try Self.count("eto", "active", view: "year:2016;ego:HKETO-SIN:1") == 4)
        #expect(try Self.count("eto", "ended", view: "ego:HKETO-SIN:1") == 8)
    }

    @Test func theTaiwanOfficeIsDormantSince2021() throws {
        let run = try CommandLineTests.run(["gaps"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("the eto tie with Taiwan began in 2011 and has been dormant since 2021"))
        #expect(try Self.count("eto", "active", view: "year:2020;ego:HKETCO:1") == 1)
        #expect(try Self.count("eto", "dormant", view: "year:2021;ego:HKETCO:1") == 1)
    }

    @Test func timelineOfLiaocheng() throws {
        let tables = try CLI.json(["timeline", "--dataset", "liaocheng", "--from", "2000", "--to", "2022"]).tables
        let subjects = CLI.groups(tables, "timeline")
        func rows(of subject: String?) -> [[String: Any]] {
            let table = subjects.first { (($0["group"] as? [String: Any])?["subject"] as? String) == subject }
            return table?["rows"] as? [[String: Any]] ?? []
        }
        func count(_ rows: [[String: Any]], _ year: Int, _ column: String, _ layer: String) -> Int? {
            (rows.first { $0["year"] as? Int == year }?[column] as? [String: Any])?[layer] as? Int
        }
        let liaocheng = rows(of: "CN-LCH")
        #expect(count(liaocheng, 2000, "in_force", "sister") == 0)
        #expect(count(liaocheng, 2001, "new", "sister") == 1, "Uiryeong, 7 June 2001")
        #expect(count(liaocheng, 2002, "new", "sister") == 1, "Blacktown")
        #expect(count(liaocheng, 2007, "in_force", "sister") == 3, "and Offenbach")
        #expect(count(liaocheng, 2021, "new", "cooperation") == 1, "Paks")
        #expect(count(liaocheng, 2022, "in_force", "total") == 4)
        #expect(liaocheng.count == 23)
        #expect(count(rows(of: nil), 2022, "in_force", "sister") == 7, "the whole network, whose subject is null")
        let undated = CLI.rows(tables, "undated").first { $0["subject"] as? String == "CN-LCH" }
        #expect((undated?["ties"] as? [String: Any])?["total"] as? Int == 4, "Gwangmyeong, South Ayrshire, Vava'u, Naberezhnye Chelny")
    }

    @Test func timelineRejectsAnUnknownLayer() throws {
        let run = try CommandLineTests.run(["timeline", "--layer", "sistr"])
        #expect(run.status == 1)
        #expect(run.stderr.contains("unknown layer 'sistr'; known layers: sister, cooperation, eto, bri, diaspora"))
    }
}
