import LiaisonGraph

/// What an import did: how many rows, cities and ties, what it merged, and what it could not
/// resolve, so that nothing is dropped silently.
public struct ImportReport: Sendable, Hashable {
    /// A country name that could not be resolved, and how many rows it stopped.
    public struct UnresolvedName: Sendable, Hashable {
        /// The name as written.
        public var name: String
        /// Rows skipped because of it.
        public var rows: Int
    }

    /// A country name resolved by a spelling correction or a qualifier: a guess to check.
    public struct Correction: Sendable, Hashable {
        /// The name as written.
        public var name: String
        /// The country it was taken to mean.
        public var countryID: String
        /// How.
        public var method: CountryResolver.Method
        /// Rows that used it.
        public var rows: Int
    }

    /// A list's name placed on no universe city: the place is kept with an ID of its own.
    public struct UnplacedName: Sendable, Hashable {
        /// The country code.
        public var countryID: String
        /// The name as written (its first mention).
        public var name: String
        /// Why it was not placed.
        public var miss: CityResolver.Miss
        /// Universe cities of the name (ambiguous or too far).
        public var candidates: Int
        /// The nearest of them, in kilometres, when the list gave coordinates.
        public var nearest: Double?
    }

    /// A qualified form of a name merged into the bare name (``NameVariants``).
    public struct VariantMerge: Sendable, Hashable {
        /// The country code.
        public var countryID: String
        /// The qualified form as the list writes it ("Ebensee am Traunsee").
        public var variant: String
        /// The bare name it merged into ("Ebensee").
        public var name: String
    }

    /// Data rows read.
    public var rowsRead = 0
    /// Distinct cities created.
    public var cities = 0
    /// City mentions merged into an existing city (same country and name, or the same place).
    public var mergedMentions = 0
    /// Ties created.
    public var ties = 0
    /// Rows that repeated a pair already tied (in either order).
    public var duplicatePairs = 0
    /// Rows that tied a city to itself.
    public var selfPairs = 0
    /// Rows skipped because a country name could not be resolved, by name, most rows first.
    public var unresolvedCountries: [UnresolvedName] = []
    /// Names resolved by a guess, to check, most rows first.
    public var corrections: [Correction] = []
    /// Cities given coordinates more than 50 km apart by different rows (the first are kept).
    public var coordinateConflicts = 0
    /// Cities placed on the world city universe, by how (each city counted once, by its first name).
    public var placed: [CityResolver.Method: Int] = [:]
    /// Cities placed by name although the list's coordinates lay in another country (a wrong geocode, set aside).
    public var placedDespiteGeocode = 0
    /// Names placed on no universe city, with the reason; such places keep an ID of their own.
    public var unplaced: [UnplacedName] = []
    /// Names merged into a city another name had already been placed on (same universe city).
    public var mergedByResolution = 0
    /// Qualified forms merged into a bare name of the same country.
    public var variantMerges: [VariantMerge] = []
    /// Rows kept through a documented code outside ISO 3166-1 (``DocumentedCountryCodes``), by code.
    public var documentedCodeRows: [String: Int] = [:]
    /// Sovereign states added because a territory of theirs was used (a territory comes with its state).
    public var sovereignsAdded: [String] = []
    /// Rows skipped for other reasons (an empty name, a bad coordinate), each with its location.
    public var skippedRows: [ValidationProblem] = []

    /// Rows skipped in all.
    public var rowsSkipped: Int { unresolvedCountries.reduce(0) { $0 + $1.rows } + skippedRows.count }

    /// Creates an empty report.
    public init() {}
}

/// An imported network and the report of what the import did.
public struct ImportResult: Sendable {
    /// The network: the countries it uses, its cities and its ties.
    public var network: PartnershipNetwork
    /// What the import did.
    public var report: ImportReport
}
