/// What a render writes.
public enum OutputFormat: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    /// Scalable vector graphics, with a tooltip on every node and tie.
    case svg
    /// A bitmap (96 dpi by default).
    case png
    /// A vector document for print.
    case pdf
    /// The styled DOT text handed to Graphviz, not laid out: Graphviz's own programs read it
    /// (`sfdp -Tsvg`), and geographic positions are already pinned in it.
    case dot

    /// Parses a format name in any case (`svg`, `png`, `pdf`, `dot`).
    /// - Throws: ``RenderError/unknownFormat(_:valid:)`` listing the valid ones.
    public init(parsing text: String) throws(RenderError) {
        guard let format = OutputFormat(rawValue: text.lowercased()) else {
            throw .unknownFormat(text, valid: Self.allCases.map(\.rawValue))
        }
        self = format
    }

    /// The file name extension.
    public var fileExtension: String { rawValue }

    /// The name ``init(parsing:)`` reads back.
    public var description: String { rawValue }
}
