/// The containment hierarchy: organisation in its host city, city in province in country.
extension PartnershipNetwork {
    /// The country an entity lies in (a country is its own), or nil when it is not known.
    /// A special administrative region's country is China.
    public func country(of entityID: String) -> Entity? {
        entity(withID: entityID)?.countryID.flatMap { entity(withID: $0) }
    }

    /// The province a city (or an organisation's host city) lies in, when known.
    public func province(of entityID: String) -> Entity? {
        guard let entity = entity(withID: entityID) else { return nil }
        if entity.kind == .organisation, let host = entity.hostCityID { return province(of: host) }
        return entity.provinceID.flatMap { self.entity(withID: $0) }
    }

    /// The cities of a country, sorted by ID.
    /// - Complexity: O(n).
    public func cities(inCountry countryID: String) -> [Entity] {
        entities.filter { $0.kind == .city && $0.countryID == countryID }
    }

    /// The entities that lie in a region: the UN M49 region or sub-region of their country
    /// ("Asia", "South-eastern Asia"), or a grouping their country belongs to ("ASEAN"),
    /// ignoring case; sorted by ID.
    /// - Complexity: O(n).
    public func entities(inRegion region: String) -> [Entity] {
        let memberCountries = countries(inRegion: region)
        return entities.filter { $0.countryID.map(memberCountries.contains) ?? false }
    }

    /// The IDs of the countries in a region, sub-region or grouping, ignoring case.
    public func countries(inRegion region: String) -> Set<String> {
        let key = region.lowercased()
        return Set(entities.lazy.filter { entity in
            entity.kind == .country && (entity.attributes.region?.lowercased() == key
                || entity.attributes.subregion?.lowercased() == key
                || entity.attributes.memberships.contains { $0.lowercased() == key })
        }.map(\.id))
    }

    /// Every region, sub-region and grouping named by the network's countries, sorted.
    public var regionNames: [String] {
        var names = Set<String>()
        for entity in entities where entity.kind == .country {
            if let r = entity.attributes.region { names.insert(r) }
            if let s = entity.attributes.subregion { names.insert(s) }
            names.formUnion(entity.attributes.memberships)
        }
        return names.sorted()
    }

    /// The entity an entity rolls up to at a level: its province or its country. An organisation
    /// rolls up through its host city; an entity above the level is its own. A special
    /// administrative region keeps its own place at both levels, because it conducts its own
    /// external relations: aggregating Hong Kong into China would hide the focus.
    public func container(of entityID: String, at level: AggregationLevel) -> Entity? {
        guard let entity = entity(withID: entityID) else { return nil }
        if entity.kind == .city && entity.hasOwnExternalRelations { return entity }
        switch level {
        case .country:
            if entity.kind == .organisation, let host = entity.hostCityID { return container(of: host, at: .country) }
            return entity.countryID.flatMap { self.entity(withID: $0) } ?? entity
        case .province:
            if entity.kind == .country || entity.kind == .province { return entity }
            if entity.kind == .organisation, let host = entity.hostCityID { return container(of: host, at: .province) }
            return entity.provinceID.flatMap { self.entity(withID: $0) } ?? entity
        }
    }
}

/// The level cities are rolled up to.
public enum AggregationLevel: String, Sendable, CaseIterable {
    /// First-level subdivisions; cities with no known province stay as they are.
    case province
    /// Countries.
    case country
}
