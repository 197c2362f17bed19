/// Renders DOT text through the Graphviz library in this process: DOT text in, bytes out.
///
/// Calls are serialised on one shared Graphviz context (libgvc is not thread-safe), so rendering
/// from several tasks at once is safe but not parallel.
public enum GraphvizRenderer {
    /// Lays out and renders DOT text.
    ///
    /// The `layout`'s engine overrides any `layout` attribute in the text. For ``OutputFormat/dot``
    /// the text is returned as it is, without calling Graphviz.
    /// - Throws: ``RenderError/graphviz(stage:messages:)`` with Graphviz's own messages when the
    ///   text does not parse or the layout or render fails.
    /// - Complexity: that of the Graphviz layout engine.
    public static func render(dot: String, layout: Layout, format: OutputFormat) throws(RenderError) -> Rendering {
        if format == .dot { return Rendering(bytes: Array(dot.utf8), format: format, warnings: []) }
        let output = try GraphvizSession.shared.render(dot: dot, engine: layout.engine, format: format.graphvizFormat)
        return Rendering(bytes: output.bytes, format: format, warnings: output.warnings)
    }

    /// Lays out and renders DOT text with layout and format named as text (`sfdp`, `svg`).
    /// - Throws: ``RenderError/unknownLayout(_:valid:)`` or ``RenderError/unknownFormat(_:valid:)``
    ///   listing the valid ones, or as ``render(dot:layout:format:)``.
    public static func render(dot: String, layout: String, format: String) throws(RenderError) -> Rendering {
        try render(dot: dot, layout: try Layout(parsing: layout), format: try OutputFormat(parsing: format))
    }
}

/// The output of a render.
public struct Rendering: Sendable, Hashable {
    /// The file's bytes.
    public var bytes: [UInt8]
    /// The format of the bytes.
    public var format: OutputFormat
    /// Warnings Graphviz printed while it worked (a missing glyph, an ignored attribute).
    public var warnings: [String]

    /// Makes a rendering.
    public init(bytes: [UInt8], format: OutputFormat, warnings: [String]) {
        self.bytes = bytes
        self.format = format
        self.warnings = warnings
    }
}
