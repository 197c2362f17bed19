import Foundation
import Testing

/// The `liaison` executable, run as a user runs it: output, errors and exit codes.
@Suite struct CommandLineTests {
    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The executable built beside this test bundle.
    static let executable: String = {
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("liaison").path
        if FileManager.default.isExecutableFile(atPath: beside) { return beside }
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.appendingPathComponent(".build/debug/liaison").path
    }()

    static let root: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }()

    /// Runs the tool (or another copy of it) with these arguments in a folder (the package's by
    /// default), with the test's environment less the variables named in `unset` and with `set`'s, and
    /// `input` on standard input.
    static func run(_ arguments: [String], executable: String = executable, in folder: String = root, unset: [String] = [],
                    set: [String: String] = [:], input: String? = nil) throws -> Run {
        let process = Process()
        if let input {
            let file = NSTemporaryDirectory() + "liaison-stdin-" + UUID().uuidString
            try input.write(toFile: file, atomically: true, encoding: .utf8)
            defer { try? FileManager.default.removeItem(atPath: file) }
            process.standardInput = try FileHandle(forReadingFrom: URL(fileURLWithPath: file))
        }
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        if !unset.isEmpty || !set.isEmpty {
            process.environment = ProcessInfo.processInfo.environment.filter { !unset.contains($0.key) }.merging(set) { $1 }
        }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self), stderr: String(decoding: stderr, as: UTF8.self))
    }

    static func temporaryFolder() throws -> String {
        let path = NSTemporaryDirectory() + "liaison-cli-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// A command's `--format json` document: its tables by key.
    static func json(_ arguments: [String]) throws -> (tables: [String: Any], stderr: String) {
        let run = try run(arguments + ["--format", "json"])
        #expect(run.status == 0, "\(arguments): \(run.stderr)")
        let object = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any]
        return (try #require(object, "\(arguments): not a JSON object"), run.stderr)
    }

    /// The rows of the table `key` (a table that appears once).
    static func rows(_ tables: [String: Any], _ key: String) -> [[String: Any]] {
        ((tables[key] as? [String: Any])?["rows"] as? [[String: Any]]) ?? []
    }

    /// The tables of `key` repeated per group (a scenario's variants, a timeline's subjects).
    static func groups(_ tables: [String: Any], _ key: String) -> [[String: Any]] {
        tables[key] as? [[String: Any]] ?? []
    }

    @Test func summaryOfTheDefaultDataset() throws {
        let run = try Self.run(["summary"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("Hong Kong (HK)"))
        #expect(run.stdout.contains("Ties by layer and status"))
        #expect(run.stdout.contains("Ties of the focus"))
    }

    @Test func summaryAsJSONParses() throws {
        let tables = try Self.json(["summary", "--view", "ego:HK:1"]).tables
        #expect(Set(tables.keys) == ["dataset", "entities_by_kind", "ties_by_layer", "by_region", "focus_ties"])
        let focus = Self.rows(tables, "dataset").first { $0["field"] as? String == "focus" }?["value"] as? [String: Any]
        #expect(focus?["id"] as? String == "HK" && focus?["name"] as? String == "Hong Kong")
    }

    @Test func validateReportsProblemsAndExitsTwo() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try "name: Broken\nas_of: 2026-01-31\nincludes: [\(Self.root)/datasets/world]\n".write(toFile: folder + "/dataset.yaml", atomically: true, encoding: .utf8)
        try "from,to,layer,source\nCN,XX,sistr,s\n".write(toFile: folder + "/ties.csv", atomically: true, encoding: .utf8)
        let run = try Self.run(["validate", folder])
        #expect(run.status == 2)
        #expect(run.stderr.contains("ties.csv:2:4: unknown entity 'XX'"))
        #expect(run.stderr.contains("ties.csv:2:7: unknown layer 'sistr'"))
        #expect(run.stderr.contains("2 problems found"))
    }

    @Test func usageErrorsExitOne() throws {
        let unknown = try Self.run(["summary", "--format", "yaml"])
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("text") && unknown.stderr.contains("json") && unknown.stderr.contains("csv"))
        let badView = try Self.run(["summary", "--view", "layer:sistr"])
        #expect(badView.status == 1)
        #expect(badView.stderr.contains("unknown layer 'sistr'; known layers: sister, cooperation, eto, bri, diaspora"))
        let badEgo = try Self.run(["summary", "--view", "ego:Hongkong:1"])
        #expect(badEgo.status == 1)
        #expect(badEgo.stderr.contains("did you mean"))
    }

    /// Both community methods run on the default dataset; a misspelt one lists the valid ones.
    @Test func communitiesByEitherMethod() throws {
        for method in ["louvain", "leiden"] {
            let run = try Self.run(["communities", "--algorithm", method, "--top", "3"])
            #expect(run.status == 0, "\(run.stderr)")
            #expect(run.stdout.contains("(\(method.capitalized), resolution 1.00, seed 1)"))
        }
        let misspelt = try Self.run(["communities", "--algorithm", "leidn"])
        #expect(misspelt.status == 1 && misspelt.stderr.contains("'louvain'") && misspelt.stderr.contains("'leiden'"))
    }

    /// Graphviz 2.43's fdp ordered its work by memory address; each graph's own arena makes two
    /// processes draw the same map.
    @Test func fdpWithClustersGivesTheSameSVGInTwoProcesses() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var outputs: [Data] = []
        for k in 0..<2 {
            let path = folder + "/map\(k).svg"
            let run = try Self.run(["render", "--layout", "fdp", "--cluster", "region", "--quiet", "-o", path])
            #expect(run.status == 0, "\(run.stderr)")
            outputs.append(try Data(contentsOf: URL(fileURLWithPath: path)))
        }
        #expect(!outputs[0].isEmpty && outputs[0] == outputs[1])
    }

    @Test func helpSucceeds() throws {
        let run = try Self.run(["--help"])
        #expect(run.status == 0)
        let words = run.stdout.split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
        #expect(words.contains("Exit codes: 0 success; 1 a usage or analysis problem; 2 invalid input data."))
    }

    @Test func exportThenValidateGivesTheSameCounts() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let export = try Self.run(["export", "--format", "csv", "-o", folder + "/hk"])
        #expect(export.status == 0, "\(export.stderr)")
        let original = try Self.run(["validate"])
        let again = try Self.run(["validate", folder + "/hk"])
        #expect(again.status == 0)
        // The counts agree; only the original says how many of its rows refine included ones (an export has no includes).
        func counts(_ text: String) -> String? {
            text.split(separator: ":").last?.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
        }
        #expect(counts(original.stdout) != nil && counts(original.stdout) == counts(again.stdout))
        let json = try Self.run(["export", "--format", "json", "-o", folder + "/hk.json"])
        #expect(json.status == 0)
        let fromJSON = try Self.run(["summary", "--dataset", folder + "/hk.json"])
        #expect(fromJSON.stdout == (try Self.run(["summary"])).stdout)
    }

    @Test func exportRefusesToOverwriteItsInput() throws {
        let run = try Self.run(["export", "--format", "csv", "-o", Self.root + "/datasets/hong-kong"])
        #expect(run.status == 1)
        #expect(run.stderr.contains("cannot write \(Self.root)/datasets/hong-kong: it is the input"), "\(run.stderr)")
    }

    @Test func importTwinPairsWritesAValidFolder() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try "city1,country1,city2,country2\nBerat,Albania,Amasya,Turkey\nOsaka,Japan,Shanghai,China\nX,Atlantis,Y,Japan\n".write(toFile: folder + "/pairs.csv", atomically: true, encoding: .utf8)
        let run = try Self.run(["import", "twin-pairs", folder + "/pairs.csv", "-o", folder + "/out"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("Atlantis"))
        let validate = try Self.run(["validate", folder + "/out"])
        #expect(validate.stdout.contains("valid: 12 entities, 2 ties"), "Berat, Amasya, Osaka and Shanghai are universe cities, with their provinces and countries: \(validate.stdout)")
    }

    @Test func initBuildsAFocusDatasetThatTheCommandsRun() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let run = try Self.run(["init", "--focus", "聊城", "-o", folder + "/lc"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("Liaocheng (CN-LCH)") && run.stdout.contains("CN-SD"))
        #expect(run.stdout.contains("same province and tier"))
        #expect(try Self.run(["validate", folder + "/lc"]).status == 0)
        for command in [["targets"], ["gaps"], ["report", "-o", folder + "/report.md"]] {
            let result = try Self.run(command + ["--dataset", folder + "/lc"])
            #expect(result.status == 0, "\(command): \(result.stderr)")
        }
        let again = try Self.run(["init", "--focus", "Liaocheng", "-o", folder + "/lc"])
        #expect(again.status == 1 && again.stderr.contains("not empty"), "an existing dataset is never written over")
        let ambiguous = try Self.run(["init", "--focus", "Fuzhou", "-o", folder + "/fz"])
        #expect(ambiguous.status == 1 && ambiguous.stderr.contains("CN-FOC"))
    }
}
