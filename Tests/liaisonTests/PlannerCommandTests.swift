import Foundation
import Testing

/// The planner's commands on the embedded Hong Kong dataset: non-empty, sensible results.
/// These test shape, not exact numbers, since the data will grow.
@Suite struct PlannerCommandTests {
    typealias CLI = CommandLineTests

    static func json(_ arguments: [String]) throws -> Any {
        let run = try CLI.run(arguments + ["--format", "json"])
        #expect(run.status == 0, "\(arguments): \(run.stderr)")
        return try JSONSerialization.jsonObject(with: Data(run.stdout.utf8))
    }

    @Test func gapsNameBeltAndRoadCountriesWithoutAnOffice() throws {
        let tables = try #require(try Self.json(["gaps", "--top", "0"]) as? [String: [[String: Any]]])
        let bri = try #require(tables.first { $0.key.hasPrefix("Belt and Road countries with no ETO coverage") }?.value)
        #expect(bri.count > 20)
        #expect(bri.allSatisfy { ($0["why"] as? String)?.contains("Belt and Road") == true && !(($0["source"] as? String) ?? "").isEmpty })
        let benchmark = try #require(tables.first { $0.key.hasPrefix("Peer benchmark") }?.value)
        #expect(benchmark.contains { $0["Shanghai"] != nil })
    }

    @Test func targetsAreRankedExplainedAndRuleAbiding() throws {
        let tables = try #require(try Self.json(["targets", "--layer", "cooperation", "--area", "technology", "--explain"]) as? [String: [[String: Any]]])
        let ranked = try #require(tables.first { $0.key.hasPrefix("Candidate cooperation partners") }?.value)
        #expect(!ranked.isEmpty)
        let scores = ranked.compactMap { $0["score"] as? Double }
        #expect(scores == scores.sorted(by: >) && scores.allSatisfy { (0...1).contains($0) })
        #expect(ranked.allSatisfy { ($0["country"] as? String) != "CN" }, "no domestic candidate")
        let excluded = try #require(tables["Excluded candidates"])
        #expect(excluded.contains { $0["rule"] as? String == "domestic-partner" })
        #expect(tables.keys.contains { $0.hasPrefix("Rules of the field in use") }, "every ranked output states its rules")
    }

    @Test func planPicksOfficesWithFallingMarginalGains() throws {
        let tables = try #require(try Self.json(["plan", "--budget", "4", "--objective", "bri-countries"]) as? [String: [[String: Any]]])
        let rows = try #require(tables.first { $0.key.hasPrefix("Plan for Hong Kong") }?.value)
        #expect(rows.count == 4)
        let gains = rows.compactMap { ($0["marginal gain"] as? Int) ?? ($0["marginal gain"] as? Double).map { Int($0) } }
        #expect(gains.count == 4 && gains == gains.sorted(by: >=))
    }

    @Test func analysisCommandsRunOnTheDefault() throws {
        let pagerank = try #require(try Self.json(["centrality", "--measure", "pagerank", "--top", "5"]) as? [[String: Any]])
        #expect(pagerank.count == 5)
        let stats = try #require(try Self.json(["stats"]) as? [String: [[String: Any]]])
        #expect(stats.keys.contains { $0.hasPrefix("Statistics") })
        let connector = try #require(try Self.json(["connector"]) as? [String: [[String: Any]]])
        let settings = try #require(connector["How Hong Kong and its peers were measured"])
        #expect(settings.map { $0["setting"] as? String } == ["view", "agents", "partnership measures", "n", "office reach"])
        #expect(connector.keys.contains { $0.hasPrefix("Partnership brokerage of Hong Kong (sister, cooperation ties; n = ") })
        let reach = try #require(connector.first { $0.key.hasPrefix("Office reach") }?.value)
        #expect(reach.first?["entity"] as? String == "Hong Kong" && ((reach.first?["countries"] as? Int) ?? 0) > 20)
        let communities = try #require(try Self.json(["communities", "--top", "3"]) as? [[String: Any]])
        #expect(communities.count == 3)
        let unknown = try CLI.run(["centrality", "--measure", "fame"])
        #expect(unknown.status == 1 && unknown.stderr.contains("known measures: degree, strength, betweenness"))
    }

    @Test func reportAndScenarioWriteTheirFiles() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let report = try CLI.run(["report", "-o", folder + "/report.html"])
        #expect(report.status == 0, "\(report.stderr)")
        let html = try String(contentsOfFile: folder + "/report.html", encoding: .utf8)
        for heading in ["Summary", "Maps", "Coverage and gaps", "Candidate targets", "An office plan", "What-if scenarios"] {
            #expect(html.contains("<h2>\(heading)</h2>"), "no section \(heading)")
        }
        #expect(html.contains("<svg") && !html.contains("<script"))
        let scenario = try CLI.run(["scenario", CLI.root + "/datasets/hong-kong/scenarios/eto-expansion-2016.yaml", "--maps", folder])
        #expect(scenario.status == 0, "\(scenario.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).contains { $0.hasPrefix("scenario-eto-expansion-2016") })
        // Kazakhstan's office brings Central Asia into coverage: the region table shows the row that changes, and only such rows.
        let regions = scenario.stdout.components(separatedBy: "\n\n").first { $0.hasPrefix("Coverage by region and layer") } ?? ""
        let central = regions.split(separator: "\n").first { $0.hasPrefix("Central Asia: eto") }
        #expect(central?.split(separator: " ").joined(separator: " ") == "Central Asia: eto 0 of 5 1 of 5 1 of 5 1 of 5")
        #expect(!regions.contains("Europe: sister"), "a row that does not change is left out")
    }
}
