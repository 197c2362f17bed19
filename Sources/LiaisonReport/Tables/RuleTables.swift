import LiaisonAnalysis
import LiaisonGraph

/// The rule book as a table, printed with every ranked or planned output.
public enum RuleTables {
    /// The rules of the field in use: each rule's policy, who set it and what it asks (key `rules`).
    public static func table(_ book: RuleBook) -> Table {
        Table(key: "rules",
              title: "Rules of the field in use (enforce: excluded, with the reason; warn: kept and flagged; off: not checked)"
                + (book.externalSource.map { "; the one-to-one rule also consults \($0), \(book.externalFormalFriends.count) foreign places with a Chinese formal friend" } ?? ""),
              columns: ["rule", "policy", "set by", "what it asks"],
              rows: PartnershipRule.allCases.map { [.text($0.rawValue), .text(book.policy($0).rawValue), .text((book.origins[$0] ?? .builtIn).rawValue), .text($0.summary)] })
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
