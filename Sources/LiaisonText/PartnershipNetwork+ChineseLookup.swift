import LiaisonGraph

/// Finding entities by a Chinese name typed in either script: 利物浦, 香港駐三藩市經濟貿易辦事處 or
/// 香港驻旧金山经济贸易办事处, whichever script the data wrote it in.
extension PartnershipNetwork {
    /// The one entity `query` names, as ``PartnershipNetwork/resolve(_:kinds:)`` finds it; a Chinese
    /// name the data write in the other script (or with Hong Kong's or the Mainland's place names,
    /// see ``RegionalName``) is found too, and the suggestions of a name that finds nothing come
    /// from every form of it.
    /// - Throws: ``LookupError`` when nothing matches (with suggestions) or several entities do;
    ///   ``ScriptError`` when OpenCC is missing.
    /// - Complexity: a plain look-up when the data write the name as typed; else up to four OpenCC
    ///   conversions of the query (tens of microseconds each, after the first opening of each converter) and one plain look-up per form; no entity's
    ///   name is converted. Suggestions: O(f · n · a · L²) for f ≤ 5 forms, n entities of a names.
    public func resolveInEitherScript(_ query: String, kinds: [EntityKind] = EntityKind.allCases) throws -> Entity {
        let plain: LookupError
        do { return try resolve(query, kinds: kinds) } catch { plain = error }
        guard case .notFound = plain, query.containsHan else { throw plain }
        let forms = try ScriptConverter.forms(of: query.trimmingWhitespace()).filter { $0 != query }
        var found: [Entity] = []
        for form in forms {
            for entity in entities(named: form) where kinds.contains(entity.kind) && !found.contains(where: { $0.id == entity.id }) {
                found.append(entity)
            }
        }
        if found.count == 1 { return found[0] }
        if found.count > 1 { throw LookupError.ambiguous(query: query, candidates: found.map(\.id).sorted()) }
        let candidates = kinds.count == EntityKind.allCases.count ? entities : entities.filter { kinds.contains($0.kind) }
        throw LookupError.notFound(query: query, suggestions: closestIDs(toAnyOf: [query] + forms, in: candidates, limit: 5))
    }
}

extension ScriptConverter {
    /// `text` in every form a dataset may write it in: each script, with and without the regional
    /// place names; without repeats, in a fixed order.
    static func forms(of text: String) throws(ScriptError) -> [String] {
        var forms: [String] = []
        for script in ChineseScript.allCases {
            let characters = try OpenCC.convert(text, with: script.openCCConfiguration)
            for form in [characters, RegionalName.localised(characters, in: script)] where !forms.contains(form) {
                forms.append(form)
            }
        }
        return forms
    }
}
