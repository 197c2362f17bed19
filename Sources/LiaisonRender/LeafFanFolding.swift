import LiaisonGraph

/// The entities a `dot` drawing lists in one table instead of drawing a node for each: a "fan" of
/// entities of one kind whose drawn ties are the same, tie for tie (the same neighbour, layer,
/// status, and for a change its mark), when there are at least ``minimumMembers`` of them.
///
/// Most are leaves (one tie: the 31 states Hong Kong's New York office covers), but entities with
/// two identical ties fold too (nine countries both covered from Brussels and in the Belt and
/// Road), and so do entities with none (a view without ties is a list of its entities): `dot` puts every such entity on one rank, and ranks of a hundred single nodes made a
/// drawing 1:4. A table keeps every name and tooltip, and each shared tie is drawn once with
/// its count, so nothing the drawing said is lost. The focus and its peers are never folded, nor
/// an office drawn with the government it represents (that line is no tie), an entity a change
/// adds or removes, or an entity with a tie to another folded entity; a drawing of up to
/// ``largestUnfolded`` entities is not folded at all.
struct LeafFanFolding: Sendable {
    /// One table of entities that share all their ties.
    struct Fold: Sendable, Hashable {
        /// The table's DOT node ID, `fold-N`.
        var id: String
        var kind: EntityKind
        /// The members' indices in the model's nodes.
        var members: [Int]
        /// The ties every member holds, one entry per tie: the neighbour and, member by member
        /// (in ``members``' order), the index of that member's tie in the model's edges.
        var ties: [SharedTie]
    }

    /// A tie every member of a fold holds.
    struct SharedTie: Sendable, Hashable {
        var neighbour: String
        var edges: [Int]
    }

    /// The fewest entities that make a table: three names read as well as three nodes.
    static let minimumMembers = 4

    /// The most entities drawn node by node: a drawing this small fits a page as it is (24
    /// partners of one city stand on both sides of it, twelve high), and a table there would
    /// only hide its shape.
    static let largestUnfolded = 24

    /// The tables, largest first (ties broken by the first member's ID).
    let folds: [Fold]
    /// The fold of each folded entity, by ID.
    let foldOfEntity: [String: Int]
    /// The model's edges drawn through a fold, not one by one.
    let foldedEdges: Set<Int>

    /// The number of entities listed in tables.
    var foldedCount: Int { foldOfEntity.count }

    /// Finds the fans of `model`.
    /// - Complexity: O(n + m log m) for n nodes and m edges.
    init(_ model: DrawingModel, minimum: Int = minimumMembers) {
        guard model.nodes.count > Self.largestUnfolded else {
            folds = []; foldOfEntity = [:]; foldedEdges = []
            return
        }
        // Each entity's ties, as (neighbour, layer, status, mark) keys with the edge index.
        var ties: [String: [(key: String, neighbour: String, edge: Int)]] = [:]
        var loops = Set<String>()
        for (i, edge) in model.edges.enumerated() {
            let t = edge.tie
            if t.from == t.to { loops.insert(t.from); continue }
            let mark = "\(edge.mark)"
            ties[t.from, default: []].append(("\(t.to)\u{1F}\(t.layer)\u{1F}\(t.status.rawValue)\u{1F}\(mark)", t.to, i))
            ties[t.to, default: []].append(("\(t.from)\u{1F}\(t.layer)\u{1F}\(t.status.rawValue)\u{1F}\(mark)", t.from, i))
        }
        var represented = Set<String>()
        for link in model.representations { represented.insert(link.office); represented.insert(link.represented) }

        // Candidates grouped by kind and tie signature.
        var groups: [String: [Int]] = [:]
        for (i, node) in model.nodes.enumerated() {
            let id = node.entity.id
            guard id != model.focusID, !model.peerIDs.contains(id), node.mark == .unchanged,
                  !represented.contains(id), !loops.contains(id) else { continue }
            var own = ties[id] ?? []
            own.sort { $0.key < $1.key }
            ties[id] = own
            groups[node.entity.kind.rawValue + "\u{1E}" + own.map(\.key).joined(separator: "\u{1E}"), default: []].append(i)
        }
        let candidates = groups.values.filter { $0.count >= minimum }.sorted {
            $0.count != $1.count ? $0.count > $1.count : model.nodes[$0[0]].entity.id < model.nodes[$1[0]].entity.id
        }

        var folds: [Fold] = []
        var foldOf: [String: Int] = [:]
        var folded = Set<Int>()
        for members in candidates {
            let first = model.nodes[members[0]].entity.id
            let shared = ties[first] ?? []
            // A table's ties go to drawn nodes: none to an entity already in a table, and none
            // to one that a later table would take.
            guard !shared.contains(where: { foldOf[$0.neighbour] != nil }) else { continue }
            let ids = members.map { model.nodes[$0].entity.id }
            if folds.contains(where: { fold in fold.ties.contains { ids.contains($0.neighbour) } }) { continue }
            let index = folds.count
            let fold = Fold(id: "fold-\(index)", kind: model.nodes[members[0]].entity.kind, members: members,
                            ties: shared.indices.map { k in
                                SharedTie(neighbour: shared[k].neighbour, edges: members.map { ties[model.nodes[$0].entity.id]![k].edge })
                            })
            folds.append(fold)
            for id in ids { foldOf[id] = index }
            for tie in fold.ties { folded.formUnion(tie.edges) }
        }
        self.folds = folds
        foldOfEntity = foldOf
        foldedEdges = folded
    }
}
