import ArgumentParser
import Foundation
import Liaison

/// `liaison scenario`: apply what-if scripts and compare them with the base, side by side.
struct ScenarioCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scenario",
        abstract: "Apply what-if scripts (docs/scenarios.md) and compare every variant with the base in one table.",
        discussion: """
            Every tie a step proposes (add_tie on sister, cooperation or eto; each country an open_office covers) is checked against
            the rules of the field, as targets and plans are (docs/planning.md); what a step breaks is listed with the step's
            file:line. Top movers list changes of at least 1% of the measure's largest value in the base.
            Exits 1 when an expectation of a script fails (or, with --strict, when a step breaks a rule), so scripts double as
            checks; exits 2 when a script or its base is invalid.
            """)

    @Argument(help: "Scenario scripts (YAML).")
    var scripts: [String]

    @Option(name: .long, help: "How many changed ties and gaps to list per variant (0 for all).")
    var top: Int = 10

    @Option(name: .long, help: ArgumentHelp("Also draw each variant's changes to the focus's own network as SVG maps in this folder.", valueName: "folder"))
    var maps: String?

    @Flag(name: .long, help: "Fail (exit 1) when any step breaks a rule of the field, enforced or warned.")
    var strict = false

    @OptionGroup var rules: RuleOptions

    @OptionGroup var format: FormatOptions

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
        try format.emit(ScenarioTables.tables(outcomes, top: top), inputs: inputs)
        if let maps {
            for outcome in outcomes {
                for (file, svg) in try ScenarioMaps.draw(outcome) {
                    try FileAccess.writeAtomically(svg, to: maps + "/" + file, inputs: inputs)
                    FileHandle.standardError.write(Data("wrote \(maps)/\(file)\n".utf8))
                }
            }
        }
        let failed = outcomes.flatMap(\.checks).filter { !$0.passed }
        var messages = failed.map { "expectation failed at \($0.expectation.location): \($0.expectation.metric) is \(Int($0.value))" }
        if strict {
            var seen = Set<StepFinding>()
            for finding in outcomes.flatMap({ $0.variants.flatMap(\.ruleFindings) }) where seen.insert(finding).inserted {
                messages.append("\(finding.location): step \(finding.stepID) breaks \(finding.finding.rule.rawValue) (\(finding.finding.policy.rawValue)): \(finding.finding.reason)")
            }
        }
        if !messages.isEmpty { throw CommandFailure(message: messages.joined(separator: "\n")) }
    }
}

/// Scenario outcomes as tables, shared by `scenario` and `report`.
enum ScenarioTables {
    /// Coverage per region and layer, base against each variant: countries covered of those in the
    /// region, on the rows where some variant differs from the base.
    static func regionTable(_ outcomes: [ScenarioOutcome], columns: [String], variants: [VariantOutcome]) -> Table {
        func key(_ c: RegionCoverage) -> String { "\(c.region)|\(c.layer)" }
        let perVariant = variants.map { v in Dictionary(v.coverage.map { (key($0), $0) }, uniquingKeysWith: { a, _ in a }) }
        func cell(_ c: RegionCoverage?) -> String { c.map { "\($0.covered) of \($0.total)" } ?? "" }
        var rows: [[String]] = []
        for row in outcomes[0].baseCoverage {
            let k = key(row)
            guard perVariant.contains(where: { $0[k]?.covered != row.covered }) else { continue }
            rows.append(["\(row.region): \(row.layer)", cell(row)] + perVariant.map { cell($0[k]) })
        }
        return Table(title: "Coverage by region and layer: countries covered, on the rows that change", columns: columns, rows: rows)
    }

    static func tables(_ outcomes: [ScenarioOutcome], top: Int) -> [Table] {
        guard let first = outcomes.first else { return [] }
        let base = first.base
        let focus = first.focusID
        let multiple = outcomes.count > 1
        func label(_ o: ScenarioOutcome, _ v: VariantOutcome) -> String {
            let stem = URL(fileURLWithPath: o.script.file).deletingPathExtension().lastPathComponent
            return !multiple ? v.name : (v.name == o.script.name ? stem : "\(stem): \(v.name)")
        }
        let columns = ["measure", "base"] + outcomes.flatMap { o in o.variants.map { label(o, $0) } }
        let variants = outcomes.flatMap(\.variants)
        func row(_ name: String, _ value: (PartnershipNetwork) -> Double, change: ((VariantOutcome) -> String)? = nil) -> [String] {
            [name, number(value(base))] + variants.map { v in change?(v) ?? number(value(v.network)) }
        }
        var rows: [[String]] = []
        rows.append(row("entities", { Double($0.entityCount) }))
        rows.append(row("ties", { Double($0.tieCount) }))
        for layer in ["eto", "sister", "cooperation", "diaspora"] {
            rows.append(row("countries covered: \(layer)", { ScenarioRunner.measure(.coverage(layer: layer, beltAndRoadOnly: false, region: nil), focus: focus, in: $0) }))
        }
        rows.append(row("Belt and Road countries covered: eto", { ScenarioRunner.measure(.coverage(layer: "eto", beltAndRoadOnly: true, region: nil), focus: focus, in: $0) }))
        for status in [TieStatus.active, .dormant, .proposed] {
            rows.append(row("\(status.rawValue) ties of the focus", { ScenarioRunner.measure(.ties(layer: nil, status: status), focus: focus, in: $0) }))
        }
        rows.append(["entities added / removed", ""] + variants.map { "\($0.difference.addedEntities.count) / \($0.difference.removedEntities.count)" })
        rows.append(["ties added / removed / changed", ""] + variants.map { "\($0.difference.addedTies.count) / \($0.difference.removedTies.count) / \($0.difference.changedTies.count)" })
        rows.append(["gaps closed / opened", ""] + variants.map { "\($0.gapsClosed.count) / \($0.gapsOpened.count)" })
        let focusName = base.entity(withID: focus)?.name ?? focus
        for (k, name) in ["degree", "betweenness", "pagerank", "constraint", "effective size"].enumerated() {
            let before = variants.first?.focusMeasures[k].before ?? 0
            rows.append(["\(focusName): \(name)", number(before)] + variants.map { number($0.focusMeasures[k].after) })
        }
        var tables = [Table(title: "Scenarios for \(focusName), compared with the base (centralities with its offices and associations merged into it)", columns: columns, rows: rows)]
        tables.append(regionTable(outcomes, columns: columns, variants: variants))

        for outcome in outcomes {
            for variant in outcome.variants {
                let label = label(outcome, variant)
                var changes: [[String]] = []
                let d = variant.difference
                for id in d.addedEntities { changes.append(["added entity", id, variant.network.entity(withID: id)?.name ?? ""]) }
                for id in d.removedEntities { changes.append(["removed entity", id, base.entity(withID: id)?.name ?? ""]) }
                for t in d.addedTies { changes.append(["added tie", "\(t.from) – \(t.to)", "\(t.layer), \(t.status.rawValue)"]) }
                for t in d.removedTies { changes.append(["removed tie", "\(t.from) – \(t.to)", "\(t.layer), \(t.status.rawValue)"]) }
                for p in d.changedTies { changes.append(["changed tie", "\(p.after.from) – \(p.after.to)", "\(p.after.layer): \(p.before.status.rawValue) → \(p.after.status.rawValue)"]) }
                let shown = top > 0 ? Array(changes.prefix(top)) : changes
                tables.append(Table(title: "\(label): changes (\(changes.count)\(shown.count < changes.count ? ", first \(shown.count)" : ""))", columns: ["change", "what", "detail"], rows: shown))
                let gaps = variant.gapsClosed.map { ["closed", $0.kind.title, $0.subjectName] } + variant.gapsOpened.map { ["opened", $0.kind.title, $0.subjectName] }
                let shownGaps = top > 0 ? Array(gaps.prefix(top)) : gaps
                let movers = variant.pageRankMovers.map { ["pagerank", $0.entityID, number($0.before), number($0.after), signed($0.change)] }
                    + variant.betweennessMovers.map { ["betweenness", $0.entityID, number($0.before), number($0.after), signed($0.change)] }
                tables.append(Table(title: "\(label): top movers (changes of at least \(number(outcome.moverThreshold * 100))% of the measure's largest value in the base)",
                                    columns: ["measure", "entity", "before", "after", "change"], rows: movers))
                tables.append(Table(title: "\(label): rules of the field broken by its steps (\(outcome.rules.summary))", columns: ["step", "where", "rule", "policy", "why"],
                                    rows: variant.ruleFindings.map { [$0.stepID, $0.location.description, $0.finding.rule.rawValue, $0.finding.policy.rawValue, $0.finding.reason] }))
                tables.append(Table(title: "\(label): gaps closed and opened (\(gaps.count)\(shownGaps.count < gaps.count ? ", first \(shownGaps.count)" : ""))", columns: ["", "gap list", "gap"], rows: shownGaps))
            }
            if !outcome.checks.isEmpty {
                tables.append(Table(title: "\(outcome.script.name): expectations", columns: ["variant", "measure", "bound", "value", "result"],
                                    rows: outcome.checks.map { c in
                                        let bound = [c.expectation.atLeast.map { "≥ \(number($0))" }, c.expectation.atMost.map { "≤ \(number($0))" }].compactMap { $0 }.joined(separator: ", ")
                                        return [c.expectation.variant, c.expectation.metric.description, bound, number(c.value), c.passed ? "pass" : "FAIL"]
                                    }))
            }
        }
        return tables
    }

    static func number(_ x: Double) -> String {
        guard x.isFinite else { return "" }
        return x == x.rounded() && abs(x) < 1e12 ? String(Int(x)) : String(format: "%.4g", x)
    }

    static func signed(_ x: Double) -> String { (x > 0 ? "+" : "") + String(format: "%.3g", x) }
}

/// Each variant's changes to the focus's own network, drawn with the change highlighting.
enum ScenarioMaps {
    /// File names and SVG bytes, one per variant (only the last variant's when `lastOnly`: each
    /// map is a layout of its own, seconds apiece on a large network).
    static func draw(_ outcome: ScenarioOutcome, lastOnly: Bool = false) throws -> [(String, [UInt8])] {
        let stem = URL(fileURLWithPath: outcome.script.file).deletingPathExtension().lastPathComponent
        let before = try outcome.base.view.focusNetwork(centre: outcome.focusID, radius: 1)
        let variants = lastOnly ? Array(outcome.variants.suffix(1)) : outcome.variants
        return try variants.map { variant in
            let after = try variant.network.view.focusNetwork(centre: outcome.focusID, radius: 1)
            let options = DrawingOptions(layout: .sfdp, title: "\(outcome.script.name): \(variant.name)")
            let svg = try NetworkDrawing(before: before, after: after, options: options).render(as: .svg).bytes
            let slug = variant.name.lowercased().map { $0.isLetter || $0.isNumber ? $0 : "-" }
            return ("scenario-\(stem)-\(String(slug)).svg", svg)
        }
    }
}
