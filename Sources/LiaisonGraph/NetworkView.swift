/// A restriction of a network: some of its entities and some of its ties, chosen by filters.
///
/// A view shares the network's storage and holds two bit masks, so making one costs O(n + m)
/// time and (n + m) / 8 bytes. Algorithms read it through ``CompactGraph``.
public struct NetworkView: Sendable {
    /// The network the view restricts.
    public let network: PartnershipNetwork
    /// The filters that made it, in order.
    public let filters: [ViewFilter]
    package let entityMask: BitSet
    package let tieMask: BitSet

    /// The whole network.
    public init(_ network: PartnershipNetwork) {
        self.network = network
        filters = []
        entityMask = BitSet(capacity: network.entityCount, filled: true)
        tieMask = BitSet(capacity: network.tieCount, filled: true)
    }

    package init(network: PartnershipNetwork, filters: [ViewFilter], entityMask: BitSet, tieMask: BitSet) {
        self.network = network
        self.filters = filters
        self.entityMask = entityMask
        self.tieMask = tieMask
    }

    /// The number of entities in the view.
    public var entityCount: Int { entityMask.count }
    /// The number of ties in the view.
    public var tieCount: Int { tieMask.count }

    /// The entities in the view, sorted by ID.
    public var entities: [Entity] { network.entities.indices.filter { entityMask[$0] }.map { network.entities[$0] } }

    /// The ties in the view, in the network's order.
    public var ties: [Tie] { (0..<network.tieCount).filter { tieMask[$0] }.map { network.tie(at: $0) } }

    /// Whether the view holds the entity.
    public func contains(entityID: String) -> Bool { network.index(of: entityID).map { entityMask[$0] } ?? false }

    /// Restricts the view further: entities the filter drops are removed with their ties.
    /// - Throws: ``ViewError`` when the filter names an unknown layer, entity or region.
    /// - Complexity: O(n + m) for most filters; an ego filter costs O(n + m) per hop at most.
    public func filtered(_ filter: ViewFilter) throws(ViewError) -> NetworkView {
        var entities = entityMask
        var ties = tieMask
        let store = network.tieStore
        switch filter {
        case let .layers(ids):
            var keep = Set<UInt16>()
            for id in ids {
                guard let l = network.layerIndex(of: id) else {
                    throw .unknownLayer(id, known: network.layers.map(\.id))
                }
                keep.insert(UInt16(l))
            }
            for t in 0..<store.count where ties[t] && !keep.contains(store.layer[t]) { ties[t] = false }
        case let .statuses(statuses):
            let keep = Set(statuses)
            for t in 0..<store.count where ties[t] && !keep.contains(store.status[t]) { ties[t] = false }
        case let .inForce(year):
            for t in 0..<store.count where ties[t] {
                if let since = TieStore.year(store.since[t]), since > year { ties[t] = false }
                if let until = TieStore.year(store.until[t]), until < year { ties[t] = false }
            }
        case let .regions(names):
            var countries = Set<String>()
            for name in names {
                let found = network.countries(inRegion: name)
                if found.isEmpty { throw .unknownRegion(name, known: network.regionNames) }
                countries.formUnion(found)
            }
            keepEntities(&entities) { countries.contains($0.countryID ?? "") }
        case let .countries(ids):
            for id in ids where network.entity(withID: id)?.kind != .country {
                throw .unknownEntity(id, suggestions: network.suggestions(for: id, kinds: [.country]))
            }
            let keep = Set(ids)
            keepEntities(&entities) { keep.contains($0.countryID ?? "") }
        case let .kinds(kinds):
            keepEntities(&entities) { kinds.contains($0.kind) }
        case let .ego(centre, radius):
            guard let c = network.index(of: centre) ?? (try? network.resolve(centre)).flatMap({ network.index(of: $0.id) }) else {
                throw .unknownEntity(centre, suggestions: network.suggestions(for: centre))
            }
            entities.formIntersection(reach(from: c, hops: radius, entities: entities, ties: ties))
        }
        // A tie stays only while both its ends do.
        for t in 0..<store.count where ties[t] && !(entities[Int(store.from[t])] && entities[Int(store.to[t])]) {
            ties[t] = false
        }
        return NetworkView(network: network, filters: filters + [filter], entityMask: entities, tieMask: ties)
    }

    /// Applies several filters in order.
    public func filtered(_ filters: [ViewFilter]) throws(ViewError) -> NetworkView {
        var view = self
        for filter in filters { view = try view.filtered(filter) }
        return view
    }

    private func keepEntities(_ mask: inout BitSet, where predicate: (Entity) -> Bool) {
        for (i, entity) in network.entities.enumerated() where mask[i] && !predicate(entity) { mask[i] = false }
    }

    /// The entities within `hops` ties of `centre`, walking only ties and entities in the view.
    private func reach(from centre: Int, hops: Int, entities: BitSet, ties: BitSet) -> BitSet {
        var seen = BitSet(capacity: network.entityCount)
        guard entities[centre] else { return seen }
        seen[centre] = true
        var frontier = [centre]
        for _ in 0..<max(0, hops) {
            var next: [Int] = []
            for v in frontier {
                for adjacency in network.adjacency {
                    for k in adjacency.range(of: v) where ties[Int(adjacency.tieIndices[k])] {
                        let w = Int(adjacency.neighbours[k])
                        if entities[w] && !seen[w] { seen[w] = true; next.append(w) }
                    }
                }
            }
            if next.isEmpty { break }
            frontier = next
        }
        return seen
    }
}

extension PartnershipNetwork {
    /// The whole network as a view.
    public var view: NetworkView { NetworkView(self) }

    /// A view restricted by filters, applied in order.
    /// - Throws: ``ViewError`` when a filter names an unknown layer, entity or region.
    public func view(_ filters: [ViewFilter]) throws(ViewError) -> NetworkView {
        try NetworkView(self).filtered(filters)
    }
}

/// One way to restrict a view.
public enum ViewFilter: Sendable, Hashable, CustomStringConvertible {
    /// Only ties of these layers.
    case layers([String])
    /// Only ties with these statuses.
    case statuses([TieStatus])
    /// Only ties in force in a year: started by then (or start unknown), not ended before it.
    case inForce(year: Int)
    /// Only entities whose country lies in one of these regions, sub-regions or groupings.
    case regions([String])
    /// Only entities in these countries.
    case countries([String])
    /// Only entities of these kinds.
    case kinds([EntityKind])
    /// Only entities within `radius` ties of `centre`, walking the view as it stands.
    case ego(centre: String, radius: Int)

    /// The filter in the form ``ViewSpec`` parses.
    public var description: String {
        switch self {
        case let .layers(ids): return "layer:\(ids.joined(separator: ","))"
        case let .statuses(s): return "status:\(s.map(\.rawValue).joined(separator: ","))"
        case let .inForce(year): return "year:\(year)"
        case let .regions(r): return "region:\(r.joined(separator: ","))"
        case let .countries(c): return "country:\(c.joined(separator: ","))"
        case let .kinds(k): return "kind:\(k.map(\.rawValue).joined(separator: ","))"
        case let .ego(centre, radius): return "ego:\(centre):\(radius)"
        }
    }
}

/// A filter that names something the network does not have.
public enum ViewError: Error, Sendable, Hashable, CustomStringConvertible {
    /// An unknown layer ID, with the known ones.
    case unknownLayer(String, known: [String])
    /// An unknown region, with the known ones.
    case unknownRegion(String, known: [String])
    /// An unknown entity, with suggestions.
    case unknownEntity(String, suggestions: [String])
    /// A view specification that does not parse.
    case malformed(String, expected: String)

    /// A sentence naming the bad value and what would be valid.
    public var description: String {
        switch self {
        case let .unknownLayer(id, known):
            return "unknown layer '\(id)'; known layers: \(known.joined(separator: ", "))"
        case let .unknownRegion(name, known):
            return "unknown region '\(name)'; known regions and groupings: \(listOfChoices(known, limit: 40))"
        case let .unknownEntity(id, suggestions):
            return LookupError.notFound(query: id, suggestions: suggestions).description
        case let .malformed(text, expected):
            return "cannot read the view '\(text)'; \(expected)"
        }
    }
}
