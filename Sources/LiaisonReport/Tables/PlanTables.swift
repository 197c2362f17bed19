import LiaisonAnalysis
import LiaisonGraph

/// A plan as tables, shared by `liaison plan` and the planner's report.
public enum PlanTables {
    /// The picks (key `plan`), how the plan was made (`method`) and the rules (`rules`).
    ///
    /// Gains are in the objective's own unit for programs (US dollars, people, countries, score);
    /// people read GDP in billions and populations with thousands separators. The share of the
    /// uncovered total is a fraction (0.174) for programs, a percentage for people.
    public static func tables(_ plan: Plan, in network: PartnershipNetwork) -> [Table] {
        let focusName = network.entity(withID: plan.focusID)?.name ?? plan.focusID
        let offices = plan.layer == Layer.eto.id
        let scale = plan.objective.unitScale
        let style: NumberStyle = !offices ? .fixed(3) : scale == 1 ? .grouped : .scaled(scale, decimals: 1)
        let rows = plan.picks.enumerated().map { k, pick -> [TableValue] in
            let share: [TableValue] = plan.uncoveredTotal.map { total in [total > 0 ? .number(pick.cumulative / total, .percent(decimals: 1)) : .missing] } ?? []
            let runnerUp: TableValue = pick.runnerUp.map { r in
                .record([TableField("id", .text(r.id)), TableField("name", .text(r.name)), TableField("gain", .number(r.gain, style))],
                        text: "\(r.name) (\(style.format(r.gain)))")
            } ?? .notAvailable("none")
            return [.integer(k + 1), .entity(id: pick.hostID, name: pick.hostName), .list(pick.newlyCovered.map(TableValue.text), separator: offices ? " " : "; "),
                    .number(pick.gain, style), .number(pick.cumulative, style)] + share
                + [runnerUp, .text(pick.detail), RuleTables.findings(pick.warnings)]
        }
        let what = offices ? "offices" : "\(plan.layer) partners"
        var title = "Plan for \(focusName): \(plan.picks.count) new \(what), objective \(plan.objective.rawValue) (\(plan.objective.unit))"
        if let before = plan.coveredBefore, let total = plan.uncoveredTotal { title += "; already covered \(style.format(before)), still uncovered \(style.format(total))" }
        let columns = [TableColumn("pick"), TableColumn(offices ? "host" : "partner"), TableColumn(offices ? "newly covered" : "newly brings"),
                       TableColumn("marginal gain"), TableColumn("cumulative")]
            + (plan.uncoveredTotal == nil ? [] : [TableColumn("share of uncovered")])
            + [TableColumn("runner-up (its gain)", key: "runner_up"), TableColumn("why"), TableColumn("rule warnings")]
        return [Table(key: "plan", title: title, columns: columns, rows: rows),
                Table(key: "method", title: "How the plan was made", columns: ["policy"], rows: plan.policies.map { [.text($0)] }),
                RuleTables.table(plan.rules)]
    }
}
