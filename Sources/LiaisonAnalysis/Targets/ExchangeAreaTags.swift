import LiaisonGraph

/// Which entity tags show strength in which exchange area, so that the area criterion of target
/// ranking reads the data's tags (`finance`, `port`, `creative`…) in the four areas of Sister
/// Cities International (arts and culture; youth and education; business and trade; community
/// development and technology). A tag that names an area counts for it; a dataset's own area
/// counts its own name only.
public enum ExchangeAreaTags {
    /// The tags that count for each built-in area.
    public static let tags: [String: Set<String>] = [
        "business": ["business", "trade", "finance", "financial-centre", "port", "logistics", "commerce", "industry", "manufacturing"],
        "technology": ["technology", "innovation", "science", "science-cluster", "research", "high-tech"],
        "culture": ["culture", "creative", "creative-city", "arts", "heritage", "design", "film", "music", "literature", "media", "tourism", "gastronomy", "crafts"],
        "education": ["education", "university", "universities", "research", "youth"],
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
}
