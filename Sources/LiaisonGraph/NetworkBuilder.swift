/// Collects entities, ties, layers and areas, checks them all, and builds a ``PartnershipNetwork``.
///
/// The builder reports every problem at once: duplicate IDs, unknown references, containment
/// that disagrees (a city in a province of another country), self-ties, unknown layers or areas,
/// and impossible years. A record added with a ``RecordOrigin`` gets problems that name its file,
/// line and the column of the bad field.
public struct NetworkBuilder: Sendable {
    /// The network's name, date, focus and peers.
    public var metadata: NetworkMetadata
    private var layers: [Layer] = Layer.builtIn
    private var areas: [String] = ExchangeArea.builtIn
    private var entities: [(entity: Entity, origin: RecordOrigin?)] = []
    private var ties: [(tie: Tie, origin: RecordOrigin?)] = []
    private var extraProblems: [ValidationProblem] = []

    /// Starts an empty builder with the built-in layers and areas.
    public init(metadata: NetworkMetadata = NetworkMetadata()) {
        self.metadata = metadata
    }

    /// Adds a layer beyond the built-in ones; a second layer with the same ID is a problem.
    public mutating func define(_ layer: Layer, origin: RecordOrigin? = nil) {
        if layers.contains(where: { $0.id == layer.id }) {
            extraProblems.append(ValidationProblem(location: origin?.location(ofField: "id"), value: layer.id,
                message: "layer defined twice", expected: "each layer ID once"))
            return
        }
        layers.append(layer)
    }

    /// Adds an exchange area beyond the built-in ones; defining one twice is harmless.
    public mutating func define(area: String, origin: RecordOrigin? = nil) {
        if areas.contains(area) { return }
        if areas.count == 64 {
            extraProblems.append(ValidationProblem(location: origin?.location(ofField: nil), value: area,
                message: "too many exchange areas", expected: "at most 64 areas in one network"))
            return
        }
        areas.append(area)
    }

    /// Adds an entity.
    public mutating func add(_ entity: Entity, origin: RecordOrigin? = nil) {
        entities.append((entity, origin))
    }

    /// Adds a tie.
    public mutating func add(_ tie: Tie, origin: RecordOrigin? = nil) {
        ties.append((tie, origin))
    }

    /// Records a problem found by a loader, so that it is reported with the builder's own.
    public mutating func report(_ problem: ValidationProblem) {
        extraProblems.append(problem)
    }

    /// The number of entities added so far.
    public var entityCount: Int { entities.count }
    /// The number of ties added so far.
    public var tieCount: Int { ties.count }

    /// Checks everything and builds the network.
    /// - Throws: ``NetworkError`` listing every problem, sorted by location.
    /// - Complexity: O(n log n + m), n entities and m ties.
    public func build() throws(NetworkError) -> PartnershipNetwork {
        var problems = extraProblems

        // Entities, sorted by ID; the first of two with one ID wins, the second is a problem. Sorting
        // by (ID, position added) puts the records of one ID side by side, the first one first.
        let ids = entities.map(\.entity.id)
        var order = Array(entities.indices)
        order.sort { ids[$0] != ids[$1] ? ids[$0] < ids[$1] : $0 < $1 }
        var kept: [Int] = []
        kept.reserveCapacity(entities.count)
        for i in order {
            if let first = kept.last, ids[first] == ids[i] {
                let earlier = entities[first].origin.map { " (first at \($0.location(ofField: "id")))" } ?? ""
                problems.append(ValidationProblem(location: entities[i].origin?.location(ofField: "id"),
                    value: ids[i], message: "duplicate ID\(earlier)", expected: "each ID once across the dataset and its includes"))
            } else {
                kept.append(i)
            }
        }
        var sorted = kept.map { entities[$0].entity }
        var indexByID = [String: Int32](minimumCapacity: sorted.count)
        for (i, e) in sorted.enumerated() { indexByID[e.id] = Int32(i) }
        // Containers first, so that a city's country (from its province) is known before its
        // organisations ask for it. An entity's check reads only entities of other kinds, so each
        // is checked on a copy and written back, and the array is never copied whole.
        for kind in EntityKind.allCases {
            for (position, i) in kept.enumerated() where sorted[position].kind == kind {
                var entity = sorted[position]
                checkContainment(of: &entity, origin: entities[i].origin, all: sorted, indexByID: indexByID, into: &problems)
                sorted[position] = entity
            }
        }

        // Ties.
        let asOfYear = metadata.asOfYear
        let layerIndex = Dictionary(uniqueKeysWithValues: layers.enumerated().map { ($1.id, UInt16($0)) })
        let areaIndex = Dictionary(uniqueKeysWithValues: areas.enumerated().map { ($1, $0) })
        var store = TieStore()
        store.reserve(ties.count)
        var strings = StringTable()
        var seenPairs = Set<TieKey>(minimumCapacity: ties.count)
        for (tie, origin) in ties {
            let before = problems.count
            func problem(_ field: String, _ value: String, _ message: String, _ expected: String?) {
                problems.append(ValidationProblem(location: origin?.location(ofField: field), value: value,
                    message: message, expected: expected))
            }
            let from = indexByID[tie.from], to = indexByID[tie.to]
            if from == nil { problem("from", tie.from, "unknown entity", suggestionText(for: tie.from, in: sorted)) }
            if to == nil { problem("to", tie.to, "unknown entity", suggestionText(for: tie.to, in: sorted)) }
            if tie.from == tie.to { problem("to", tie.to, "tie from an entity to itself", "two different entities") }
            let layer = layerIndex[tie.layer]
            if layer == nil {
                problem("layer", tie.layer, "unknown layer", "known layers: \(layers.map(\.id).joined(separator: ", ")), or define it in dataset.yaml")
            }
            var mask: UInt64 = 0
            for area in tie.areas {
                if let k = areaIndex[area] { mask |= 1 << UInt64(k) } else {
                    problem("areas", area, "unknown exchange area", "known areas: \(areas.joined(separator: ", ")), or define it in dataset.yaml")
                }
            }
            if let since = tie.since, let until = tie.until, since > until {
                problem("since", String(since), "tie starts after it ends (until \(until))", "a start year no later than the end year")
            }
            if let since = tie.since, let asOfYear, since > asOfYear {
                problem("since", String(since), "tie starts after the dataset's as-of date \(metadata.asOf ?? "")", "a year up to \(asOfYear)")
            }
            if !(tie.weight > 0 && tie.weight.isFinite) {
                problem("weight", String(tie.weight), "weight is not a positive number", "a positive number, or empty for 1")
            }
            if tie.source.isEmpty { problem("source", "", "tie has no source", "a URL or a publication") }
            guard problems.count == before, let from, let to, let layer else { continue }
            let key = TieKey(a: min(from, to), b: max(from, to), layer: layer, since: TieStore.stored(tie.since))
            if !seenPairs.insert(key).inserted {
                problem("to", tie.to, "duplicate tie between \(tie.from) and \(tie.to) on layer \(tie.layer)", "one row per pair, layer and start year")
                continue
            }
            store.from.append(from); store.to.append(to); store.layer.append(layer)
            store.status.append(tie.status); store.since.append(TieStore.stored(tie.since))
            store.until.append(TieStore.stored(tie.until)); store.weight.append(tie.weight)
            store.areas.append(mask); store.source.append(strings.intern(tie.source))
            store.confidence.append(tie.confidence)
            store.note.append(tie.note.map { strings.intern($0) } ?? -1)
        }
        for (field, id) in [("focus", metadata.focusID)] + metadata.peerIDs.map({ ("peers", Optional($0)) }) {
            if let id, indexByID[id] == nil {
                problems.append(ValidationProblem(location: nil, value: id, message: "unknown \(field) entity",
                    expected: suggestionText(for: id, in: sorted)))
            }
        }
        guard problems.isEmpty else {
            throw NetworkError(problems: problems.sortedByLocation())
        }
        return PartnershipNetwork(metadata: metadata, layers: layers, areas: areas, entities: sorted,
                                  tieStore: store, strings: strings, indexByID: indexByID)
    }

    private struct TieKey: Hashable {
        var a: Int32, b: Int32, layer: UInt16, since: Int16
    }

    /// Checks that an entity's containment references exist, have the right kinds and agree, and
    /// fills in the country of a city from its province and of an organisation from its host city.
    private func checkContainment(of entity: inout Entity, origin: RecordOrigin?, all: [Entity],
                                  indexByID: [String: Int32], into problems: inout [ValidationProblem]) {
        func lookUp(_ id: String?, field: String, kinds: [EntityKind]) -> Entity? {
            guard let id else { return nil }
            guard let i = indexByID[id] else {
                problems.append(ValidationProblem(location: origin?.location(ofField: field), value: id,
                    message: "unknown \(kinds.map(\.rawValue).joined(separator: " or "))", expected: suggestionText(for: id, in: all, kinds: kinds)))
                return nil
            }
            let found = all[Int(i)]
            guard kinds.contains(found.kind) else {
                problems.append(ValidationProblem(location: origin?.location(ofField: field), value: id,
                    message: "\(id) is a \(found.kind.rawValue), not a \(kinds.map(\.rawValue).joined(separator: " or "))", expected: nil))
                return nil
            }
            return found
        }
        switch entity.kind {
        case .country:
            if entity.countryID == nil { entity.countryID = entity.id }
            _ = lookUp(entity.partOfID, field: "part_of", kinds: [.country])
        case .province:
            if entity.countryID == nil {
                problems.append(ValidationProblem(location: origin?.location(ofField: "country"), value: "",
                    message: "province \(entity.id) has no country", expected: "an ISO 3166-1 alpha-2 code"))
            }
            _ = lookUp(entity.countryID, field: "country", kinds: [.country])
        case .city:
            let country = lookUp(entity.countryID, field: "country", kinds: [.country])
            if let province = lookUp(entity.provinceID, field: "province", kinds: [.province]) {
                if entity.countryID == nil { entity.countryID = province.countryID }
                if let country, province.countryID != country.id {
                    problems.append(ValidationProblem(location: origin?.location(ofField: "province"), value: province.id,
                        message: "city \(entity.id) is in country \(country.id) but its province is in \(province.countryID ?? "no country")",
                        expected: "a province of \(country.id)"))
                }
            }
            if entity.countryID == nil {
                problems.append(ValidationProblem(location: origin?.location(ofField: "country"), value: "",
                    message: "city \(entity.id) has no country", expected: "an ISO 3166-1 alpha-2 code"))
            }
        case .organisation:
            if entity.hostCityID == nil {
                problems.append(ValidationProblem(location: origin?.location(ofField: "city"), value: "",
                    message: "organisation \(entity.id) has no host city", expected: "the ID of a city"))
            }
            if let city = lookUp(entity.hostCityID, field: "city", kinds: [.city]) { entity.countryID = city.countryID }
            _ = lookUp(entity.representsID, field: "represents", kinds: EntityKind.allCases)
        }
    }
}

extension Array where Element == ValidationProblem {
    /// Sorted by location (problems without one last), then by message, so reports are stable.
    package func sortedByLocation() -> [ValidationProblem] {
        sorted { a, b in
            switch (a.location, b.location) {
            case let (x?, y?) where x != y: return x < y
            case (nil, _?): return false
            case (_?, nil): return true
            default: return (a.message, a.value) < (b.message, b.value)
            }
        }
    }
}
