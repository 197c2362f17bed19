import ArgumentParser
import Foundation
import Liaison

/// `liaison scenario`: apply what-if scripts and compare them with the base, side by side.
struct ScenarioCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scenario",
        abstract: "Apply what-if scripts (docs/scenarios.md) and compare every variant with the base in one table.",
        discussion: """
            Every tie a step proposes (add_tie on sister, cooperation or eto; each country an open_office covers) is checked against \
            the rules of the field, as targets and plans are (docs/planning.md); what a step breaks is listed with the step's \
            file:line. Top movers list changes of at least 1% of the measure's largest value in the base.

            Exits 1 when an expectation of a script fails (or, with --strict, when a step breaks a rule), so scripts double as \
            checks; exits 2 when a script or its base is invalid.
            """)

    @Argument(help: "Scenario scripts (YAML).")
    var scripts: [String]

    @Option(name: .long, help: "How many changed ties and gaps to list per variant (0 for all).")
    var top: Int = 10

    @Option(name: .long, help: ArgumentHelp("Also draw each variant's changes to the focus's own network as SVG world maps (geographic layout, Robinson, with its basemap) in this folder.", valueName: "folder"))
    var maps: String?

    @Flag(name: .long, help: "Fail (exit 1) when any step breaks a rule of the field, enforced or warned.")
    var strict = false

    @OptionGroup var rules: RuleOptions

    @OptionGroup var format: FormatOptions
    @OptionGroup var language: LanguageOptions

    @OptionGroup var progress: ProgressOptions

    func run() throws {
        guard !scripts.isEmpty else { throw CommandFailure(message: "name at least one scenario script, e.g. datasets/hong-kong/scenarios/eto-expansion-2016.yaml") }
        var outcomes: [ScenarioOutcome] = []
        let overrides = try RuleBook.parse(rules.rule)
        for (index, file) in scripts.enumerated() {
            ProgressDisplay.shared.handler(ProgressUpdate(stage: "applying \(file)", done: index, total: scripts.count))
            do { outcomes.append(try ScenarioRunner.run(file: file, rules: overrides)) } catch let error as ScenarioError {
                throw DatasetError(problems: error.problems)
            }
        }
        // The scripts and the datasets they apply to are inputs: nothing is written on or in them.
        let inputs = scripts + outcomes.map(\.script.basePath)
        if let maps { try OutputGuard(inputs: inputs).check(maps, as: .folder) }
        let chosen = try language.language(datasetPath: outcomes.first?.script.basePath)
        try format.emit(ScenarioTables.tables(outcomes, top: top, wording: Wording(chosen)), inputs: inputs, wording: Wording(chosen))
        if let maps {
            for outcome in outcomes {
                for map in try ScenarioMaps.draw(outcome, script: chosen.script) {
                    try FileAccess.writeAtomically(map.svg, to: maps + "/" + map.fileName, inputs: inputs)
                    FileHandle.standardError.write(Data("wrote \(maps)/\(map.fileName)\n".utf8))
                }
            }
        }
        let messages = ScenarioFailures.messages(outcomes, strict: strict)
        if !messages.isEmpty { throw CommandFailure(message: messages.joined(separator: "\n")) }
    }
}
