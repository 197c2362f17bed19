/// A column of Liaison's tables, named once: its raw value is the column's stable key in JSON and
/// CSV (the same in every language), and the catalogues give its heading in each language.
public enum ColumnName: String, Sendable, Hashable, CaseIterable {
    case after, base, before, bound, candidate, candidates, change, community, countries, country, criterion, cumulative
    case degree, detail, entities, entity, field, gap, host, id, kind, layer, measure, members, name, nodes, partner
    case paths, pick, policy, rank, region, result, role, rule, score, setting, size, source, statistic, step, subject
    case ties, total, value, variant, weight, what, `where`, why, year
    case gapList = "gap_list"
    case mainCountries = "main_countries"
    case marginalGain = "marginal_gain"
    case newlyBrings = "newly_brings"
    case newlyCovered = "newly_covered"
    case proposedHost = "proposed_host"
    case rankAmongCities = "rank_among_cities"
    case rankAmongPeers = "rank_among_peers"
    case ruleWarnings = "rule_warnings"
    case runnerUp = "runner_up"
    case setBy = "set_by"
    case shareOfUncovered = "share_of_uncovered"
    case whatItAsks = "what_it_asks"
    case withTies = "with_ties"
}

extension TableColumn {
    /// The column `name` with its heading in `wording`'s language; its key is the name's raw value
    /// whatever the language.
    public init(_ name: ColumnName, _ wording: Wording) {
        self.init(wording[.column(name)], key: name.rawValue)
    }
}
