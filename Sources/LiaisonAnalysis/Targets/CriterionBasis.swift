/// The fact a criterion's score was computed from, for a report to put into words in the reader's
/// language (`LiaisonReport`'s catalogues word each case).
public enum CriterionBasis: Sendable, Hashable {
    /// Common neighbours in the other layers (`structure`).
    case commonNeighbours(Int)
    /// Peers tied to the candidate, of all peers (`peers`).
    case peersTied(Int, of: Int)
    /// Whether the candidate's country has a Belt and Road document (`bri`).
    case beltAndRoad(member: Bool)
    /// The overseas Chinese community of its country, and the year counted; nil without a figure (`diaspora`).
    case diaspora(community: Int?, year: Int?)
    /// Tagged with the area: the tags and what the data cite for them, as the data write them (`area`).
    case areaTagged(citation: String)
    /// A tie in force of the candidate covers the area (`area`).
    case areaTies(area: String)
    /// No tag or tie of the area (`area`).
    case areaNone(area: String)
    /// The population; nil when unknown (`population`).
    case population(Int?)
    /// The GDP in US dollars and its year; nil without a figure (`economy`).
    case economy(gdpUSD: Double?, year: Int?)
    /// The distance from the focus in km; nil when unknown (`distance`).
    case distance(km: Double?)
    /// Whether it lies in a priority region (`region`).
    case priorityRegion(Bool)
    /// An area basis with the candidate's strengths that count for no area, cited whatever the area
    /// (seats of international organisations), as the data write them (`area`).
    indirect case alsoCited(CriterionBasis, citation: String)
}
