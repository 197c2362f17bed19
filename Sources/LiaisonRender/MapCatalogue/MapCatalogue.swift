import LiaisonText

/// The words of a drawing in one language: one catalogue per language, each in its own file
/// (`MapCatalogue+English.swift`, `+TraditionalChinese.swift`, `+SimplifiedChinese.swift`), keyed by
/// ``MapMessage``. Traditional words are written as Hong Kong writes them; nothing is converted by
/// OpenCC when a drawing is made, so a Chinese legend costs no dictionary opening.
///
/// There is no fallback to English: a message missing from one language does not compile, and
/// `MapCatalogueTests` runs every message in every language (no empty text, no English word left in
/// a Chinese one, each Chinese one unchanged by OpenCC's conversion into its own script).
struct MapCatalogue: Sendable, Hashable {
    /// The language of the words.
    let language: Language

    /// The message in the catalogue's language.
    subscript(_ message: MapMessage) -> String {
        switch language {
        case .english: return Self.english(message)
        case .traditionalChinese: return Self.traditionalChinese(message)
        case .simplifiedChinese: return Self.simplifiedChinese(message)
        }
    }

    /// Names and Chinese words joined, with a space where a Latin letter or digit meets a Chinese
    /// character (an office with no Chinese name: "Riyadh Office 代表香港");
    /// none between Chinese characters. For names only: a number before 年 takes no space.
    static func joined(_ parts: String...) -> String {
        var out = ""
        for part in parts where !part.isEmpty {
            if let last = out.unicodeScalars.last, let first = part.unicodeScalars.first,
               (isLatin(last) && first.properties.isIdeographic) || (last.properties.isIdeographic && isLatin(first)) {
                out += " "
            }
            out += part
        }
        return out
    }

    private static func isLatin(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar))
    }
}
