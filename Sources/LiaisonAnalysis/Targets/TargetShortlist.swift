import LiaisonGraph

/// The candidates a planner is shown: the ranking read from the top, with at most `perCountry`
/// candidates of one country, so that one country's shared facts (its Belt and Road status, its
/// overseas Chinese) do not fill the list with its cities, and suburbs of one capital do not stand
/// in for a choice of countries. Each entry keeps its rank in the whole ranking; the candidates
/// passed over stay ranked (``TargetReport/candidates``) and are counted.
public struct TargetShortlist: Sendable {
    /// A shown candidate and its place in the whole ranking (1 for the best).
    public struct Entry: Sendable, Hashable {
        /// The candidate's rank among all the ranked candidates.
        public var rank: Int
        /// The candidate.
        public var candidate: TargetCandidate
    }

    /// The candidates shown, best first.
    public var entries: [Entry]
    /// The cap per country in force; nil when there is none (offices, or asked for none).
    public var perCountry: Int?
    /// Candidates ranked above the last one shown but passed over because their country already
    /// had `perCountry` candidates in the list.
    public var passedOver: Int
    /// Candidates ranked above the last one shown but left to the seat of government whose urban
    /// area they lie in (``TargetReport/urbanAreaSeats``).
    public var leftToSeats: Int = 0

    /// The candidates only, best first.
    public var candidates: [TargetCandidate] { entries.map(\.candidate) }

    /// The default cap for partner layers: a 15-line list then names at least five countries.
    public static let defaultPerCountry = 3
}

extension TargetReport {
    /// The first `top` candidates (0 for all) with at most `perCountry` of one country (nil or 0
    /// for no cap), none that lies inside a ranked seat's urban area (``UrbanAreaSeats``). The cap
    /// applies to partners only: an office ranking holds one row per country.
    /// - Complexity: O(n) in the ranked candidates.
    public func shortlist(top: Int, perCountry: Int? = TargetShortlist.defaultPerCountry) -> TargetShortlist {
        let cap = layer == Layer.eto.id ? nil : perCountry.flatMap { $0 > 0 ? $0 : nil }
        var entries: [TargetShortlist.Entry] = []
        var perCountryCount: [String: Int] = [:]
        var passedOver = 0, leftToSeats = 0
        for (index, candidate) in candidates.enumerated() {
            if top > 0 && entries.count == top { break }
            if urbanAreaSeats[candidate.entityID] != nil { leftToSeats += 1; continue }
            if let cap {
                let country = candidate.countryID.isEmpty ? candidate.entityID : candidate.countryID
                if perCountryCount[country, default: 0] >= cap { passedOver += 1; continue }
                perCountryCount[country, default: 0] += 1
            }
            entries.append(TargetShortlist.Entry(rank: index + 1, candidate: candidate))
        }
        return TargetShortlist(entries: entries, perCountry: cap, passedOver: passedOver, leftToSeats: leftToSeats)
    }
}
