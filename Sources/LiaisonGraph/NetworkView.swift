/// A restriction of a network: some of its entities and some of its ties, chosen by filters.
///
/// A view shares the network's storage and holds two bit masks, so making one costs O(n + m)
/// time and (n + m) / 8 bytes. Algorithms read it through ``CompactGraph``.
public struct NetworkView: Sendable {
    /// The network the view restricts.
    public let network: PartnershipNetwork
    /// The filters that made it, in order.
    public let filters: [ViewFilter]
    /// The year of the view's last ``ViewFilter/inForce(year:undated:)`` filter: the view
    /// presents each tie with the status it had at the end of that year. Nil: present statuses.
    public let asOfYear: Int?
    /// How many ties a year filter left out because they have no start year, among those the
    /// view's other filters keep (a note every command that shows a year view prints).
    public var tiesWithoutStartYear: Int { undatedCount ?? undatedMask.count }
    package let entityMask: BitSet
    package let tieMask: BitSet
    /// The ties left out for having no start year, restricted by the later filters as if kept.
    package let undatedMask: BitSet
    /// The number of such ties when the view's network is not the one they were counted in
    /// (an aggregated view).
    private let undatedCount: Int?

    /// The whole network.
    public init(_ network: PartnershipNetwork) {
        self.network = network
        filters = []
        asOfYear = nil
        entityMask = BitSet(capacity: network.entityCount, filled: true)
        tieMask = BitSet(capacity: network.tieCount, filled: true)
        undatedMask = BitSet(capacity: network.tieCount)
        undatedCount = nil
    }

    package init(network: PartnershipNetwork, filters: [ViewFilter], entityMask: BitSet, tieMask: BitSet,
                 asOfYear: Int? = nil, undatedMask: BitSet? = nil, undatedCount: Int? = nil) {
        self.network = network
        self.filters = filters
        self.asOfYear = asOfYear
        self.entityMask = entityMask
        self.tieMask = tieMask
        self.undatedMask = undatedMask ?? BitSet(capacity: network.tieCount)
        self.undatedCount = undatedCount
    }

    /// The number of entities in the view.
    public var entityCount: Int { entityMask.count }
    /// The number of ties in the view.
    public var tieCount: Int { tieMask.count }

    /// The entities in the view, sorted by ID.
    public var entities: [Entity] { network.entities.indices.filter { entityMask[$0] }.map { network.entities[$0] } }

    /// The ties in the view, in the network's order, each with its status as of ``asOfYear``
    /// (and no `statusSince` where that status is not the present one).
    public var ties: [Tie] {
        (0..<network.tieCount).filter { tieMask[$0] }.map { t in
            var tie = network.tie(at: t)
            let status = status(ofTieAt: t)
            // The year a status began says nothing of the earlier status shown in its place.
            if status != tie.status { tie.status = status; tie.statusSince = nil }
            return tie
        }
    }

    /// The status of the network's tie at `position` as the view presents it: as of
    /// ``asOfYear`` (see ``TieDates/status(_:until:statusSince:asOf:)``), or the present one.
    public func status(ofTieAt position: Int) -> TieStatus {
        let store = network.tieStore
        guard let asOfYear else { return store.status[position] }
        return TieDates.status(store.status[position], until: TieStore.year(store.until[position]),
                               statusSince: TieStore.year(store.statusSince[position]), asOf: asOfYear)
    }

    /// Whether the view holds the entity.
    public func contains(entityID: String) -> Bool { network.index(of: entityID).map { entityMask[$0] } ?? false }

    /// Restricts the view further: entities the filter drops are removed with their ties.
    /// - Throws: ``ViewError`` when the filter names an unknown layer, entity or region.
    /// - Complexity: O(n + m) for most filters; an ego filter costs O(n + m) per hop at most.
    public func filtered(_ filter: ViewFilter) throws(ViewError) -> NetworkView {
        var entities = entityMask
        var ties = tieMask
        var undated = undatedMask
        var asOfYear = self.asOfYear
        let store = network.tieStore
        // A tie left out for lacking a start year is counted only while the other filters keep it.
        func drop(_ t: Int) { ties[t] = false; undated[t] = false }
        switch filter {
        case let .layers(ids):
            var keep = Set<UInt16>()
            for id in ids {
                guard let l = network.layerIndex(of: id) else {
                    throw .unknownLayer(id, known: network.layers.map(\.id))
                }
                keep.insert(UInt16(l))
            }
            for t in 0..<store.count where (ties[t] || undated[t]) && !keep.contains(store.layer[t]) { drop(t) }
        case let .statuses(statuses):
            let keep = Set(statuses)
            for t in 0..<store.count where (ties[t] || undated[t]) && !keep.contains(status(ofTieAt: t)) { drop(t) }
        case let .inForce(year, undatedTies):
            for t in 0..<store.count where ties[t] {
                let since = TieStore.year(store.since[t])
                if since == nil && undatedTies == .leftOut {
                    ties[t] = false
                    undated[t] = true
                    continue
                }
                if !TieDates.isInForce(since: since ?? year, until: TieStore.year(store.until[t]), status: store.status[t],
                                       statusSince: TieStore.year(store.statusSince[t]), inYear: year) {
                    ties[t] = false
                }
            }
            asOfYear = year
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
        for t in 0..<store.count where (ties[t] || undated[t]) && !(entities[Int(store.from[t])] && entities[Int(store.to[t])]) {
            drop(t)
        }
        return NetworkView(network: network, filters: filters + [filter], entityMask: entities, tieMask: ties,
                           asOfYear: asOfYear, undatedMask: undated)
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
    /// Only ties in force at the end of a year (see ``TieDates/isInForce(since:until:status:statusSince:inYear:)``),
    /// each shown with its status as of that year; ties with no start year are left out and
    /// counted (``NetworkView/tiesWithoutStartYear``) unless `undated` is ``UndatedTies/assumedInForce``.
    case inForce(year: Int, undated: UndatedTies = .leftOut)
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
        case let .inForce(year, undated): return "year:\(year)" + (undated == .assumedInForce ? ";undated:in-force" : "")
        case let .regions(r): return "region:\(r.joined(separator: ","))"
        case let .countries(c): return "country:\(c.joined(separator: ","))"
        case let .kinds(k): return "kind:\(k.map(\.rawValue).joined(separator: ","))"
        case let .ego(centre, radius): return "ego:\(centre):\(radius)"
        }
    }
}

/// What a year filter does with a tie whose start year is unknown.
public enum UndatedTies: String, Sendable, Hashable, CaseIterable {
    /// Leave it out, and count it (the default: a year view claims only what the data dates).
    case leftOut = "left-out"
    /// Keep it, as in force in every year until it ended.
    case assumedInForce = "in-force"
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
