import LiaisonAnalysis
import LiaisonGraph

/// The networks of a scenario: the base and each variant, with what changed and what was measured.
public struct ScenarioOutcome: Sendable {
    /// The script.
    public var script: ScenarioScript
    /// The focus.
    public var focusID: String
    /// The base network, untouched.
    public var base: PartnershipNetwork
    /// The focus's coverage per region and layer in the base.
    public var baseCoverage: [RegionCoverage]
    /// Each variant's network and its comparison with the base, in script order.
    public var variants: [VariantOutcome]
    /// Every expectation with its measured value and verdict.
    public var checks: [ExpectationCheck]

    /// Whether every expectation holds.
    public var passed: Bool { checks.allSatisfy(\.passed) }
}

/// One variant: its network and how it differs from the base.
public struct VariantOutcome: Sendable {
    /// The variant's name.
    public var name: String
    /// Its network.
    public var network: PartnershipNetwork
    /// What differs from the base.
    public var difference: NetworkDifference
    /// The focus's gaps that the variant closes (present in the base, absent here), by kind then subject.
    public var gapsClosed: [Gap]
    /// The gaps the variant opens.
    public var gapsOpened: [Gap]
    /// The focus's coverage per region and layer in the variant.
    public var coverage: [RegionCoverage]
    /// The focus's centralities and brokerage in the base and the variant.
    public var focusMeasures: [MeasureChange]
    /// The entities whose PageRank moved most, largest change first.
    public var pageRankMovers: [MeasureChange]
    /// The entities whose betweenness moved most, largest change first.
    public var betweennessMovers: [MeasureChange]
}

/// A measure of one entity before and after.
public struct MeasureChange: Sendable, Hashable {
    /// The measure.
    public var measure: String
    /// The entity.
    public var entityID: String
    /// The value in the base (0 when the entity is new).
    public var before: Double
    /// The value in the variant (0 when the entity is gone).
    public var after: Double
    /// after − before.
    public var change: Double { after - before }
}

/// Entities and ties added, removed or changed between two networks, by ID and by (ends, layer).
public struct NetworkDifference: Sendable, Hashable {
    /// IDs of entities only in the second network, sorted.
    public var addedEntities: [String]
    /// IDs of entities only in the first, sorted.
    public var removedEntities: [String]
    /// Ties only in the second.
    public var addedTies: [Tie]
    /// Ties only in the first.
    public var removedTies: [Tie]
    /// Ties in both whose status, years, weight or areas differ: (before, after).
    public var changedTies: [TiePair]

    /// Compares two networks.
    /// - Complexity: O(n + m).
    public init(from before: PartnershipNetwork, to after: PartnershipNetwork) {
        let a = Set(before.entities.map(\.id)), b = Set(after.entities.map(\.id))
        addedEntities = b.subtracting(a).sorted()
        removedEntities = a.subtracting(b).sorted()
        func key(_ t: Tie) -> String { "\(min(t.from, t.to))|\(max(t.from, t.to))|\(t.layer)|\(t.since.map(String.init) ?? "")" }
        var old: [String: Tie] = [:]
        for tie in before.ties { old[key(tie)] = tie }
        var new: [String: Tie] = [:]
        for tie in after.ties { new[key(tie)] = tie }
        // A tie whose start year changed is matched on its ends and layer alone.
        func loose(_ t: Tie) -> String { "\(min(t.from, t.to))|\(max(t.from, t.to))|\(t.layer)" }
        var added: [Tie] = [], removed: [Tie] = [], changed: [TiePair] = []
        var unmatchedOld = old.filter { new[$0.key] == nil }
        var looseOld: [String: [String]] = [:]
        for (k, t) in unmatchedOld { looseOld[loose(t), default: []].append(k) }
        for tie in after.ties {
            if let previous = old[key(tie)] {
                if previous != tie { changed.append(TiePair(before: previous, after: tie)) }
            } else if var keys = looseOld[loose(tie)], let k = keys.popLast() {
                looseOld[loose(tie)] = keys
                changed.append(TiePair(before: unmatchedOld.removeValue(forKey: k)!, after: tie))
            } else {
                added.append(tie)
            }
        }
        for tie in before.ties where unmatchedOld[key(tie)] != nil { removed.append(tie) }
        addedTies = added
        removedTies = removed
        changedTies = changed
    }
}

/// A tie before and after a change.
public struct TiePair: Sendable, Hashable {
    /// The tie before.
    public var before: Tie
    /// The tie after.
    public var after: Tie
}

/// An expectation, what was measured, and whether it holds.
public struct ExpectationCheck: Sendable, Hashable {
    /// The expectation.
    public var expectation: ScenarioExpectation
    /// The value measured on its variant.
    public var value: Double
    /// Whether the value lies within the bounds.
    public var passed: Bool
}
