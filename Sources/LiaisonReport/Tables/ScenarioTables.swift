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
    /// Titles, headings, measures and the focus's name are in `wording`'s language.
    public static func tables(_ outcomes: [ScenarioOutcome], top: Int, wording w: Wording = .english) -> [Table] {
        guard let first = outcomes.first else { return [] }
        let base = first.base
        let focus = first.focusID
        func label(_ o: ScenarioOutcome, _ v: VariantOutcome) -> String { variantLabel(o, v, among: outcomes) }
        let labels = outcomes.flatMap { o in o.variants.map { label(o, $0) } }
        let columns = [TableColumn(.measure, w), TableColumn(.base, w)] + labels.map { TableColumn($0, key: "variants", member: $0) }
        let variants = outcomes.flatMap(\.variants)
        func row(_ name: ComparisonRow, _ value: (PartnershipNetwork) -> Double) -> [TableValue] {
            [.text(w[.comparisonRow(name)]), number(value(base))] + variants.map { number(value($0.network)) }
        }
        func counts(_ name: ComparisonRow, _ keys: [String], _ values: (VariantOutcome) -> [Int]) -> [TableValue] {
            [.text(w[.comparisonRow(name)]), .missing] + variants.map { v in
                let n = values(v)
                return .record(zip(keys, n).map { TableField($0, .integer($1)) }, text: n.map(String.init).joined(separator: " / "))
            }
        }
        var rows: [[TableValue]] = []
        rows.append(row(.entities, { Double($0.entityCount) }))
        rows.append(row(.ties, { Double($0.tieCount) }))
        for layer in coveredLayers {
            rows.append(row(.countriesCovered(layer: layer), { ScenarioRunner.measure(.coverage(layer: layer, beltAndRoadOnly: false, region: nil), focus: focus, in: $0) }))
        }
        rows.append(row(.beltAndRoadCovered(layer: "eto"), { ScenarioRunner.measure(.coverage(layer: "eto", beltAndRoadOnly: true, region: nil), focus: focus, in: $0) }))
        for status in [TieStatus.active, .dormant, .proposed] {
            rows.append(row(.focusTies(status), { ScenarioRunner.measure(.ties(layer: nil, status: status), focus: focus, in: $0) }))
        }
        rows.append(counts(.entitiesAddedRemoved, ["added", "removed"]) { [$0.difference.addedEntities.count, $0.difference.removedEntities.count] })
        rows.append(counts(.tiesAddedRemovedChanged, ["added", "removed", "changed"]) {
            [$0.difference.addedTies.count, $0.difference.removedTies.count, $0.difference.changedTies.count]
        })
        rows.append(counts(.gapsClosedOpened, ["closed", "opened"]) { [$0.gapsClosed.count, $0.gapsOpened.count] })
        let focusName = w.name(of: focus, in: base)
        for (k, name) in ["degree", "betweenness", "pagerank", "constraint", "effective size"].enumerated() {
            let before = variants.first?.focusMeasures[k].before ?? 0
            rows.append([.text(w[.comparisonRow(.focusMeasure(focus: focusName, measure: name))]), number(before)] + variants.map { number($0.focusMeasures[k].after) })
        }
        var tables = [Table(key: "comparison", title: w[.comparisonTitle(focus: focusName)],
                            columns: columns, rows: rows)]
        tables.append(regionTable(outcomes, columns: columns, variants: variants, wording: w))

        for outcome in outcomes {
            for variant in outcome.variants {
                tables += variantTables(outcome, variant, label: label(outcome, variant), base: base, top: top, wording: w)
            }
            if !outcome.checks.isEmpty {
                tables.append(Table(key: "expectations", title: w[.expectationsTitle(script: outcome.script.name)],
                                    columns: [TableColumn(.variant, w), TableColumn(.measure, w), TableColumn(.bound, w), TableColumn(.value, w), TableColumn(.result, w)],
                                    rows: outcome.checks.map { c in
                                        let bound = [c.expectation.atLeast.map { "≥ \(number($0).text)" }, c.expectation.atMost.map { "≤ \(number($0).text)" }].compactMap { $0 }.joined(separator: ", ")
                                        let bounds = [c.expectation.atLeast.map { TableField("at_least", number($0)) }, c.expectation.atMost.map { TableField("at_most", number($0)) }].compactMap { $0 }
                                        return [.text(c.expectation.variant), .text(c.expectation.metric.description), .record(bounds, text: bound),
                                                number(c.value), .text(w[.change(c.passed ? .pass : .fail)])]
                                    },
                                    group: [TableField("script", .text(outcome.script.file))]))
            }
        }
        return tables
    }

    /// The layers whose countries covered the comparison counts, in its order.
    public static let coveredLayers = ["eto", "sister", "cooperation", "diaspora"]

    /// A variant's column in the comparison: its name, or with several scripts the script's file
    /// stem before it (`eto-expansion-2016: overseas offices`; the stem alone for a script whose one
    /// variant bears the script's name).
    public static func variantLabel(_ outcome: ScenarioOutcome, _ variant: VariantOutcome, among outcomes: [ScenarioOutcome]) -> String {
        guard outcomes.count > 1 else { return variant.name }
        let stem = URL(fileURLWithPath: outcome.script.file).deletingPathExtension().lastPathComponent
        return variant.name == outcome.script.name ? stem : "\(stem): \(variant.name)"
    }

    /// Coverage per region and layer, base against each variant: countries covered of those in the
    /// region, on the rows where some variant differs from the base (key `coverage_changes`).
    static func regionTable(_ outcomes: [ScenarioOutcome], columns: [TableColumn], variants: [VariantOutcome], wording w: Wording) -> Table {
        func key(_ c: RegionCoverage) -> String { "\(c.region)|\(c.layer)" }
        let perVariant = variants.map { v in Dictionary(v.coverage.map { (key($0), $0) }, uniquingKeysWith: { a, _ in a }) }
        func cell(_ c: RegionCoverage?) -> TableValue { c.map { GapTables.share($0.covered, of: $0.total, text: w[.rankOf(rank: $0.covered, count: $0.total)]) } ?? .missing }
        var rows: [[TableValue]] = []
        for row in outcomes[0].baseCoverage {
            let k = key(row)
            guard perVariant.contains(where: { $0[k]?.covered != row.covered }) else { continue }
            let measure = TableValue.record([TableField("region", .text(row.region)), TableField("layer", .text(row.layer))], text: "\(w[.region(row.region)]): \(w.layer(row.layer))")
            rows.append([measure, cell(row)] + perVariant.map { cell($0[k]) })
        }
        return Table(key: "coverage_changes", title: w[.coverageChangesTitle], columns: columns, rows: rows)
    }

    /// One variant's changes, movers, rule findings and gaps.
    static func variantTables(_ outcome: ScenarioOutcome, _ variant: VariantOutcome, label: String, base: PartnershipNetwork, top: Int,
                              wording w: Wording) -> [Table] {
        let group = [TableField("script", .text(outcome.script.file)), TableField("variant", .text(variant.name))]
        func pair(_ from: String, _ to: String) -> TableValue {
            .record([TableField("from", .text(from)), TableField("to", .text(to))], text: "\(from) – \(to)")
        }
        func entity(_ id: String) -> TableValue { .record([TableField("id", .text(id))], text: id) }
        var changes: [[TableValue]] = []
        let d = variant.difference
        for id in d.addedEntities { changes.append([.text(w[.change(.addedEntity)]), entity(id), .text(variant.network.entity(withID: id).map(w.name(of:)) ?? "")]) }
        for id in d.removedEntities { changes.append([.text(w[.change(.removedEntity)]), entity(id), .text(base.entity(withID: id).map(w.name(of:)) ?? "")]) }
        for t in d.addedTies { changes.append([.text(w[.change(.addedTie)]), pair(t.from, t.to), .text("\(w.layer(t.layer)), \(w[.status(t.status)])")]) }
        for t in d.removedTies { changes.append([.text(w[.change(.removedTie)]), pair(t.from, t.to), .text("\(w.layer(t.layer)), \(w[.status(t.status)])")]) }
        for p in d.changedTies { changes.append([.text(w[.change(.changedTie)]), pair(p.after.from, p.after.to),
                                                .text("\(w.layer(p.after.layer)): \(w[.status(p.before.status)]) → \(w[.status(p.after.status)])")]) }
        let shown = top > 0 ? Array(changes.prefix(top)) : changes
        let gaps = variant.gapsClosed.map { [TableValue.text(w[.change(.closed)]), .text(w[.gapKind($0.kind)]), .text(GapTables.subjectName($0, in: base, wording: w))] }
            + variant.gapsOpened.map { [TableValue.text(w[.change(.opened)]), .text(w[.gapKind($0.kind)]),
                                        .text(GapTables.subjectName($0, in: variant.network, wording: w))] }
        let shownGaps = top > 0 ? Array(gaps.prefix(top)) : gaps
        let movers = variant.pageRankMovers.map { [TableValue.text(w[.statistic("pagerank")]), .text($0.entityID), number($0.before), number($0.after), .number($0.change, .signed(3))] }
            + variant.betweennessMovers.map { [TableValue.text(w[.statistic("betweenness")]), .text($0.entityID), number($0.before), number($0.after), .number($0.change, .signed(3))] }
        return [
            Table(key: "changes", title: w[.changesTitle(variant: label, count: changes.count, shown: shown.count < changes.count ? shown.count : nil)],
                  columns: [TableColumn(.change, w), TableColumn(.what, w), TableColumn(.detail, w)], rows: shown, group: group, totalRows: shown.count < changes.count ? changes.count : nil),
            Table(key: "movers", title: w[.moversTitle(variant: label, threshold: number(outcome.moverThreshold * 100).text)],
                  columns: [TableColumn(.measure, w), TableColumn(.entity, w), TableColumn(.before, w), TableColumn(.after, w), TableColumn(.change, w)], rows: movers, group: group),
            Table(key: "rule_findings", title: w[.ruleFindingsTitle(variant: label, rules: w[.rulePolicies(outcome.rules)])],
                  columns: [TableColumn(.step, w), TableColumn(.`where`, w), TableColumn(.rule, w), TableColumn(.policy, w), TableColumn(.why, w)],
                  rows: variant.ruleFindings.map { [.text($0.stepID), .text($0.location.description), .text($0.finding.rule.rawValue), .text($0.finding.policy.rawValue),
                                                    .text(RuleTables.reason($0.finding.reason, in: base, wording: w))] },
                  group: group),
            Table(key: "gaps", title: w[.scenarioGapsTitle(variant: label, count: gaps.count, shown: shownGaps.count < gaps.count ? shownGaps.count : nil)],
                  columns: [TableColumn("", key: "change"), TableColumn(.gapList, w), TableColumn(.gap, w)], rows: shownGaps, group: group,
                  totalRows: shownGaps.count < gaps.count ? gaps.count : nil),
        ]
    }

    /// A measure's value: whole numbers as integers, else four significant digits.
    static func number(_ x: Double) -> TableValue { .number(x, .wholeOrSignificant(4)) }
}
