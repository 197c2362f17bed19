import Foundation
import Testing

/// Every command's `--help` against its golden text in `Tests/liaisonTests/Golden/`: a change to a
/// command's options or words shows in review as a change to a file. After an intended change,
/// regenerate them with `LIAISON_UPDATE_GOLDEN=1 swift test --filter HelpGoldenTests` and read the diff.
@Suite struct HelpGoldenTests {
    static let commands = ["", "summary", "validate", "export", "generate", "import", "init", "gaps", "render", "targets", "plan",
                           "report", "scenario", "centrality", "stats", "communities", "connector", "timeline"]

    static let goldenFolder = CommandLineTests.root + "/Tests/liaisonTests/Golden"

    @Test(arguments: commands)
    func helpMatchesItsGoldenText(command: String) throws {
        let run = try CLI.run((command.isEmpty ? [] : [command]) + ["--help"], unset: ["COLUMNS", "LIAISON_LANG"])
        #expect(run.status == 0, "\(run.stderr)")
        let file = "\(Self.goldenFolder)/help-\(command.isEmpty ? "liaison" : command).txt"
        if ProcessInfo.processInfo.environment["LIAISON_UPDATE_GOLDEN"] == "1" {
            try run.stdout.write(toFile: file, atomically: true, encoding: .utf8)
            return
        }
        let golden = try String(contentsOfFile: file, encoding: .utf8)
        #expect(run.stdout == golden, "liaison \(command) --help differs from \(file); if intended, regenerate with LIAISON_UPDATE_GOLDEN=1")
    }

    typealias CLI = CommandLineTests
}
