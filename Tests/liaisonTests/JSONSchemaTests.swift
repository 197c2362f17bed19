import Foundation
import Testing

/// Every command's `--format json` document validates against its schema in docs/schemas/, and
/// CSV holds one table per file.
@Suite struct JSONSchemaTests {
    typealias CLI = CommandLineTests

    static let scenarios = CLI.root + "/datasets/hong-kong/scenarios"

    /// The schema's name, then the arguments; several runs per command reach its optional tables.
    static let runs: [[String]] = [
        ["summary"], ["summary", "--view", "year:2015;layer:bri"], ["summary", "--dataset", "liaocheng"],
        ["gaps"], ["gaps", "--dataset", "liaocheng"],
        ["targets", "--explain"], ["targets", "--layer", "eto"], ["targets", "--layer", "cooperation", "--area", "technology"],
        ["plan"], ["plan", "--dataset", "liaocheng"], ["plan", "--objective", "bri-countries"],
        ["scenario", scenarios + "/eto-expansion-2016.yaml"],
        ["centrality", "--measure", "betweenness-approx"], ["centrality", "--measure", "katz"], ["centrality", "--measure", "closeness"],
        ["stats"], ["communities"], ["connector"], ["connector", "--dataset", "liaocheng"],
        ["timeline"], ["timeline", "--dataset", "liaocheng", "--assume-in-force"],
    ]

    static func validator() -> JSONSchemaValidator { JSONSchemaValidator(folder: CLI.root + "/docs/schemas") }

    @Test(arguments: runs) func outputValidatesAgainstItsSchema(_ arguments: [String]) throws {
        let run = try CLI.run(arguments + ["--format", "json", "--quiet"])
        #expect(run.status == 0, "\(run.stderr)")
        let document = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8))
        var validator = Self.validator()
        let problems = try validator.problems(of: document, against: arguments[0] + ".schema.json")
        #expect(problems.isEmpty, "\(arguments): \(problems.prefix(5).joined(separator: "\n"))")
    }

    /// Every script shipped beside the datasets, all at once (several scripts label their variants by file).
    @Test func allShippedScenariosValidate() throws {
        let scripts = try FileManager.default.contentsOfDirectory(atPath: Self.scenarios).filter { $0.hasSuffix(".yaml") }.sorted().map { Self.scenarios + "/" + $0 }
        let run = try CLI.run(["scenario"] + scripts + ["--format", "json"])
        #expect(run.status == 0, "\(run.stderr)")
        var validator = Self.validator()
        let problems = try validator.problems(of: try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)), against: "scenario.schema.json")
        #expect(problems.isEmpty, "\(problems.prefix(5).joined(separator: "\n"))")
    }

    @Test func importOutputValidates() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try "city1,country1,city2,country2\nBerat,Albania,Amasya,Turkey\nOsaka,Japan,Shanghai,China\nX,Atlantis,Y,Japan\n,,,\n".write(toFile: folder + "/pairs.csv", atomically: true, encoding: .utf8)
        let run = try CLI.run(["import", "twin-pairs", folder + "/pairs.csv", "-o", folder + "/out", "--format", "json"])
        #expect(run.status == 0, "\(run.stderr)")
        let document = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8))
        var validator = Self.validator()
        #expect(try validator.problems(of: document, against: "import.schema.json").isEmpty)
        let unresolved = CLI.rows(try #require(document as? [String: Any]), "unresolved_countries")
        #expect(unresolved.contains { $0["name"] as? String == "Atlantis" && $0["rows"] as? Int == 1 })
    }

    /// The validator is not a rubber stamp: a score as text, a missing table, an unknown key and a
    /// wrong enum value are each caught, with their path.
    @Test func theValidatorRejectsWrongDocuments() throws {
        let run = try CLI.run(["targets", "--format", "json", "--quiet"])
        let good = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        var validator = Self.validator()
        #expect(try validator.problems(of: good, against: "targets.schema.json").isEmpty)
        func edited(_ change: (inout [String: Any]) -> Void) -> [String: Any] {
            var copy = good
            change(&copy)
            return copy
        }
        func editFirstCandidate(_ key: String, _ value: Any?) -> [String: Any] {
            edited { document in
                var table = document["candidates"] as! [String: Any]
                var rows = table["rows"] as! [[String: Any]]
                rows[0][key] = value
                table["rows"] = rows
                document["candidates"] = table
            }
        }
        let scoreAsText = try validator.problems(of: editFirstCandidate("score", "0.520"), against: "targets.schema.json")
        #expect(scoreAsText.contains { $0.hasPrefix("$.candidates.rows[0].score: expected number") }, "\(scoreAsText)")
        let unknownKey = try validator.problems(of: editFirstCandidate("Score (0.520)", 1), against: "targets.schema.json")
        #expect(unknownKey.contains { $0.contains("unexpected key 'Score (0.520)'") })
        let noWeights = try validator.problems(of: edited { $0["weights"] = nil }, against: "targets.schema.json")
        #expect(noWeights == ["$: missing required 'weights'"])
        let badRule = try validator.problems(of: edited { document in
            var table = document["rules"] as! [String: Any]
            var rows = table["rows"] as! [[String: Any]]
            rows[0]["policy"] = "maybe"
            table["rows"] = rows
            document["rules"] = table
        }, against: "targets.schema.json")
        #expect(badRule.count == 1 && badRule[0].hasPrefix("$.rules.rows[0].policy"))
    }

    /// The fields of one CSV line (RFC 4180 quoting, no line breaks inside fields).
    static func fields(_ line: String) -> [String] {
        var fields: [String] = [], field = "", quoted = false, previous: Character = " "
        for c in line {
            if c == "\"" { quoted.toggle(); if quoted && previous == "\"" { field.append(c) } }
            else if c == "," && !quoted { fields.append(field); field = "" }
            else { field.append(c) }
            previous = c
        }
        return fields + [field]
    }

    /// CSV of several tables is one file per table, never rows of different widths on one stream.
    @Test func csvIsOneTablePerFile() throws {
        let mixed = try CLI.run(["gaps", "--format", "csv"])
        #expect(mixed.status == 1 && mixed.stdout.isEmpty)
        #expect(mixed.stderr.contains("CSV holds one table per file: pass --table NAME (one of coverage, bri_without_office,"))
        let benchmark = try CLI.run(["gaps", "--format", "csv", "--table", "benchmark"])
        #expect(benchmark.status == 0, "\(benchmark.stderr)")
        let lines = benchmark.stdout.split(separator: "\n")
        #expect(lines.first == "region,layer,reached.HK,reached.CN-SHA,reached.CN-PEK,reached.CN-CAN,reached.CN-SZX,reached.MO,reached.SG-SIN")
        #expect(lines.allSatisfy { $0.split(separator: ",", omittingEmptySubsequences: false).count == 9 } && !lines.contains { $0.hasPrefix("#") })

        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let plan = try CLI.run(["plan", "--format", "csv", "-o", folder + "/plan"])
        #expect(plan.status == 0, "\(plan.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder + "/plan").sorted() == ["method.csv", "plan.csv", "rules.csv"])
        let picks = try String(contentsOfFile: folder + "/plan/plan.csv", encoding: .utf8).split(separator: "\n")
        #expect(picks.first?.hasPrefix("pick,host_id,host_name,newly_covered,marginal_gain,cumulative,share_of_uncovered,") == true)
        // Numbers unrounded and without separators: a gain in US dollars, a share as a fraction.
        let first = Self.fields(String(picks[1]))
        #expect(Double(first[4]).map { $0 > 1e9 } == true && Double(first[6]).map { 0 < $0 && $0 <= 1 } == true, "\(picks[1])")

        let changes = try CLI.run(["scenario", Self.scenarios + "/eto-expansion-2016.yaml", "--format", "csv", "--table", "changes", "--top", "0"])
        #expect(changes.status == 0, "\(changes.stderr)")
        let rows = changes.stdout.split(separator: "\n")
        #expect(rows.first == "script,variant,change,what,detail")
        // The three variants' tables in one file, told apart by their leading columns.
        #expect(Set(rows.dropFirst().map { $0.split(separator: ",")[1] }).count == 3)
        let unknown = try CLI.run(["plan", "--table", "picks"])
        #expect(unknown.status == 1 && unknown.stderr.contains("unknown table 'picks'; tables: plan, method, rules"))
    }
}
