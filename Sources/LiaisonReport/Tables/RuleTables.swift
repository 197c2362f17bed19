import LiaisonAnalysis
import LiaisonGraph

/// The rule book as a table, printed with every ranked or planned output.
public enum RuleTables {
    /// The rules of the field in use: each rule's policy, who set it and what it asks (key `rules`).
    /// Rules and policies keep their IDs (what `--rule` takes) in every language.
    public static func table(_ book: RuleBook, wording w: Wording = .english) -> Table {
        Table(key: "rules",
              title: w[.rulesTitle(consults: book.externalSource, formalFriends: book.externalFormalFriends.count)],
              columns: [TableColumn(.rule, w), TableColumn(.policy, w), TableColumn(.setBy, w), TableColumn(.whatItAsks, w)],
              rows: PartnershipRule.allCases.map { [.text($0.rawValue), .text(book.policy($0).rawValue), .text((book.origins[$0] ?? .builtIn).rawValue), .text(w[.ruleSummary($0)])] })
    }

    /// Rule findings as one cell: a list of `{rule, policy, reason}`, printed "rule: reason; …".
    public static func findings(_ findings: [RuleFinding]) -> TableValue {
        .list(findings.map { finding in
            .record([TableField("rule", .text(finding.rule.rawValue)), TableField("policy", .text(finding.policy.rawValue)),
                     TableField("reason", .text(finding.reason))],
                    text: "\(finding.rule.rawValue): \(finding.reason)")
        }, separator: "; ")
    }
}
