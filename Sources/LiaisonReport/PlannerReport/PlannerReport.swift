import Foundation
import LiaisonAnalysis
import LiaisonData
import LiaisonGraph
import LiaisonRender
import LiaisonScenario

/// What the planner's report is about and how much it shows.
public struct PlannerReportOptions: Sendable {
    /// The focus entity, or nil for the dataset's focus.
    public var focus: String?
    /// Lines per gap list and targets per ranking.
    public var top: Int
    /// The rule book targets and the plan are held to.
    public var rules: RuleBook
    /// The stem of the map files written beside the page (`report` names `report-coverage-map.svg`),
    /// or nil when the page stands alone and its figures name no files.
    public var mapStem: String?

    /// Options for a report.
    public init(focus: String? = nil, top: Int = 12, rules: RuleBook, mapStem: String? = "report") {
        self.focus = focus
        self.top = top
        self.rules = rules
        self.mapStem = mapStem
    }
}

/// The planner's report: summary, maps, gaps, targets, a plan and the dataset's what-if
/// scenarios, as one ``ReportDocument`` for ``HTMLReportWriter`` or ``MarkdownReportWriter``.
public struct PlannerReport: Sendable {
    /// The document.
    public var document: ReportDocument

    /// The figures that name a file, to be written beside the page under their `fileName`.
    public var mapFiles: [ReportFigure] {
        document.sections.flatMap(\.figures).filter { $0.fileName != nil }
    }

    /// Assembles the report on a dataset: every section's analysis, maps rendered through Graphviz,
    /// and each script of the dataset folder's `scenarios/` applied.
    /// - Parameters:
    ///   - datasetPath: the dataset's folder, where the scenarios are looked for and which the sources cite.
    ///   - progress: told of each step.
    /// - Throws: ``ReportError/noFocus`` without a focus; the analyses' errors; a scenario's problems as a ``DatasetError``.
    public static func make(_ network: PartnershipNetwork, datasetPath: String, options: PlannerReportOptions,
                            progress: ProgressHandler? = nil) throws -> PlannerReport {
        guard let focusQuery = options.focus ?? network.metadata.focusID else { throw ReportError.noFocus }
        let focus = try network.requireEntity(focusQuery)
        let text = PlannerReportText.self
        let scenarioFolder = datasetPath + "/scenarios"
        // The page names the dataset by its folder, never by a path of the machine that wrote it.
        let datasetName = URL(fileURLWithPath: datasetPath).standardizedFileURL.lastPathComponent
        let scripts = ((try? FileManager.default.contentsOfDirectory(atPath: scenarioFolder)) ?? []).filter { $0.hasSuffix(".yaml") }.sorted()
        let total = 6 + scripts.count
        var done = 0
        func step(_ name: String) {
            progress?(ProgressUpdate(stage: "report: \(name)", done: done, total: total))
            done += 1
        }
        func fileName(_ name: String) -> String? { options.mapStem.map { "\($0)-\(name)" } }

        var sections: [ReportSection] = []
        let summary = NetworkSummary(network.view)
        sections.append(ReportSection(heading: text.summaryHeading,
                                      paragraphs: [text.summary(network.metadata, entities: summary.entityCount, ties: summary.tieCount)],
                                      tables: SummaryTables.tables(summary, of: network)))

        // The coverage map draws the focus's offices' coverage as the focus's own ties.
        let coverage = network.coverage(of: focus.id).network(in: network).view
        let own = try network.view.focusNetwork(centre: focus.id, radius: 1)
        var figures: [ReportFigure] = []
        for (view, drawing, caption, file) in [
            (coverage, DrawingOptions(layout: .geographic(.equirectangular), title: text.coverageMapTitle(focus: focus.name)), text.coverageMapCaption(focus: focus.name), "coverage-map.svg"),
            (own, DrawingOptions(layout: .sfdp, title: text.networkMapTitle(focus: focus.name)), text.networkMapCaption(focus: focus.name), "network.svg"),
        ] {
            step(text.drawing(fileName(file) ?? file))
            let rendering = try NetworkDrawing(view, options: drawing).render(as: .svg)
            figures.append(ReportFigure(svg: String(decoding: rendering.bytes, as: UTF8.self), caption: caption, fileName: fileName(file)))
        }
        sections.append(ReportSection(heading: text.mapsHeading, figures: figures))

        step(text.findingGaps)
        let gaps = try GapAnalysis.run(focus: focus.id, in: network)
        sections.append(ReportSection(heading: text.gapsHeading, paragraphs: [text.gaps(focus: focus.name)],
                                      tables: GapTables.tables(gaps, in: network, top: options.top)))

        var targetTables: [Table] = []
        let weights = try TargetWeights(dataset: network.metadata)
        for (layer, area) in [("sister", nil), ("cooperation", "technology")] as [(String, String?)] {
            step(text.ranking(layer))
            let report = try TargetRanking.run(focus: focus.id, in: network, options: TargetOptions(layer: layer, area: area, weights: weights, rules: options.rules))
            // The rule book is printed once, with the plan.
            targetTables += TargetTables.tables(report, in: network, top: options.top, explain: false).filter { $0.key != "rules" }
        }
        sections.append(ReportSection(heading: text.targetsHeading, paragraphs: [text.targets], tables: targetTables))

        // Offices for a focus that has them, partners otherwise.
        let planLayer = PlanOptions.defaultLayer(for: focus.id, in: network)
        let offices = planLayer == Layer.eto.id
        step(text.planning(offices: offices))
        let plan = try PlanOptimizer.run(focus: focus.id, in: network, options: PlanOptions(layer: planLayer, budget: 5, rules: options.rules, weights: weights))
        sections.append(ReportSection(heading: text.planHeading(offices: offices),
                                      paragraphs: [text.plan(offices: offices, objective: plan.objective, focus: focus.name)],
                                      tables: PlanTables.tables(plan, in: network)))

        if !scripts.isEmpty {
            var outcomes: [ScenarioOutcome] = []
            for script in scripts {
                step(text.applying(script))
                do { outcomes.append(try ScenarioRunner.run(file: scenarioFolder + "/" + script)) } catch let error as ScenarioError {
                    throw DatasetError(problems: error.problems)
                }
            }
            var scenarioFigures: [ReportFigure] = []
            // The map shows the scenario that changes most.
            let largest = outcomes.max { ($0.variants.last?.difference.addedTies.count ?? 0) < ($1.variants.last?.difference.addedTies.count ?? 0) }
            step(text.drawingScenarioMap)
            if let first = largest, let map = try ScenarioMaps.draw(first, lastOnly: true).last {
                scenarioFigures.append(ReportFigure(svg: String(decoding: map.svg, as: UTF8.self),
                                                    caption: text.scenarioMapCaption(script: first.script.name, variant: first.script.variants.last?.name ?? ""),
                                                    fileName: fileName(map.fileName)))
            }
            sections.append(ReportSection(heading: text.scenariosHeading, paragraphs: [text.scenarios(folder: datasetName + "/scenarios")],
                                          figures: scenarioFigures, tables: Array(ScenarioTables.tables(outcomes, top: 8).prefix(2))))
        }

        sections.append(ReportSection(heading: text.sourcesHeading, paragraphs: [text.sources(dataset: datasetName)]))
        let document = ReportDocument(title: text.title(focus: focus.name),
                                      subtitle: text.subtitle(dataset: network.metadata.name, asOf: network.metadata.asOf), sections: sections)
        return PlannerReport(document: document)
    }
}
