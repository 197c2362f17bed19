/// What a render writes.
public enum OutputFormat: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    /// Scalable vector graphics, with a tooltip on every node and tie.
    case svg
    /// A bitmap (96 dpi by default), antialiased by cairo.
    case png
    /// A vector document for print.
    case pdf
    /// A JPEG photo-style bitmap, through Graphviz's gd renderer (not antialiased: PNG reads better).
    case jpeg
    /// The styled DOT text handed to Graphviz, not laid out: Graphviz's own programs read it
    /// (`sfdp -Tsvg`), and geographic positions are already pinned in it.
    case dot

    /// Parses a format name or file extension in any case (`svg`, `png`, `pdf`, `jpg`, `jpeg`, `dot`, `gv`).
    /// - Throws: ``RenderError/unknownFormat(_:valid:)`` listing the valid ones.
    public init(parsing text: String) throws(RenderError) {
        switch text.lowercased() {
        case "jpg", "jpeg": self = .jpeg
        case "gv": self = .dot
        default:
            guard let format = OutputFormat(rawValue: text.lowercased()) else {
                throw .unknownFormat(text, valid: Self.names)
            }
            self = format
        }
    }

    /// The names ``init(parsing:)`` accepts, for help texts and errors.
    public static let names = ["svg", "png", "pdf", "jpg", "jpeg", "dot", "gv"]

    /// The format of a file named `path`, from its extension; nil when it has none.
    /// - Throws: ``RenderError/unknownFormat(_:valid:)`` for an extension that is no format, so
    ///   that `-o map.jpgg` is refused rather than written as SVG.
    public init?(path: String) throws(RenderError) {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex, name.index(after: dot) != name.endIndex else { return nil }
        self = try OutputFormat(parsing: String(name[name.index(after: dot)...]))
    }

    /// The file name extension.
    public var fileExtension: String { self == .jpeg ? "jpg" : rawValue }

    /// The output format name Graphviz knows it by.
    var graphvizFormat: String { self == .jpeg ? "jpg" : rawValue }

    /// The name ``init(parsing:)`` reads back.
    public var description: String { rawValue }
}
