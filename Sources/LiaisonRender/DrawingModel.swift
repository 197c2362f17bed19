import LiaisonGraph

/// Whether a drawn entity or tie is new, gone, or moved to another status.
enum ChangeMark: Sendable, Hashable {
    case unchanged, added, removed, changed
}

/// An entity as drawn.
struct DrawnNode: Sendable {
    var entity: Entity
    var mark: ChangeMark
    /// The value of the sizing measure; nil when unknown.
    var value: Double?
    /// The node's size on 0...1: the square root of the value over the largest value.
    var scale: Double
    var labelled: Bool
}

/// A tie as drawn.
struct DrawnEdge: Sendable {
    var tie: Tie
    var mark: ChangeMark
    /// For a tie whose status changed, the status it had before.
    var previousStatus: TieStatus?
}

/// An office drawn with the entity it represents: drawn as a thin grey line, not a tie.
struct Representation: Sendable, Hashable {
    var office: String
    var represented: String
}

/// What is drawn, before any DOT is written: the entities and ties of one view, or the union of
/// two views with each part marked as added, removed, changed or unchanged.
struct DrawingModel: Sendable {
    var nodes: [DrawnNode]
    var edges: [DrawnEdge]
    /// The networks to look entities and layers up in, the newest first.
    var networks: [PartnershipNetwork]
    var focusID: String?
    var peerIDs: Set<String>
    /// The number of entities that lost their label to ``Labelling``.
    var unlabelledCount: Int
    /// Offices drawn with the entity they represent, in office ID order.
    var representations: [Representation]

    /// The entities left out for having no tie in the view (see ``DrawingOptions/isolated``):
    /// one mechanism for every drawing, counted once in the legend.
    var untiedLeftOut = 0

    /// The model of one view.
    init(_ view: NetworkView, options: DrawingOptions) {
        let entities = view.entities
        self.init(
            nodes: entities.map { DrawnNode(entity: $0, mark: .unchanged, value: nil, scale: 0, labelled: true) },
            edges: view.ties.map { DrawnEdge(tie: $0, mark: .unchanged) },
            networks: [view.network], focusID: Self.focus(of: view), options: options)
    }

    /// The view's own focus: the centre of its ego filter, else the dataset's focus. An ego map of
    /// Shanghai is about Shanghai, whatever the dataset's focus.
    static func focus(of view: NetworkView) -> String? {
        for filter in view.filters.reversed() {
            if case let .ego(centre, _) = filter {
                if view.network.entity(withID: centre) != nil { return centre }
                if let resolved = try? view.network.resolve(centre) { return resolved.id }
            }
        }
        return view.network.metadata.focusID
    }

    /// The model of the change from one view to another.
    init(before: NetworkView, after: NetworkView, change: NetworkDifference, options: DrawingOptions) {
        let added = Set(change.addedEntities)
        var nodes = after.entities.map { DrawnNode(entity: $0, mark: added.contains($0.id) ? .added : .unchanged, value: nil, scale: 0, labelled: true) }
        let removed = Set(change.removedEntities)
        nodes += before.entities.filter { removed.contains($0.id) }.map { DrawnNode(entity: $0, mark: .removed, value: nil, scale: 0, labelled: true) }
        nodes.sort { $0.entity.id < $1.entity.id }

        var addedTies: [Tie: Int] = [:]
        for tie in change.addedTies { addedTies[tie, default: 0] += 1 }
        var changedTies: [Tie: [TieStatus]] = [:]
        for c in change.statusChanges { changedTies[c.after, default: []].append(c.before.status) }
        var edges: [DrawnEdge] = []
        for tie in after.ties {
            if let n = addedTies[tie], n > 0 {
                addedTies[tie] = n - 1
                edges.append(DrawnEdge(tie: tie, mark: .added))
            } else if var previous = changedTies[tie], !previous.isEmpty {
                edges.append(DrawnEdge(tie: tie, mark: .changed, previousStatus: previous.removeFirst()))
                changedTies[tie] = previous
            } else {
                edges.append(DrawnEdge(tie: tie, mark: .unchanged))
            }
        }
        edges += change.removedTies.map { DrawnEdge(tie: $0, mark: .removed) }
        self.init(nodes: nodes, edges: edges, networks: [after.network, before.network], focusID: Self.focus(of: after), options: options)
    }

    private init(nodes: [DrawnNode], edges: [DrawnEdge], networks: [PartnershipNetwork], focusID: String?, options: DrawingOptions) {
        self.edges = edges
        self.networks = networks
        let metadata = networks[0].metadata
        self.focusID = focusID
        // Peers are the dataset focus's; on a map about another entity they are not its peers.
        peerIDs = focusID == metadata.focusID ? Set(metadata.peerIDs) : []
        unlabelledCount = 0
        // Entities with no tie in the view are left out, unless asked for: the focus, an office
        // with the government it represents, and an added or removed entity stay. A view with no
        // tie at all keeps every entity: it has no network to draw, only its entities.
        var kept = nodes
        if options.isolated == .leftOut && !edges.isEmpty {
            var tied = Set<String>()
            for e in edges { tied.insert(e.tie.from); tied.insert(e.tie.to) }
            let ids = Set(nodes.map(\.entity.id))
            kept = nodes.filter { n in
                tied.contains(n.entity.id) || n.entity.id == focusID || n.mark != .unchanged
                    || (n.entity.representsID.map { ids.contains($0) && tied.contains($0) } ?? false)
            }
        }
        untiedLeftOut = nodes.count - kept.count
        self.nodes = kept
        let drawn = Set(kept.map(\.entity.id))
        representations = kept.compactMap { node in
            guard let represented = node.entity.representsID, drawn.contains(represented) else { return nil }
            return Representation(office: node.entity.id, represented: represented)
        }
        assignSizes(options.sizing)
        assignLabels(options.labelling, layout: options.layout)
    }

    /// The entity with an ID, from the newest network that has it.
    func entity(_ id: String) -> Entity? {
        for network in networks { if let e = network.entity(withID: id) { return e } }
        return nil
    }

    /// The layer with an ID, from the newest network that has it.
    func layer(_ id: String) -> Layer? {
        for network in networks { if let l = network.layers.first(where: { $0.id == id }) { return l } }
        return nil
    }

    /// Every layer of the networks, in the newest network's order, then any only the older has.
    var allLayers: [Layer] {
        var seen = Set<String>()
        var layers: [Layer] = []
        for network in networks { for l in network.layers where seen.insert(l.id).inserted { layers.append(l) } }
        return layers
    }

    /// The number of drawn ties at each entity.
    var degrees: [String: Int] {
        var d: [String: Int] = [:]
        for e in edges {
            d[e.tie.from, default: 0] += 1
            if e.tie.to != e.tie.from { d[e.tie.to, default: 0] += 1 }
        }
        return d
    }

    private mutating func assignSizes(_ sizing: NodeSizing) {
        switch sizing {
        case .uniform:
            for i in nodes.indices { nodes[i].value = nil }
        case .degree:
            let d = degrees
            for i in nodes.indices { nodes[i].value = Double(d[nodes[i].entity.id] ?? 0) }
        case .strength:
            var s: [String: Double] = [:]
            for e in edges {
                s[e.tie.from, default: 0] += e.tie.weight
                if e.tie.to != e.tie.from { s[e.tie.to, default: 0] += e.tie.weight }
            }
            for i in nodes.indices { nodes[i].value = s[nodes[i].entity.id] ?? 0 }
        case .population:
            for i in nodes.indices { nodes[i].value = nodes[i].entity.attributes.population.map(Double.init) }
        case let .values(values, _):
            for i in nodes.indices { nodes[i].value = values[nodes[i].entity.id] }
        }
        let largest = nodes.compactMap(\.value).filter { $0.isFinite }.max() ?? 0
        for i in nodes.indices {
            if case .uniform = sizing {
                nodes[i].scale = 0.3
            } else if let v = nodes[i].value, v.isFinite, v > 0, largest > 0 {
                nodes[i].scale = (v / largest).squareRoot()
            } else {
                nodes[i].scale = 0
            }
        }
    }

    private mutating func assignLabels(_ labelling: Labelling, layout: Layout) {
        let limit: Int
        switch labelling {
        case .all: return
        case let .largest(n): limit = max(0, n)
        case .automatic:
            // dot sizes each node to its name, so that names never overlap: all are shown.
            if nodes.count <= 80 || layout == .dot { return }
            limit = 60
        }
        guard nodes.count > limit else { return }
        let keep = Set(importanceOrder().prefix(limit))
        for i in nodes.indices where !keep.contains(i) { nodes[i].labelled = false }
        unlabelledCount = nodes.count - keep.count
    }

    /// The nodes' indices by the importance of their names: the focus, its peers, the entities a
    /// change adds, removes or whose ties changed, then the largest; ties broken by ID.
    /// - Complexity: O(n log n).
    func importanceOrder() -> [Int] {
        func rank(_ node: DrawnNode) -> Int {
            if node.entity.id == focusID { return 0 }
            if peerIDs.contains(node.entity.id) { return 1 }
            return node.mark == .unchanged ? 3 : 2
        }
        return nodes.indices.sorted { a, b in
            let ra = rank(nodes[a]), rb = rank(nodes[b])
            if ra != rb { return ra < rb }
            if nodes[a].scale != nodes[b].scale { return nodes[a].scale > nodes[b].scale }
            return nodes[a].entity.id < nodes[b].entity.id
        }
    }
}
