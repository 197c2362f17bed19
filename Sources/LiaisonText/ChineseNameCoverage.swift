import LiaisonGraph

/// The entities that have no Chinese name anywhere (no `name_zh`, no Chinese alias, no name written
/// in Chinese), counted and listed: a Chinese table or map shows them in English, and says how many.
public struct ChineseNameCoverage: Sendable, Hashable {
    /// How many entities were examined.
    public let entityCount: Int
    /// The IDs of those with no Chinese name, sorted.
    public let missingIDs: [String]

    /// How many have no Chinese name.
    public var missingCount: Int { missingIDs.count }

    /// How many have one.
    public var namedCount: Int { entityCount - missingIDs.count }

    /// The coverage of `entities`.
    /// - Complexity: O(n log n) for n entities.
    public init(_ entities: some Sequence<Entity>) {
        var count = 0
        var missing: [String] = []
        for entity in entities {
            count += 1
            if entity.chineseNameAsWritten == nil { missing.append(entity.id) }
        }
        entityCount = count
        missingIDs = missing.sorted()
    }
}

extension PartnershipNetwork {
    /// Which of the network's entities have no Chinese name anywhere.
    /// - Complexity: O(n log n) for n entities.
    public var chineseNameCoverage: ChineseNameCoverage { ChineseNameCoverage(entities) }
}
