/// What is in a network, counted: entities per kind, ties per layer and status, entities and ties
/// per region, and the focus's ties per layer.
public struct NetworkSummary: Sendable, Hashable {
    /// A label and a count.
    public struct Count: Sendable, Hashable {
        /// What is counted.
        public var label: String
        /// How many.
        public var count: Int

        /// Makes a count.
        public init(label: String, count: Int) {
            self.label = label
            self.count = count
        }
    }

    /// One layer's ties by status.
    public struct LayerCount: Sendable, Hashable {
        /// The layer's ID.
        public var layer: String
        /// Ties per status, in procedure order, every status present.
        public var byStatus: [TieStatus: Int]
        /// All ties of the layer.
        public var total: Int { byStatus.values.reduce(0, +) }
    }

    /// Entities per kind, in kind order.
    public var entitiesByKind: [Count]
    /// Entities per kind with at least one tie in the view, in kind order: the network proper, as
    /// against the reference rows (the world's cities and provinces) a dataset includes.
    public var tiedEntitiesByKind: [Count]
    /// Organisations per organisation kind, in kind order, kinds with none left out.
    public var organisationsByKind: [Count]
    /// Ties per layer and status, in layer order.
    public var tiesByLayer: [LayerCount]
    /// Entities per UN M49 region of their country, sorted by region, "(no region)" last.
    public var entitiesByRegion: [Count]
    /// Entities with at least one tie in the view per UN M49 region, in the order of ``entitiesByRegion``.
    public var tiedEntitiesByRegion: [Count]
    /// Ties per region of the far end, counting each tie once per distinct region of its ends.
    public var tiesByRegion: [Count]
    /// The focus entity, when the network has one.
    public var focus: Entity?
    /// The focus's ties per layer, in layer order.
    public var focusTiesByLayer: [Count]
    /// The number of entities and ties.
    public var entityCount: Int, tieCount: Int
    /// Ties a year filter left out for having no start year (see ``NetworkView/tiesWithoutStartYear``).
    public var tiesWithoutStartYear: Int

    /// Counts a view of a network.
    /// - Complexity: O(n + m).
    public init(_ view: NetworkView) {
        let network = view.network
        let ties = view.ties
        let store = network.tieStore
        var tied = BitSet(capacity: network.entityCount)
        for t in 0..<store.count where view.tieMask[t] { tied[Int(store.from[t])] = true; tied[Int(store.to[t])] = true }
        // One pass over the entities, read in place (a dataset that includes the world's cities holds
        // thousands, and a copy of each retains its strings): kinds, organisation kinds, tied entities
        // and regions, each country's region found once.
        let noRegion = "(no region)"
        var countryRegion: [String: String] = [:]
        // Fields, not the entity: passing an entity to a function copies it.
        func region(kind: EntityKind, countryID: String?, own: @autoclosure () -> String?) -> String {
            guard kind != .country, let countryID else { return own() ?? noRegion }
            if let known = countryRegion[countryID] { return known }
            let found = network.entity(withID: countryID)?.attributes.region ?? own() ?? noRegion
            countryRegion[countryID] = found
            return found
        }
        func region(of id: String) -> String {
            guard let i = network.index(of: id) else { return noRegion }
            return region(kind: network.entities[i].kind, countryID: network.entities[i].countryID, own: network.entities[i].attributes.region)
        }
        var byKind: [EntityKind: Int] = [:], tiedByKind: [EntityKind: Int] = [:], byOrganisationKind: [OrganisationKind: Int] = [:]
        var entityRegions: [String: Int] = [:], tiedRegions: [String: Int] = [:]
        var offices: [String] = []
        let focusID = network.metadata.focusID
        unsafe network.entities.withUnsafeBufferPointer { all in
            for i in all.indices where view.entityMask[i] {
                let isTied = tied[i]
                unsafe byKind[all[i].kind, default: 0] += 1
                if isTied { unsafe tiedByKind[all[i].kind, default: 0] += 1 }
                if let kind = unsafe all[i].organisationKind {
                    byOrganisationKind[kind, default: 0] += 1
                    if unsafe focusID != nil && all[i].representsID == focusID { unsafe offices.append(all[i].id) }
                }
                let r = unsafe region(kind: all[i].kind, countryID: all[i].countryID, own: all[i].attributes.region)
                entityRegions[r, default: 0] += 1
                if isTied { tiedRegions[r, default: 0] += 1 }
            }
        }
        entityCount = view.entityCount
        entitiesByKind = EntityKind.allCases.map { Count(label: $0.rawValue, count: byKind[$0] ?? 0) }
        organisationsByKind = OrganisationKind.allCases.compactMap { kind in
            byOrganisationKind[kind].map { Count(label: kind.rawValue, count: $0) }
        }
        tiedEntitiesByKind = EntityKind.allCases.map { Count(label: $0.rawValue, count: tiedByKind[$0] ?? 0) }
        tieCount = ties.count
        tiesWithoutStartYear = view.tiesWithoutStartYear
        tiesByLayer = network.layers.map { layer in
            var byStatus = Dictionary(uniqueKeysWithValues: TieStatus.allCases.map { ($0, 0) })
            for tie in ties where tie.layer == layer.id { byStatus[tie.status, default: 0] += 1 }
            return LayerCount(layer: layer.id, byStatus: byStatus)
        }
        var tieRegions: [String: Int] = [:]
        for tie in ties { for r in Set([region(of: tie.from), region(of: tie.to)]) { tieRegions[r, default: 0] += 1 } }
        func sortedCounts(_ d: [String: Int]) -> [Count] {
            d.map { Count(label: $0.key, count: $0.value) }.sorted { ($0.label == noRegion ? 1 : 0, $0.label) < ($1.label == noRegion ? 1 : 0, $1.label) }
        }
        entitiesByRegion = sortedCounts(entityRegions)
        tiedEntitiesByRegion = entitiesByRegion.map { Count(label: $0.label, count: tiedRegions[$0.label] ?? 0) }
        tiesByRegion = sortedCounts(tieRegions)
        focus = network.metadata.focusID.flatMap { network.entity(withID: $0) }
        if let focus, view.contains(entityID: focus.id) {
            let focusTies = network.ties(of: focus.id)
            focusTiesByLayer = network.layers.map { layer in Count(label: layer.id, count: focusTies.count { $0.layer == layer.id }) }
            // An office's coverage counts for the entity it represents.
            for office in offices {
                for tie in network.ties(of: office) {
                    if let k = focusTiesByLayer.firstIndex(where: { $0.label == tie.layer }) { focusTiesByLayer[k].count += 1 }
                }
            }
        } else {
            focusTiesByLayer = []
        }
    }
}
