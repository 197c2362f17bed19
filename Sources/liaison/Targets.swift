import ArgumentParser
import Foundation
import Liaison

/// `liaison targets`: ranked, explained candidate partners.
struct Targets: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Rank candidate partners (cities and provinces) or, with --layer eto, countries for a new office, by explicit criteria, after the rules of the field.",
        discussion: """
            Criteria (each 0 to 1; the score is their weighted mean, and the contributions shown add up to it): structure (link
            prediction on the ties in force of the other layers, Belt and Road excluded; peers and the focus's own country are not
            counted as common neighbours), peers (share of peers tied to the candidate), bri (Belt and Road country), diaspora and
            population (log scale between the smallest and largest among the candidates), area (a tag of --area: 1; a tie listing
            it: 0.5), distance (nearer scores higher), region (in a priority region). Default weights: structure 0.20, peers 0.20,
            bri 0.10, diaspora 0.10, area 0.20, population 0.10, distance 0.05, region 0.05. dataset.yaml may set them under
            `weights:`; --weight NAME=VALUE overrides both. Equal scores fall to the larger population, then the name.

            Rules (docs/planning.md): domestic-partner, existing-tie, diplomatic-relations, one-to-one (formal friendship is
            one-to-one; cooperation ties are exempt), comparable-level. Each is enforced (excluded, with the reason), warned
            (ranked and flagged) or off: dataset.yaml's rules: sets the default, --rule RULE=POLICY overrides it. --explain lists
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

    @Flag(name: .long, help: "Also list the candidates the rules excluded, each with its rule.")
    var explain = false

    @Option(name: .long, help: ArgumentHelp("Also write a scenario script proposing ties to the top candidates (see docs/scenarios.md).", valueName: "file"))
    var writeScenario: String?

    @OptionGroup var rules: RuleOptions

    @OptionGroup var format: FormatOptions

    func run() throws {
        let network = try dataset.load()
        let focusID = try resolveFocus(focus, in: network).id
        let options = TargetOptions(layer: layer, area: area, regions: region,
                                    weights: try TargetWeights.parse(dataset: network.metadata, overrides: weight, priority: priority),
                                    rules: try rules.book(for: network))
        let report = try TargetRanking.run(focus: focusID, in: network, options: options)
        if let writeScenario { try OutputGuard(inputs: [try dataset.path()]).check(writeScenario, as: .file) }
        try format.emit(TargetTables.tables(report, in: network, top: top, explain: explain), inputs: [try dataset.path()])
        if let writeScenario {
            let scriptFolder = URL(fileURLWithPath: writeScenario).deletingLastPathComponent().standardizedFileURL
            let base = URL(fileURLWithPath: try dataset.path()).standardizedFileURL
            let command = (["liaison targets", "--layer \(layer)"] + (area.map { ["--area \($0)"] } ?? []) + ["--top \(top)"]).joined(separator: " ")
            let text = ScenarioWriter.plan(from: report, in: network, top: top, basePath: relativePath(from: scriptFolder, to: base), command: command)
            try FileAccess.writeAtomically(Array(text.utf8), to: writeScenario, inputs: [try dataset.path()])
            FileHandle.standardError.write(Data("wrote the scenario \(writeScenario)\n".utf8))
        }
    }
}

extension TargetWeights {
    /// The default weights, then the dataset's, then NAME=VALUE overrides.
    static func parse(dataset metadata: NetworkMetadata, overrides: [String], priority: [String]) throws -> TargetWeights {
        var weights = TargetWeights()
        for (name, value) in metadata.targetWeights { weights[name] = value }
        weights.priorityRegions = priority.isEmpty ? metadata.priorityRegions : priority
        let names = TargetWeights.criteria
        for item in overrides {
            let parts = item.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2, names.contains(parts[0]), let value = Double(parts[1]), value >= 0 else {
                throw CommandFailure(message: "cannot read --weight '\(item)'; write NAME=VALUE with NAME one of \(names.joined(separator: ", ")) and VALUE a number of 0 or more")
            }
            weights[parts[0]] = value
        }
        return weights
    }
}

/// The target report as tables, shared by `targets` and `report`.
enum TargetTables {
    static func tables(_ report: TargetReport, in network: PartnershipNetwork, top: Int, explain: Bool) -> [Table] {
        let focusName = network.entity(withID: report.focusID)?.name ?? report.focusID
        let shown = top > 0 ? Array(report.candidates.prefix(top)) : report.candidates
        let offices = report.layer == Layer.eto.id
        let columns = ["rank", "candidate", "country"] + (offices ? ["proposed host"] : []) + ["score"] + report.criteriaInUse + ["rule warnings"]
        let rows = shown.enumerated().map { k, c -> [String] in
            [String(k + 1), "\(c.name) (\(c.entityID))", c.countryID] + (offices ? [c.hostReason ?? "no city of the country in the data"] : [])
                + [format(c.score)]
                + c.criteria.map { "\(format($0.contribution)) (\($0.basis))" }
                + [c.warnings.map { "\($0.rule.rawValue): \($0.reason)" }.joined(separator: "; ")]
        }
        let what = offices ? "countries for a new office" : "\(report.layer) partners"
        let area = report.area.map { ", exchange area \($0)" } ?? ""
        var tables = [Table(title: "Candidate \(what) for \(focusName)\(area): \(report.candidates.count) ranked, \(report.excluded.count) excluded by enforced rules; each criterion shows its contribution (and basis), and the contributions add up to the score",
                            columns: columns, rows: rows)]
        let weightRows = report.criteriaInUse.map { [$0, format(report.weights[$0])] }
        tables.append(Table(title: "Weights in use", columns: ["criterion", "weight"], rows: weightRows))
        tables.append(RuleTables.table(report.rules))
        if explain {
            tables.append(Table(title: "Excluded candidates", columns: ["candidate", "rule", "why"],
                                rows: report.excluded.map { ["\($0.name) (\($0.entityID))", $0.rule.rawValue, $0.reason] }))
        } else {
            var counts: [PartnershipRule: Int] = [:]
            for e in report.excluded { counts[e.rule, default: 0] += 1 }
            tables.append(Table(title: "Excluded by rule (--explain lists them)", columns: ["rule", "candidates"],
                                rows: PartnershipRule.allCases.compactMap { rule in counts[rule].map { [rule.rawValue, String($0)] } }))
        }
        return tables
    }

    static func format(_ x: Double) -> String { String(format: "%.3f", x) }
}

/// The path of `target` relative to the folder `from` ("..", "../hong-kong", or absolute when they share nothing).
func relativePath(from folder: URL, to target: URL) -> String {
    let a = folder.pathComponents, b = target.pathComponents
    var common = 0
    while common < min(a.count, b.count) && a[common] == b[common] { common += 1 }
    guard common > 1 else { return target.path }
    let ups = Array(repeating: "..", count: a.count - common)
    let rest = Array(b[common...])
    let parts = ups + rest
    return parts.isEmpty ? "." : parts.joined(separator: "/")
}
