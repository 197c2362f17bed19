/// How nodes are placed: one of Graphviz's layout programs, or a world map.
public enum Layout: Sendable, Hashable, CustomStringConvertible {
    /// Layered (hierarchical) drawing; draws clusters.
    case dot
    /// Spring model (stress majorisation).
    case neato
    /// Force-directed (Fruchterman-Reingold); draws clusters.
    case fdp
    /// Multiscale force-directed, for large graphs.
    case sfdp
    /// Circular drawing.
    case circo
    /// Radial drawing around a root (the focus when it is shown).
    case twopi
    /// Nodes pinned at their longitude and latitude through a map projection.
    case geographic(MapProjection)

    /// Every layout, with the geographic one in its default projection (``MapProjection/default``).
    public static let all: [Layout] = [.dot, .neato, .fdp, .sfdp, .circo, .twopi, .geographic(.default)]

    /// The names ``init(parsing:)`` accepts, for help texts and errors.
    public static let names: [String] = ["dot", "neato", "fdp", "sfdp", "circo", "twopi"]
        + ["geo"] + MapProjection.allCases.map { "geo:\($0.rawValue)" }

    /// Parses `dot`, `neato`, `fdp`, `sfdp`, `circo`, `twopi`, `geo` or `geo:PROJECTION`, in any case.
    /// - Throws: ``RenderError/unknownLayout(_:valid:)`` or ``RenderError/unknownProjection(_:valid:)``.
    public init(parsing text: String) throws(RenderError) {
        let lowered = text.lowercased()
        switch lowered {
        case "dot": self = .dot
        case "neato": self = .neato
        case "fdp": self = .fdp
        case "sfdp": self = .sfdp
        case "circo": self = .circo
        case "twopi": self = .twopi
        case "geo", "map", "geographic": self = .geographic(.default)
        default:
            guard lowered.hasPrefix("geo:") else { throw .unknownLayout(text, valid: Self.names) }
            self = .geographic(try MapProjection(parsing: String(lowered.dropFirst(4))))
        }
    }

    /// Parses a layout as ``init(parsing:)`` does, with a projection named apart (the command
    /// line's `--projection`): it applies to `geo`, and is refused with any other layout.
    /// - Throws: as ``init(parsing:)``, or ``RenderError/projectionWithoutMap(layout:)``.
    public init(parsing text: String, projection: String?) throws(RenderError) {
        self = try Layout(parsing: text)
        guard let projection else { return }
        guard case .geographic = self else { throw .projectionWithoutMap(layout: text) }
        self = .geographic(try MapProjection(parsing: projection))
    }

    /// The Graphviz layout engine that computes (or, for maps, keeps) the positions. Maps use
    /// `nop2`, which is `neato -n2`: node positions and the ties' great-circle arcs are kept as
    /// given, and the graph's box is the map's frame (plain `neato` recentres even pinned nodes,
    /// so the land behind them would drift).
    public var engine: String {
        switch self {
        case .dot: return "dot"
        case .neato: return "neato"
        case .fdp: return "fdp"
        case .sfdp: return "sfdp"
        case .circo: return "circo"
        case .twopi: return "twopi"
        case .geographic: return "nop2"  // neato -n2: positions and edge splines in points, kept exactly
        }
    }

    /// Whether the layout draws `cluster` subgraphs as boxes.
    public var drawsClusters: Bool { self == .dot || self == .fdp }

    /// Whether the layout is randomised, so that `start=SEED` matters.
    public var isSeeded: Bool { self == .neato || self == .fdp || self == .sfdp }

    /// The name ``init(parsing:)`` reads back.
    public var description: String {
        if case let .geographic(projection) = self { return "geo:\(projection.rawValue)" }
        return engine
    }
}
