/// "Did you mean" for many unknown IDs of one set of entities at bounded cost: each distinct ID is looked up once, and
/// only the first ``budget`` distinct IDs get suggestions, so that a folder whose every reference
/// is unknown (a header that says `ID` for `id`) is reported in seconds, not hours.
///
/// Each lookup is ``closestIDs(to:in:limit:)``: IDs longer than ``maximumQueryLength`` get none,
/// and names whose length differs from the query's by more than the distance worth suggesting are
/// skipped before any distance is computed.
package final class SuggestionIndex {
    /// How many distinct unknown IDs get suggestions.
    package static let budget = 25
    private var memo: [String: [String]] = [:]

    /// An empty memo. The entities are passed to each lookup, not held, so that holding the index
    /// never makes a copy of an array being edited.
    package init() {}

    /// ``suggestionText(for:in:kinds:)`` within the budget; past it, the words without names.
    /// - Complexity: O(1) for an ID seen before or past the budget; otherwise one scan of the
    ///   entities' names of about the ID's length.
    package func text(for id: String, in entities: [Entity], kinds: [EntityKind] = EntityKind.allCases) -> String {
        let key = kinds.map(\.rawValue).joined(separator: ",") + "\u{0}" + id
        let close: [String]
        if let known = memo[key] { close = known } else if memo.count < Self.budget {
            close = closestIDs(to: id, in: kinds.count == EntityKind.allCases.count ? entities : entities.filter { kinds.contains($0.kind) }, limit: 3)
            memo[key] = close
        } else { close = [] }
        return suggestionWords(kinds: kinds, close: close)
    }
}
