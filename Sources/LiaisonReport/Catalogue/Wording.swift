import LiaisonGraph
import LiaisonText

/// How a table or report speaks to its reader: the language's catalogue for every fixed word,
/// and entities' names in the language (in a Chinese one, the dataset's own Chinese name in the
/// reader's script, converted by OpenCC when the data write it in the other; the English name when
/// the entity has no Chinese name anywhere).
///
/// OpenCC's converter is opened only when a name first needs it, and each name is converted once.
public struct Wording: Sendable {
    /// The language.
    public let language: Language
    /// Its catalogue.
    public let catalogue: Catalogue
    /// Names in the language's script, converted once each.
    let names: EntityNameWriter?

    /// The wording of `language`.
    public init(_ language: Language) {
        self.language = language
        catalogue = Catalogue(language)
        names = language.script.map(EntityNameWriter.init)
    }

    /// English, the default of every table builder.
    public static let english = Wording(.english)

    /// A message in the language.
    public subscript(_ message: Message) -> String { catalogue.text(message) }

    /// The entity's name in the language.
    public func name(of entity: Entity) -> String {
        names?.name(of: entity) ?? entity.name
    }

    /// The name of the entity with `id` in `network`, or the ID when there is none.
    public func name(of id: String, in network: PartnershipNetwork) -> String {
        network.entity(withID: id).map(name(of:)) ?? id
    }

    /// Text of the data (a source's title) in the language's script when it holds Chinese, converted
    /// character by character as a quotation is (``EntityNameWriter/convertCharacters(_:)``), its
    /// addresses (words with a `/`) as written; as written in English.
    public func dataText(_ text: String) -> String {
        guard let names else { return text }
        return text.split(separator: " ", omittingEmptySubsequences: false)
            .map { $0.contains("/") ? String($0) : names.convertCharacters(String($0)) }.joined(separator: " ")
    }

    /// A layer's name in the language.
    public func layer(_ id: String) -> String { catalogue.text(.layer(id)) }

    /// Items joined as the language joins a list.
    public func list(_ items: [String]) -> String { items.joined(separator: catalogue.text(.listSeparator)) }
}
