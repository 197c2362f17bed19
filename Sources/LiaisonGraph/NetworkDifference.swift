/// Entities and ties added, removed or changed between two views of a network, or two networks (a
/// scenario's result and its base, say).
///
/// Entities match by ID. Ties match by their ends (in either order) and layer: first those with the
/// same start year as well, then, among the rest of one pair and layer, in each view's order, so
/// that a tie whose start year was edited counts as changed, not as removed and added again.
public struct NetworkDifference: Sendable, Hashable {
    /// IDs of entities only in the second view, sorted.
    public var addedEntities: [String]
    /// IDs of entities only in the first, sorted.
    public var removedEntities: [String]
    /// Ties only in the second, in its order.
    public var addedTies: [Tie]
    /// Ties only in the first, in its order.
    public var removedTies: [Tie]
    /// Ties in both whose status, years, weight, areas or source differ, in the second view's order.
    public var changedTies: [TiePair]

    /// Compares two networks.
    /// - Complexity: O((n + m) log(n + m)) for n entities and m ties in the two.
    public init(from before: PartnershipNetwork, to after: PartnershipNetwork) {
        self.init(from: before.view, to: after.view)
    }

    /// Compares two views; they may belong to different networks.
    /// - Complexity: O((n + m) log(n + m)) for n entities and m ties in the two views.
    public init(from before: NetworkView, to after: NetworkView) {
        let beforeIDs = Set(before.entities.map(\.id))
        let afterIDs = Set(after.entities.map(\.id))
        addedEntities = afterIDs.subtracting(beforeIDs).sorted()
        removedEntities = beforeIDs.subtracting(afterIDs).sorted()

        let old = Array(before.ties)
        let new = Array(after.ties)
        // The positions of the old ties of each pair and layer, in order; a match takes one out.
        var unmatched: [PairKey: [Int]] = [:]
        for (i, tie) in old.enumerated() { unmatched[PairKey(tie), default: []].append(i) }
        var partner = [Int?](repeating: nil, count: new.count)
        // Pass 1: same pair, layer and start year.
        for (j, tie) in new.enumerated() {
            let key = PairKey(tie)
            if let at = unmatched[key]?.firstIndex(where: { old[$0].since == tie.since }) {
                partner[j] = unmatched[key]!.remove(at: at)
            }
        }
        // Pass 2: the rest of a pair and layer, in order.
        for (j, tie) in new.enumerated() where partner[j] == nil {
            let key = PairKey(tie)
            if let first = unmatched[key]?.first {
                partner[j] = first
                unmatched[key]!.removeFirst()
            }
        }
        var added: [Tie] = [], changed: [TiePair] = []
        var matchedOld = Set<Int>()
        for (j, tie) in new.enumerated() {
            guard let i = partner[j] else { added.append(tie); continue }
            matchedOld.insert(i)
            if old[i] != tie { changed.append(TiePair(before: old[i], after: tie)) }
        }
        addedTies = added
        removedTies = old.indices.filter { !matchedOld.contains($0) }.map { old[$0] }
        changedTies = changed
    }

    /// The changed ties whose status differs.
    public var statusChanges: [TiePair] { changedTies.filter { $0.before.status != $0.after.status } }

    /// Whether the two show the same entities and the same ties.
    public var isEmpty: Bool {
        addedEntities.isEmpty && removedEntities.isEmpty && addedTies.isEmpty && removedTies.isEmpty && changedTies.isEmpty
    }
}

/// A tie before and after a change.
public struct TiePair: Sendable, Hashable {
    /// The tie before.
    public var before: Tie
    /// The tie after.
    public var after: Tie

    /// Makes a pair.
    public init(before: Tie, after: Tie) {
        self.before = before
        self.after = after
    }
}

/// A tie's identity across networks, but for its years: its layer and its two ends in either order.
private struct PairKey: Hashable {
    var low: String
    var high: String
    var layer: String

    init(_ tie: Tie) {
        low = min(tie.from, tie.to)
        high = max(tie.from, tie.to)
        layer = tie.layer
    }
}
