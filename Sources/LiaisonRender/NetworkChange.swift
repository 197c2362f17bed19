import LiaisonGraph

/// What differs between two views of a network: entities and ties added, removed, or (for ties)
/// moved to another status. The two views may belong to different networks (a scenario's
/// result and its base); entities match by ID, ties by their ends (in either order) and layer.
///
/// Where one pair holds several ties of one layer, the k-th before matches the k-th after, in
/// each network's order.
public struct NetworkChange: Sendable, Hashable {
    /// IDs of entities shown after but not before, sorted.
    public var addedEntities: [String]
    /// IDs of entities shown before but not after, sorted.
    public var removedEntities: [String]
    /// Ties shown after but not before, in the after network's order.
    public var addedTies: [Tie]
    /// Ties shown before but not after, in the before network's order.
    public var removedTies: [Tie]
    /// Ties shown in both whose status differs, in the after network's order.
    public var changedTies: [TieChange]

    /// Compares two views.
    /// - Complexity: O((n + m) log(n + m)) for n entities and m ties in the two views.
    public init(from before: NetworkView, to after: NetworkView) {
        let beforeIDs = Set(before.entities.map(\.id))
        let afterIDs = Set(after.entities.map(\.id))
        addedEntities = afterIDs.subtracting(beforeIDs).sorted()
        removedEntities = beforeIDs.subtracting(afterIDs).sorted()

        var unmatched: [TieKey: [Tie]] = [:]
        for tie in before.ties { unmatched[TieKey(tie), default: []].append(tie) }
        var added: [Tie] = []
        var changed: [TieChange] = []
        var matchedBefore = Set<TieOccurrence>()
        var seen: [TieKey: Int] = [:]
        for tie in after.ties {
            let key = TieKey(tie)
            let k = seen[key, default: 0]
            seen[key] = k + 1
            if let candidates = unmatched[key], k < candidates.count {
                matchedBefore.insert(TieOccurrence(key: key, rank: k))
                if candidates[k].status != tie.status { changed.append(TieChange(before: candidates[k], after: tie)) }
            } else {
                added.append(tie)
            }
        }
        var removed: [Tie] = []
        var rank: [TieKey: Int] = [:]
        for tie in before.ties {
            let key = TieKey(tie)
            let k = rank[key, default: 0]
            rank[key] = k + 1
            if !matchedBefore.contains(TieOccurrence(key: key, rank: k)) { removed.append(tie) }
        }
        addedTies = added
        removedTies = removed
        changedTies = changed
    }

    /// Whether the two views show the same entities and ties with the same statuses.
    public var isEmpty: Bool {
        addedEntities.isEmpty && removedEntities.isEmpty && addedTies.isEmpty && removedTies.isEmpty && changedTies.isEmpty
    }
}

/// A tie whose status differs between two views.
public struct TieChange: Sendable, Hashable {
    /// The tie as it was.
    public var before: Tie
    /// The tie as it is.
    public var after: Tie

    /// Makes a change.
    public init(before: Tie, after: Tie) {
        self.before = before
        self.after = after
    }
}

/// A tie's identity across networks: its layer and its two ends in either order.
struct TieKey: Hashable {
    var low: String
    var high: String
    var layer: String

    init(_ tie: Tie) {
        low = min(tie.from, tie.to)
        high = max(tie.from, tie.to)
        layer = tie.layer
    }
}

/// The k-th tie with one key.
private struct TieOccurrence: Hashable {
    var key: TieKey
    var rank: Int
}
