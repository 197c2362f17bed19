import LiaisonAnalysis
import LiaisonGraph

/// The target report as tables, shared by `liaison targets` and the planner's report.
public enum TargetTables {
    /// The ranked candidates (key `candidates`; the first `top`, 0 for all), the weights in use
    /// (`weights`), the rules (`rules`), and the excluded candidates (`excluded`, with `explain`) or
    /// their count per rule (`excluded_by_rule`).
    public static func tables(_ report: TargetReport, in network: PartnershipNetwork, top: Int, explain: Bool) -> [Table] {
        let focusName = network.entity(withID: report.focusID)?.name ?? report.focusID
        let shown = top > 0 ? Array(report.candidates.prefix(top)) : report.candidates
        let offices = report.layer == Layer.eto.id
        let columns = [TableColumn("rank"), TableColumn("candidate"), TableColumn("country")] + (offices ? [TableColumn("proposed host")] : []) + [TableColumn("score")]
            + report.criteriaInUse.map { TableColumn($0, key: "criteria", member: $0) } + [TableColumn("rule warnings")]
        let rows = shown.enumerated().map { k, c -> [TableValue] in
            [.integer(k + 1), .entity(id: c.entityID, name: c.name), .text(c.countryID)]
                + (offices ? [c.hostReason.map(TableValue.text) ?? .notAvailable("no city of the country in the data")] : [])
                + [.number(c.score, .fixed(3))]
                + c.criteria.map(criterion)
                + [RuleTables.findings(c.warnings)]
        }
        let what = offices ? "countries for a new office" : "\(report.layer) partners"
        let area = report.area.map { ", exchange area \($0)" } ?? ""
        var tables = [Table(key: "candidates",
                            title: "Candidate \(what) for \(focusName)\(area): \(report.candidates.count) ranked, \(report.excluded.count) excluded by enforced rules; each criterion shows its contribution (and basis), and the contributions add up to the score",
                            columns: columns, rows: rows, totalRows: shown.count < report.candidates.count ? report.candidates.count : nil)]
        tables.append(Table(key: "weights", title: "Weights in use", columns: ["criterion", "weight"],
                            rows: report.criteriaInUse.map { [.text($0), .number(report.weights[$0], .fixed(3))] }))
        tables.append(RuleTables.table(report.rules))
        if explain {
            tables.append(Table(key: "excluded", title: "Excluded candidates", columns: ["candidate", "rule", "why"],
                                rows: report.excluded.map { [.entity(id: $0.entityID, name: $0.name), .text($0.rule.rawValue), .text($0.reason)] }))
        } else {
            var counts: [PartnershipRule: Int] = [:]
            for e in report.excluded { counts[e.rule, default: 0] += 1 }
            tables.append(Table(key: "excluded_by_rule", title: "Excluded by rule (--explain lists them)", columns: ["rule", "candidates"],
                                rows: PartnershipRule.allCases.compactMap { rule in counts[rule].map { [.text(rule.rawValue), .integer($0)] } }))
        }
        return tables
    }

    /// One criterion's part in a score: contribution, score, weight and basis for programs,
    /// "0.123 (basis)" for people.
    static func criterion(_ c: CriterionScore) -> TableValue {
        .record([TableField("contribution", .number(c.contribution, .fixed(3))), TableField("score", .number(c.score, .fixed(3))),
                 TableField("weight", .number(c.weight, .fixed(3))), TableField("basis", .text(c.basis))],
                text: "\(NumberStyle.fixed(3).format(c.contribution)) (\(c.basis))")
    }
}
