/// A rule of the field that a proposed partnership should respect (the Liaocheng municipal
/// foreign-affairs office's 2022 briefing, and the common sense of any foreign-affairs office).
///
/// Each rule has a ``RulePolicy``: the planner chooses whether it excludes, warns or is ignored.
/// The IDs are those `dataset.yaml` (`rules:`) and the command line (`--rule ID=POLICY`) use.
public enum PartnershipRule: String, Sendable, Hashable, CaseIterable, Comparable {
    /// A candidate in the focus's own country is not a foreign partner (Hong Kong–Guangdong is a
    /// domestic tie, whatever its layer).
    case domesticPartner = "domestic-partner"
    /// A tie that already exists, in force, on the same layer (or, for a friendly-cooperation tie,
    /// a formal friendship that already goes further) is not proposed again.
    case existingTie = "existing-tie"
    /// The partner's country (a territory's sovereign) has diplomatic relations with the People's
    /// Republic of China.
    case diplomaticRelations = "diplomatic-relations"
    /// A formal friendship city or province is one-to-one: a foreign city that is already the formal
    /// friend of another Chinese city or province should not take a second. Friendly-cooperation ties
    /// are exempt.
    case oneToOneFormal = "one-to-one"
    /// The two sides' administrative levels should be comparable: a province with a province, a
    /// major city with a major city.
    case comparableLevel = "comparable-level"

    /// Orders rules as listed, for reports.
    public static func < (lhs: PartnershipRule, rhs: PartnershipRule) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }

    /// The rule in a sentence, for reports.
    public var summary: String {
        switch self {
        case .domesticPartner: return "a partner in the focus's own country is not a foreign partner"
        case .existingTie: return "no tie is proposed that already exists on the layer"
        case .diplomaticRelations: return "the partner's country has diplomatic relations with the PRC"
        case .oneToOneFormal: return "a foreign city is the formal friendship city of one Chinese city only"
        case .comparableLevel: return "the two sides' administrative levels are comparable"
        }
    }
}

/// What a rule does when a proposal breaks it.
public enum RulePolicy: String, Sendable, Hashable, CaseIterable {
    /// Leave the proposal out, with the reason.
    case enforce
    /// Keep the proposal, flagged with the reason.
    case warn
    /// Do not check the rule.
    case off
}

/// A Chinese city or province that is a foreign place's formal friend (友好城市) in a network other
/// than the one analysed, such as `datasets/china-network`, so that the one-to-one rule sees all of
/// China's friendships and not only the focus dataset's.
public struct FormalFriend: Sendable, Hashable {
    /// The Chinese side's ID.
    public var id: String
    /// Its name.
    public var name: String

    /// Makes a friend.
    public init(id: String, name: String) {
        self.id = id
        self.name = name
    }
}
