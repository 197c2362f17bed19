import LiaisonGraph

/// Places that are parts of a ranked city rather than cities of their own: the world city
/// universe (GeoNames) holds districts and suburbs of 100,000 people and more, with no government
/// to sign an agreement (Kampung Baru Subang and Subang Jaya beside Petaling Jaya; Tokyo's wards).
/// A candidate that GeoNames marks as no seat of government (a feature code other than PPLC,
/// PPLA…PPLA4, PPLG) and that lies within ``radiusKm`` of a ranked candidate of the same country
/// that is a known seat (such a code, or the data's level `capital` or `provincial-capital`) is
/// left to that seat in the lists a planner is shown and in partner plans. Of a place with no
/// feature code (the curated datasets' own cities, GeoNames places added since 2019) nothing is
/// assumed: it is neither left to a seat nor a seat that others are left to.
public enum UrbanAreaSeats {
    /// How far from a seat a place counts as inside its urban area.
    public static let radiusKm = 20.0
    /// GeoNames feature codes of seats of government: capitals of countries and of first- to
    /// fourth-order divisions, and seats of government (PPLG).
    public static let seatCodes: Set<String> = ["PPLC", "PPLA", "PPLA2", "PPLA3", "PPLA4", "PPLG"]

    /// Whether the data say the place is no seat of government.
    public static func isKnownNonSeat(_ entity: Entity) -> Bool {
        guard entity.kind == .city, let code = entity.attributes.extra["feature_code"], !code.isEmpty, !hasCapitalLevel(entity) else { return false }
        return !seatCodes.contains(code)
    }

    /// Whether the data say the place is a seat of government.
    public static func isKnownSeat(_ entity: Entity) -> Bool {
        guard entity.kind == .city else { return false }
        return hasCapitalLevel(entity) || entity.attributes.extra["feature_code"].map(seatCodes.contains) == true
    }

    private static func hasCapitalLevel(_ entity: Entity) -> Bool {
        entity.attributes.level == "capital" || entity.attributes.level == "provincial-capital"
    }

    /// For each candidate that is no seat and lies within ``radiusKm`` of a candidate seat of its
    /// country, the nearest such seat's ID.
    /// - Complexity: O(Σ over countries of non-seats × seats) among the candidates.
    static func seats(of candidates: [TargetCandidate], in network: PartnershipNetwork) -> [String: String] {
        var seatsByCountry: [String: [(id: String, at: GeoPoint)]] = [:]
        var parts: [(id: String, country: String, at: GeoPoint)] = []
        for candidate in candidates where candidate.kind == .city {
            guard let entity = network.entity(withID: candidate.entityID), let at = entity.attributes.location else { continue }
            if isKnownNonSeat(entity) {
                parts.append((entity.id, candidate.countryID, at))
            } else if isKnownSeat(entity) {
                seatsByCountry[candidate.countryID, default: []].append((entity.id, at))
            }
        }
        var found: [String: String] = [:]
        for part in parts {
            let nearest = (seatsByCountry[part.country] ?? []).map { ($0.id, part.at.distance(to: $0.at)) }.filter { $0.1 <= radiusKm }
                .min { ($0.1, $0.0) < ($1.1, $1.0) }
            if let nearest { found[part.id] = nearest.0 }
        }
        return found
    }
}
