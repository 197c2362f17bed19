import LiaisonGraph

/// Finds names in a pair list that are one place written two ways: "Ebensee" and "Ebensee am
/// Traunsee", "Halle" and "Halle (Saale)", "Prague 1" and "Prague 1 (Prague)".
///
/// A name is a **qualified form** of a bare name of the same country when it is the bare name
/// followed by
/// - a locative phrase: German `am`, `an der`, `an`, `im`, `in`, `ob der`, `bei` ("on", "at", "by"
///   a river, lake or hills), Czech, Slovak and Polish `nad` and `pod` ("above", "below"), or
/// - a qualifier in parentheses that is not an administrative word (`district`, `county`,
///   `gmina`, `communauté`, `municipality`...: "Peine (district)" is the district, not the town).
///
/// The two merge when the list gives them **a partner in common** (the same pair listed on both
/// cities' pages under different names, as Zawiercie–Ebensee and Ebensee am Traunsee–Zawiercie),
/// and the bare name has exactly one qualified form that does. A name alone is not enough: the list
/// also holds Neunkirchen and Neunkirchen am Sand, Frankfurt and Frankfurt an der Oder, which are
/// different towns. The merged city keeps the bare name and takes the other as an alias.
struct NameVariants: Sendable {
    /// One mention of a name in the list, with the key ("CC|name") of the partner it is listed with.
    struct Mention {
        var countryID: String
        var name: String
        var partner: String
    }

    /// Words of a parenthesised qualifier that make it a different, administrative unit.
    static let administrativeWords = ["district", "county", "gmina", "commun", "municipal", "region", "province", "raion", "rayon",
                                      "prefecture", "oblast", "borough", "council", "local government", "powiat", "kreis", "landkreis"]
    /// Locative words that may follow a town's name in its full form.
    static let locatives = ["am", "an der", "an", "im", "in", "ob der", "bei", "nad", "pod"]

    private var bareOf: [String: String] = [:]   // "CC|variant" -> bare name

    /// The merges found, sorted by country and name.
    private(set) var merges: [ImportReport.VariantMerge] = []

    /// Finds the variants among `mentions`: each a country, a name and the key of one partner
    /// ("CC|name") it is listed with.
    /// - Complexity: O(m · w) for m mentions of names of w words.
    init(mentions: [Mention]) {
        var names: [String: Set<String>] = [:]          // CC -> names
        for mention in mentions { names[mention.countryID, default: []].insert(mention.name) }
        // Qualified forms whose bare name the list also uses; only their partners are gathered.
        var candidates: [String: [String: [String]]] = [:]   // CC -> bare -> qualified forms
        var involved = Set<String>()                          // "CC|name"
        for (country, countryNames) in names {
            for name in countryNames where name.utf8.contains(UInt8(ascii: " ")) {
                guard let stem = Self.stem(of: name), stem != name, countryNames.contains(stem) else { continue }
                candidates[country, default: [:]][stem, default: []].append(name)
                involved.insert("\(country)|\(name)")
                involved.insert("\(country)|\(stem)")
            }
        }
        var partners: [String: Set<String>] = [:]      // "CC|name" -> partner keys
        for mention in mentions {
            let key = "\(mention.countryID)|\(mention.name)"
            if involved.contains(key) { partners[key, default: []].insert(mention.partner) }
        }
        for (country, byBare) in candidates {
            for (bare, forms) in byBare {
                let sharing = forms.filter { !partners["\(country)|\($0)", default: []].isDisjoint(with: partners["\(country)|\(bare)", default: []]) }
                guard sharing.count == 1 else { continue }
                bareOf["\(country)|\(sharing[0])"] = bare
                merges.append(ImportReport.VariantMerge(countryID: country, variant: sharing[0], name: bare))
            }
        }
        merges.sort { ($0.countryID, $0.name, $0.variant) < ($1.countryID, $1.name, $1.variant) }
    }

    /// The bare name `name` merges into, or nil when it is not a merged variant.
    func bareName(of name: String, countryID: String) -> String? { bareOf["\(countryID)|\(name)"] }

    /// The bare name of a qualified form ("Ebensee" for "Ebensee am Traunsee"), or nil.
    static func stem(of name: String) -> String? {
        if name.hasSuffix(")"), let open = name.lastIndex(of: "(") {
            let qualifier = name[name.index(after: open)...].lowercased()
            guard !administrativeWords.contains(where: { qualifier.contains($0) }) else { return nil }
            let stem = String(name[..<open]).trimmingWhitespace()
            return stem.isEmpty ? nil : stem
        }
        let words = name.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        guard words.count >= 3 else { return nil }
        for start in 1..<(words.count - 1) {
            for locative in locatives {
                let parts = locative.split(separator: " ").map(String.init)
                guard start + parts.count < words.count,
                      words[start..<(start + parts.count)].map({ $0.lowercased() }) == parts else { continue }
                return words[..<start].joined(separator: " ")
            }
        }
        return nil
    }
}
