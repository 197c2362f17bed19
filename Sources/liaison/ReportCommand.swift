import ArgumentParser
import Foundation
import Liaison

/// `liaison report`: the planner's page — summary, maps, gaps, targets and a plan.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write one self-contained page with the summary, maps, gaps, targets and an office plan for the focus.",
        discussion: "HTML (the default) needs no network and prints well; --format md writes Markdown with the maps as SVG files beside it.")

    enum Format: String, ExpressibleByArgument, CaseIterable { case html, md }

    @OptionGroup var dataset: DatasetOptions

    @Option(name: .long, help: "The focus entity (default: the dataset's focus).")
    var focus: String?

    @Option(name: .long, help: "html or md.")
    var format: Format = .html

    @Option(name: [.short, .customLong("output")], help: "The report file (default: output/report.html or output/report.md); - is standard output, and then no map files are written beside it.")
    var output: String?

    @Option(name: .long, help: "How many lines per gap list and how many targets to show.")
    var top: Int = 12

    @OptionGroup var rules: RuleOptions

    func run() throws {
        let network = try dataset.load()
        let inputs = [try dataset.path()]
        let focusEntity = try resolveFocus(focus, in: network)
        let path = output ?? "output/report.\(format.rawValue)"
        // On standard output the page stands alone: the HTML page holds its maps, the Markdown
        // one names them without files.
        let mapsBeside = !isStandardOutput(path)
        let stem = mapsBeside ? URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent : "report"

        let scenarioFolder = inputs[0] + "/scenarios"
        let scripts = ((try? FileManager.default.contentsOfDirectory(atPath: scenarioFolder)) ?? []).filter { $0.hasSuffix(".yaml") }.sorted()
        // Every file the report writes is checked before the first is written.
        if mapsBeside {
            let outputs = OutputGuard(inputs: inputs)
            for file in [path] + ["coverage-map.svg", "network.svg"].map({ Self.path(beside: path, named: "\(stem)-\($0)") }) {
                try outputs.check(file, as: .file)
            }
        }
        let steps = ReportSteps(total: 6 + scripts.count)

        var sections: [ReportSection] = []
        // Summary.
        let summary = NetworkSummary(network.view)
        sections.append(ReportSection(
            heading: "Summary",
            paragraphs: ["\(network.metadata.name): \(summary.entityCount) entities and \(summary.tieCount) ties, facts as of \(network.metadata.asOf ?? "an unstated date"). \(network.metadata.description)"],
            tables: SummaryTables.tables(summary, of: network)))

        // Maps.
        var figures: [ReportFigure] = []
        let own = try network.view.focusNetwork(centre: focusEntity.id, radius: 1)
        // The coverage map draws the focus's offices' coverage as the focus's own ties.
        let coverage = network.coverage(of: focusEntity.id).network(in: network).view
        let maps: [(view: NetworkView, options: DrawingOptions, caption: String, file: String)] = [
            (coverage, DrawingOptions(layout: .geographic(.equirectangular), title: "\(focusEntity.name): coverage by country"),
             "Where \(focusEntity.name) reaches: the countries it, its offices and its associations are tied to, by layer, on a world map (ties in force).", "\(stem)-coverage-map.svg"),
            (own, DrawingOptions(layout: .sfdp, title: "\(focusEntity.name): its own network"),
             "\(focusEntity.name)'s own network: its partners, its offices and the places they cover.", "\(stem)-network.svg"),
        ]
        for map in maps {
            steps.next("drawing \(map.file)")
            let rendering = try NetworkDrawing(map.view, options: map.options).render(as: .svg)
            if mapsBeside { try FileAccess.writeAtomically(rendering.bytes, to: Self.path(beside: path, named: map.file), inputs: inputs) }
            figures.append(ReportFigure(svg: String(decoding: rendering.bytes, as: UTF8.self), caption: map.caption, fileName: mapsBeside ? map.file : nil))
        }
        sections.append(ReportSection(heading: "Maps", figures: figures))

        // Gaps.
        steps.next("finding gaps")
        let gaps = try GapAnalysis.run(focus: focusEntity.id, in: network)
        let gapTables = GapTables.tables(gaps, in: network, top: top)
        sections.append(ReportSection(
            heading: "Coverage and gaps",
            paragraphs: ["A country counts as covered on a layer when \(focusEntity.name), or an office or association acting for it, has a tie of that layer in force (intent, active or dormant) to the country or to a place in it. Each gap says why it is one and cites the data behind it."],
            tables: gapTables))

        // Targets.
        var targetTables: [Table] = []
        let weights = try TargetWeights.parse(dataset: network.metadata, overrides: [], priority: [])
        let book = try rules.book(for: network)
        for (layer, area) in [("sister", nil), ("cooperation", "technology")] as [(String, String?)] {
            steps.next("ranking \(layer) targets")
            let report = try TargetRanking.run(focus: focusEntity.id, in: network, options: TargetOptions(layer: layer, area: area, weights: weights, rules: book))
            // The rule book is printed once, with the plan.
            targetTables += TargetTables.tables(report, in: network, top: top, explain: false).filter { !$0.title.hasPrefix("Rules of the field") }
        }
        sections.append(ReportSection(
            heading: "Candidate targets",
            paragraphs: ["Candidates are scored by explicit criteria, each shown with its contribution and basis (the contributions add up to the score), after the rules of the field listed with the plan below: a rule enforced leaves a candidate out, a rule under warn keeps it flagged. `liaison targets --explain` lists who was excluded and why."],
            tables: targetTables))

        // Plan: offices for a focus that has them, partners otherwise.
        let planLayer = PlanTables.defaultLayer(for: focusEntity.id, in: network)
        steps.next(planLayer == Layer.eto.id ? "planning offices" : "planning partners")
        let plan = try PlanOptimizer.run(focus: focusEntity.id, in: network, options: PlanOptions(layer: planLayer, budget: 5, rules: book, weights: weights))
        let planText = planLayer == Layer.eto.id
            ? (plan.objective.usesGDP
                ? "Five new offices chosen greedily by marginal gain in the GDP (World Bank, current US dollars) of the Belt and Road countries they newly cover (\(plan.objective.rawValue)): an office counts its host country whole and each neighbour it also covers at half, since it serves its host market first. "
                : "Five new offices chosen greedily by marginal gain in the population of the Belt and Road countries they newly cover (\(plan.objective.rawValue)). ")
              + "The greedy plan reaches at least 63% (1 - 1/e) of the best possible choice of five. Each pick names its host city and the runner-up it beat. The data carry no bilateral trade figures, and a country with no city in the data cannot host: read the plan as what this objective implies, and compare others with `liaison plan --objective`."
            : "\(focusEntity.name) has no offices, so its plan is up to five new friendship (sister) partners (as many as the rules leave), chosen greedily by what they bring: their target scores with diminishing returns in one country, and the exchange areas and regions they newly cover. Each pick shows the runner-up it beat."
        sections.append(ReportSection(
            heading: planLayer == Layer.eto.id ? "An office plan" : "A partner plan",
            paragraphs: [planText],
            tables: PlanTables.tables(plan, in: network)))

        // What-if scenarios shipped beside the dataset.
        if !scripts.isEmpty {
            var outcomes: [ScenarioOutcome] = []
            for script in scripts {
                steps.next("applying \(script)")
                do { outcomes.append(try ScenarioRunner.run(file: scenarioFolder + "/" + script)) } catch let error as ScenarioError {
                    throw DatasetError(problems: error.problems)
                }
            }
            var scenarioFigures: [ReportFigure] = []
            // The map shows the scenario that changes most.
            let largest = outcomes.max { ($0.variants.last?.difference.addedTies.count ?? 0) < ($1.variants.last?.difference.addedTies.count ?? 0) }
            steps.next("drawing the scenario map")
            if let first = largest, let (file, svg) = try ScenarioMaps.draw(first, lastOnly: true).last {
                if mapsBeside { try FileAccess.writeAtomically(svg, to: Self.path(beside: path, named: "\(stem)-\(file)"), inputs: inputs) }
                scenarioFigures.append(ReportFigure(svg: String(decoding: svg, as: UTF8.self),
                    caption: "\(first.script.name), \(first.script.variants.last?.name ?? ""): added in green, removed in orange-red, changed status in purple.",
                    fileName: mapsBeside ? "\(stem)-\(file)" : nil))
            }
            sections.append(ReportSection(
                heading: "What-if scenarios",
                paragraphs: ["The scenarios in \(scenarioFolder) applied as pure edits to the dataset and compared with it: coverage, ties, the focus's centralities (its offices merged into it), gaps closed and opened. `liaison scenario FILE` gives the full comparison."],
                figures: scenarioFigures,
                tables: Array(ScenarioTables.tables(outcomes, top: 8).prefix(2))))
        }

        sections.append(ReportSection(heading: "Sources", paragraphs: [
            "Every fact row of the dataset names its source (a URL or a publication) and, where unsure, a confidence mark; the tables above cite the sources of the facts they rest on. Dataset: \(inputs[0]).",
        ]))

        let document = ReportDocument(title: "\(focusEntity.name): partnership network report",
                                      subtitle: "\(network.metadata.name) dataset, facts as of \(network.metadata.asOf ?? "unknown")", sections: sections)
        let text = format == .html ? HTMLReportWriter.html(document) : MarkdownReportWriter.markdown(document)
        try emitDocument(text.utf8, to: path, inputs: inputs, detail: ", with its maps \(maps.map { Self.path(beside: path, named: $0.file) }.joined(separator: " and "))")
        if !mapsBeside && format == .md { printError("note: the maps are not written on standard output; -o FILE.md writes them beside the page") }
    }

    /// A file in the same folder as `path`. Split by hand: Foundation's NSString path methods
    /// trap on a one-character path (swift-corelibs-foundation's `_startOfLastPathComponent`
    /// requires two characters), which made `report -o x` die of an illegal instruction.
    static func path(beside path: String, named name: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return name }
        return String(path[...slash]) + name
    }
}

/// The report's steps, counted on the progress line.
private final class ReportSteps {
    private let total: Int
    private var done = 0

    init(total: Int) { self.total = total }

    /// Announces the next step.
    func next(_ name: String) {
        ProgressDisplay.shared.handler(ProgressUpdate(stage: "report: \(name)", done: done, total: total))
        done += 1
    }
}
