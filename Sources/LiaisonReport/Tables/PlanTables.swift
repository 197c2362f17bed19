import LiaisonAnalysis
import LiaisonGraph

/// A plan as tables, shared by `liaison plan` and the planner's report.
public enum PlanTables {
    /// An office's host as the plan names it: the city and its country ("Dubai, United Arab
    /// Emirates"), or the country alone when the data hold no city there.
    static func hostName(_ host: Entity, in network: PartnershipNetwork, wording w: Wording) -> String {
        guard host.kind == .city, let country = host.countryID else { return w.name(of: host) }
        return w[.hostInCountry(city: w.name(of: host), country: w.name(of: country, in: network))]
    }

    /// The picks (key `plan`), how the plan was made (`method`) and the rules (`rules`).
    ///
    /// Gains are in the objective's own unit for programs (US dollars, people, countries, score);
    /// people read GDP in billions and populations with thousands separators. The share of the
    /// uncovered total is a fraction (0.174) for programs, a percentage for people.
    ///
    /// Every word is in `wording`'s language: titles, headings, names, each pick's reason and the
    /// policies (worded from the plan's ``PickDetail`` and ``PlanPolicy``).
    public static func tables(_ plan: Plan, in network: PartnershipNetwork, wording w: Wording = .english) -> [Table] {
        let focusName = w.name(of: plan.focusID, in: network)
        let offices = plan.layer == Layer.eto.id
        let scale = plan.objective.unitScale
        let style: NumberStyle = !offices ? .fixed(3) : scale == 1 ? .grouped : .scaled(scale, decimals: 1)
        let rows = plan.picks.enumerated().map { k, pick -> [TableValue] in
            let share: [TableValue] = plan.uncoveredTotal.map { total in [total > 0 ? .number(pick.cumulative / total, .percent(decimals: 1)) : .missing] } ?? []
            let runnerUp: TableValue = pick.runnerUp.map { r in
                let name = network.entity(withID: r.id).map { offices ? hostName($0, in: network, wording: w) : w.name(of: $0) } ?? r.name
                return .record([TableField("id", .text(r.id)), TableField("name", .text(name)), TableField("gain", .number(r.gain, style))],
                               text: "\(name) (\(style.format(r.gain)))")
            } ?? .notAvailable(w[.none])
            let host = network.entity(withID: pick.hostID).map { offices ? hostName($0, in: network, wording: w) : w.name(of: $0) } ?? pick.hostName
            let names = NameTable([pick.hostID, pick.countryID], in: network, wording: w)
            return [.integer(k + 1), .entity(id: pick.hostID, name: host), .list(pick.newlyCovered.map(TableValue.text), separator: offices ? " " : "; "),
                    .number(pick.gain, style), .number(pick.cumulative, style)] + share
                + [runnerUp, .text(w[.pickDetail(pick.detail, names: names)]), RuleTables.findings(pick.warnings, in: network, wording: w)]
        }
        let known = plan.coveredBefore != nil && plan.uncoveredTotal != nil
        let title = w[.planTitle(focus: focusName, picks: plan.picks.count, offices: offices, layer: plan.layer, objective: plan.objective,
                                 coveredBefore: known ? plan.coveredBefore.map(style.format) : nil, uncovered: known ? plan.uncoveredTotal.map(style.format) : nil)]
        let columns = [TableColumn(.pick, w), TableColumn(offices ? .host : .partner, w), TableColumn(offices ? .newlyCovered : .newlyBrings, w),
                       TableColumn(.marginalGain, w), TableColumn(.cumulative, w)]
            + (plan.uncoveredTotal == nil ? [] : [TableColumn(.shareOfUncovered, w)])
            + [TableColumn(.runnerUp, w), TableColumn(.why, w), TableColumn(.ruleWarnings, w)]
        return [Table(key: "plan", title: title, columns: columns, rows: rows),
                Table(key: "method", title: w[.methodTitle], columns: [TableColumn(.policy, w)], rows: plan.policies.map { policy in
                    let names: NameTable = if case let .gdpSource(_, _, ids) = policy { NameTable(ids, in: network, wording: w) } else { NameTable([:]) }
                    return [.text(w[.planPolicy(policy, names: names)])]
                }),
                RuleTables.table(plan.rules, wording: w)]
    }
}
