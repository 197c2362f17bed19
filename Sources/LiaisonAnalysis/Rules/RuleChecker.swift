import LiaisonGraph

/// Checks proposals of one focus on one layer against a ``RuleBook``: a partner city or province
/// for `sister` and `cooperation`, a country for a new office on `eto`.
///
/// What each rule looks at:
/// - `domestic-partner`: the partner's country (a territory's sovereign) is the focus's own.
/// - `existing-tie`: the focus or one of its agents already has a tie of the layer with the partner,
///   proposed or in force (for `eto`, an office already covers the country); a friendly-cooperation
///   proposal also counts an existing formal friendship, which already goes further.
/// - `diplomatic-relations`: the partner's sovereign has no diplomatic relations with the PRC.
/// - `one-to-one` (`sister` only, for a Chinese focus): the partner already has a formal friendship,
///   in force, with another Chinese city or province, anywhere in the network or in the rule book's
///   external friendship network (China's, when the dataset names one).
/// - `comparable-level` (`sister` and `cooperation`): a province against a city below provincial level
///   (or the reverse), a district or county against a city of sub-provincial tier or above,
///   populations more than ``maximumPopulationRatio`` apart, or (`sister` only) a national capital
///   against a city below provincial-capital rank.
public struct RuleChecker: Sendable {
    /// The rules and their policies.
    public let book: RuleBook
    /// The focus proposing the ties.
    public let focus: Entity
    /// The layer of the proposed ties.
    public let layer: String
    /// The largest ratio of populations (either way) that still counts as a comparable level.
    public let maximumPopulationRatio: Double
    private let network: PartnershipNetwork
    private let agents: Set<String>
    private let focusSovereign: String?
    private let existing: [String: Tie]
    /// Each country's sovereign (a territory's state, else itself), looked up once.
    private let sovereigns: [String: String]
    /// The states with no diplomatic relations with the PRC, by ID and name.
    private let withoutRelations: [String: String]
    /// For the one-to-one rule: each entity's formal friends (sister ties in force) among Chinese cities
    /// and provinces other than the focus and its agents, as "Name (ID)"; found once from the Chinese side.
    private let chineseFormalFriends: [String: [ChineseFriend]]

    /// The People's Republic of China's ID, whose cities the one-to-one rule concerns.
    public static let prc = "CN"

    /// Prepares the checks.
    /// - Complexity: O(n) for the focus's agents, plus the ties of the focus and its agents.
    public init(focus: Entity, layer: String, in network: PartnershipNetwork, book: RuleBook, maximumPopulationRatio: Double = 25) {
        self.book = book
        self.focus = focus
        self.layer = layer
        self.network = network
        self.maximumPopulationRatio = maximumPopulationRatio
        let agents = Set(network.agents(of: focus.id))
        self.agents = agents
        focusSovereign = Self.sovereignID(of: focus, in: network)
        // Ties that make a proposal redundant: same layer, proposed or in force; for cooperation, a
        // formal friendship too. For offices, the country covered rather than the far end itself.
        let redundant: Set<String> = layer == Layer.cooperation.id ? [layer, Layer.sister.id] : [layer]
        var existing: [String: Tie] = [:]
        for agent in agents.sorted() {
            for tie in network.ties(of: agent) where redundant.contains(tie.layer) && (tie.status.isInForce || tie.status == .proposed) {
                let far = tie.from == agent ? tie.to : tie.from
                guard !agents.contains(far) else { continue }
                let key = layer == Layer.eto.id ? (network.coveredCountry(at: far) ?? far) : far
                if existing[key] == nil || tie.layer == layer { existing[key] = tie }
            }
        }
        self.existing = existing
        var sovereigns: [String: String] = [:]
        var withoutRelations: [String: String] = [:]
        for entity in network.entities where entity.kind == .country {
            sovereigns[entity.id] = entity.partOfID ?? entity.id
            if entity.attributes.prcRelations == PRCRelations.none { withoutRelations[entity.id] = entity.name }
        }
        self.sovereigns = sovereigns
        self.withoutRelations = withoutRelations
        var friends: [String: [ChineseFriend]] = [:]
        if layer == Layer.sister.id && focusSovereign == Self.prc && book.policy(.oneToOneFormal) != .off {
            // A special administrative region's ties are made under its own external-relations
            // powers, outside the mainland's approval that the principle belongs to (CPAFFC counts
            // the mainland's 31 provinces and 543 cities): they take no foreign city from a focus.
            for entity in network.entities where (entity.kind == .city || entity.kind == .province) && !agents.contains(entity.id)
                && !entity.hasOwnExternalRelations {
                let countryID = entity.countryID ?? ""
                guard (sovereigns[countryID] ?? countryID) == Self.prc else { continue }
                for tie in network.ties(of: entity.id, layer: Layer.sister.id) where tie.status.isInForce {
                    let other = tie.from == entity.id ? tie.to : tie.from
                    friends[other, default: []].append(ChineseFriend(id: entity.id, name: entity.name, fromFriendshipNetwork: false))
                }
            }
        }
        chineseFormalFriends = friends
    }

    /// The partner's sovereign state, from the table built once.
    private func sovereign(of entity: Entity) -> String? {
        let countryID = entity.kind == .country ? entity.id : entity.countryID
        return countryID.map { sovereigns[$0] ?? $0 }
    }

    /// Every rule the proposal breaks whose policy is not `off`, in rule order.
    /// - Complexity: O(deg(partner)) for the one-to-one rule, O(1) otherwise.
    public func findings(for partner: Entity) -> [RuleFinding] {
        PartnershipRule.allCases.compactMap { rule in
            let policy = book.policy(rule)
            guard policy != .off, let reason = breach(of: rule, by: partner) else { return nil }
            return RuleFinding(rule: rule, policy: policy, reason: reason)
        }
    }

    /// The first enforced rule the proposal breaks, or nil when it may go ahead.
    public func exclusion(of partner: Entity) -> RuleFinding? {
        findings(for: partner).first { $0.policy == .enforce }
    }

    /// Why the proposal breaks a rule, or nil when it does not.
    func breach(of rule: PartnershipRule, by partner: Entity) -> RuleBreach? {
        switch rule {
        case .domesticPartner:
            guard let own = focusSovereign, sovereign(of: partner) == own else { return nil }
            return .domestic(partnerID: partner.id, countryID: own, focusID: focus.id)
        case .existingTie:
            guard let tie = existing[partner.id] else { return nil }
            if tie.layer != layer {
                return .alreadyFormalFriend(partnerID: partner.id, focusID: focus.id, status: tie.status, since: tie.since)
            }
            return layer == Layer.eto.id
                ? .alreadyCovered(partnerID: partner.id, officeID: tie.from, focusID: focus.id, status: tie.status, since: tie.since)
                : .alreadyTied(partnerID: partner.id, focusID: focus.id, layer: layer, status: tie.status, since: tie.since)
        case .diplomaticRelations:
            guard let id = sovereign(of: partner), withoutRelations[id] != nil else { return nil }
            return .noDiplomaticRelations(countryID: id)
        case .oneToOneFormal:
            guard layer == Layer.sister.id, focusSovereign == Self.prc, partner.kind == .city || partner.kind == .province else { return nil }
            var friends = chineseFormalFriends[partner.id] ?? []
            let inNetwork = Set(friends.map(\.id))
            for friend in book.externalFormalFriends[partner.id] ?? [] where !agents.contains(friend.id) && friend.id != focus.id && !inNetwork.contains(friend.id) {
                friends.append(ChineseFriend(id: friend.id, name: friend.name, fromFriendshipNetwork: true))
            }
            guard !friends.isEmpty else { return nil }
            // In the order of their English labels, "Name (ID)", each once.
            let sorted = Set(friends).sorted { ($0.name, $0.id) < ($1.name, $1.id) }
            return .formalFriendElsewhere(partnerID: partner.id, province: partner.kind == .province, friends: sorted)
        case .comparableLevel:
            guard layer == Layer.sister.id || layer == Layer.cooperation.id else { return nil }
            return Self.levelMismatch(focus: focus, partner: partner, ratio: maximumPopulationRatio, formal: layer == Layer.sister.id)
        }
    }

    /// The sovereign state an entity belongs to: a country's own ID, a territory's sovereign, the
    /// containing country of a city, province or organisation (a city of an SAR's: China).
    public static func sovereignID(of entity: Entity, in network: PartnershipNetwork) -> String? {
        let countryID = entity.kind == .country ? entity.id : entity.countryID
        guard let countryID else { return nil }
        return network.entity(withID: countryID)?.partOfID ?? countryID
    }

    /// Whether an entity stands at provincial level: a province, or a city of China's municipality
    /// or special-administrative-region tier.
    static func isProvincialLevel(_ entity: Entity) -> Bool {
        entity.kind == .province || (entity.kind == .city && (entity.attributes.tier ?? .smallMedium) >= .municipality)
    }

    /// Whether a city is known to rank below the cities that pair with national capitals: a
    /// prefecture-level city, county or district (by its level, or its tier when that is small or
    /// medium), and not a provincial capital, a capital, or a city of a higher tier (coastal open,
    /// special economic zone, sub-provincial, municipality, SAR). In China's friendship-city network
    /// 126 of the 135 sister ties with a national capital join a city of that rank or above
    /// (`docs/planning.md`; checked by a data test). A city whose rank the data do not give is not judged.
    public static func ranksBelowCapitals(_ city: Entity) -> Bool {
        if let level = city.attributes.level, ["capital", "provincial-capital"].contains(level) { return false }
        if let tier = city.attributes.tier, tier > .smallMedium { return false }
        if let level = city.attributes.level, ["prefecture", "county", "district"].contains(level) { return true }
        return city.attributes.tier == .smallMedium
    }

    /// Why two entities' levels are not comparable, or nil when they are. The national-capital check
    /// is for a `formal` friendship only: friendly-cooperation ties join a prefecture-level city and a
    /// capital too (Liaocheng and Port Vila, 2023).
    static func levelMismatch(focus: Entity, partner: Entity, ratio: Double, formal: Bool = true) -> RuleBreach? {
        if partner.kind == .province && !isProvincialLevel(focus) {
            return .provinceForCity(partnerID: partner.id, focusID: focus.id)
        }
        if focus.kind == .province && partner.kind == .city && partner.attributes.level != "capital" {
            return .cityForProvince(partnerID: partner.id, focusID: focus.id)
        }
        guard partner.kind == .city && focus.kind == .city else { return nil }
        if formal && partner.attributes.level == "capital" && ranksBelowCapitals(focus) {
            return .capitalForLowerRank(partnerID: partner.id, focusID: focus.id, focusLevel: focus.attributes.level)
        }
        let minor: Set<String> = ["district", "county"]
        if let tier = focus.attributes.tier, tier >= .subProvincial, let level = partner.attributes.level, minor.contains(level) {
            return .minorLevel(partnerID: partner.id, level: level, focusID: focus.id, tier: tier)
        }
        if let a = focus.attributes.population, let b = partner.attributes.population, a > 0, b > 0 {
            let r = Double(max(a, b)) / Double(min(a, b))
            if r > ratio {
                return .populations(ratio: Int(r.rounded()), partner: b, focus: a, maximum: Int(ratio))
            }
        }
        return nil
    }
}
