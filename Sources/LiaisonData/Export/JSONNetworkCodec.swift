import Foundation
import LiaisonGraph

/// The network as one JSON document, and back: every entity with its facts, every tie.
///
/// The document is `{"format": "liaison-network", "version": 1, "metadata": …, "layers": […],
/// "areas": […], "entities": […], "ties": […]}` with sorted keys, so equal networks give equal bytes.
public enum JSONNetworkCodec {
    /// The network as pretty-printed JSON bytes with sorted keys.
    public static func encode(_ network: PartnershipNetwork) -> [UInt8] {
        let document = Document(
            format: "liaison-network", version: 1,
            metadata: MetadataDTO(network.metadata),
            layers: network.layers.dropFirst(Layer.builtIn.count).map { LayerDTO(id: $0.id, name: $0.name, description: $0.description) },
            areas: Array(network.areas.dropFirst(ExchangeArea.builtIn.count)),
            entities: network.entities.map(EntityDTO.init),
            ties: network.ties.map(TieDTO.init))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Encoding plain value types cannot fail.
        return [UInt8]((try? encoder.encode(document)) ?? Data()) + [UInt8(ascii: "\n")]
    }

    /// Loads a network from a JSON file written by ``encode(_:)``.
    /// - Throws: ``DatasetError`` naming the file and the JSON path of the bad value.
    public static func load(_ path: String) throws(DatasetError) -> PartnershipNetwork {
        let bytes = try FileAccess.bytes(of: path)
        let document: Document
        do {
            document = try JSONDecoder().decode(Document.self, from: Data(bytes))
        } catch let DecodingError.dataCorrupted(context) {
            throw DatasetError(problem(path, context, "not valid JSON"))
        } catch let DecodingError.keyNotFound(key, context) {
            throw DatasetError(problem(path, context, "missing key '\(key.stringValue)'"))
        } catch let DecodingError.typeMismatch(_, context), let DecodingError.valueNotFound(_, context) {
            throw DatasetError(problem(path, context, "wrong type"))
        } catch {
            throw DatasetError(ValidationProblem(location: SourceLocation(file: path, line: 1, column: 1), value: "",
                message: "cannot read JSON: \(error)", expected: "a file written by liaison export --format json"))
        }
        guard document.format == "liaison-network" else {
            throw DatasetError(ValidationProblem(location: SourceLocation(file: path, line: 1, column: 1), value: document.format,
                message: "unknown format", expected: "\"format\": \"liaison-network\""))
        }
        var builder = NetworkBuilder(metadata: document.metadata.metadata)
        for layer in document.layers { builder.define(Layer(id: layer.id, name: layer.name, description: layer.description)) }
        for area in document.areas { builder.define(area: area) }
        var problems: [ValidationProblem] = []
        for (k, dto) in document.entities.enumerated() {
            do { builder.add(try dto.entity()) } catch {
                problems.append(ValidationProblem(location: SourceLocation(file: path, line: 1, column: 1), value: error.value,
                    message: "entities[\(k)]: \(error.message)", expected: error.expected))
            }
        }
        for (k, dto) in document.ties.enumerated() {
            do { builder.add(try dto.tie(), origin: RecordOrigin(file: path + " ties[\(k)]", line: 1)) } catch {
                problems.append(ValidationProblem(location: SourceLocation(file: path, line: 1, column: 1), value: error.value,
                    message: "ties[\(k)]: \(error.message)", expected: error.expected))
            }
        }
        problems.forEach { builder.report($0) }
        do { return try builder.build() } catch { throw DatasetError(problems: error.problems) }
    }

    private static func problem(_ path: String, _ context: DecodingError.Context, _ message: String) -> ValidationProblem {
        let where_ = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
        return ValidationProblem(location: SourceLocation(file: path, line: 1, column: 1), value: where_.isEmpty ? "(document)" : where_,
            message: "\(message) at", expected: "a file written by liaison export --format json")
    }
}

private struct DecodeProblem: Error { var value: String; var message: String; var expected: String }

private func decode<T: RawRepresentable & CaseIterable>(_ text: String?, _ type: T.Type, _ what: String) throws(DecodeProblem) -> T? where T.RawValue == String {
    guard let text else { return nil }
    guard let value = T(rawValue: text) else {
        throw DecodeProblem(value: text, message: "unknown \(what)", expected: T.allCases.map(\.rawValue).joined(separator: ", "))
    }
    return value
}

private struct Document: Codable {
    var format: String
    var version: Int
    var metadata: MetadataDTO
    var layers: [LayerDTO]
    var areas: [String]
    var entities: [EntityDTO]
    var ties: [TieDTO]
}

private struct LayerDTO: Codable { var id: String; var name: String; var description: String }

private struct MetadataDTO: Codable {
    var name: String, description: String, asOf: String?, focus: String?, peers: [String], sources: [String: String]
    var targetWeights: [String: Double]?, priorityRegions: [String]?
    init(_ m: NetworkMetadata) {
        name = m.name; description = m.description; asOf = m.asOf; focus = m.focusID; peers = m.peerIDs; sources = m.sources
        targetWeights = m.targetWeights.isEmpty ? nil : m.targetWeights
        priorityRegions = m.priorityRegions.isEmpty ? nil : m.priorityRegions
    }
    var metadata: NetworkMetadata {
        NetworkMetadata(name: name, description: description, asOf: asOf, focusID: focus, peerIDs: peers, sources: sources,
                        targetWeights: targetWeights ?? [:], priorityRegions: priorityRegions ?? [])
    }
}

private struct EntityDTO: Codable {
    var id: String, kind: String, name: String, nameZh: String?, aliases: [String]
    var country: String?, province: String?, hostCity: String?, represents: String?, partOf: String?, organisationKind: String?
    var population: Int?, populationYear: Int?, latitude: Double?, longitude: Double?, tier: String?, level: String?
    var region: String?, subregion: String?, memberships: [String], tags: [String], politicalStatus: String?
    var prcRelationsSince: String?, beltAndRoad: String?, overseasChinese: Int?, overseasChineseYear: Int?
    var since: Int?, until: Int?, source: String?, confidence: String?, note: String?, extra: [String: String]

    init(_ e: Entity) {
        let a = e.attributes
        id = e.id; kind = e.kind.rawValue; name = e.name; nameZh = e.nameZh; aliases = e.aliases
        country = e.countryID; province = e.provinceID; hostCity = e.hostCityID; represents = e.representsID
        partOf = e.partOfID; organisationKind = e.organisationKind?.rawValue
        population = a.population; populationYear = a.populationYear
        latitude = a.location?.latitude; longitude = a.location?.longitude
        tier = a.tier?.rawValue; level = a.level; region = a.region; subregion = a.subregion
        memberships = a.memberships; tags = a.tags; politicalStatus = a.politicalStatus?.rawValue
        switch a.prcRelations {
        case .since(let year)?: prcRelationsSince = String(year)
        case .none?: prcRelationsSince = "none"
        case nil: prcRelationsSince = nil
        }
        switch a.beltAndRoad {
        case .signed(let year)?: beltAndRoad = String(year)
        case .signedYearUnknown?: beltAndRoad = "yes"
        case .withdrawn?: beltAndRoad = "withdrawn"
        case nil: beltAndRoad = nil
        }
        overseasChinese = a.overseasChinese; overseasChineseYear = a.overseasChineseYear
        since = a.since; until = a.until; source = a.source; confidence = a.confidence?.rawValue; note = a.note; extra = a.extra
    }

    func entity() throws(DecodeProblem) -> Entity {
        guard let kind = try decode(kind, EntityKind.self, "entity kind") else { throw DecodeProblem(value: "", message: "no kind", expected: "") }
        var a = EntityAttributes(population: population, populationYear: populationYear,
            tier: try decode(tier, CityTier.self, "tier"), level: level, region: region, subregion: subregion,
            memberships: memberships, tags: tags, politicalStatus: try decode(politicalStatus, PoliticalStatus.self, "political status"),
            overseasChinese: overseasChinese, overseasChineseYear: overseasChineseYear, since: since, until: until,
            source: source, confidence: try decode(confidence, Confidence.self, "confidence"), note: note, extra: extra)
        if let latitude, let longitude { a.location = GeoPoint(latitude: latitude, longitude: longitude) }
        switch prcRelationsSince {
        case "none"?: a.prcRelations = PRCRelations.none
        case let text?: a.prcRelations = Int(text).map { .since($0) }
        case nil: break
        }
        switch beltAndRoad {
        case "yes"?: a.beltAndRoad = .signedYearUnknown
        case "withdrawn"?: a.beltAndRoad = .withdrawn
        case let text?: a.beltAndRoad = Int(text).map { .signed(year: $0) }
        case nil: break
        }
        return Entity(id: id, kind: kind, name: name, nameZh: nameZh, aliases: aliases, countryID: country, provinceID: province,
                      hostCityID: hostCity, representsID: represents, partOfID: partOf,
                      organisationKind: try decode(organisationKind, OrganisationKind.self, "organisation kind"), attributes: a)
    }
}

private struct TieDTO: Codable {
    var from: String, to: String, layer: String, status: String, since: Int?, until: Int?, weight: Double, areas: [String]
    var source: String, confidence: String?, note: String?

    init(_ t: Tie) {
        from = t.from; to = t.to; layer = t.layer; status = t.status.rawValue; since = t.since; until = t.until
        weight = t.weight; areas = t.areas; source = t.source; confidence = t.confidence?.rawValue; note = t.note
    }

    func tie() throws(DecodeProblem) -> Tie {
        Tie(from: from, to: to, layer: layer, status: try decode(status, TieStatus.self, "status") ?? .active, since: since,
            until: until, weight: weight, areas: areas, source: source,
            confidence: try decode(confidence, Confidence.self, "confidence"), note: note)
    }
}
