import ArgumentParser
import Foundation
import Liaison

/// `liaison targets`: ranked, explained candidate partners.
struct Targets: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Rank candidate partners (cities and provinces) or, with --layer eto, countries for a new office, by explicit criteria, after the rules of the field.",
        discussion: """
            Criteria (each 0 to 1; the score is their weighted mean, and the contributions shown add up to it): structure (link \
            prediction on the ties in force of the other layers, Belt and Road excluded; peers and the focus's own country are not \
            counted as common neighbours), peers (share of peers tied to the candidate), bri (Belt and Road country), diaspora and \
            population (log scale between the smallest and largest among the candidates), area (a tag of --area: 1, or from 1 at \
            rank 1 to 0.5 at rank 100 of a ranking the data cite; a tie listing it: 0.5), distance (nearer scores higher), \
            region (in a priority region). Default weights: structure 0.20, peers 0.20, bri 0.10, diaspora 0.10, area 0.20, \
            population 0.10, distance 0.05, region 0.05. dataset.yaml may set them under \
            `weights:`; --weight NAME=VALUE overrides both. Equal scores fall to the larger population, then the name. \
            The list shows at most --per-country candidates (3) of one country, each with its rank in the whole ranking.

            Rules (docs/planning.md): domestic-partner, existing-tie, diplomatic-relations, one-to-one (formal friendship is \
            one-to-one; cooperation ties are exempt), comparable-level. Each is enforced (excluded, with the reason), warned \
            (ranked and flagged) or off: dataset.yaml's rules: sets the default, --rule RULE=POLICY overrides it. --explain lists \
            who was excluded and why. Targets exist on sister, cooperation and eto only.
            """)

    @OptionGroup var dataset: DatasetOptions

    @Option(name: .long, help: "The focus entity (default: the dataset's focus).")
    var focus: String?

    @Option(name: .long, help: "The layer of the tie to add: sister or cooperation (partner cities and provinces), or eto (countries for a new office).")
    var layer: String = "sister"

    @Option(name: .long, help: "An exchange area to match (culture, education, business, technology, or the dataset's own).")
    var area: String?

    @Option(name: .long, parsing: .upToNextOption, help: "Only candidates in these regions, sub-regions or groupings.")
    var region: [String] = []

    @Option(name: .long, parsing: .upToNextOption, help: "Regions given priority (the region criterion).")
    var priority: [String] = []

    @Option(name: .long, parsing: .upToNextOption, help: "Override a criterion's weight, as NAME=VALUE (e.g. bri=0.3).")
    var weight: [String] = []

    @Option(name: .long, help: "How many candidates to show.")
    var top: Int = 15

    @Option(name: .long, help: "At most this many partner candidates of one country in the list, each shown with its rank in the whole ranking (0: no cap; offices rank one row per country).")
    var perCountry: Int = TargetShortlist.defaultPerCountry

    @Flag(name: .long, help: "Also list the candidates the rules excluded, each with its rule.")
    var explain = false

    @Option(name: .long, help: ArgumentHelp("Also write a scenario script proposing ties to the top candidates (see docs/scenarios.md).", valueName: "file"))
    var writeScenario: String?

    @OptionGroup var rules: RuleOptions

    @OptionGroup var format: FormatOptions
    @OptionGroup var language: LanguageOptions

    func validate() throws {
        guard perCountry >= 0 else { throw ValidationError("--per-country \(perCountry): give 0 (no cap) or a positive number of candidates per country") }
    }

    func run() throws {
        let network = try dataset.load(speaking: language)
        let focusID = try resolveFocus(focus, in: network).id
        let options = TargetOptions(layer: layer, area: area, regions: region,
                                    weights: try TargetWeights(dataset: network.metadata, overrides: weight, priority: priority),
                                    rules: try rules.book(for: network))
        let report = try TargetRanking.run(focus: focusID, in: network, options: options)
        if let writeScenario { try OutputGuard(inputs: [try dataset.path()]).check(writeScenario, as: .file) }
        let wording = try language.wording(dataset: dataset)
        try format.emit(TargetTables.tables(report, in: network, top: top, perCountry: perCountry, explain: explain, wording: wording), inputs: [try dataset.path()], wording: wording)
        if let writeScenario {
            let text = TargetScenarioScript.text(for: report, in: network, top: top, perCountry: perCountry, scriptPath: writeScenario, datasetPath: try dataset.path())
            try FileAccess.writeAtomically(Array(text.utf8), to: writeScenario, inputs: [try dataset.path()])
            FileHandle.standardError.write(Data("wrote the scenario \(writeScenario)\n".utf8))
        }
    }
}
