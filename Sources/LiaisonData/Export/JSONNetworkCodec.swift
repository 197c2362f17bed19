import Foundation
import LiaisonGraph

/// The network as one JSON document, and back: every entity with its facts, every tie.
///
/// The document is `{"format": "liaison-network", "version": 1, "metadata": …, "layers": […],
/// "areas": […], "entities": […], "ties": […]}` with sorted keys, so equal networks give equal bytes.
public enum JSONNetworkCodec {
    /// The network as pretty-printed JSON bytes with sorted keys.
    ///
    /// The document is written member by member, in the sorted order of ``Document``'s keys, each
    /// value encoded by `JSONEncoder` and indented to its depth; the entities and the ties are
    /// encoded in chunks on every core. The bytes are those of encoding the whole ``Document`` at
    /// once (`JSONNetworkCodecTests`), without holding every record's encoding tree at once.
    /// - Parameters:
    ///   - chunkSize: records encoded together (small values for tests).
    ///   - progress: told how many entities and ties have been encoded.
    public static func encode(_ network: PartnershipNetwork, chunkSize: Int = 8_192, progress: ProgressHandler? = nil) -> [UInt8] {
        let tally = progress.map { ProgressTally(stage: "writing JSON", total: network.entityCount + network.tieCount, handler: $0) }
        let layers = network.layers.dropFirst(Layer.builtIn.count).map { LayerDTO(id: $0.id, name: $0.name, description: $0.description) }
        let records = { (body: [UInt8], empty: [UInt8]) -> [UInt8] in body.isEmpty ? empty : Array("[\n".utf8) + body + Array("\n  ]".utf8) }
        // In the sorted order of Document's coding keys, as `.sortedKeys` writes them.
        let members: [(key: Document.CodingKeys, value: [UInt8])] = [
            (.areas, member(encoded(Array(network.areas.dropFirst(ExchangeArea.builtIn.count))))),
            (.entities, records(elements(count: network.entityCount, chunkSize: chunkSize, tally: tally) { EntityDTO(network.entities[$0]) },
                                member(encoded([EntityDTO]())))),
            (.format, encoded("liaison-network")),
            (.layers, member(encoded(layers))),
            (.metadata, member(encoded(MetadataDTO(network.metadata)))),
            (.ties, records(elements(count: network.tieCount, chunkSize: chunkSize, tally: tally) { TieDTO(network.tie(at: $0)) },
                            member(encoded([TieDTO]())))),
            (.version, encoded(1)),
        ]
        var document = Array("{\n".utf8)
        for (k, member) in members.enumerated() {
            document += Array("  \"\(member.key.stringValue)\" : ".utf8) + member.value
            document += Array((k < members.count - 1 ? ",\n" : "\n").utf8)
        }
        return document + Array("}\n".utf8)
    }

    /// A value's encoding as a member of the top-level object: every line after the first
    /// indented by two spaces.
    private static func member(_ value: [UInt8]) -> [UInt8] { indented(value, firstLine: false) }

    /// `bytes` two spaces deeper: every line, or every line after the first. Empty lines (inside
    /// empty arrays) stay empty; JSON strings hold no raw line feed, so every 0x0A ends a line.
    private static func indented(_ bytes: some Collection<UInt8>, firstLine: Bool) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + bytes.count / 8)
        var atLineStart = firstLine
        for byte in bytes {
            if atLineStart && byte != 0x0A { out += [0x20, 0x20] }
            out.append(byte)
            atLineStart = byte == 0x0A
        }
        return out
    }

    private static func encoded(_ value: some Encodable) -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Encoding plain value types cannot fail.
        return [UInt8]((try? encoder.encode(value)) ?? Data())
    }

    /// The elements `0 ..< count` as they appear inside one of the document's top-level arrays:
    /// each chunk is encoded as an array of its own, whose elements sit two spaces shallower
    /// than in the document; its brackets are dropped and every line indented by two spaces.
    private static func elements<Element: Encodable>(count: Int, chunkSize: Int, tally: ProgressTally?, _ element: (Int) -> Element) -> [UInt8] {
        let parts = ConcurrentMap.chunks(of: count, size: chunkSize) { range in
            let array = encoded(range.map(element))   // "[\n  {…},\n  {…}\n]"
            let body = indented(array.dropFirst(2).dropLast(2), firstLine: true)
            tally?.advance(by: range.count)
            return body
        }
        return Array(parts.joined(separator: Array(",\n".utf8)))
    }

    /// Loads a network from a JSON file written by ``encode(_:)``, with the checks the CSV loader
    /// makes (value ranges, dates, references, duplicates, focus and peers), each problem at the
    /// line and column of the bad value in the JSON file.
    /// - Throws: ``DatasetError`` listing every problem.
    public static func load(_ path: String) throws(DatasetError) -> PartnershipNetwork {
        let bytes = try FileAccess.bytes(of: path)
        let positions = JSONPositions(bytes: bytes, file: path)
        let document: Document
        do {
            document = try JSONDecoder().decode(Document.self, from: Data(bytes))
        } catch let DecodingError.dataCorrupted(context) {
            throw DatasetError(problem(path, context, "not valid JSON", positions))
        } catch let DecodingError.keyNotFound(key, context) {
            throw DatasetError(problem(path, context, "missing key '\(key.stringValue)'", positions))
        } catch let DecodingError.typeMismatch(_, context), let DecodingError.valueNotFound(_, context) {
            throw DatasetError(problem(path, context, "wrong type", positions))
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
        var problems = JSONValueChecks.metadata(document.metadata, at: positions)
        let entityLocator = positions.locator("entities"), tieLocator = positions.locator("ties")
        for (k, dto) in document.entities.enumerated() {
            let found = JSONValueChecks.entity(dto, k, at: positions)
            problems += found
            do { builder.add(try dto.entity(), origin: RecordOrigin(locator: entityLocator, record: k)) } catch {
                problems.append(ValidationProblem(location: positions.location("entities", k, field: error.field), value: error.value,
                    message: error.message, expected: error.expected))
            }
        }
        for (k, dto) in document.ties.enumerated() {
            problems += JSONValueChecks.tie(dto, k, at: positions)
            do { builder.add(try dto.tie(), origin: RecordOrigin(locator: tieLocator, record: k)) } catch {
                problems.append(ValidationProblem(location: positions.location("ties", k, field: error.field), value: error.value,
                    message: error.message, expected: error.expected))
            }
        }
        problems.forEach { builder.report($0) }
        do { return try builder.build() } catch {
            // The builder's problems for focus and peers have no location: point them at the metadata.
            throw DatasetError(problems: error.problems.map { problem in
                guard problem.location == nil else { return problem }
                var located = problem
                located.location = positions.metadata[problem.message.contains("peers") ? "peers" : "focus"]
                    ?? SourceLocation(file: path, line: 1, column: 1)
                return located
            }.sortedByLocation())
        }
    }

    private static func problem(_ path: String, _ context: DecodingError.Context, _ message: String, _ positions: JSONPositions) -> ValidationProblem {
        let where_ = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
        let keys = context.codingPath
        var location = SourceLocation(file: path, line: 1, column: 1)
        if keys.count >= 2, let k = keys[1].intValue, ["entities", "ties"].contains(keys[0].stringValue) {
            location = positions.location(keys[0].stringValue, k, field: keys.count > 2 ? keys[2].stringValue : nil)
        } else if keys.count >= 2, keys[0].stringValue == "metadata", let place = positions.metadata[keys[1].stringValue] {
            location = place
        }
        return ValidationProblem(location: location, value: where_.isEmpty ? "(document)" : where_,
            message: "\(message) at", expected: "a file written by liaison export --format json")
    }
}

struct DecodeProblem: Error { var value: String; var message: String; var expected: String; var field: String? = nil }

private func decode<T: RawRepresentable & CaseIterable>(_ text: String?, _ type: T.Type, _ what: String, field: String? = nil) throws(DecodeProblem) -> T? where T.RawValue == String {
    guard let text else { return nil }
    guard let value = T(rawValue: text) else {
        throw DecodeProblem(value: text, message: "unknown \(what)", expected: T.allCases.map(\.rawValue).joined(separator: ", "), field: field)
    }
    return value
}

struct Document: Codable {
    var format: String
    var version: Int
    var metadata: MetadataDTO
    var layers: [LayerDTO]
    var areas: [String]
    var entities: [EntityDTO]
    var ties: [TieDTO]

    /// The document's keys, which ``JSONNetworkCodec/encode(_:chunkSize:progress:)`` writes one by one.
    enum CodingKeys: String, CodingKey { case format, version, metadata, layers, areas, entities, ties }
}

struct LayerDTO: Codable { var id: String; var name: String; var description: String }

struct MetadataDTO: Codable {
    var name: String, description: String, asOf: String?, focus: String?, peers: [String], sources: [String: String]
    var targetWeights: [String: Double]?, priorityRegions: [String]?, rules: [String: String]?, friendshipNetwork: String?
    init(_ m: NetworkMetadata) {
        name = m.name; description = m.description; asOf = m.asOf; focus = m.focusID; peers = m.peerIDs; sources = m.sources
        targetWeights = m.targetWeights.isEmpty ? nil : m.targetWeights
        priorityRegions = m.priorityRegions.isEmpty ? nil : m.priorityRegions
        rules = m.rulePolicies.isEmpty ? nil : Dictionary(uniqueKeysWithValues: m.rulePolicies.map { ($0.key.rawValue, $0.value.rawValue) })
        friendshipNetwork = m.friendshipNetwork
    }
    var metadata: NetworkMetadata {
        NetworkMetadata(name: name, description: description, asOf: asOf, focusID: focus, peerIDs: peers, sources: sources,
                        targetWeights: targetWeights ?? [:], priorityRegions: priorityRegions ?? [],
                        rulePolicies: Dictionary(uniqueKeysWithValues: (rules ?? [:]).compactMap { key, value in
                            PartnershipRule(rawValue: key).flatMap { rule in RulePolicy(rawValue: value).map { (rule, $0) } } }),
                        friendshipNetwork: friendshipNetwork)
    }
}

struct EntityDTO: Codable {
    var id: String, kind: String, name: String, nameZh: String?, aliases: [String]
    var country: String?, province: String?, hostCity: String?, represents: String?, partOf: String?, organisationKind: String?
    var population: Int?, populationYear: Int?, latitude: Double?, longitude: Double?, tier: String?, level: String?
    var region: String?, subregion: String?, memberships: [String], tags: [String], politicalStatus: String?
    var prcRelationsSince: String?, beltAndRoad: String?, overseasChinese: Int?, overseasChineseYear: Int?
    var gdpUSD: Double?, gdpYear: Int?
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
        gdpUSD = a.gdpUSD; gdpYear = a.gdpYear
        since = a.since; until = a.until; source = a.source; confidence = a.confidence?.rawValue; note = a.note; extra = a.extra
    }

    func entity() throws(DecodeProblem) -> Entity {
        guard let kind = try decode(kind, EntityKind.self, "entity kind", field: "kind") else { throw DecodeProblem(value: "", message: "no kind", expected: "") }
        var a = EntityAttributes(population: population, populationYear: populationYear,
            tier: try decode(tier, CityTier.self, "tier", field: "tier"), level: level, region: region, subregion: subregion,
            memberships: memberships, tags: tags, politicalStatus: try decode(politicalStatus, PoliticalStatus.self, "political status", field: "politicalStatus"),
            overseasChinese: overseasChinese, overseasChineseYear: overseasChineseYear, since: since, until: until,
            source: source, confidence: try decode(confidence, Confidence.self, "confidence", field: "confidence"), note: note, extra: extra)
        a.gdpUSD = gdpUSD; a.gdpYear = gdpYear
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
                      organisationKind: try decode(organisationKind, OrganisationKind.self, "organisation kind", field: "organisationKind"), attributes: a)
    }
}

struct TieDTO: Codable {
    var from: String, to: String, layer: String, status: String, since: Int?, until: Int?, statusSince: Int?, weight: Double, areas: [String]
    var source: String, confidence: String?, note: String?

    init(_ t: Tie) {
        from = t.from; to = t.to; layer = t.layer; status = t.status.rawValue; since = t.since; until = t.until; statusSince = t.statusSince
        weight = t.weight; areas = t.areas; source = t.source; confidence = t.confidence?.rawValue; note = t.note
    }

    func tie() throws(DecodeProblem) -> Tie {
        Tie(from: from, to: to, layer: layer, status: try decode(status, TieStatus.self, "status", field: "status") ?? .active, since: since,
            until: until, statusSince: statusSince, weight: weight, areas: areas, source: source,
            confidence: try decode(confidence, Confidence.self, "confidence", field: "confidence"), note: note)
    }
}
