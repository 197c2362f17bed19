import LiaisonText

/// A drawing that could not be made: an unknown choice, or a failure inside Graphviz.
public enum RenderError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A layout name that is not one of ``Layout/names``.
    case unknownLayout(String, valid: [String])
    /// An output format that is not one of ``OutputFormat``'s.
    case unknownFormat(String, valid: [String])
    /// A map projection that is not one of ``MapProjection``'s.
    case unknownProjection(String, valid: [String])
    /// A label language that is not one of ``LabelLanguage/valid``.
    case unknownLabels(String, valid: [String])
    /// A map projection asked of a layout that is not a map.
    case projectionWithoutMap(layout: String)
    /// Clusters asked of a layout that does not draw them.
    case clustersNotDrawn(layout: String, drawnBy: [String])
    /// Graphviz failed; the messages are Graphviz's own.
    case graphviz(stage: GraphvizStage, messages: [String])
    /// Chinese labels asked for, and OpenCC, which writes them in one script, is missing.
    case chineseLabels(ScriptError)

    /// A sentence naming the bad value and what would be valid, or what Graphviz said.
    public var description: String {
        switch self {
        case let .unknownLayout(name, valid):
            return "unknown layout '\(name)'; valid layouts: \(valid.joined(separator: ", "))"
        case let .unknownFormat(name, valid):
            return "unknown format '\(name)'; valid formats: \(valid.joined(separator: ", "))"
        case let .unknownProjection(name, valid):
            return "unknown map projection '\(name)'; valid projections: \(valid.joined(separator: ", ")) (as geo:robinson)"
        case let .unknownLabels(name, valid):
            return "unknown label language '\(name)'; valid: \(valid.joined(separator: ", "))"
        case let .projectionWithoutMap(layout):
            return "--projection applies to maps; the \(layout) layout is not one: use --layout geo, or drop --projection"
        case let .clustersNotDrawn(layout, drawnBy):
            return "the \(layout) layout does not draw clusters; use --layout \(drawnBy.joined(separator: " or ")), or drop --cluster"
        case let .graphviz(stage, messages):
            return "Graphviz could not \(stage.verb): \(messages.joined(separator: "; "))"
        case let .chineseLabels(error):
            return "cannot write Chinese labels: \(error.description)"
        }
    }
}

/// The step of a Graphviz call that failed.
public enum GraphvizStage: String, Sendable, Hashable, CaseIterable {
    /// Reading the DOT text.
    case parse
    /// Computing positions.
    case layout
    /// Writing the output format.
    case render

    /// What the step does, as a verb phrase.
    var verb: String {
        switch self {
        case .parse: return "read the DOT text"
        case .layout: return "lay out the graph"
        case .render: return "render the graph"
        }
    }
}
