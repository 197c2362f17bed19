import LiaisonAnalysis
import LiaisonGraph

/// The target report as tables, shared by `liaison targets` and the planner's report.
public enum TargetTables {
    /// The ranked candidates (key `candidates`; the first `top`, 0 for all, at most `perCountry` of
    /// one country, each with its rank in the whole ranking: see ``TargetShortlist``), the weights in
    /// use (`weights`), the rules (`rules`), and the excluded candidates (`excluded`, with `explain`)
    /// or their count per rule (`excluded_by_rule`). Titles, headings and names are in `wording`'s
    /// language, and so are each criterion's basis, the proposed hosts and the rules' findings.
    public static func tables(_ report: TargetReport, in network: PartnershipNetwork, top: Int, perCountry: Int? = TargetShortlist.defaultPerCountry,
                              explain: Bool, wording w: Wording = .english) -> [Table] {
        let focusName = w.name(of: report.focusID, in: network)
        let shortlist = report.shortlist(top: top, perCountry: perCountry)
        let offices = report.layer == Layer.eto.id
        let columns = [TableColumn(.rank, w), TableColumn(.candidate, w), TableColumn(.country, w)] + (offices ? [TableColumn(.proposedHost, w)] : [])
            + [TableColumn(.score, w)] + report.criteriaInUse.map { TableColumn(criterion($0, w), key: "criteria", member: $0) } + [TableColumn(.ruleWarnings, w)]
        let rows = shortlist.entries.map { entry -> [TableValue] in
            let c = entry.candidate
            return [.integer(entry.rank), .entity(id: c.entityID, name: network.entity(withID: c.entityID).map(w.name(of:)) ?? c.name), .text(c.countryID)]
                + (offices ? [host(c, in: network, wording: w)] : [])
                + [.number(c.score, .fixed(3))]
                + c.criteria.map { criterion($0, w) }
                + [RuleTables.findings(c.warnings, in: network, wording: w)]
        }
        var tables = [Table(key: "candidates",
                            title: w[.candidatesTitle(offices: offices, layer: report.layer, focus: focusName, area: report.area,
                                                      ranked: report.candidates.count, excluded: report.excluded.count,
                                                      perCountry: shortlist.perCountry, passedOver: shortlist.passedOver,
                                                      leftToSeats: shortlist.leftToSeats)],
                            columns: columns, rows: rows, totalRows: rows.count < report.candidates.count ? report.candidates.count : nil)]
        tables.append(Table(key: "weights", title: w[.weightsTitle], columns: [TableColumn(.criterion, w), TableColumn(.weight, w)],
                            rows: report.criteriaInUse.map { [.text(criterion($0, w)), .number(report.weights[$0], .fixed(3))] }))
        tables.append(RuleTables.table(report.rules, wording: w))
        if explain {
            tables.append(Table(key: "excluded", title: w[.excludedTitle], columns: [TableColumn(.candidate, w), TableColumn(.rule, w), TableColumn(.why, w)],
                                rows: report.excluded.map { [.entity(id: $0.entityID, name: network.entity(withID: $0.entityID).map(w.name(of:)) ?? $0.name), .text($0.rule.rawValue), .text(RuleTables.reason($0.reason, in: network, wording: w))] }))
        } else {
            var counts: [PartnershipRule: Int] = [:]
            for e in report.excluded { counts[e.rule, default: 0] += 1 }
            tables.append(Table(key: "excluded_by_rule", title: w[.excludedByRuleTitle], columns: [TableColumn(.rule, w), TableColumn(.candidates, w)],
                                rows: PartnershipRule.allCases.compactMap { rule in counts[rule].map { [.text(rule.rawValue), .integer($0)] } }))
        }
        return tables
    }

    /// The proposed host of an office and why, or that there is none.
    static func host(_ c: TargetCandidate, in network: PartnershipNetwork, wording w: Wording) -> TableValue {
        guard let city = c.hostCityID, let reason = c.hostReason else { return .notAvailable(w[.noHostCity]) }
        return .text(w[.hostReason(city: w.name(of: city, in: network), reason)])
    }

    /// A criterion's name in the wording's language.
    static func criterion(_ name: String, _ w: Wording) -> String {
        TargetCriterion(rawValue: name).map { w[.criterion($0)] } ?? name
    }

    /// One criterion's part in a score: contribution, score, weight and basis for programs,
    /// "0.123 (basis)" for people.
    static func criterion(_ c: CriterionScore, _ w: Wording) -> TableValue {
        let basis = w[.criterionBasis(c.basis)]
        return .record([TableField("contribution", .number(c.contribution, .fixed(3))), TableField("score", .number(c.score, .fixed(3))),
                        TableField("weight", .number(c.weight, .fixed(3))), TableField("basis", .text(basis))],
                       text: "\(NumberStyle.fixed(3).format(c.contribution)) (\(basis))")
    }
}
