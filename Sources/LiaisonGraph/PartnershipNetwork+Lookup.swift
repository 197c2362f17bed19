/// Finding entities by what a planner types: an ID, an English or Chinese name, or an alias.
extension PartnershipNetwork {
    /// The entities whose ID, name, Chinese name or alias equals `query`, ignoring case,
    /// sorted by ID.
    /// - Complexity: O(k) on average, k the number of matches.
    public func entities(named query: String) -> [Entity] {
        let key = query.trimmingWhitespace().lowercased()
        return (indexByName[key] ?? []).sorted().map { entities[Int($0)] }
    }

    /// The one entity `query` names: an exact ID first, then a unique name, Chinese name or
    /// alias, ignoring case.
    /// - Throws: ``LookupError`` when nothing matches (with suggestions) or several entities do.
    public func resolve(_ query: String, kinds: [EntityKind] = EntityKind.allCases) throws(LookupError) -> Entity {
        if let exact = entity(withID: query), kinds.contains(exact.kind) { return exact }
        let matches = entities(named: query).filter { kinds.contains($0.kind) }
        if matches.count == 1 { return matches[0] }
        if matches.isEmpty {
            throw LookupError.notFound(query: query, suggestions: suggestions(for: query, kinds: kinds))
        }
        if let exact = matches.first(where: { $0.id.lowercased() == query.lowercased() }) { return exact }
        throw LookupError.ambiguous(query: query, candidates: matches.map(\.id))
    }

    /// Up to `limit` IDs whose ID, name or alias is closest to `query` by edit distance.
    public func suggestions(for query: String, kinds: [EntityKind] = EntityKind.allCases, limit: Int = 5) -> [String] {
        closestIDs(to: query, in: entities.filter { kinds.contains($0.kind) }, limit: limit)
    }
}

/// A name that named no entity, or several.
public enum LookupError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Nothing matched; the closest IDs are suggested.
    case notFound(query: String, suggestions: [String])
    /// Several entities carry the name.
    case ambiguous(query: String, candidates: [String])

    /// A sentence with the suggestions or candidates.
    public var description: String {
        switch self {
        case let .notFound(query, suggestions):
            let hint = suggestions.isEmpty ? "" : "; did you mean \(suggestions.joined(separator: ", "))?"
            return "no entity is called '\(query)'\(hint)"
        case let .ambiguous(query, candidates):
            return "'\(query)' names several entities: \(candidates.joined(separator: ", ")); use an ID"
        }
    }
}

/// The longest query that gets suggestions: a longer one is no typo of an ID or a name.
package let maximumQueryLength = 64

/// The IDs of the entities closest to `query`, by the smallest edit distance between the lower-cased
/// query and the entity's ID, name, Chinese name or aliases; ties broken by ID. Only names within
/// `max(2, |query| / 3)` edits are suggested, so names whose length differs by more are skipped
/// unread, and a query longer than ``maximumQueryLength`` gets none.
/// - Complexity: O(names · |query|²) at most, |query| ≤ 64.
package func closestIDs(to query: String, in entities: [Entity], limit: Int) -> [String] {
    closestIDs(toAnyOf: [query], in: entities, limit: limit)
}

/// The IDs of the entities closest to any of `queries` (one text in several forms, such as a
/// Chinese name in both scripts), by the smallest edit distance between a lower-cased form and the
/// entity's ID, name, Chinese name or aliases; ties broken by ID. A name is close when it is within
/// a third of the form's length: at least two edits, or one for a form in Chinese characters, where
/// one character carries about as much as a word, and which is compared with Chinese names only.
/// A form longer than ``maximumQueryLength`` is no typo and gets none; names whose length in bytes
/// rules them out are skipped unread.
/// - Complexity: O(f · n · a · L) to skip, O(f · n · a · L²) at most, for f forms of at most 64
///   characters, n entities of a names each, names of length L.
package func closestIDs(toAnyOf queries: [String], in entities: [Entity], limit: Int) -> [String] {
    let forms = queries.filter { $0.utf8.count <= maximumQueryLength * 4 }.map { Array($0.lowercased()) }
        .filter { !$0.isEmpty && $0.count <= maximumQueryLength }
    guard !forms.isEmpty else { return [] }
    let chinese = forms.map { $0.contains(where: \.isHanCharacter) }
    let worth = forms.indices.map { max(chinese[$0] ? 1 : 2, forms[$0].count / 3) }
    var scored: [(distance: Int, id: String)] = []
    for entity in entities {
        var best = Int.max
        func consider(_ name: String) {
            let bytes = name.utf8.count
            var characters: [Character]?
            for (k, q) in forms.enumerated() {
                // Only reasonably close names are worth suggesting: none beyond the threshold, none
                // beyond the best so far. The length in bytes bounds the length in characters.
                let bound = min(best, worth[k] + 1)
                if bytes + bound <= q.count || bytes > (q.count + bound) * 4 { continue }
                let n = characters ?? Array(name.lowercased())
                characters = n
                if chinese[k] && !n.contains(where: \.isHanCharacter) { continue }
                if abs(n.count - q.count) >= bound { continue }
                let distance = editDistance(q, n, bound: bound)
                if distance < bound { best = distance }
            }
        }
        consider(entity.id)
        consider(entity.name)
        for alias in entity.aliases { consider(alias) }
        if let zh = entity.nameZh { consider(zh) }
        if best < Int.max { scored.append((best, entity.id)) }
    }
    scored.sort { ($0.distance, $0.id) < ($1.distance, $1.id) }
    return scored.prefix(limit).map(\.id)
}

extension Character {
    /// Whether the character is a Han character (a CJK unified or compatibility ideograph).
    var isHanCharacter: Bool {
        unicodeScalars.contains { $0.properties.isIdeographic && $0.value >= 0x3400 }
    }
}

/// Words suggesting the closest IDs, for a problem's "what would be valid".
package func suggestionText(for id: String, in entities: [Entity], kinds: [EntityKind] = EntityKind.allCases) -> String {
    suggestionWords(kinds: kinds, close: closestIDs(to: id, in: entities.filter { kinds.contains($0.kind) }, limit: 3))
}

/// "the ID of a defined entity; did you mean A, B?"
package func suggestionWords(kinds: [EntityKind], close: [String]) -> String {
    let what = "the ID of a \(kinds.count == EntityKind.allCases.count ? "defined entity" : kinds.map(\.rawValue).joined(separator: " or "))"
    return close.isEmpty ? what : "\(what); did you mean \(close.joined(separator: ", "))?"
}

/// Levenshtein distance, giving up (returning `bound`) once it cannot be below `bound`.
/// - Complexity: O(|a| · |b|) time, O(|b|) memory.
package func editDistance(_ a: [Character], _ b: [Character], bound: Int = .max) -> Int {
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
        current[0] = i
        var rowMinimum = i
        for j in 1...b.count {
            let cost = a[i - 1] == b[j - 1] ? 0 : 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            rowMinimum = min(rowMinimum, current[j])
        }
        if rowMinimum >= bound { return bound }
        swap(&previous, &current)
    }
    return previous[b.count]
}

extension String {
    /// The string without leading and trailing spaces, tabs and line breaks.
    package func trimmingWhitespace() -> String {
        // Fast path: most fields start and end with a visible ASCII character.
        guard let head = utf8.first, let tail = utf8.last else { return self }
        if head > 0x20 && head < 0x80 && tail > 0x20 && tail < 0x80 { return self }
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })!
        return String(scalars[first...last])
    }
}
