import Foundation
import LiaisonAnalysis
import LiaisonGraph
import LiaisonScenario

/// Scenario outcomes as tables, shared by `liaison scenario` and the planner's report.
public enum ScenarioTables {
    /// The comparison of every variant with the base (key `comparison`), the coverage rows that
    /// change (`coverage_changes`), then for each variant its changes (`changes`), top movers
    /// (`movers`), rule findings (`rule_findings`) and gaps closed and opened (`gaps`), and each
    /// script's expectations (`expectations`). Per-variant tables carry `script` and `variant` in
    /// their group. Lists show their first `top` lines (0 for all).
    public static func tables(_ outcomes: [ScenarioOutcome], top: Int) -> [Table] {
        guard let first = outcomes.first else { return [] }
        let base = first.base
        let focus = first.focusID
        let multiple = outcomes.count > 1
        func label(_ o: ScenarioOutcome, _ v: VariantOutcome) -> String {
            let stem = URL(fileURLWithPath: o.script.file).deletingPathExtension().lastPathComponent
            return !multiple ? v.name : (v.name == o.script.name ? stem : "\(stem): \(v.name)")
        }
        let labels = outcomes.flatMap { o in o.variants.map { label(o, $0) } }
        let columns = [TableColumn("measure"), TableColumn("base")] + labels.map { TableColumn($0, key: "variants", member: $0) }
        let variants = outcomes.flatMap(\.variants)
        func row(_ name: String, _ value: (PartnershipNetwork) -> Double) -> [TableValue] {
            [.text(name), number(value(base))] + variants.map { number(value($0.network)) }
        }
        func counts(_ name: String, _ keys: [String], _ values: (VariantOutcome) -> [Int]) -> [TableValue] {
            [.text(name), .missing] + variants.map { v in
                let n = values(v)
                return .record(zip(keys, n).map { TableField($0, .integer($1)) }, text: n.map(String.init).joined(separator: " / "))
            }
        }
        var rows: [[TableValue]] = []
        rows.append(row("entities", { Double($0.entityCount) }))
        rows.append(row("ties", { Double($0.tieCount) }))
        for layer in ["eto", "sister", "cooperation", "diaspora"] {
            rows.append(row("countries covered: \(layer)", { ScenarioRunner.measure(.coverage(layer: layer, beltAndRoadOnly: false, region: nil), focus: focus, in: $0) }))
        }
        rows.append(row("Belt and Road countries covered: eto", { ScenarioRunner.measure(.coverage(layer: "eto", beltAndRoadOnly: true, region: nil), focus: focus, in: $0) }))
        for status in [TieStatus.active, .dormant, .proposed] {
            rows.append(row("\(status.rawValue) ties of the focus", { ScenarioRunner.measure(.ties(layer: nil, status: status), focus: focus, in: $0) }))
        }
        rows.append(counts("entities added / removed", ["added", "removed"]) { [$0.difference.addedEntities.count, $0.difference.removedEntities.count] })
        rows.append(counts("ties added / removed / changed", ["added", "removed", "changed"]) {
            [$0.difference.addedTies.count, $0.difference.removedTies.count, $0.difference.changedTies.count]
        })
        rows.append(counts("gaps closed / opened", ["closed", "opened"]) { [$0.gapsClosed.count, $0.gapsOpened.count] })
        let focusName = base.entity(withID: focus)?.name ?? focus
        for (k, name) in ["degree", "betweenness", "pagerank", "constraint", "effective size"].enumerated() {
            let before = variants.first?.focusMeasures[k].before ?? 0
            rows.append([.text("\(focusName): \(name)"), number(before)] + variants.map { number($0.focusMeasures[k].after) })
        }
        var tables = [Table(key: "comparison", title: "Scenarios for \(focusName), compared with the base (centralities with its offices and associations merged into it)",
                            columns: columns, rows: rows)]
        tables.append(regionTable(outcomes, columns: columns, variants: variants))

        for outcome in outcomes {
            for variant in outcome.variants {
                tables += variantTables(outcome, variant, label: label(outcome, variant), base: base, top: top)
            }
            if !outcome.checks.isEmpty {
                tables.append(Table(key: "expectations", title: "\(outcome.script.name): expectations", columns: ["variant", "measure", "bound", "value", "result"],
                                    rows: outcome.checks.map { c in
                                        let bound = [c.expectation.atLeast.map { "≥ \(number($0).text)" }, c.expectation.atMost.map { "≤ \(number($0).text)" }].compactMap { $0 }.joined(separator: ", ")
                                        let bounds = [c.expectation.atLeast.map { TableField("at_least", number($0)) }, c.expectation.atMost.map { TableField("at_most", number($0)) }].compactMap { $0 }
                                        return [.text(c.expectation.variant), .text(c.expectation.metric.description), .record(bounds, text: bound),
                                                number(c.value), .text(c.passed ? "pass" : "FAIL")]
                                    },
                                    group: [TableField("script", .text(outcome.script.file))]))
            }
        }
        return tables
    }

    /// Coverage per region and layer, base against each variant: countries covered of those in the
    /// region, on the rows where some variant differs from the base (key `coverage_changes`).
    static func regionTable(_ outcomes: [ScenarioOutcome], columns: [TableColumn], variants: [VariantOutcome]) -> Table {
        func key(_ c: RegionCoverage) -> String { "\(c.region)|\(c.layer)" }
        let perVariant = variants.map { v in Dictionary(v.coverage.map { (key($0), $0) }, uniquingKeysWith: { a, _ in a }) }
        func cell(_ c: RegionCoverage?) -> TableValue { c.map { GapTables.share($0.covered, of: $0.total, text: "\($0.covered) of \($0.total)") } ?? .missing }
        var rows: [[TableValue]] = []
        for row in outcomes[0].baseCoverage {
            let k = key(row)
            guard perVariant.contains(where: { $0[k]?.covered != row.covered }) else { continue }
            let measure = TableValue.record([TableField("region", .text(row.region)), TableField("layer", .text(row.layer))], text: "\(row.region): \(row.layer)")
            rows.append([measure, cell(row)] + perVariant.map { cell($0[k]) })
        }
        return Table(key: "coverage_changes", title: "Coverage by region and layer: countries covered, on the rows that change", columns: columns, rows: rows)
    }

    /// One variant's changes, movers, rule findings and gaps.
    static func variantTables(_ outcome: ScenarioOutcome, _ variant: VariantOutcome, label: String, base: PartnershipNetwork, top: Int) -> [Table] {
        let group = [TableField("script", .text(outcome.script.file)), TableField("variant", .text(variant.name))]
        func pair(_ from: String, _ to: String) -> TableValue {
            .record([TableField("from", .text(from)), TableField("to", .text(to))], text: "\(from) – \(to)")
        }
        func entity(_ id: String) -> TableValue { .record([TableField("id", .text(id))], text: id) }
        var changes: [[TableValue]] = []
        let d = variant.difference
        for id in d.addedEntities { changes.append([.text("added entity"), entity(id), .text(variant.network.entity(withID: id)?.name ?? "")]) }
        for id in d.removedEntities { changes.append([.text("removed entity"), entity(id), .text(base.entity(withID: id)?.name ?? "")]) }
        for t in d.addedTies { changes.append([.text("added tie"), pair(t.from, t.to), .text("\(t.layer), \(t.status.rawValue)")]) }
        for t in d.removedTies { changes.append([.text("removed tie"), pair(t.from, t.to), .text("\(t.layer), \(t.status.rawValue)")]) }
        for p in d.changedTies { changes.append([.text("changed tie"), pair(p.after.from, p.after.to), .text("\(p.after.layer): \(p.before.status.rawValue) → \(p.after.status.rawValue)")]) }
        let shown = top > 0 ? Array(changes.prefix(top)) : changes
        let gaps = variant.gapsClosed.map { [TableValue.text("closed"), .text($0.kind.title), .text($0.subjectName)] }
            + variant.gapsOpened.map { [TableValue.text("opened"), .text($0.kind.title), .text($0.subjectName)] }
        let shownGaps = top > 0 ? Array(gaps.prefix(top)) : gaps
        let movers = variant.pageRankMovers.map { [TableValue.text("pagerank"), .text($0.entityID), number($0.before), number($0.after), .number($0.change, .signed(3))] }
            + variant.betweennessMovers.map { [TableValue.text("betweenness"), .text($0.entityID), number($0.before), number($0.after), .number($0.change, .signed(3))] }
        return [
            Table(key: "changes", title: "\(label): changes (\(changes.count)\(shown.count < changes.count ? ", first \(shown.count)" : ""))",
                  columns: ["change", "what", "detail"], rows: shown, group: group, totalRows: shown.count < changes.count ? changes.count : nil),
            Table(key: "movers", title: "\(label): top movers (changes of at least \(number(outcome.moverThreshold * 100).text)% of the measure's largest value in the base)",
                  columns: ["measure", "entity", "before", "after", "change"], rows: movers, group: group),
            Table(key: "rule_findings", title: "\(label): rules of the field broken by its steps (\(outcome.rules.summary))", columns: ["step", "where", "rule", "policy", "why"],
                  rows: variant.ruleFindings.map { [.text($0.stepID), .text($0.location.description), .text($0.finding.rule.rawValue), .text($0.finding.policy.rawValue), .text($0.finding.reason)] },
                  group: group),
            Table(key: "gaps", title: "\(label): gaps closed and opened (\(gaps.count)\(shownGaps.count < gaps.count ? ", first \(shownGaps.count)" : ""))",
                  columns: [TableColumn("", key: "change"), TableColumn("gap list"), TableColumn("gap")], rows: shownGaps, group: group,
                  totalRows: shownGaps.count < gaps.count ? gaps.count : nil),
        ]
    }

    /// A measure's value: whole numbers as integers, else four significant digits.
    static func number(_ x: Double) -> TableValue { .number(x, .wholeOrSignificant(4)) }
}
