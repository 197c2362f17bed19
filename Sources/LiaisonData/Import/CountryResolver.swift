import Foundation
import LiaisonGraph

/// Turns the country names public lists use ("United States of America", "England",
/// "Georgia (country)", "Brandenburg, Germany") into ISO 3166-1 alpha-2 codes.
///
/// It tries, in order: the names, Chinese names, aliases and codes of the countries it was given;
/// a short table of names Wikipedia uses for parts of states (England → GB); the part after the
/// last comma ("Brandenburg, Germany"); the name without a parenthetical ("Georgia (country)");
/// and last a spelling correction (edit distance at most 2, only when one country is closest),
/// which the import report lists so that no guess is silent.
public struct CountryResolver: Sendable {
    /// How a name was resolved.
    public enum Method: String, Sendable, Hashable {
        /// A name, alias or code of the country.
        case exact
        /// A name for a part of a state, from the resolver's own table.
        case constituent
        /// The part after the last comma, or the name without a parenthetical.
        case qualified
        /// The closest name by edit distance: a guess, listed in the report.
        case spellingCorrection = "spelling-correction"
    }

    /// A name's country and how it was found.
    public struct Resolution: Sendable, Hashable {
        /// The alpha-2 code.
        public var countryID: String
        /// How it was found.
        public var method: Method
    }

    /// Names of constituent parts and common variants that do not appear as ISO names.
    public static let constituentNames: [String: String] = [
        "england": "GB", "scotland": "GB", "wales": "GB", "northern ireland": "GB", "great britain": "GB", "britain": "GB",
        "republic of ireland": "IE", "west bank": "PS", "gaza strip": "PS", "east timor": "TL", "ivory coast": "CI",
        "people's republic of china": "CN", "mainland china": "CN", "republic of china": "TW", "kingdom of the netherlands": "NL",
        "federated states of micronesia": "FM", "the bahamas": "BS", "the gambia": "GM", "swaziland": "SZ", "burma": "MM",
        "macedonia": "MK", "czechia": "CZ", "cape verde": "CV", "vatican city": "VA", "holy see": "VA",
        "democratic republic of the congo": "CD", "republic of the congo": "CG", "congo": "CG", "state of palestine": "PS", "palestinian national authority": "PS",
    ]

    private var exact: [String: String] = [:]
    private var names: [(key: String, id: String)] = []

    /// A resolver over the countries of a network (countries and territories; a special
    /// administrative region resolves to itself).
    public init(countries: [Entity]) {
        for entity in countries where entity.kind == .country || entity.attributes.politicalStatus == .sar {
            var keys = [entity.id, entity.name] + entity.aliases
            if let zh = entity.nameZh { keys.append(zh) }
            for key in keys {
                let folded = Self.fold(key)
                if exact[folded] == nil { exact[folded] = entity.id }
                names.append((folded, entity.id))
            }
        }
        let known = Set(countries.map(\.id))
        constituents = Self.constituentNames.filter { known.contains($0.value) }
    }

    private var constituents: [String: String] = [:]

    /// The country a name means, or nil when it cannot be told.
    public func resolve(_ name: String) -> Resolution? {
        let folded = Self.fold(name)
        guard !folded.isEmpty else { return nil }
        if let id = exact[folded] { return Resolution(countryID: id, method: .exact) }
        if let id = constituents[folded] { return Resolution(countryID: id, method: .constituent) }
        if let comma = folded.lastIndex(of: ",") {
            let tail = String(folded[folded.index(after: comma)...]).trimmingWhitespace()
            if let id = exact[tail] ?? constituents[tail] { return Resolution(countryID: id, method: .qualified) }
        }
        if let paren = folded.firstIndex(of: "(") {
            let head = String(folded[..<paren]).trimmingWhitespace()
            if let id = exact[head] ?? constituents[head] { return Resolution(countryID: id, method: .qualified) }
        }
        guard folded.count >= 5 else { return nil }
        let query = Array(folded)
        var best = 3
        var bestIDs = Set<String>()
        for (key, id) in names where abs(key.count - query.count) <= 2 {
            let d = editDistance(query, Array(key), bound: best + 1)
            if d < best { best = d; bestIDs = [id] } else if d == best { bestIDs.insert(id) }
        }
        guard best <= 2, bestIDs.count == 1 else { return nil }
        return Resolution(countryID: bestIDs.first!, method: .spellingCorrection)
    }

    /// Lower case, diacritics removed, spaces folded.
    static func fold(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            .replacingOccurrences(of: "’", with: "'")
            .split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
    }
}
