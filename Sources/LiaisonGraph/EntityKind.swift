/// The four kinds of entity a partnership network holds.
public enum EntityKind: String, Sendable, Hashable, CaseIterable, Comparable {
    /// A state or territory with an ISO 3166-1 code.
    case country
    /// A first-level subdivision: province, state, prefecture, 道, 州.
    case province
    /// A city, county, district or municipality, including the special administrative regions.
    case city
    /// An office, association, chamber, university or other body that carries ties.
    case organisation

    /// Orders kinds from the largest container to the smallest, then organisations.
    public static func < (lhs: EntityKind, rhs: EntityKind) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// What sort of organisation an organisation entity is.
public enum OrganisationKind: String, Sendable, Hashable, CaseIterable {
    /// An Economic and Trade Office (or a Mainland or Taiwan office) of a city government.
    case eto
    /// A liaison unit that reports to an office.
    case liaisonUnit = "liaison-unit"
    /// A hometown, clan or community association (同鄉會).
    case association
    /// A chamber of commerce.
    case chamber
    /// A university or college.
    case university
    /// A think tank or research institute.
    case thinkTank = "think-tank"
    /// A non-governmental organisation.
    case ngo
    /// A newspaper, broadcaster or other medium.
    case media
    /// An international organisation (WTO, EU) or anything else.
    case other

    /// Whether organisations of this kind represent a government abroad, so that their coverage
    /// counts as the coverage of the entity they represent.
    public var isOffice: Bool { self == .eto || self == .liaisonUnit }
}

/// A Chinese city's political-status tier, lowest to highest, as the 2016 paper on Chinese city
/// diplomacy orders them: a city's diplomatic reach roughly follows this order.
public enum CityTier: String, Sendable, Hashable, CaseIterable, Comparable {
    /// A small or medium city.
    case smallMedium = "small-medium"
    /// One of the coastal open cities.
    case coastalOpen = "coastal-open"
    /// A special economic zone.
    case specialEconomicZone = "special-economic-zone"
    /// A sub-provincial city.
    case subProvincial = "sub-provincial"
    /// A municipality directly under the central government.
    case municipality
    /// A special administrative region (Hong Kong, Macau), with its own external-relations rights.
    case specialAdministrativeRegion = "special-administrative-region"

    /// Orders tiers from the lowest to the highest.
    public static func < (lhs: CityTier, rhs: CityTier) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// Whether a country entity is a sovereign state, a dependent territory, or (as a city) a special
/// administrative region.
public enum PoliticalStatus: String, Sendable, Hashable, CaseIterable {
    /// A UN member or observer state.
    case sovereign
    /// A dependent territory of another state.
    case territory
    /// A special administrative region of China: a city with its own external-relations rights.
    case sar
}
