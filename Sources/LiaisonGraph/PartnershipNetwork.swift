/// An immutable network of entities and typed ties, stored compactly.
///
/// Entities sit at dense indices in the order of their IDs, so that every result is the same
/// whatever order the input came in. Ties are stored column by column, and each layer has its
/// own compressed sparse row adjacency on `Int32` indices. Make one with ``NetworkBuilder``.
///
/// ```swift
/// var builder = NetworkBuilder(metadata: NetworkMetadata(name: "Example"))
/// builder.add(Entity(id: "CN", kind: .country, name: "China"))
/// builder.add(Entity(id: "CN-SHA", kind: .city, name: "Shanghai", countryID: "CN"))
/// builder.add(Entity(id: "JP", kind: .country, name: "Japan"))
/// builder.add(Entity(id: "JP-OSA", kind: .city, name: "Osaka", countryID: "JP"))
/// builder.add(Tie(from: "CN-SHA", to: "JP-OSA", layer: "sister", since: 1974, source: "…"))
/// let network = try builder.build()
/// ```
public struct PartnershipNetwork: Sendable {
    /// The network's name, date, focus and peers.
    public let metadata: NetworkMetadata
    /// The layers ties may have: the built-in five, then the dataset's own.
    public let layers: [Layer]
    /// The exchange areas ties may cover: the built-in four, then the dataset's own.
    public let areas: [String]
    /// Every entity, in the order of their IDs.
    public let entities: [Entity]

    package let tieStore: TieStore
    package let strings: StringTable
    /// One adjacency per layer, in the order of ``layers``.
    package let adjacency: [CompactAdjacency]
    package let indexByID: IDIndex
    /// Lower-cased names, Chinese names and aliases, to the entities that carry them; built on
    /// the first name lookup, since loading and most analyses never ask for one.
    private let nameIndex: NameIndex
    /// The positions of the organisations among ``entities``: the few entities that act for others,
    /// so that finding an entity's agents does not scan a world of cities.
    package let organisationPositions: [Int32]
    package var indexByName: [String: [Int32]] { nameIndex.index }

    /// Makes a network of entities sorted by ID. `indexByID`, when the caller has it already, must
    /// map each entity's ID to its position.
    package init(metadata: NetworkMetadata, layers: [Layer], areas: [String], entities: [Entity],
                 tieStore: TieStore, strings: StringTable, indexByID known: IDIndex? = nil) {
        self.metadata = metadata
        self.layers = layers
        self.areas = areas
        self.entities = entities
        self.tieStore = tieStore
        self.strings = strings
        indexByID = known ?? IDIndex(entities: entities)
        nameIndex = NameIndex(entities: entities)
        organisationPositions = entities.indices.filter { entities[$0].kind == .organisation }.map { Int32($0) }
        var endsByLayer = [[(from: Int32, to: Int32, tie: Int32)]](repeating: [], count: layers.count)
        for t in 0..<tieStore.count {
            endsByLayer[Int(tieStore.layer[t])].append((tieStore.from[t], tieStore.to[t], Int32(t)))
        }
        adjacency = endsByLayer.map { CompactAdjacency(nodeCount: entities.count, ends: $0) }
    }

    /// The number of entities.
    public var entityCount: Int { entities.count }

    /// The organisations (offices, liaison units, associations, international organisations), in ID order.
    /// - Complexity: O(1) to make; iterating is O(number of organisations).
    public var organisations: some RandomAccessCollection<Entity> { organisationPositions.lazy.map { entities[Int($0)] } }
    /// The number of ties.
    public var tieCount: Int { tieStore.count }

    /// The entity with this exact ID, or nil.
    /// - Complexity: O(1) on average.
    public func entity(withID id: String) -> Entity? {
        indexByID[id].map { entities[Int($0)] }
    }

    /// The dense index of the entity with this exact ID.
    package func index(of id: String) -> Int? { indexByID[id].map(Int.init) }

    /// The layer with this ID, or nil.
    public func layer(withID id: String) -> Layer? { layers.first { $0.id == id } }

    /// The position of a layer in ``layers``.
    package func layerIndex(of id: String) -> Int? { layers.firstIndex { $0.id == id } }

    /// The tie at a position, `0 ..< tieCount`, in the order the ties were added.
    /// - Complexity: O(a), a the number of areas it covers.
    public func tie(at position: Int) -> Tie {
        let s = tieStore
        return Tie(
            from: entities[Int(s.from[position])].id, to: entities[Int(s.to[position])].id,
            layer: layers[Int(s.layer[position])].id, status: s.status[position],
            since: TieStore.year(s.since[position]), until: TieStore.year(s.until[position]),
            statusSince: TieStore.year(s.statusSince[position]),
            weight: s.weight[position], areas: areaNames(mask: s.areas[position]),
            source: strings[s.source[position]], confidence: s.confidence[position],
            note: s.note[position] < 0 ? nil : strings[s.note[position]])
    }

    /// Every tie, in the order they were added.
    public var ties: some RandomAccessCollection<Tie> { (0..<tieCount).lazy.map { tie(at: $0) } }

    /// The ties that touch an entity, optionally only of one layer, ordered by layer then the
    /// other end's ID.
    public func ties(of entityID: String, layer layerID: String? = nil) -> [Tie] {
        guard let v = index(of: entityID) else { return [] }
        var result: [Tie] = []
        for (l, adjacency) in self.adjacency.enumerated() where layerID == nil || layers[l].id == layerID {
            for k in adjacency.range(of: v) { result.append(tie(at: Int(adjacency.tieIndices[k]))) }
        }
        return result
    }

    /// The IDs of the entities tied to one entity, on any layer or one, sorted, each once.
    public func neighbours(of entityID: String, layer layerID: String? = nil) -> [String] {
        guard let v = index(of: entityID) else { return [] }
        var seen = Set<Int32>()
        for (l, adjacency) in self.adjacency.enumerated() where layerID == nil || layers[l].id == layerID {
            for k in adjacency.range(of: v) { seen.insert(adjacency.neighbours[k]) }
        }
        return seen.sorted().map { entities[Int($0)].id }
    }

    package func areaNames(mask: UInt64) -> [String] {
        guard mask != 0 else { return [] }
        return areas.indices.filter { mask & (1 << UInt64($0)) != 0 }.map { areas[$0] }
    }
}
