import Foundation
import Testing

/// The planner's commands on the embedded Hong Kong dataset: non-empty, sensible results.
/// These test shape, not exact numbers, since the data will grow.
@Suite struct PlannerCommandTests {
    typealias CLI = CommandLineTests

    @Test func gapsNameBeltAndRoadCountriesWithoutAnOffice() throws {
        let tables = try CLI.json(["gaps", "--top", "0"]).tables
        let bri = CLI.rows(tables, "bri_without_office")
        #expect(bri.count > 20)
        #expect(bri.allSatisfy { ($0["why"] as? String)?.contains("Belt and Road") == true && !(($0["source"] as? [String]) ?? []).isEmpty })
        let benchmark = CLI.rows(tables, "benchmark")
        #expect(benchmark.contains { ($0["reached"] as? [String: Any])?["CN-SHA"] is Int }, "peers keyed by ID, counts as numbers")
    }

    @Test func targetsAreRankedExplainedAndRuleAbiding() throws {
        let tables = try CLI.json(["targets", "--layer", "cooperation", "--area", "technology", "--explain"]).tables
        let ranked = CLI.rows(tables, "candidates")
        #expect(!ranked.isEmpty)
        let scores = ranked.compactMap { $0["score"] as? Double }
        #expect(scores.count == ranked.count && scores == scores.sorted(by: >) && scores.allSatisfy { (0...1).contains($0) })
        #expect(ranked.allSatisfy { ($0["country"] as? String) != "CN" }, "no domestic candidate")
        // The contributions add up to the score, each criterion an object with its basis.
        for candidate in ranked {
            let criteria = try #require(candidate["criteria"] as? [String: [String: Any]])
            let sum = criteria.values.compactMap { $0["contribution"] as? Double }.reduce(0, +)
            #expect(abs(sum - (candidate["score"] as? Double ?? -1)) < 1e-9 && criteria.values.allSatisfy { $0["basis"] is String })
        }
        #expect(CLI.rows(tables, "excluded").contains { $0["rule"] as? String == "domestic-partner" })
        #expect(CLI.rows(tables, "rules").count == 5, "every ranked output states its rules")
    }

    @Test func planPicksOfficesWithFallingMarginalGains() throws {
        let tables = try CLI.json(["plan", "--budget", "4", "--objective", "bri-countries"]).tables
        let rows = CLI.rows(tables, "plan")
        #expect(rows.count == 4)
        let gains = rows.compactMap { $0["marginal_gain"] as? Int }
        #expect(gains.count == 4 && gains == gains.sorted(by: >=))
        let shares = rows.compactMap { $0["share_of_uncovered"] as? Double }
        #expect(shares.count == 4 && shares == shares.sorted() && shares.allSatisfy { 0 < $0 && $0 <= 1 }, "a fraction, not \"17.4%\"")
    }

    @Test func analysisCommandsRunOnTheDefault() throws {
        #expect(CLI.rows(try CLI.json(["centrality", "--measure", "pagerank", "--top", "5"]).tables, "ranking").count == 5)
        #expect(CLI.rows(try CLI.json(["stats"]).tables, "statistics").contains { $0["statistic"] as? String == "nodes" && $0["value"] is Int })
        let connector = try CLI.json(["connector"]).tables
        #expect(CLI.rows(connector, "settings").map { $0["setting"] as? String } == ["view", "agents", "partnership measures", "n", "office reach"])
        #expect(((connector["brokerage"] as? [String: Any])?["title"] as? String)?.hasPrefix("Partnership brokerage of Hong Kong (sister, cooperation ties; n = ") == true)
        let reach = CLI.rows(connector, "office_reach")
        #expect((reach.first?["entity"] as? [String: Any])?["name"] as? String == "Hong Kong" && ((reach.first?["countries"] as? Int) ?? 0) > 20)
        #expect(CLI.rows(try CLI.json(["communities", "--top", "3"]).tables, "communities").count == 3)
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
        let maps = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasPrefix("scenario-eto-expansion-2016") }
        #expect(!maps.isEmpty)
        // A change map is a world map: the geographic layout on its basemap, the added ties marked.
        for map in maps {
            let svg = try String(contentsOfFile: folder + "/" + map, encoding: .utf8)
            #expect(svg.contains("layout geo:robinson") && svg.contains("land: Natural Earth"), "\(map) is not a world map")
            #expect(svg.contains(" added\""), "\(map) marks no added tie")
        }
        // Kazakhstan's office brings Central Asia into coverage: the region table shows the row that changes, and only such rows.
        let regions = scenario.stdout.components(separatedBy: "\n\n").first { $0.hasPrefix("Coverage by region and layer") } ?? ""
        let central = regions.split(separator: "\n").first { $0.hasPrefix("Central Asia: eto") }
        #expect(central?.split(separator: " ").joined(separator: " ") == "Central Asia: eto 0 of 5 1 of 5 1 of 5 1 of 5")
        #expect(!regions.contains("Europe: sister"), "a row that does not change is left out")
    }
}
