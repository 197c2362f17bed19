import Foundation
import Testing

/// Year views, status years and the timeline, on the embedded datasets.
@Suite struct TimeCommandTests {
    static func json(_ arguments: [String]) throws -> (object: [String: [[String: Any]]], stderr: String) {
        let run = try CommandLineTests.run(arguments + ["--format", "json"])
        #expect(run.status == 0, "\(run.stderr)")
        let object = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: [[String: Any]]]
        return (try #require(object), run.stderr)
    }

    /// The summary's count of one layer's ties with one status.
    static func count(_ layer: String, _ status: String, view: String) throws -> Int {
        let rows = try json(["summary", "--view", view]).object["Ties by layer and status"] ?? []
        return try #require(rows.first { $0["layer"] as? String == layer }?[status] as? Int)
    }

    @Test(arguments: [1990, 2000, 2012])
    func noBeltAndRoadTieBefore2013(year: Int) throws {
        #expect(try Self.count("bri", "total", view: "year:\(year)") == 0)
    }

    @Test func beltAndRoadTiesSignedBy2015() throws {
        let (object, stderr) = try Self.json(["summary", "--view", "year:2015;layer:bri"])
        #expect(object["Ties by layer and status"]?.first { $0["layer"] as? String == "bri" }?["active"] as? Int == 15)
        #expect(stderr.contains("note: 91 ties with no start year left out; pass --assume-in-force to keep them"))
        #expect(object["Dataset"]?.contains { $0["field"] as? String == "ties left out (no start year)" && $0["value"] as? String == "91" } == true)
    }

    @Test func assumeInForceKeepsUndatedTies() throws {
        let (object, stderr) = try Self.json(["summary", "--view", "year:1990;layer:bri", "--assume-in-force"])
        #expect(object["Ties by layer and status"]?.first { $0["layer"] as? String == "bri" }?["active"] as? Int == 91)
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
        let (object, _) = try Self.json(["timeline", "--dataset", "liaocheng", "--from", "2000", "--to", "2022"])
        let liaocheng = try #require(object["Liaocheng (CN-LCH): ties in force at the end of each year, and new that year"])
        let row = { (year: Int) in liaocheng.first { $0["year"] as? Int == year } }
        #expect(row(2001)?["sister"] as? Int == 0)
        #expect(row(2002)?["sister new"] as? Int == 1, "Blacktown")
        #expect(row(2007)?["sister"] as? Int == 2, "and Offenbach")
        #expect(row(2021)?["cooperation new"] as? Int == 1, "Paks")
        #expect(row(2022)?["total"] as? Int == 3)
        #expect(liaocheng.count == 23)
        let whole = try #require(object["The whole network: ties in force at the end of each year, and new that year"])
        #expect(whole.first { $0["year"] as? Int == 2022 }?["sister"] as? Int == 6)
        let undated = try #require(object["Ties with no start year, left out of the counts above (--assume-in-force counts them)"])
        #expect(undated.first { $0["subject"] as? String == "CN-LCH" }?["total"] as? Int == 5, "Uiryeong, Gwangmyeong, South Ayrshire, Vava'u, Naberezhnye Chelny")
    }

    @Test func timelineRejectsAnUnknownLayer() throws {
        let run = try CommandLineTests.run(["timeline", "--layer", "sistr"])
        #expect(run.status == 1)
        #expect(run.stderr.contains("unknown layer 'sistr'; known layers: sister, cooperation, eto, bri, diaspora"))
    }
}
