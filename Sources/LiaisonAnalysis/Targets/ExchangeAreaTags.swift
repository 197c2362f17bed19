import LiaisonGraph

/// Which entity tags show strength in which exchange area, so that the area criterion of target
/// ranking reads the data's tags (`finance`, `port`, `creative`…) in the four areas of Sister
/// Cities International (arts and culture; youth and education; business and trade; community
/// development and technology). A tag that names an area counts for it; a dataset's own area
/// counts its own name only.
///
/// The world city universe (`datasets/world-cities`) tags cities from named public lists
/// (`scripts/build_known_for.py`): `creative-city` (UNESCO Creative Cities Network: culture),
/// `science-cluster` (WIPO Global Innovation Index S&T clusters: technology), `financial-centre`
/// (Global Financial Centres Index: business), `port` (largest container ports: business) and
/// `student-city` (QS Best Student Cities: education), and `international-organisation-seat`
/// (headquarters of the UN and of intergovernmental bodies), which counts for no area but is cited
/// in every area basis (``citedInEveryArea``); its
/// free column `known_for` says, per tag, which list, edition year and rank or field gave it
/// (``strengths(of:tag:)``), so that a candidate's area basis cites its strengths.
public enum ExchangeAreaTags {
    /// The free column that cites each tag's list: items `tag: list year: detail` joined by ` | `.
    public static let knownForColumn = "known_for"

    /// Tags that count for no exchange area but that the area criterion's basis cites whatever the
    /// area: a seat of international organisations (a UN duty station, an intergovernmental
    /// headquarters) brings delegations, conferences and multilateral networks to exchanges of any
    /// area; it is no strength in one of them (docs/planning.md).
    public static let citedInEveryArea: Set<String> = ["international-organisation-seat"]

    /// The tags that count for each built-in area.
    public static let tags: [String: Set<String>] = [
        "business": ["business", "trade", "finance", "financial-centre", "port", "logistics", "commerce", "industry", "manufacturing"],
        "technology": ["technology", "innovation", "science", "science-cluster", "research", "high-tech"],
        "culture": ["culture", "creative", "creative-city", "arts", "heritage", "design", "film", "music", "literature", "media", "tourism", "gastronomy", "crafts"],
        "education": ["education", "university", "universities", "research", "youth", "student-city"],
    ]

    /// The tags that count for an area (its own name, for an area the data define).
    public static func tags(for area: String) -> Set<String> {
        tags[area.lowercased()] ?? [area.lowercased()]
    }

    /// The entity's tags that count for an area, in the entity's order.
    public static func matching(_ entity: Entity, area: String) -> [String] {
        let wanted = tags(for: area)
        return entity.attributes.tags.filter { wanted.contains($0.lowercased()) }
    }

    /// What the entity's `known_for` column cites for a tag ("GFCI 2026: rank 11"), in its order;
    /// empty when the tag has no cited list (a curated tag such as `trade`).
    /// - Complexity: O(c), c the length of the column.
    public static func strengths(of entity: Entity, tag: String) -> [String] {
        guard let column = entity.attributes.extra[knownForColumn], !column.isEmpty else { return [] }
        let prefix = tag.lowercased() + ": "
        return column.components(separatedBy: " | ").compactMap { item in
            item.lowercased().hasPrefix(prefix) ? String(item.dropFirst(prefix.count)) : nil
        }
    }

    /// The tags the data take from a ranking (WIPO's clusters, the GFCI, the container ports, QS's
    /// student cities), whose citations give a rank; the other tags are memberships or curated.
    public static let rankedTags: Set<String> = ["science-cluster", "financial-centre", "port", "student-city"]

    /// How strongly the entity's tag shows its area, from 0.5 to 1. A place a ranking lists scores 1
    /// at rank 1, falling linearly to 0.5 at rank 100 and beyond (the "rank N" that `known_for` cites
    /// for the tag; the best, when several lists give it); a ranking's place whose world rank the
    /// sources did not give (a regional rank, "in the top 100 (rank not read)") counts as the middle of
    /// a top 100, 0.75; a membership (a UNESCO creative city) or a tag the data cite no list for
    /// scores 1. So Tokyo, the GII's second cluster, leads Tehran, its 63rd, on technology (0.99
    /// against 0.69), where both counted 1 before; the area criterion takes the strongest tag.
    /// - Complexity: O(c), c the length of the `known_for` column.
    public static func strength(of entity: Entity, tag: String) -> Double {
        let cited = strengths(of: entity, tag: tag)
        if let best = cited.compactMap(rankCited(in:)).min() {
            return 1 - 0.5 * Double(min(max(best, 1) - 1, 99)) / 99
        }
        return !cited.isEmpty && rankedTags.contains(tag.lowercased()) ? 0.75 : 1
    }

    /// The rank a citation gives ("…, rank 12 (2024 throughput)", "rank =7 of 150"), or nil when it
    /// gives none ("Creative City of Design", "in the top 100 (rank not read)").
    static func rankCited(in citation: String) -> Int? {
        guard let range = citation.range(of: "rank ") else { return nil }
        return Int(citation[range.upperBound...].drop { $0 == "=" }.prefix { $0.isASCII && $0.isNumber })
    }

    /// An area basis with the entity's strengths of ``citedInEveryArea`` appended ("no education tag
    /// or tie; also international-organisation-seat (international organisation seats 2026: OPEC
    /// headquarters)"), or the basis as it is when the entity has none or the area counts them.
    public static func citingOtherStrengths(_ basis: CriterionBasis, of entity: Entity, area: String) -> CriterionBasis {
        let counted = tags(for: area)
        let other = entity.attributes.tags.filter { citedInEveryArea.contains($0.lowercased()) && !counted.contains($0.lowercased()) }
        return other.isEmpty ? basis : .alsoCited(basis, citation: citation(of: other, for: entity))
    }

    /// The area criterion's basis for tags that matched: each tag with the lists that gave it
    /// ("science-cluster (WIPO GII S&T clusters 2025: Tokyo–Yokohama cluster, rank 2)").
    public static func citation(of tags: [String], for entity: Entity) -> String {
        tags.map { tag in
            let cited = strengths(of: entity, tag: tag)
            return cited.isEmpty ? tag : "\(tag) (\(cited.joined(separator: "; ")))"
        }.joined(separator: ", ")
    }
}
