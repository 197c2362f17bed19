import Foundation
import LiaisonAnalysis
import LiaisonData
import LiaisonGraph
import LiaisonRender
import LiaisonScenario
import LiaisonText

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
    /// The language of every word of the page, its tables and its maps (English by default).
    public var language: Language

    /// Options for a report.
    public init(focus: String? = nil, top: Int = 12, rules: RuleBook, mapStem: String? = "report", language: Language = .english) {
        self.focus = focus
        self.top = top
        self.rules = rules
        self.mapStem = mapStem
        self.language = language
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
        // Every fixed word comes from the language's catalogue (`Catalogue/`); maps name
        // entities in its script.
        let w = Wording(options.language)
        let focusName = w.name(of: focus)
        func drawing(_ layout: Layout, title: String) -> DrawingOptions {
            DrawingOptions(layout: layout, labels: options.language.script == nil ? .english : .chinese, title: title,
                           script: options.language.script ?? .simplified)
        }
        let scenarioFolder = datasetPath + "/scenarios"
        // The page names the dataset by its folder ("hong-kong/"), never by a path of the machine that wrote it.
        let datasetName = URL(fileURLWithPath: datasetPath).standardizedFileURL.lastPathComponent
        let scripts = ((try? FileManager.default.contentsOfDirectory(atPath: scenarioFolder)) ?? []).filter { $0.hasSuffix(".yaml") }.sorted()
        let total = 6 + scripts.count
        var done = 0
        func step(_ stage: ReportStage) {
            progress?(ProgressUpdate(stage: w[.progress(stage)], done: done, total: total))
            done += 1
        }
        func fileName(_ name: String) -> String? { options.mapStem.map { "\($0)-\(name)" } }

        var sections: [ReportSection] = []
        let summary = NetworkSummary(network.view)
        let meta = network.metadata
        // The dataset's description is the data's own English: a Chinese page leaves it out.
        let description = options.language == .english && !meta.description.isEmpty ? " " + meta.description : ""
        sections.append(ReportSection(heading: w[.reportHeading(.summary)],
                                      paragraphs: [w[.reportSummary(dataset: meta.name, entities: summary.entityCount, ties: summary.tieCount, asOf: meta.asOf)] + description],
                                      tables: SummaryTables.tables(summary, of: network, wording: w)))

        // The coverage map draws the focus's offices' coverage as the focus's own ties, in the
        // projection `render --layout geo` draws.
        let coverage = network.coverage(of: focus.id).network(in: network).view
        let own = try network.view.focusNetwork(centre: focus.id, radius: 1)
        var figures: [ReportFigure] = []
        for (view, drawing, caption, file) in [
            (coverage, drawing(.geographic(.default), title: w[.coverageMapTitle(focus: focusName)]), w[.coverageMapCaption(focus: focusName)], "coverage-map.svg"),
            (own, drawing(.sfdp, title: w[.networkMapTitle(focus: focusName)]), w[.networkMapCaption(focus: focusName)], "network.svg"),
        ] {
            step(.drawing(fileName(file) ?? file))
            let rendering = try NetworkDrawing(view, options: drawing).render(as: .svg)
            figures.append(ReportFigure(svg: String(decoding: rendering.bytes, as: UTF8.self), caption: caption, fileName: fileName(file)))
        }
        sections.append(ReportSection(heading: w[.reportHeading(.maps)], figures: figures))

        step(.findingGaps)
        let gaps = try GapAnalysis.run(focus: focus.id, in: network)
        sections.append(ReportSection(heading: w[.reportHeading(.gaps)], paragraphs: [w[.reportGaps(focus: focusName)]],
                                      tables: GapTables.tables(gaps, in: network, top: options.top, wording: w)))

        var targetTables: [Table] = []
        let weights = try TargetWeights(dataset: network.metadata)
        var leadingSister: [String] = []
        for (layer, area) in [("sister", nil), ("cooperation", "technology")] as [(String, String?)] {
            step(.ranking(layer))
            let report = try TargetRanking.run(focus: focus.id, in: network, options: TargetOptions(layer: layer, area: area, weights: weights, rules: options.rules))
            if layer == "sister" { leadingSister = report.shortlist(top: 3).candidates.map { w.name(of: $0.entityID, in: network) } }
            // The rule book is printed once, with the plan.
            targetTables += TargetTables.tables(report, in: network, top: options.top, explain: false, wording: w).filter { $0.key != "rules" }
        }
        sections.append(ReportSection(heading: w[.reportHeading(.targets)], paragraphs: [w[.reportTargets]], tables: targetTables))

        // Offices for a focus that has them, partners otherwise.
        let planLayer = PlanOptions.defaultLayer(for: focus.id, in: network)
        let offices = planLayer == Layer.eto.id
        step(.planning(offices: offices))
        let plan = try PlanOptimizer.run(focus: focus.id, in: network, options: PlanOptions(layer: planLayer, budget: 5, rules: options.rules, weights: weights))
        sections.append(ReportSection(heading: w[.reportPlanHeading(offices: offices)],
                                      paragraphs: [w[.reportPlan(offices: offices, objective: plan.objective, focus: focusName)]],
                                      tables: PlanTables.tables(plan, in: network, wording: w)))

        var outcomes: [ScenarioOutcome] = []
        if !scripts.isEmpty {
            for script in scripts {
                step(.applying(script))
                do { outcomes.append(try ScenarioRunner.run(file: scenarioFolder + "/" + script)) } catch let error as ScenarioError {
                    throw DatasetError(problems: error.problems)
                }
            }
            var scenarioFigures: [ReportFigure] = []
            // The map shows the scenario that changes most.
            let largest = outcomes.max { ($0.variants.last?.difference.addedTies.count ?? 0) < ($1.variants.last?.difference.addedTies.count ?? 0) }
            step(.drawingScenarioMap)
            if let first = largest, let map = try ScenarioMaps.draw(first, lastOnly: true, script: options.language.script).last {
                scenarioFigures.append(ReportFigure(svg: String(decoding: map.svg, as: UTF8.self),
                                                    caption: w[.scenarioMapCaption(script: first.script.name, variant: first.script.variants.last?.name ?? "")],
                                                    fileName: fileName(map.fileName)))
            }
            sections.append(ReportSection(heading: w[.reportHeading(.scenarios)], paragraphs: [w[.reportScenarios(folder: datasetName + "/scenarios")]],
                                          figures: scenarioFigures, tables: Array(ScenarioTables.tables(outcomes, top: 8, wording: w).prefix(2))))
        }

        sections.append(ReportSection(heading: w[.reportHeading(.sources)], paragraphs: [w[.reportSources(dataset: datasetName + "/")]]))

        // Key findings first, each linked to the section that holds its evidence.
        let keyFindings = KeyFindings.section(KeyFindings.Evidence(gaps: gaps, leadingSister: leadingSister, plan: plan, offices: offices, outcomes: outcomes),
                                              sections: sections, in: network, wording: w)
        sections.insert(keyFindings, at: 0)
        let document = ReportDocument(title: w[.reportTitle(focus: focusName)],
                                      subtitle: w[.reportSubtitle(dataset: meta.name, asOf: meta.asOf)], sections: sections, language: options.language)
        return PlannerReport(document: document)
    }
}
