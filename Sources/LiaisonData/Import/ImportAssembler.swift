import Foundation
import LiaisonGraph

/// Collects cities and ties from the rows of a public list: resolves countries, merges repeated
/// mentions of one city, drops repeated pairs, and counts everything in an ``ImportReport``.
/// The twin-town and Wikidata importers share it.
struct ImportAssembler {
    let resolver: CountryResolver
    let world: [String: Entity]
    let source: String
    var report = ImportReport()
    private var builder: NetworkBuilder
    private var cityByKey: [String: String] = [:]       // "CC|folded name" or external ID -> city ID
    private var locationByCity: [String: GeoPoint] = [:]
    private var usedIDs = Set<String>()
    private var usedCountries = Set<String>()
    private var pairs = Set<[String]>()
    private var resolutions: [String: CountryResolver.Resolution?] = [:]
    private var unresolved: [String: Int] = [:]
    private var corrected: [String: (CountryResolver.Resolution, Int)] = [:]

    init(world: PartnershipNetwork, metadata: NetworkMetadata, source: String) {
        resolver = CountryResolver(countries: world.entities)
        self.world = Dictionary(uniqueKeysWithValues: world.entities.filter { $0.kind == .country || $0.attributes.politicalStatus == .sar }.map { ($0.id, $0) })
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

    /// The ID of the city with this name in this country (or this external ID), creating it on
    /// first mention.
    mutating func city(name: String, countryID: String, externalID: String? = nil, location: GeoPoint?, population: Int? = nil,
                       line: Int) -> String {
        let key = externalID ?? "\(countryID)|\(CountryResolver.fold(name))"
        if let id = cityByKey[key] {
            report.mergedMentions += 1
            if let location, let known = locationByCity[id], known.distance(to: location) > 50 { report.coordinateConflicts += 1 }
            return id
        }
        // A SAR named as a country is a city of its sovereign; its cities belong to that sovereign.
        let sovereign = world[countryID].flatMap { $0.kind == .city ? $0.countryID : nil } ?? countryID
        usedCountries.insert(countryID)
        usedCountries.insert(sovereign)
        let id = uniqueID(externalID ?? "\(sovereign)-\(slug(name))")
        cityByKey[key] = id
        if let location { locationByCity[id] = location }
        builder.add(Entity(id: id, kind: .city, name: name, countryID: sovereign,
                           attributes: EntityAttributes(population: population, location: location, source: "\(source), line \(line)")))
        report.cities += 1
        return id
    }

    /// Adds a sister tie between two cities unless it repeats a pair or ties a city to itself.
    mutating func tie(_ a: String, _ b: String, line: Int) {
        guard a != b else { report.selfPairs += 1; return }
        guard pairs.insert([min(a, b), max(a, b)]).inserted else { report.duplicatePairs += 1; return }
        builder.add(Tie(from: a, to: b, layer: Layer.sister.id, source: "\(source), line \(line)"))
        report.ties += 1
    }

    /// Builds the network with the countries it used, and finishes the report.
    mutating func finish() throws(DatasetError) -> ImportResult {
        for id in usedCountries.sorted() { if let country = world[id] { builder.add(country) } }
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

    private mutating func uniqueID(_ base: String) -> String {
        var id = base
        var n = 2
        while usedIDs.contains(id) { id = "\(base)-\(n)"; n += 1 }
        usedIDs.insert(id)
        return id
    }

    /// Upper-case ASCII letters and digits joined by '-', from a folded name; "X" when none remain.
    private func slug(_ name: String) -> String {
        let folded = name.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).uppercased()
        var result = ""
        var pendingDash = false
        for scalar in folded.unicodeScalars {
            if (scalar >= "A" && scalar <= "Z") || (scalar >= "0" && scalar <= "9") {
                if pendingDash && !result.isEmpty { result.append("-") }
                result.unicodeScalars.append(scalar)
                pendingDash = false
            } else {
                pendingDash = true
            }
        }
        return result.isEmpty ? "X" : String(result.prefix(40))
    }
}
