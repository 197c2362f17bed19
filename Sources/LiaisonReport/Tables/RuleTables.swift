import LiaisonAnalysis
import LiaisonGraph

/// The rule book as a table, printed with every ranked or planned output.
public enum RuleTables {
    /// The rules of the field in use: each rule's policy, who set it and what it asks (key `rules`).
    /// Rules and policies keep their IDs (what `--rule` takes) in every language; who set a policy is
    /// worded in the reader's.
    public static func table(_ book: RuleBook, wording w: Wording = .english) -> Table {
        Table(key: "rules",
              title: w[.rulesTitle(consults: book.externalSource, folder: book.externalFolder, formalFriends: book.externalFormalFriends.count)],
              columns: [TableColumn(.rule, w), TableColumn(.policy, w), TableColumn(.setBy, w), TableColumn(.whatItAsks, w)],
              rows: PartnershipRule.allCases.map { [.text($0.rawValue), .text(book.policy($0).rawValue), .text(w[.ruleOrigin(book.origins[$0] ?? .builtIn)]), .text(w[.ruleSummary($0)])] })
    }

    /// Rule findings as one cell: a list of `{rule, policy, reason}`, printed "rule: reason; …",
    /// each reason worded in `wording`'s language with the names of `network`.
    public static func findings(_ findings: [RuleFinding], in network: PartnershipNetwork, wording w: Wording = .english) -> TableValue {
        .list(findings.map { finding in
            let reason = Self.reason(finding.reason, in: network, wording: w)
            return .record([TableField("rule", .text(finding.rule.rawValue)), TableField("policy", .text(finding.policy.rawValue)),
                            TableField("reason", .text(reason))],
                           text: "\(finding.rule.rawValue): \(reason)")
        }, separator: w[.listSeparator])
    }

    /// How a proposal breaks a rule, in `wording`'s language with the names of `network`.
    public static func reason(_ breach: RuleBreach, in network: PartnershipNetwork, wording w: Wording = .english) -> String {
        w[.ruleBreach(breach, names: NameTable(breach.entityIDs, in: network, wording: w))]
    }
}
