import LiaisonGraph

/// The rules of the field and the policy in force for each: one book that targets, plans,
/// scenarios and the report all consult, so that no answer breaks a rule another one keeps.
///
/// Every rule is enforced unless the dataset (`rules:` in `dataset.yaml`) or the planner
/// (`--rule ID=POLICY`) says otherwise; the book remembers which of the three set each policy, so
/// that every ranked or planned output can say what it was held to.
public struct RuleBook: Sendable, Hashable {
    /// Who set a rule's policy.
    public enum Origin: String, Sendable, Hashable {
        /// The built-in default (every rule enforced).
        case builtIn = "default"
        /// The dataset's `rules:`.
        case dataset
        /// The planner, on the command line or in code.
        case override = "flag"
    }

    /// The policy of every rule.
    public private(set) var policies: [PartnershipRule: RulePolicy]
    /// Who set each policy.
    public private(set) var origins: [PartnershipRule: Origin]
    /// Formal friendships from a network other than the one analysed (China's friendship network),
    /// by the foreign place's ID, which the one-to-one rule consults too.
    public var externalFormalFriends: [String: [FormalFriend]] = [:]
    /// Where ``externalFormalFriends`` come from, for the reasons ("the China friendship network").
    public var externalSource: String?
    /// The folder of China's friendship network when ``externalFormalFriends`` come from one
    /// (`china-network`), for a report to name it in its own words.
    public var externalFolder: String?

    /// The built-in policy of every rule: enforce.
    public static let defaults: [PartnershipRule: RulePolicy] = Dictionary(uniqueKeysWithValues: PartnershipRule.allCases.map { ($0, .enforce) })

    /// The built-in defaults, then the dataset's policies, then the planner's overrides.
    public init(dataset: [PartnershipRule: RulePolicy] = [:], overrides: [PartnershipRule: RulePolicy] = [:]) {
        policies = Self.defaults
        origins = Dictionary(uniqueKeysWithValues: PartnershipRule.allCases.map { ($0, .builtIn) })
        for (rule, policy) in dataset { policies[rule] = policy; origins[rule] = .dataset }
        for (rule, policy) in overrides { policies[rule] = policy; origins[rule] = .override }
    }

    /// The book a dataset sets, with the planner's `ID=POLICY` overrides.
    /// - Throws: ``AnalysisError/invalid(_:expected:)`` for an override that names no rule or policy.
    public init(metadata: NetworkMetadata, overrides: [String]) throws(AnalysisError) {
        self.init(dataset: metadata.rulePolicies, overrides: try Self.parse(overrides))
    }

    /// The policy of one rule.
    public func policy(_ rule: PartnershipRule) -> RulePolicy { policies[rule] ?? .enforce }

    /// Sets one rule's policy, as the planner's choice.
    public mutating func set(_ rule: PartnershipRule, _ policy: RulePolicy) {
        policies[rule] = policy
        origins[rule] = .override
    }

    /// Reads `ID=POLICY` overrides (`one-to-one=warn`).
    /// - Throws: ``AnalysisError/invalid(_:expected:)`` naming the bad item and the valid rules and policies.
    public static func parse(_ overrides: [String]) throws(AnalysisError) -> [PartnershipRule: RulePolicy] {
        var result: [PartnershipRule: RulePolicy] = [:]
        for item in overrides {
            let parts = item.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2, let rule = PartnershipRule(rawValue: parts[0]), let policy = RulePolicy(rawValue: parts[1]) else {
                throw .invalid("the rule policy '\(item)'",
                               expected: "write RULE=POLICY with RULE one of \(PartnershipRule.allCases.map(\.rawValue).joined(separator: ", ")) and POLICY one of \(RulePolicy.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            result[rule] = policy
        }
        return result
    }
}

/// A rule a proposal breaks, under the policy in force.
public struct RuleFinding: Sendable, Hashable {
    /// The rule.
    public var rule: PartnershipRule
    /// Its policy: `enforce` leaves the proposal out, `warn` keeps it flagged.
    public var policy: RulePolicy
    /// Why: the facts, which a report words in its reader's language.
    public var reason: RuleBreach

    /// Makes a finding.
    public init(rule: PartnershipRule, policy: RulePolicy, reason: RuleBreach) {
        self.rule = rule
        self.policy = policy
        self.reason = reason
    }
}
