import Foundation
import LiaisonGraph

/// What to generate: how many entities and ties, from which seed.
public struct SyntheticNetworkOptions: Sendable, Hashable {
    /// The number of entities: countries, provinces, cities and organisations together.
    public var entityCount: Int
    /// The number of ties, exactly.
    public var tieCount: Int
    /// The seed; one seed always gives the same network.
    public var seed: UInt64

    /// Makes options.
    public init(entities: Int, ties: Int, seed: UInt64 = 1) {
        self.entityCount = entities
        self.tieCount = ties
        self.seed = seed
    }
}

/// Why a synthetic network cannot be made.
public struct SyntheticNetworkError: Error, Sendable, CustomStringConvertible {
    /// What is wrong, and what would work.
    public var message: String

    /// Makes an error.
    public init(message: String) { self.message = message }

    /// The message.
    public var description: String { message }
}

/// Synthetic partnership networks for scale: any size, one network per seed, shaped like the real one.
///
/// The entities are countries (with UN regions, sub-regions and groupings), provinces, cities
/// (heavy-tailed populations, coordinates around their country's centre, tiers in the first
/// country, strength tags) and a few organisations (offices, associations, chambers, universities).
/// The ties are drawn by the configuration model on a degree sequence fitted to the real
/// twin-town network (see ``DegreeProfile/twinTowns`` and `scripts/twin_town_degree_profile.py`):
/// about half the tied entities have one partner and a few hubs have dozens, whatever the size.
/// Self-pairs and repeated pairs are rewired by degree-keeping swaps, so the tie count is exact
/// and no pair is tied twice. Layers follow the ends: an office's ties are `eto` coverage, an
/// association's `diaspora`; between places, mostly `sister`, then `cooperation`, `bri` and
/// `diaspora`; statuses, years and exchange areas in proportions typical of each layer.
///
/// ```swift
/// let network = try SyntheticNetwork.generate(SyntheticNetworkOptions(entities: 20_000, ties: 30_000, seed: 7))
/// try DatasetWriter.write(network, to: "output/synthetic", inputs: [])
/// ```
///
/// The network is assembled directly on the compact columns (no per-tie values), so ten million
/// ties take seconds; ``builder(_:)`` gives the same network through ``NetworkBuilder``'s checks.
public enum SyntheticNetwork {
    /// The date every synthetic network is current to.
    public static let asOf = "2024-12-31"
    /// The source cited by every synthetic entity.
    public static let entitySource = "https://example.org/liaison/synthetic"

    /// Generates the network.
    /// - Throws: ``SyntheticNetworkError`` when the counts are impossible (fewer than 20 entities,
    ///   more ties than distinct pairs, or more than 2^31 of either).
    /// - Complexity: O(n log n + m log m), n entities and m ties.
    public static func generate(_ options: SyntheticNetworkOptions) throws(SyntheticNetworkError) -> PartnershipNetwork {
        let parts = try SyntheticParts(options)
        return PartnershipNetwork(metadata: parts.metadata, layers: Layer.builtIn, areas: ExchangeArea.builtIn,
                                  entities: parts.entities, tieStore: parts.store, strings: parts.strings)
    }

    /// The same network as ``generate(_:)``, as a builder holding every entity and tie, so that
    /// `try builder(options).build()` runs every check of a loaded dataset.
    /// - Complexity: O(n + m) values of ``Entity`` and ``Tie``: for small networks and tests.
    public static func builder(_ options: SyntheticNetworkOptions) throws(SyntheticNetworkError) -> NetworkBuilder {
        let parts = try SyntheticParts(options)
        var builder = NetworkBuilder(metadata: parts.metadata)
        for entity in parts.entities { builder.add(entity) }
        let store = parts.store
        for t in 0..<store.count {
            builder.add(Tie(from: parts.entities[Int(store.from[t])].id, to: parts.entities[Int(store.to[t])].id,
                            layer: Layer.builtIn[Int(store.layer[t])].id, status: store.status[t],
                            since: TieStore.year(store.since[t]), until: TieStore.year(store.until[t]), weight: store.weight[t],
                            areas: ExchangeArea.builtIn.indices.filter { store.areas[t] & (1 << UInt64($0)) != 0 }.map { ExchangeArea.builtIn[$0] },
                            source: parts.strings[store.source[t]], confidence: store.confidence[t]))
        }
        return builder
    }

    /// Generates the network and writes it as a dataset folder with ``DatasetWriter``, each file
    /// atomically; refuses to write into any of `inputs`.
    /// - Parameter progress: told when generating and when writing begin.
    /// - Returns: the network written, which loading the folder gives back.
    public static func write(_ options: SyntheticNetworkOptions, to folder: String, inputs: [String] = [],
                             progress: ProgressHandler? = nil) throws -> PartnershipNetwork {
        progress?(ProgressUpdate(stage: "generating \(options.tieCount) ties among \(options.entityCount) entities", done: 0, total: 0))
        let network = try generate(options)
        progress?(ProgressUpdate(stage: "writing \(folder)", done: 0, total: 0))
        try DatasetWriter.write(network, to: folder, inputs: inputs)
        return network
    }
}

/// The generated entities and tie columns, before they become a network.
struct SyntheticParts {
    var metadata: NetworkMetadata
    /// Sorted by ID, as ``PartnershipNetwork`` keeps them.
    var entities: [Entity]
    var store: TieStore
    var strings: StringTable

    // The proportions below are judgement, not measurement: the twin-town list has only sister-city
    // pairs. They follow the embedded Hong Kong dataset's mix (mostly sister and cooperation ties,
    // offices covering a handful of countries each, Belt and Road links since 2013).

    /// UN M49 regions and sub-regions with the number of states in each (from datasets/world).
    static let subregions: [(region: String, subregion: String, states: Int)] = [
        ("Africa", "Sub-Saharan Africa", 50), ("Americas", "Latin America and the Caribbean", 47),
        ("Asia", "Western Asia", 17), ("Europe", "Southern Europe", 16), ("Europe", "Northern Europe", 16),
        ("Oceania", "Polynesia", 10), ("Asia", "South-eastern Asia", 10), ("Europe", "Western Europe", 9),
        ("Europe", "Eastern Europe", 9), ("Asia", "Southern Asia", 8), ("Oceania", "Micronesia", 7),
        ("Africa", "Northern Africa", 7), ("Oceania", "Australia and New Zealand", 6), ("Oceania", "Melanesia", 5),
        ("Asia", "Central Asia", 5), ("Americas", "Northern America", 5), ("Asia", "Eastern Asia", 3),
    ]
    /// The sub-regions of the ten countries with the most cities; the first stands for China.
    static let leaders = ["Eastern Asia", "Western Europe", "Western Europe", "Northern America", "Southern Europe",
                          "Eastern Europe", "Eastern Asia", "Northern Europe", "Southern Europe", "Eastern Europe"]
    /// A rough centre (latitude, longitude) and spread in degrees per sub-region.
    static let centres: [String: (Double, Double, Double)] = [
        "Sub-Saharan Africa": (-2, 22, 14), "Latin America and the Caribbean": (-8, -65, 16), "Western Asia": (33, 42, 7),
        "Southern Europe": (41, 15, 5), "Northern Europe": (59, 12, 7), "Polynesia": (-15, -160, 10),
        "South-eastern Asia": (8, 110, 9), "Western Europe": (49, 6, 3), "Eastern Europe": (52, 30, 8),
        "Southern Asia": (24, 78, 8), "Micronesia": (8, 155, 8), "Northern Africa": (28, 12, 8),
        "Australia and New Zealand": (-30, 145, 12), "Melanesia": (-8, 155, 7), "Central Asia": (43, 66, 6),
        "Northern America": (42, -95, 12), "Eastern Asia": (34, 115, 8),
    ]
    static let groupings: [String: [(String, Double)]] = [
        "South-eastern Asia": [("ASEAN", 0.9)], "Western Europe": [("EU", 0.7), ("OECD", 0.9)],
        "Southern Europe": [("EU", 0.5), ("OECD", 0.5)], "Northern Europe": [("EU", 0.5), ("OECD", 0.6)],
        "Eastern Europe": [("EU", 0.4), ("CIS", 0.3)], "Western Asia": [("GCC", 0.35)], "Central Asia": [("SCO", 0.8), ("CIS", 0.8)],
        "Northern America": [("OECD", 0.6), ("G20", 0.4)], "Eastern Asia": [("G20", 0.7), ("BRICS", 0.3)],
    ]
    static let tags = ["port", "technology", "finance", "manufacturing", "tourism", "education", "culture", "logistics", "energy", "agriculture"]
    static let syllables = ["ka", "lo", "mi", "ra", "ten", "va", "sor", "bel", "ni", "do", "an", "wen", "fu", "gar", "li", "ost",
                            "pe", "qu", "sa", "tan", "ul", "ber", "zho", "hai", "mar", "ne", "ri", "ko", "das", "yi", "el", "port"]

    init(_ options: SyntheticNetworkOptions) throws(SyntheticNetworkError) {
        let n = options.entityCount, m = options.tieCount
        guard n >= 20 else {
            throw SyntheticNetworkError(message: "--entities \(n) is too few: a synthetic network needs at least 20 entities")
        }
        guard n < Int(Int32.max), m >= 0, m < Int(Int32.max) else {
            throw SyntheticNetworkError(message: "\(n) entities and \(m) ties: each must be between 0 and 2^31")
        }
        var random = SplitMix64(seed: options.seed ^ 0x4C49_4149_534F_4E00)  // "LIAISON"

        // Sizes: about 200 countries at most, a province per 20 cities, an organisation per 200 entities.
        let countries = min(200, max(4, n / 50))
        let provinces = min(countries * 25, max(1, (n - countries) / 20))
        let organisations = max(1, n / 200)
        let cities = n - countries - provinces - organisations
        let tied = n - countries  // provinces, organisations and cities carry ties; countries do not
        guard m <= tied * (tied - 1) / 8 else {
            throw SyntheticNetworkError(message: "\(m) ties among \(tied) tied entities is too dense to draw without repeated pairs; ask for at most \(tied * (tied - 1) / 8) ties, or more entities")
        }

        // Degrees first: populations and organisations follow them.
        let degrees = ConfigurationModel.degrees(nodes: tied, edges: m, random: &random)
        guard let pairs = ConfigurationModel.pairs(degrees: degrees, random: &random) else {
            throw SyntheticNetworkError(message: "\(m) ties among \(tied) tied entities could not be drawn without repeated pairs; ask for fewer ties or more entities")
        }

        // Entity order while generating: countries, provinces, organisations, cities. Tied node v
        // is entity countries + v.
        var built: [Entity] = []
        built.reserveCapacity(n)
        var countryIDs: [String] = []
        var countryCentre: [(Double, Double, Double)] = []
        let letters = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
        let regionTotal = Self.subregions.reduce(0) { $0 + $1.states }
        for c in 0..<countries {
            // ISO 3166 reserves XAA–XZZ for user-assigned codes, so these never clash with a real state.
            let id = "X\(letters[c / 26 % 26])\(letters[c % 26])"
            var pick = random.below(regionTotal)
            var region = Self.subregions[0]
            for r in Self.subregions { if pick < r.states { region = r; break }; pick -= r.states }
            // The countries with the most cities get the sub-regions that dominate the twin-town list
            // (France, Germany, the United States, Italy, Poland, Japan, China, the United Kingdom...).
            if c < Self.leaders.count, let leader = Self.subregions.first(where: { $0.subregion == Self.leaders[c] }) { region = leader }
            let (lat, lon, spread) = Self.centres[region.subregion] ?? (0, 0, 10)
            let centre = (Self.round(lat + spread * 0.5 * random.normal()), Self.round(lon + spread * 0.5 * random.normal()), spread)
            countryIDs.append(id)
            countryCentre.append((Self.clampLatitude(centre.0), Self.wrapLongitude(centre.1), spread))
            var memberships: [String] = []
            for (group, p) in Self.groupings[region.subregion] ?? [] where random.chance(p) { memberships.append(group) }
            let relations: PRCRelations = c == 0 || random.chance(0.93) ? .since(1950 + random.below(60)) : .none
            let beltAndRoad: BeltAndRoadStatus? = c != 0 && relations.exist && random.chance(0.75) ? .signed(year: 2013 + random.below(11)) : nil
            built.append(Entity(id: id, kind: .country, name: Self.name(&random, words: 1) + "ia", countryID: id,
                                attributes: EntityAttributes(
                                    population: Int(200_000 * exp(2.2 * abs(random.normal()))),
                                    location: GeoPoint(latitude: countryCentre[c].0, longitude: countryCentre[c].1),
                                    region: region.region, subregion: region.subregion, memberships: memberships,
                                    politicalStatus: .sovereign, prcRelations: c == 0 ? nil : relations, beltAndRoad: beltAndRoad,
                                    overseasChinese: c == 0 ? nil : Int(2_000 * exp(2 * abs(random.normal()))), overseasChineseYear: c == 0 ? nil : 2020,
                                    source: SyntheticNetwork.entitySource)))
        }
        // Countries' shares of provinces and cities: Zipf-like, as the twin-town list's (France,
        // Germany and the United States hold a large part of it).
        var cumulative: [Double] = []
        var running = 0.0
        for c in 0..<countries { running += 1 / pow(Double(c + 1), 0.9); cumulative.append(running) }
        func drawCountry(_ random: inout SplitMix64) -> Int {
            let u = random.unit() * running
            var lower = 0, upper = countries - 1
            while lower < upper { let mid = (lower + upper) / 2; if cumulative[mid] < u { lower = mid + 1 } else { upper = mid } }
            return lower
        }
        var provinceCountry: [Int] = []
        var provincesOf = [[Int]](repeating: [], count: countries)
        for p in 0..<provinces {
            // Every country gets a province before any gets a second, when there are enough.
            let c = p < countries ? p : drawCountry(&random)
            provinceCountry.append(c)
            provincesOf[c].append(p)
            built.append(Entity(id: "\(countryIDs[c])-P\(p)", kind: .province, name: Self.name(&random, words: 1) + " Province",
                                countryID: countryIDs[c], attributes: EntityAttributes(source: SyntheticNetwork.entitySource)))
        }
        // Cities: country, province, population (higher for better-tied cities), location, tier, tags.
        // Tag lists are shared values (copy on write), so a million cities hold 56 arrays between them.
        let singles = Self.tags.map { [$0] }
        let doubles = Self.tags.indices.flatMap { i in Self.tags.indices.filter { $0 > i }.map { [Self.tags[i], Self.tags[$0]] } }
        func drawTags(_ random: inout SplitMix64) -> [String] {
            let u = random.unit()
            return u < 0.3 ? [] : u < 0.7 ? singles[random.below(singles.count)] : doubles[random.below(doubles.count)]
        }
        let firstCity = countries + provinces + organisations
        var cityCountry = [Int](repeating: 0, count: cities)
        var populations = (0..<cities).map { _ in Int(min(3e7, 5_000 / pow(1 - random.unit(), 1 / 1.1))) }
        populations.sort(by: >)
        // Rank cities by degree with lognormal noise; the best ranked get the largest populations.
        var order = Array(0..<cities)
        let noise = (0..<cities).map { _ in exp(0.8 * random.normal()) }
        let cityDegree = { (i: Int) -> Double in Double(degrees[firstCity - countries + i]) }
        order.sort { (cityDegree($0) * noise[$0], $0) > (cityDegree($1) * noise[$1], $1) }
        var population = [Int](repeating: 0, count: cities)
        for (rank, i) in order.enumerated() { population[i] = populations[rank] }
        var cityEntities: [Entity] = []
        cityEntities.reserveCapacity(cities)
        for i in 0..<cities {
            let c = drawCountry(&random)
            cityCountry[i] = c
            let provinceList = provincesOf[c]
            let province = provinceList.isEmpty || random.chance(0.1) ? nil : provinceList[random.below(provinceList.count)]
            let (lat, lon, spread) = countryCentre[c]
            var tier: CityTier? = nil
            if c == 0 {
                let u = random.unit()
                tier = u < 0.85 ? .smallMedium : u < 0.93 ? .coastalOpen : u < 0.96 ? .specialEconomicZone : u < 0.99 ? .subProvincial : .municipality
            }
            cityEntities.append(Entity(
                id: "\(countryIDs[c])-\(i)", kind: .city, name: Self.name(&random, words: random.chance(0.15) ? 2 : 1),
                countryID: countryIDs[c], provinceID: province.map { "\(countryIDs[c])-P\($0)" },
                attributes: EntityAttributes(
                    population: population[i],
                    location: GeoPoint(latitude: Self.clampLatitude(Self.round(lat + spread * 0.4 * random.normal())),
                                       longitude: Self.wrapLongitude(Self.round(lon + spread * 0.4 * random.normal()))),
                    tier: tier, tags: drawTags(&random), source: SyntheticNetwork.entitySource)))
        }
        // Organisations: hosted by a large city; offices represent the first country's largest city.
        let home = order.first { cityCountry[$0] == 0 }.map { cityEntities[$0].id }
        var organisationKinds: [OrganisationKind] = []
        for o in 0..<organisations {
            let u = random.unit()
            let kind: OrganisationKind = u < 0.4 ? .eto : u < 0.7 ? .association : u < 0.85 ? .chamber : .university
            organisationKinds.append(kind)
            let host = cities > 0 ? order[random.below(max(1, min(cities, cities / 20 + 1)))] : 0
            built.append(Entity(
                id: "ORG-\(o)", kind: .organisation, name: Self.name(&random, words: 1) + " " + Self.organisationWord(kind),
                countryID: cityEntities.isEmpty ? nil : cityEntities[host].countryID, hostCityID: cityEntities.isEmpty ? nil : cityEntities[host].id,
                representsID: kind == .eto ? home : nil, organisationKind: kind,
                attributes: EntityAttributes(since: 1985 + random.below(39), source: SyntheticNetwork.entitySource)))
        }
        built.append(contentsOf: cityEntities)
        cityEntities = []

        // Ties: layer from the ends, then status, years, areas and confidence by layer.
        let firstOrganisation = countries + provinces
        // TieStore's initialiser is internal to LiaisonGraph; an empty network's store is the same
        // empty value. (A `package init()` on TieStore would say this more plainly.)
        var store = SyntheticParts.emptyStore
        store.reserve(m)
        var strings = StringTable()
        let sources = Layer.builtIn.map { strings.intern("https://example.org/liaison/synthetic/\($0.id)") }
        for key in pairs {
            var a = Int(key >> 32) + countries, b = Int(key & 0xFFFF_FFFF) + countries
            let aOrg = a >= firstOrganisation && a < firstCity, bOrg = b >= firstOrganisation && b < firstCity
            if bOrg && !aOrg { swap(&a, &b) }
            let layer: Int
            if aOrg || bOrg {
                switch organisationKinds[a - firstOrganisation] {
                case .eto: layer = 2
                case .association: layer = 4
                default: layer = 1
                }
            } else if a < firstOrganisation || b < firstOrganisation {
                layer = random.chance(0.65) ? 0 : 1  // a province: sister or cooperation
            } else {
                let u = random.unit()
                layer = u < 0.62 ? 0 : u < 0.80 ? 1 : u < 0.92 ? 3 : 4
            }
            let tie = Self.tieFacts(layer: layer, random: &random)
            store.from.append(Int32(a)); store.to.append(Int32(b)); store.layer.append(UInt16(layer))
            store.status.append(tie.status); store.since.append(TieStore.stored(tie.since)); store.until.append(TieStore.stored(tie.until))
            store.statusSince.append(TieStore.noYear); store.weight.append(1); store.areas.append(tie.areas); store.source.append(sources[layer])
            store.confidence.append(tie.confidence); store.note.append(-1)
        }

        // Sort entities by ID, as the network keeps them, and renumber the tie ends.
        var positions = Array(0..<n)
        positions.sort { built[$0].id < built[$1].id }
        var rank = [Int32](repeating: 0, count: n)
        for (sortedIndex, original) in positions.enumerated() { rank[original] = Int32(sortedIndex) }
        let sortedEntities = positions.map { built[$0] }
        built = []
        for t in 0..<store.count {
            store.from[t] = rank[Int(store.from[t])]
            store.to[t] = rank[Int(store.to[t])]
        }
        self.store = store
        self.strings = strings

        // The focus is the best-tied city; its peers are the next three.
        var cityByDegree = (0..<cities).sorted { (degrees[firstCity - countries + $0], -$0) > (degrees[firstCity - countries + $1], -$1) }
        cityByDegree = Array(cityByDegree.prefix(4))
        let ids = cityByDegree.map { sortedEntities[Int(rank[firstCity + $0])].id }
        entities = sortedEntities
        metadata = NetworkMetadata(
            name: "Synthetic network (seed \(options.seed), \(n) entities, \(m) ties)",
            description: "Generated by `liaison generate`: a configuration model on the real twin-town network's degree distribution, with invented places. Not real data.",
            asOf: SyntheticNetwork.asOf, focusID: ids.first, peerIDs: Array(ids.dropFirst()))
    }

    static let emptyStore: TieStore = {
        do { return try NetworkBuilder().build().tieStore } catch { preconditionFailure("an empty builder always builds") }
    }()

    /// The facts of one tie on a layer: status, years, areas, confidence.
    static func tieFacts(layer: Int, random: inout SplitMix64) -> (status: TieStatus, since: Int?, until: Int?, areas: UInt64, confidence: Confidence?) {
        let u = random.unit()
        let status: TieStatus
        var since: Int?
        var areas: UInt64 = 0
        // Area bits: 0 culture, 1 education, 2 business, 3 technology.
        func areaBits(_ p: [Double]) -> UInt64 {
            var mask: UInt64 = 0
            for (k, pk) in p.enumerated() where random.chance(pk) { mask |= 1 << UInt64(k) }
            return mask
        }
        switch layer {
        case 0:  // sister: mostly signed between the 1970s and 2010s, a fifth now dormant
            status = u < 0.72 ? .active : u < 0.90 ? .dormant : u < 0.95 ? .ended : u < 0.98 ? .intent : .proposed
            since = 1955 + Int(35 * (random.unit() + random.unit()))
            areas = areaBits([0.8, 0.5, 0.45, 0.2])
            if areas == 0 { areas = 1 }
        case 1:  // cooperation: lighter, later
            status = u < 0.70 ? .active : u < 0.82 ? .intent : u < 0.92 ? .dormant : u < 0.97 ? .proposed : .ended
            since = 1995 + random.below(30)
            areas = areaBits([0.3, 0.3, 0.6, 0.4])
        case 2:  // eto: an office's coverage
            status = u < 0.90 ? .active : u < 0.95 ? .ended : .proposed
            since = 1985 + random.below(40)
            areas = areaBits([0.3, 0.1, 0.9, 0.3])
        case 3:  // bri: since 2013
            status = u < 0.80 ? .active : u < 0.90 ? .intent : u < 0.97 ? .proposed : .dormant
            since = 2013 + random.below(12)
            areas = areaBits([0.1, 0.1, 0.85, 0.35])
        default:  // diaspora: often undated
            status = u < 0.85 ? .active : .dormant
            since = random.chance(0.25) ? nil : 1960 + random.below(65)
            areas = areaBits([0.7, 0.3, 0.3, 0])
        }
        if status == .proposed { since = nil }
        var until: Int? = nil
        if status == .ended, let start = since { until = min(2024, start + 1 + random.below(25)) }
        let c = random.unit()
        let confidence: Confidence? = c < 0.85 ? nil : c < 0.95 ? .medium : .low
        return (status, since, until, areas, confidence)
    }

    /// A made-up name of one or two capitalised words, 3 to 12 letters each (short, so that the
    /// strings stay inline and a million entities cost no extra allocations for names).
    static func name(_ random: inout SplitMix64, words: Int) -> String {
        (0..<words).map { _ in
            var word = ""
            for _ in 0..<(2 + random.below(2)) { word += syllables[random.below(syllables.count)] }
            return word.prefix(1).uppercased() + word.dropFirst()
        }.joined(separator: " ")
    }

    static func organisationWord(_ kind: OrganisationKind) -> String {
        switch kind {
        case .eto: return "Trade Office"
        case .association: return "Association"
        case .chamber: return "Chamber"
        default: return "University"
        }
    }

    /// Four decimals (about 10 m), so that the CSV text is short and reads back exactly.
    static func round(_ x: Double) -> Double { (x * 10_000).rounded() / 10_000 }
    static func clampLatitude(_ x: Double) -> Double { min(75, max(-55, x)) }
    static func wrapLongitude(_ x: Double) -> Double { x > 180 ? round(x - 360) : x < -180 ? round(x + 360) : x }
}
