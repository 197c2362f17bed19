import LiaisonGraph

/// How a proposed partner breaks a rule of the field: the facts, by ID and number, for a report to
/// put into words in the reader's language (`LiaisonReport`'s catalogues word each case).
public enum RuleBreach: Sendable, Hashable {
    /// The partner lies in the focus's own country (`domestic-partner`).
    case domestic(partnerID: String, countryID: String, focusID: String)
    /// The partner is already the focus's formal friendship city, beyond the cooperation proposed (`existing-tie`).
    case alreadyFormalFriend(partnerID: String, focusID: String, status: TieStatus, since: Int?)
    /// An office of the focus already covers the country (`existing-tie`, offices).
    case alreadyCovered(partnerID: String, officeID: String, focusID: String, status: TieStatus, since: Int?)
    /// The focus already has a tie of the layer with the partner (`existing-tie`).
    case alreadyTied(partnerID: String, focusID: String, layer: String, status: TieStatus, since: Int?)
    /// The partner's country has no diplomatic relations with the PRC (`diplomatic-relations`).
    case noDiplomaticRelations(countryID: String)
    /// The partner is already the formal friend of other Chinese places (`one-to-one`).
    case formalFriendElsewhere(partnerID: String, province: Bool, friends: [ChineseFriend])
    /// A province or state proposed to a city below provincial level (`comparable-level`).
    case provinceForCity(partnerID: String, focusID: String)
    /// A city other than a national capital proposed to a province (`comparable-level`).
    case cityForProvince(partnerID: String, focusID: String)
    /// A district or county proposed to a sub-provincial or higher city (`comparable-level`).
    case minorLevel(partnerID: String, level: String, focusID: String, tier: CityTier)
    /// A national capital proposed as a formal friend to a city below provincial-capital rank
    /// (`comparable-level`, sister only), with the focus's level (`prefecture`…) where known.
    case capitalForLowerRank(partnerID: String, focusID: String, focusLevel: String?)
    /// Populations too far apart (`comparable-level`): the ratio, both populations, the largest ratio allowed.
    case populations(ratio: Int, partner: Int, focus: Int, maximum: Int)

    /// The IDs of the entities the breach names, for a report to look their names up.
    public var entityIDs: [String] {
        switch self {
        case let .domestic(partner, country, focus): return [partner, country, focus]
        case let .alreadyFormalFriend(partner, focus, _, _): return [partner, focus]
        case let .alreadyCovered(partner, office, focus, _, _): return [partner, office, focus]
        case let .alreadyTied(partner, focus, _, _, _): return [partner, focus]
        case let .noDiplomaticRelations(country): return [country]
        case let .formalFriendElsewhere(partner, _, friends): return [partner] + friends.map(\.id)
        case let .provinceForCity(partner, focus), let .cityForProvince(partner, focus): return [partner, focus]
        case let .minorLevel(partner, _, focus, _): return [partner, focus]
        case let .capitalForLowerRank(partner, focus, _): return [partner, focus]
        case .populations: return []
        }
    }
}

/// A Chinese place that is a foreign place's formal friend: in the network, or known only from
/// China's friendship network (a `friendship_network:` folder).
public struct ChineseFriend: Sendable, Hashable {
    /// Its ID.
    public var id: String
    /// Its name as its data write it (for a place outside the network, the only name there is).
    public var name: String
    /// Whether it is known from China's friendship network rather than the dataset.
    public var fromFriendshipNetwork: Bool

    /// Makes a friend.
    public init(id: String, name: String, fromFriendshipNetwork: Bool) {
        self.id = id
        self.name = name
        self.fromFriendshipNetwork = fromFriendshipNetwork
    }
}
