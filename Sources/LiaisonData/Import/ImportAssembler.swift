import Foundation
import LiaisonGraph

/// Collects cities and ties from the rows of a public list: resolves countries, places cities on
/// the world city universe (``CityResolver``), merges repeated mentions of one place, drops
/// repeated pairs, and counts everything in an ``ImportReport``. The twin-town and Wikidata
/// importers share it.
///
/// IDs, one scheme across datasets: a city placed on the universe takes the universe's ID (a
/// curated ID such as `CN-LCH`, else `CC-GN<geonameid>`); one that is not keeps the source's own
/// stable ID (a Wikidata QID) or, from a pair list, `CC-WP-<NAME>[-<PARENT>]`, the scheme
/// `datasets/china-network` uses for places of the Wikipedia lists' own.
struct ImportAssembler {
    let resolver: CountryResolver
    let cityResolver: CityResolver
    let countries: [String: Entity]
    let universe: PartnershipNetwork
    let source: String
    var report = ImportReport()
    private var builder: NetworkBuilder
    private var cityByKey: [String: String] = [:]       // "CC|name key" or external ID -> city ID
    private var locationByCity: [String: GeoPoint] = [:]
    private var added = Set<String>()
    private var usedCountries = Set<String>()
    private var pairs = Set<[String]>()
    private var resolutions: [String: CountryResolver.Resolution?] = [:]
    private var unresolved: [String: Int] = [:]
    private var corrected: [String: (CountryResolver.Resolution, Int)] = [:]

    /// An assembler resolving against `universe`: its countries (and the documented codes it lacks)
    /// and its cities.
    init(universe: PartnershipNetwork, metadata: NetworkMetadata, source: String) {
        let countryEntities = universe.entities.filter { $0.kind == .country || $0.attributes.politicalStatus == .sar }
            + DocumentedCountryCodes.missing(from: universe)
        resolver = CountryResolver(countries: countryEntities)
        cityResolver = CityResolver(universe: universe)
        countries = Dictionary(uniqueKeysWithValues: countryEntities.map { ($0.id, $0) })
        self.universe = universe
        self.source = source
        builder = NetworkBuilder(metadata: metadata)
    }

    /// The country ID a name means, counting unresolved names and guesses for the report.
    mutating func country(_ name: String) -> String? {
        let resolution: CountryResolver.Resolution?
        if let cached = resolutions[name] { resolution = cached } else {
            resolution = resolver.resolve(name)
            resolutions[name] = resolution
        }
        guard let resolution else {
            unresolved[name, default: 0] += 1
            return nil
        }
        if resolution.method != .exact { corrected[name, default: (resolution, 0)].1 += 1 }
        return resolution.countryID
    }

    /// The country ID a name means, cached, without counting anything for the report.
    mutating func countryID(_ name: String) -> String? {
        if let cached = resolutions[name] { return cached?.countryID }
        let resolution = resolver.resolve(name)
        resolutions[name] = resolution
        return resolution?.countryID
    }

    /// Counts a row kept through a documented code outside ISO 3166-1, once per code it uses.
    mutating func noteDocumentedCodes(_ countryIDs: String...) {
        for id in Set(countryIDs) where universe.entity(withID: id) == nil && DocumentedCountryCodes.entities.contains(where: { $0.id == id }) {
            report.documentedCodeRows[id, default: 0] += 1
        }
    }

    /// The ID of the city with this name in this country (or this external ID), creating it on
    /// first mention: the universe city the name resolves to, else a city of the list's own.
    /// - Parameter bareName: the bare name a qualified form merges into (``NameVariants``), if any.
    mutating func city(name: String, countryID: String, externalID: String? = nil, location: GeoPoint?, population: Int? = nil,
                       bareName: String? = nil, line: Int) -> String {
        // A SAR named as a country is a city of its sovereign; its cities belong to that sovereign.
        let sovereign = countries[countryID].flatMap { $0.kind == .city ? $0.countryID : nil } ?? countryID
        let key = externalID ?? "\(sovereign)|\(CityResolver.key(bareName ?? name))"
        if let id = cityByKey[key] {
            report.mergedMentions += 1
            if bareName != nil, let index = pendingIndex[id], pending[index].name != name, !pending[index].aliases.contains(name) {
                pending[index].aliases.append(name)
            }
            if let location, let known = locationByCity[id], known.distance(to: location) > 50 { report.coordinateConflicts += 1 }
            return id
        }
        usedCountries.insert(countryID)
        usedCountries.insert(sovereign)
        var match = cityResolver.resolve(name: name, countryID: sovereign, location: location)
        if case .failure = match, let bareName { match = cityResolver.resolve(name: bareName, countryID: sovereign, location: location) }
        switch match {
        case .success(let found):
            var city = found.city
            cityByKey[key] = city.id
            if let externalID {
                var extra = city.attributes.extra
                extra["wikidata"] = extra["wikidata"].map { $0 + ";" + externalID } ?? externalID
                city.attributes.extra = extra
            }
            if added.contains(city.id) {
                report.mergedByResolution += 1
                report.mergedMentions += 1
                return city.id
            }
            if let location { locationByCity[city.id] = location }
            if let province = city.provinceID.flatMap({ universe.entity(withID: $0) }) { addOnce(province) }
            if let country = city.countryID { usedCountries.insert(country) }
            addOnce(city)
            report.placed[found.method, default: 0] += 1
            if found.coordinatesSetAside { report.placedDespiteGeocode += 1 }
            report.cities += 1
            return city.id
        case .failure(let miss):
            let id = externalID ?? ownID(country: sovereign, name: bareName ?? name)
            cityByKey[key] = id
            if added.contains(id) {
                report.mergedMentions += 1
                return id
            }
            report.unplaced.append(ImportReport.UnplacedName(countryID: sovereign, name: name, miss: miss.miss, candidates: miss.candidates,
                                                             nearest: miss.nearest))
            if let location { locationByCity[id] = location }
            let aliases = bareName != nil && bareName != name ? [name] : []
            addOnce(Entity(id: id, kind: .city, name: bareName ?? name, aliases: aliases, countryID: sovereign,
                           attributes: EntityAttributes(population: population, location: location, source: "\(source), line \(line)")))
            report.cities += 1
            return id
        }
    }

    /// Adds an entity unless one of its ID is there; entities reach the builder in `finish()`.
    private mutating func addOnce(_ entity: Entity) {
        guard added.insert(entity.id).inserted else { return }
        pendingIndex[entity.id] = pending.count
        pending.append(entity)
    }
    private var pending: [Entity] = []
    private var pendingIndex: [String: Int] = [:]

    /// Adds a sister tie between two cities unless it repeats a pair or ties a city to itself.
    mutating func tie(_ a: String, _ b: String, line: Int) {
        guard a != b else { report.selfPairs += 1; return }
        guard pairs.insert([min(a, b), max(a, b)]).inserted else { report.duplicatePairs += 1; return }
        builder.add(Tie(from: a, to: b, layer: Layer.sister.id, source: "\(source), line \(line)"))
        report.ties += 1
    }

    /// Builds the network with the countries it used, and finishes the report.
    mutating func finish() throws(DatasetError) -> ImportResult {
        // A territory comes with the state it belongs to, so that containment holds.
        var queue = usedCountries.sorted()
        while let id = queue.popLast() {
            guard let country = countries[id], !added.contains(id) else { continue }
            addOnce(country)
            if let sovereign = country.partOfID, !usedCountries.contains(sovereign), !added.contains(sovereign) {
                report.sovereignsAdded.append(sovereign)
                queue.append(sovereign)
            }
        }
        report.sovereignsAdded.sort()
        for entity in pending { builder.add(entity) }
        report.unplaced.sort { ($0.countryID, $0.name) < ($1.countryID, $1.name) }
        report.unresolvedCountries = unresolved.map { ImportReport.UnresolvedName(name: $0.key, rows: $0.value) }
            .sorted { ($1.rows, $0.name) < ($0.rows, $1.name) }
        report.corrections = corrected.map { ImportReport.Correction(name: $0.key, countryID: $0.value.0.countryID, method: $0.value.0.method, rows: $0.value.1) }
            .sorted { ($1.rows, $0.name) < ($0.rows, $1.name) }
        do {
            return ImportResult(network: try builder.build(), report: report)
        } catch {
            throw DatasetError(problems: error.problems)
        }
    }

    /// `CC-WP-<NAME>[-<PARENT>]`: "Gusu (Suzhou)" and "Suzhou – Gusu" are both `CN-WP-GUSU-SUZHOU`, as in
    /// `scripts/build_china_network.py`.
    func ownID(country: String, name: String) -> String {
        var core = name, parent = ""
        if let (head, qualifier) = CityResolver.splitParenthesis(name) {
            core = head; parent = qualifier
        } else {
            for dash in [" – ", " - ", " — "] {
                if let range = name.firstRange(of: dash) {
                    parent = String(name[..<range.lowerBound]); core = String(name[range.upperBound...])
                    break
                }
            }
        }
        let part = { (text: String) in CityResolver.key(text).uppercased().filter { $0.isASCII && ($0.isLetter || $0.isNumber) } }
        // A name with no Latin letter (聊城) is written by its code points, so that two such names stay apart.
        let hex = { (text: String) in text.unicodeScalars.prefix(8).map { String($0.value, radix: 16, uppercase: true) }.joined(separator: "U") }
        let coreKey = part(core).isEmpty && !core.isEmpty ? "U" + hex(core) : part(core)
        let parentKey = part(parent).isEmpty && !parent.isEmpty ? "U" + hex(parent) : part(parent)
        return "\(country)-WP-\(coreKey.isEmpty ? "X" : String(coreKey.prefix(40)))" + (parentKey.isEmpty ? "" : "-\(parentKey.prefix(40))")
    }
}
