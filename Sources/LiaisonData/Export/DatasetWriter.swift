import LiaisonGraph
import Yams

/// Writes a network as a dataset folder (`dataset.yaml` and the five tables), includes
/// flattened, so that loading the folder gives the same network.
public enum DatasetWriter {
    /// The folder's files by name, as text.
    /// - Complexity: O(n + m).
    public static func files(of network: PartnershipNetwork) -> [(name: String, text: String)] {
        var countries: [Entity] = [], provinces: [Entity] = [], cities: [Entity] = [], organisations: [Entity] = []
        for entity in network.entities {
            switch entity.kind {
            case .country: countries.append(entity)
            case .province: provinces.append(entity)
            case .city: if entity.attributes.politicalStatus == .sar { countries.append(entity) } else { cities.append(entity) }
            case .organisation: organisations.append(entity)
            }
        }
        let files: [(name: String, make: () -> String)] = [
            ("dataset.yaml", { manifest(of: network) }),
            ("countries.csv", { [countries] in table(countries, columns: countryColumns, values: countryValues) }),
            ("provinces.csv", { [provinces] in table(provinces, columns: ["id", "name", "name_zh", "aliases", "country"], values: commonValues) }),
            ("cities.csv", { [cities] in
                table(cities, columns: ["id", "name", "name_zh", "aliases", "country", "province", "tier", "level"], values: commonValues) }),
            ("organisations.csv", { [organisations] in
                table(organisations, columns: ["id", "kind", "name", "name_zh", "aliases", "city", "represents", "since", "until"], values: commonValues) }),
            ("ties.csv", { tiesTable(network) }),
        ]
        // The files are made side by side: the cities and the ties, the two large ones, on
        // different cores.
        return zip(files, ConcurrentMap.map(files.count) { files[$0].make() }).map { ($0.name, $1) }
    }

    /// Writes the folder atomically (a fresh sibling folder swapped in, see
    /// ``FileAccess/writeFolderAtomically(_:to:inputs:)``); refuses, before writing anything, a
    /// folder on, in or around an input.
    @discardableResult
    public static func write(_ network: PartnershipNetwork, to folder: String, inputs: [String]) throws(OutputError) -> FileAccess.WriteReport {
        try OutputGuard(inputs: inputs).check(folder, as: .folder)
        return try FileAccess.writeFolderAtomically(files(of: network).map { ($0.name, Array($0.text.utf8)) }, to: folder, inputs: inputs)
    }

    private static let trailingColumns = ["population", "population_year", "lat", "lon", "tags", "source", "confidence", "note"]
    private static let countryColumns = ["id", "alpha3", "name", "name_zh", "aliases", "status", "part_of", "region", "subregion",
        "memberships", "prc_relations_since", "bri_since", "overseas_chinese", "overseas_chinese_year", "gdp_usd", "gdp_year"]

    private static func table(_ entities: [Entity], columns: [String], values: @escaping (Entity, String) -> String?) -> String {
        let extraColumns = Set(entities.flatMap { $0.attributes.extra.keys }).subtracting(columns + trailingColumns).sorted()
        let header = columns + trailingColumns + extraColumns
        let rows = entities.lazy.map { entity in
            header.map { column in values(entity, column) ?? entity.attributes.extra[column] ?? "" }
        }
        return CSVText.table(header: header, rows: rows)
    }

    private static func commonValues(_ e: Entity, _ column: String) -> String? {
        let a = e.attributes
        switch column {
        case "id": return e.id
        case "name": return e.name
        case "name_zh": return e.nameZh
        case "aliases": return e.aliases.joined(separator: ";")
        case "country": return e.countryID
        case "province": return e.provinceID
        case "tier": return a.tier?.rawValue
        case "level": return a.level
        case "kind": return e.organisationKind?.rawValue
        case "city": return e.hostCityID
        case "represents": return e.representsID
        case "since": return a.since.map(String.init)
        case "until": return a.until.map(String.init)
        case "population": return a.population.map(String.init)
        case "population_year": return a.populationYear.map(String.init)
        case "lat": return a.location.map { String($0.latitude) }
        case "lon": return a.location.map { String($0.longitude) }
        case "tags": return a.tags.joined(separator: ";")
        case "source": return a.source
        case "confidence": return a.confidence?.rawValue
        case "note": return a.note
        default: return nil
        }
    }

    private static func countryValues(_ e: Entity, _ column: String) -> String? {
        let a = e.attributes
        let alpha3 = a.extra["alpha3"]
        switch column {
        case "alpha3": return alpha3
        case "aliases":
            // The loader adds alpha3 as the first alias; leave it out so it is not added twice.
            let aliases = alpha3 != nil && e.aliases.first == alpha3 ? Array(e.aliases.dropFirst()) : e.aliases
            return aliases.joined(separator: ";")
        case "status": return a.politicalStatus?.rawValue
        case "part_of": return a.politicalStatus == .sar ? e.countryID : e.partOfID
        case "region": return a.region
        case "subregion": return a.subregion
        case "memberships": return a.memberships.joined(separator: ";")
        case "prc_relations_since":
            switch a.prcRelations {
            case .since(let year)?: return String(year)
            case .none?: return "none"
            case nil: return nil
            }
        case "bri_since":
            switch a.beltAndRoad {
            case .signed(let year)?: return String(year)
            case .signedYearUnknown?: return "yes"
            case .withdrawn?: return "withdrawn"
            case nil: return nil
            }
        case "overseas_chinese": return a.overseasChinese.map(String.init)
        case "overseas_chinese_year": return a.overseasChineseYear.map(String.init)
        case "gdp_usd": return a.gdpUSD.map { String(Int64($0.rounded())) }
        case "gdp_year": return a.gdpYear.map(String.init)
        default: return commonValues(e, column)
        }
    }

    private static func tiesTable(_ network: PartnershipNetwork) -> String {
        let header = ["from", "to", "layer", "status", "since", "until", "status_since", "weight", "areas", "source", "confidence", "note"]
        let rows = network.ties.lazy.map { t in
            [t.from, t.to, t.layer, t.status.rawValue, t.since.map(String.init) ?? "", t.until.map(String.init) ?? "",
             t.statusSince.map(String.init) ?? "",
             t.weight == 1 ? "" : String(t.weight), t.areas.joined(separator: ";"), t.source, t.confidence?.rawValue ?? "", t.note ?? ""]
        }
        return CSVText.table(header: header, rows: rows)
    }

    private static func manifest(of network: PartnershipNetwork) -> String {
        let m = network.metadata
        typealias Y = YAMLText
        var pairs: [(String, Node)] = [("name", Y.string(m.name))]
        if !m.description.isEmpty { pairs.append(("description", Y.string(m.description))) }
        if let asOf = m.asOf { pairs.append(("as_of", Y.string(asOf))) }
        if let focus = m.focusID { pairs.append(("focus", Y.string(focus))) }
        if !m.peerIDs.isEmpty { pairs.append(("peers", Y.sequence(m.peerIDs.map(Y.string), flow: true))) }
        let layers = network.layers.dropFirst(Layer.builtIn.count)
        if !layers.isEmpty {
            pairs.append(("layers", Y.sequence(layers.map { layer in
                Y.mapping([("id", Y.string(layer.id)), ("name", Y.string(layer.name))]
                          + (layer.description.isEmpty ? [] : [("description", Y.string(layer.description))]))
            })))
        }
        let areas = network.areas.dropFirst(ExchangeArea.builtIn.count)
        if !areas.isEmpty { pairs.append(("areas", Y.sequence(areas.map(Y.string), flow: true))) }
        if !m.targetWeights.isEmpty || !m.priorityRegions.isEmpty {
            pairs.append(("weights", Y.mapping(m.targetWeights.sorted { $0.key < $1.key }.map { ($0.key, Y.number($0.value)) }
                                               + (m.priorityRegions.isEmpty ? [] : [("priority_regions", Y.sequence(m.priorityRegions.map(Y.string), flow: true))]))))
        }
        // The friendship network is written as the absolute path it was resolved to: an export lands elsewhere.
        if let friendships = m.friendshipNetwork { pairs.append(("friendship_network", Y.string(friendships))) }
        if !m.rulePolicies.isEmpty {
            pairs.append(("rules", Y.mapping(m.rulePolicies.sorted { $0.key < $1.key }.map { ($0.key.rawValue, Y.word($0.value.rawValue)) })))
        }
        if !m.sources.isEmpty {
            pairs.append(("sources", Y.sequence(m.sources.sorted { $0.key < $1.key }.map { Y.mapping([("id", Y.string($0.key)), ("title", Y.string($0.value))]) })))
        }
        return Y.document(Y.mapping(pairs), comments: ["Written by `liaison export`; includes are flattened into this folder."])
    }
}
