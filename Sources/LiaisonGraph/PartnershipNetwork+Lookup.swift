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

/// The IDs of the entities closest to `query`, by the smallest edit distance between the lower-cased
/// query and the entity's ID, name, Chinese name or aliases; ties broken by ID.
package func closestIDs(to query: String, in entities: [Entity], limit: Int) -> [String] {
    closestIDs(toAnyOf: [query], in: entities, limit: limit)
}

/// The IDs of the entities closest to any of `queries` (one text in several forms, such as a
/// Chinese name in both scripts), by the smallest edit distance between a lower-cased form and the
/// entity's ID, name, Chinese name or aliases; ties broken by ID. A name is close when it is within
/// a third of the form's length: at least two edits, or one for a form in Chinese characters, where
/// one character carries about as much as a word, and which is compared with Chinese names only.
/// - Complexity: O(f · n · a · L²) for f forms, n entities of a names each, names of length L.
package func closestIDs(toAnyOf queries: [String], in entities: [Entity], limit: Int) -> [String] {
    let forms = queries.map { Array($0.lowercased()) }.filter { !$0.isEmpty }
    guard !forms.isEmpty else { return [] }
    let chinese = forms.map { $0.contains(where: \.isHanCharacter) }
    var scored: [(distance: Int, id: String)] = []
    for entity in entities {
        var names = [entity.id, entity.name] + entity.aliases
        if let zh = entity.nameZh { names.append(zh) }
        var best = Int.max
        for name in names {
            let n = Array(name.lowercased())
            let nameIsChinese = n.contains(where: \.isHanCharacter)
            for (k, q) in forms.enumerated() where !chinese[k] || nameIsChinese {
                // Only reasonably close names are worth suggesting: none beyond the threshold, none
                // beyond the best so far.
                let bound = min(best, max(chinese[k] ? 1 : 2, q.count / 3) + 1)
                if abs(n.count - q.count) >= bound { continue }
                let distance = editDistance(q, n, bound: bound)
                if distance < bound { best = distance }
            }
        }
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
    let close = closestIDs(to: id, in: entities.filter { kinds.contains($0.kind) }, limit: 3)
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
