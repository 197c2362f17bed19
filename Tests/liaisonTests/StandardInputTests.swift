import Foundation
import Testing

/// `-` reads standard input where a file is read (issue 16, point 4): a JSON export for `--dataset`, a
/// scenario script, an import's pairs; nothing waits on a terminal, and an empty input is a located error.
@Suite struct StandardInputTests {
    typealias CLI = CommandLineTests

    @Test func aJSONExportOnStandardInputIsADataset() throws {
        let export = try CLI.run(["export", "--format", "json", "--dataset", "sample", "-o", "-"])
        #expect(export.status == 0, "\(export.stderr)")
        let summary = try CLI.run(["summary", "--dataset", "-", "--format", "json"], input: export.stdout)
        #expect(summary.status == 0, "\(summary.stderr)")
        let rows = CLI.rows(try #require(try JSONSerialization.jsonObject(with: Data(summary.stdout.utf8)) as? [String: Any]), "dataset")
        #expect(rows.first { $0["field"] as? String == "entities" }?["value"] as? Int == 261, "\(rows)")
    }

    @Test func anEmptyStandardInputIsALocatedError() throws {
        let run = try CLI.run(["summary", "--dataset", "-"], input: "")
        #expect(run.status == 2)
        #expect(run.stderr.contains("-:1:1: not valid JSON"), "\(run.stderr)")
    }

    @Test func aScenarioOnStandardInputReadsItsBaseFromTheWorkingFolder() throws {
        let script = "name: piped\nbase: datasets/hong-kong\nsteps:\n  - id: wake\n    activate_dormant: {entity: HK}\n"
        let run = try CLI.run(["scenario", "-"], input: script)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("dormant ties of the focus"), "\(run.stdout.prefix(400))")
    }

    @Test func importPairsOnStandardInput() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let run = try CLI.run(["import", "twin-pairs", "-", "-o", folder + "/out"], input: "city1,country1,city2,country2\nOsaka,Japan,Shanghai,China\n")
        #expect(run.status == 0, "\(run.stderr)")
        let ties = try String(contentsOfFile: folder + "/out/ties.csv", encoding: .utf8)
        #expect(ties.split(separator: "\n").count == 2, "one pair: \(ties)")
    }
}
