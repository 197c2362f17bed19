import LiaisonAnalysis
import LiaisonGraph

/// A plan as tables, shared by `liaison plan` and the planner's report.
public enum PlanTables {
    /// The picks (key `plan`), how the plan was made (`method`) and the rules (`rules`).
    ///
    /// Gains are in the objective's own unit for programs (US dollars, people, countries, score);
    /// people read GDP in billions and populations with thousands separators. The share of the
    /// uncovered total is a fraction (0.174) for programs, a percentage for people.
    ///
    /// Titles, headings and names are in `wording`'s language; each pick's reason and the policies
    /// are the analysis's English.
    public static func tables(_ plan: Plan, in network: PartnershipNetwork, wording w: Wording = .english) -> [Table] {
        let focusName = w.name(of: plan.focusID, in: network)
        let offices = plan.layer == Layer.eto.id
        let scale = plan.objective.unitScale
        let style: NumberStyle = !offices ? .fixed(3) : scale == 1 ? .grouped : .scaled(scale, decimals: 1)
        let rows = plan.picks.enumerated().map { k, pick -> [TableValue] in
            let share: [TableValue] = plan.uncoveredTotal.map { total in [total > 0 ? .number(pick.cumulative / total, .percent(decimals: 1)) : .missing] } ?? []
            let runnerUp: TableValue = pick.runnerUp.map { r in
                let name = network.entity(withID: r.id).map(w.name(of:)) ?? r.name
                return .record([TableField("id", .text(r.id)), TableField("name", .text(name)), TableField("gain", .number(r.gain, style))],
                               text: "\(name) (\(style.format(r.gain)))")
            } ?? .notAvailable(w[.none])
            return [.integer(k + 1), .entity(id: pick.hostID, name: network.entity(withID: pick.hostID).map(w.name(of:)) ?? pick.hostName), .list(pick.newlyCovered.map(TableValue.text), separator: offices ? " " : "; "),
                    .number(pick.gain, style), .number(pick.cumulative, style)] + share
                + [runnerUp, .text(pick.detail), RuleTables.findings(pick.warnings, in: network, wording: w)]
        }
        let known = plan.coveredBefore != nil && plan.uncoveredTotal != nil
        let title = w[.planTitle(focus: focusName, picks: plan.picks.count, offices: offices, layer: plan.layer, objective: plan.objective,
                                 coveredBefore: known ? plan.coveredBefore.map(style.format) : nil, uncovered: known ? plan.uncoveredTotal.map(style.format) : nil)]
        let columns = [TableColumn(.pick, w), TableColumn(offices ? .host : .partner, w), TableColumn(offices ? .newlyCovered : .newlyBrings, w),
                       TableColumn(.marginalGain, w), TableColumn(.cumulative, w)]
            + (plan.uncoveredTotal == nil ? [] : [TableColumn(.shareOfUncovered, w)])
            + [TableColumn(.runnerUp, w), TableColumn(.why, w), TableColumn(.ruleWarnings, w)]
        return [Table(key: "plan", title: title, columns: columns, rows: rows),
                Table(key: "method", title: w[.methodTitle], columns: [TableColumn(.policy, w)], rows: plan.policies.map { [.text($0)] }),
                RuleTables.table(plan.rules, wording: w)]
    }
}
