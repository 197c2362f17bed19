/// A country, province, city or organisation, addressed by a stable string ID.
///
/// Containment is explicit: a city names its province (when known) and its country, a province
/// names its country, an organisation names its host city. The builder checks that these agree.
public struct Entity: Sendable, Hashable, Identifiable {
    /// The stable ID: an ISO 3166-1 alpha-2 code for a country, an ISO 3166-2 code for a
    /// province where there is one, any unique string otherwise.
    public var id: String
    /// The English name.
    public var name: String
    /// The Chinese name, when known.
    public var nameZh: String?
    /// Other names it is known by (ISO alpha-3 codes, former names, long forms).
    public var aliases: [String]
    /// The country the entity lies in: its own ID for a country or territory (a territory's
    /// sovereign is `partOfID`), the containing country for every other kind.
    public var countryID: String?
    /// The province a city lies in, when known.
    public var provinceID: String?
    /// The host city of an organisation.
    public var hostCityID: String? {
        get { links.fields.hostCityID }
        set { links.fields.hostCityID = newValue }
    }
    /// For an organisation, the entity it acts for (an office represents its city government).
    public var representsID: String? {
        get { links.fields.representsID }
        set { links.fields.representsID = newValue }
    }
    /// For a territory, the state it belongs to.
    public var partOfID: String? {
        get { links.fields.partOfID }
        set { links.fields.partOfID = newValue }
    }
    /// The organisation's kind, for organisations only.
    public var organisationKind: OrganisationKind? {
        get { links.fields.organisationKind }
        set { links.fields.organisationKind = newValue }
    }
    /// Facts that describe the entity.
    public var attributes: EntityAttributes
    /// Which of the four kinds this is.
    public var kind: EntityKind
    /// The links only organisations and territories have, behind one pointer.
    private var links = SparseFields<Links>()

    /// The links of an organisation or a territory.
    private struct Links: EmptyFields {
        var hostCityID: String?
        var representsID: String?
        var partOfID: String?
        var organisationKind: OrganisationKind?
    }

    /// Makes an entity. Containment IDs are checked when the network is built.
    public init(
        id: String, kind: EntityKind, name: String, nameZh: String? = nil, aliases: [String] = [],
        countryID: String? = nil, provinceID: String? = nil, hostCityID: String? = nil,
        representsID: String? = nil, partOfID: String? = nil,
        organisationKind: OrganisationKind? = nil, attributes: EntityAttributes = EntityAttributes()
    ) {
        self.id = id
        self.kind = kind
        self.name = name
        self.nameZh = nameZh
        self.aliases = aliases
        self.countryID = countryID
        self.provinceID = provinceID
        self.attributes = attributes
        if hostCityID != nil || representsID != nil || partOfID != nil || organisationKind != nil {
            links.fields = Links(hostCityID: hostCityID, representsID: representsID, partOfID: partOfID, organisationKind: organisationKind)
        }
    }

    /// Whether the entity conducts its own external relations: sovereign states, and special
    /// administrative regions (Hong Kong, Macau) which are cities that are still part of China.
    public var hasOwnExternalRelations: Bool {
        switch kind {
        case .country: return attributes.politicalStatus != .territory
        case .city: return attributes.tier == .specialAdministrativeRegion
        case .province, .organisation: return false
        }
    }

    /// The name in the language asked for, falling back to English.
    public func displayName(_ language: NameLanguage) -> String {
        switch language {
        case .english: return name
        case .chinese: return nameZh ?? name
        case .both:
            guard let zh = nameZh, zh != name else { return name }
            return "\(name) \(zh)"
        }
    }
}

/// Which names to show.
public enum NameLanguage: String, Sendable, CaseIterable {
    /// English names.
    case english = "en"
    /// Chinese names, English where none is known.
    case chinese = "zh"
    /// Both, English first.
    case both
}

/// Facts that describe an entity. Every field is optional: empty means unknown, never zero.
///
/// Facts most entities have (population, location, tier, tags, source) are stored inline; those
/// of countries and organisations, notes and free columns sit behind one pointer, so that a
/// city's record stays small in a network of a million entities.
public struct EntityAttributes: Sendable, Hashable {
    /// Where the facts come from: a URL or a publication.
    public var source: String?
    /// The administrative level, for comparability (`capital`, `prefecture`, `county`, `district`...).
    public var level: String?
    /// Strengths used to match exchange areas (technology, finance, port...).
    public var tags: [String]
    /// Number of inhabitants (`Int.min` is kept as unknown: no place has a negative population,
    /// and the loader accepts 0 to 10^10).
    public var population: Int? {
        get { storedPopulation == Self.noPopulation ? nil : storedPopulation }
        set { storedPopulation = newValue ?? Self.noPopulation }
    }
    /// A representative point: the city itself, or a country's capital.
    public var location: GeoPoint?
    /// The year the population figure refers to.
    public var populationYear: Int? {
        get { CompactYear.year(storedPopulationYear) }
        set { storedPopulationYear = CompactYear.stored(newValue) }
    }
    /// A Chinese city's political-status tier.
    public var tier: CityTier?
    /// How sure the source is.
    public var confidence: Confidence?

    /// UN M49 region, for countries ("Asia").
    public var region: String? {
        get { rare.fields.region }
        set { rare.fields.region = newValue }
    }
    /// UN M49 sub-region, for countries ("South-eastern Asia").
    public var subregion: String? {
        get { rare.fields.subregion }
        set { rare.fields.subregion = newValue }
    }
    /// Groupings the country belongs to (ASEAN, EU, GCC, SCO, BRICS, G20, CIS, Commonwealth, OECD).
    public var memberships: [String] {
        get { rare.fields.memberships }
        set { rare.fields.memberships = newValue }
    }
    /// For countries: sovereign state, territory or special administrative region.
    public var politicalStatus: PoliticalStatus? {
        get { rare.fields.politicalStatus }
        set { rare.fields.politicalStatus = newValue }
    }
    /// The year diplomatic relations with the People's Republic of China were established.
    public var prcRelations: PRCRelations? {
        get { PRCRelations(stored: rare.fields.prcRelations) }
        set { rare.fields.prcRelations = newValue?.stored ?? CompactYear.none }
    }
    /// The country's Belt and Road cooperation status.
    public var beltAndRoad: BeltAndRoadStatus? {
        get { BeltAndRoadStatus(stored: rare.fields.beltAndRoad) }
        set { rare.fields.beltAndRoad = newValue?.stored ?? CompactYear.none }
    }
    /// The overseas Chinese population living in the country.
    public var overseasChinese: Int? {
        get { rare.fields.overseasChinese }
        set { rare.fields.overseasChinese = newValue }
    }
    /// The year the overseas Chinese figure refers to.
    public var overseasChineseYear: Int? {
        get { CompactYear.year(rare.fields.overseasChineseYear) }
        set { rare.fields.overseasChineseYear = CompactYear.stored(newValue) }
    }
    /// For countries: the gross domestic product in current US dollars (the World Bank's
    /// NY.GDP.MKTP.CD), a proxy of the market an office would serve.
    public var gdpUSD: Double? {
        get { rare.fields.gdpUSD }
        set { rare.fields.gdpUSD = newValue }
    }
    /// The year the GDP figure refers to.
    public var gdpYear: Int? {
        get { CompactYear.year(rare.fields.gdpYear) }
        set { rare.fields.gdpYear = CompactYear.stored(newValue) }
    }
    /// For organisations: the year it opened.
    public var since: Int? {
        get { CompactYear.year(rare.fields.since) }
        set { rare.fields.since = CompactYear.stored(newValue) }
    }
    /// For organisations: the year it closed.
    public var until: Int? {
        get { CompactYear.year(rare.fields.until) }
        set { rare.fields.until = CompactYear.stored(newValue) }
    }
    /// Free text.
    public var note: String? {
        get { rare.fields.note }
        set { rare.fields.note = newValue }
    }
    /// Columns the loader does not know, kept by name.
    public var extra: [String: String] {
        get { rare.fields.extra }
        set { rare.fields.extra = newValue }
    }

    // Years and year-like facts in four bytes each rather than sixteen, the population in eight
    // rather than sixteen: an entity record is the bulk of a large network's memory.
    private var storedPopulation = EntityAttributes.noPopulation
    private var storedPopulationYear = CompactYear.none
    private var rare = SparseFields<Rare>()

    /// The stored population that stands for unknown (no place has a negative population).
    private static let noPopulation = Int.min

    /// Facts of countries and organisations, notes and free columns: empty for most entities.
    private struct Rare: EmptyFields {
        var region: String?
        var subregion: String?
        var memberships: [String] = []
        var politicalStatus: PoliticalStatus?
        var overseasChinese: Int?
        var prcRelations = CompactYear.none
        var beltAndRoad = CompactYear.none
        var overseasChineseYear = CompactYear.none
        var gdpUSD: Double?
        var gdpYear = CompactYear.none
        var since = CompactYear.none
        var until = CompactYear.none
        var note: String?
        var extra: [String: String] = [:]
    }

    /// Makes attributes; every fact defaults to unknown.
    public init(
        population: Int? = nil, populationYear: Int? = nil, location: GeoPoint? = nil,
        tier: CityTier? = nil, level: String? = nil, region: String? = nil, subregion: String? = nil,
        memberships: [String] = [], tags: [String] = [], politicalStatus: PoliticalStatus? = nil,
        prcRelations: PRCRelations? = nil, beltAndRoad: BeltAndRoadStatus? = nil,
        overseasChinese: Int? = nil, overseasChineseYear: Int? = nil, since: Int? = nil,
        until: Int? = nil, source: String? = nil, confidence: Confidence? = nil, note: String? = nil,
        extra: [String: String] = [:]
    ) {
        self.source = source
        self.level = level
        self.tags = tags
        self.location = location
        self.tier = tier
        self.confidence = confidence
        self.population = population
        self.populationYear = populationYear
        let rare = Rare(region: region, subregion: subregion, memberships: memberships, politicalStatus: politicalStatus,
                        overseasChinese: overseasChinese, prcRelations: prcRelations?.stored ?? CompactYear.none,
                        beltAndRoad: beltAndRoad?.stored ?? CompactYear.none,
                        overseasChineseYear: CompactYear.stored(overseasChineseYear), since: CompactYear.stored(since),
                        until: CompactYear.stored(until), note: note, extra: extra)
        if rare != Rare() { self.rare.fields = rare }
    }
}

/// A year, or a value with a year, in four bytes.
enum CompactYear {
    /// Unknown.
    static let none = Int32.min
    /// The first value that markers leave free; years are clamped above it.
    static let lowest = Int32.min + 8

    static func stored(_ year: Int?) -> Int32 {
        guard let year else { return none }
        return Int32(clamping: max(year, Int(lowest)))
    }

    static func year(_ stored: Int32) -> Int? { stored == none ? nil : Int(stored) }
}

/// A country's diplomatic relations with the People's Republic of China.
public enum PRCRelations: Sendable, Hashable {
    /// Relations established in the given year.
    case since(Int)
    /// No diplomatic relations.
    case none

    /// Whether relations exist.
    public var exist: Bool { if case .since = self { return true } else { return false } }

    init?(stored: Int32) {
        switch stored {
        case CompactYear.none: return nil
        case CompactYear.none + 1: self = .none
        default: self = .since(Int(stored))
        }
    }

    var stored: Int32 {
        switch self {
        case .since(let year): return CompactYear.stored(year)
        case .none: return CompactYear.none + 1
        }
    }
}

/// A country's Belt and Road cooperation document.
public enum BeltAndRoadStatus: Sendable, Hashable {
    /// Signed in the given year.
    case signed(year: Int)
    /// Signed, year not known.
    case signedYearUnknown
    /// Signed and later left.
    case withdrawn

    /// Whether the country is a current signatory.
    public var isMember: Bool { self != .withdrawn }

    init?(stored: Int32) {
        switch stored {
        case CompactYear.none: return nil
        case CompactYear.none + 1: self = .signedYearUnknown
        case CompactYear.none + 2: self = .withdrawn
        default: self = .signed(year: Int(stored))
        }
    }

    var stored: Int32 {
        switch self {
        case .signed(let year): return CompactYear.stored(year)
        case .signedYearUnknown: return CompactYear.none + 1
        case .withdrawn: return CompactYear.none + 2
        }
    }
}

/// How sure a fact is.
public enum Confidence: String, Sendable, Hashable, CaseIterable, Comparable {
    /// Doubtful: one weak source, or an inference.
    case low
    /// Probably right: a secondary source, or an undated page.
    case medium
    /// Sourced from a primary or authoritative page.
    case high

    /// Orders low before medium before high.
    public static func < (lhs: Confidence, rhs: Confidence) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
