import LiaisonText

/// The words of Liaison's tables and planner's report in one language: one catalogue per
/// language, each in its own file, keyed by ``Message``.
///
/// Every message is written in every language: a catalogue is an exhaustive `switch`, so a
/// message missing from one does not compile, and `CatalogueTests` runs every message in every
/// language (no empty text, no English left in a Chinese one, each Chinese one in its own script).
/// There is no fallback to English.
public struct Catalogue: Sendable, Hashable {
    /// The language of the words.
    public let language: Language

    /// The catalogue of `language`.
    public init(_ language: Language) {
        self.language = language
    }

    /// The message in the catalogue's language.
    public func text(_ message: Message) -> String {
        switch language {
        case .english: return Self.english(message)
        case .traditionalChinese: return Self.traditionalChinese(message)
        case .simplifiedChinese: return Self.simplifiedChinese(message)
        }
    }

    /// The message in the catalogue's language.
    public subscript(_ message: Message) -> String { text(message) }
}
