import LiaisonGraph

/// Why a gap is one: the facts it rests on, by ID and number, for a report to put into words in the
/// reader's language (`LiaisonReport`'s catalogues word each case).
public enum GapReason: Sendable, Hashable {
    /// A Belt and Road country no office of the focus covers; `signedIn` is the year of its
    /// cooperation document when the data give it.
    case beltAndRoadWithoutOffice(countryID: String, signedIn: Int?, focusID: String)
    /// A country with an overseas Chinese community of `community` people (counted in `year`) and no
    /// diaspora, sister or cooperation tie of the focus.
    case diasporaWithoutTie(countryID: String, community: Int, year: Int?, focusID: String)
    /// An exchange area no active foreign tie of the focus lists; the peers with one, in order.
    case areaWithoutPartner(area: String, focusID: String, peerIDs: [String])
    /// A region where the focus reaches no country on a layer and peers do.
    case regionPeersReach(region: String, layer: String, focusID: String, peers: [PeerReach])
    /// A tie of the focus (or an agent of it) that is dormant, intended or proposed, with its dates.
    case tieToActivate(layer: String, partnerID: String, status: TieStatus, since: Int?, statusSince: Int?)

    /// The IDs of the entities the reason names, for a report to look their names up.
    public var entityIDs: [String] {
        switch self {
        case let .beltAndRoadWithoutOffice(country, _, focus): return [country, focus]
        case let .diasporaWithoutTie(country, _, _, focus): return [country, focus]
        case let .areaWithoutPartner(_, focus, peers): return [focus] + peers
        case let .regionPeersReach(_, _, focus, peers): return [focus] + peers.map(\.peerID)
        case let .tieToActivate(_, partner, _, _, _): return [partner]
        }
    }
}

/// How many countries of a region a peer reaches on a layer.
public struct PeerReach: Sendable, Hashable {
    /// The peer.
    public var peerID: String
    /// Countries of the region it reaches.
    public var countries: Int

    /// Makes a count.
    public init(peerID: String, countries: Int) {
        self.peerID = peerID
        self.countries = countries
    }
}
