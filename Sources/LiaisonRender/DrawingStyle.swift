import LiaisonGraph

/// The colours, shapes and line styles of a drawing, in one place.
enum DrawingStyle {
    /// Fonts in order of preference: the first Latin font present, then CJK fonts for Chinese
    /// names. Graphviz (through Pango and fontconfig) and browsers fall back glyph by glyph.
    static let fontName = "DejaVu Sans,Noto Sans CJK SC,WenQuanYi Zen Hei,sans-serif"

    /// The shape of an entity's node in a network layout.
    static func shape(of kind: EntityKind) -> String {
        switch kind {
        case .country: return "box"
        case .province: return "hexagon"
        case .city: return "ellipse"
        case .organisation: return "note"
        }
    }

    /// The shape of an entity's marker on a map.
    static func markerShape(of kind: EntityKind) -> String {
        switch kind {
        case .country: return "square"
        case .province: return "hexagon"
        case .city: return "circle"
        case .organisation: return "triangle"
        }
    }

    /// The light fill that a label sits on.
    static func fill(of kind: EntityKind) -> String {
        switch kind {
        case .country: return "#cfe1f2"
        case .province: return "#d5efcf"
        case .city: return "#fde2c8"
        case .organisation: return "#e4dcf1"
        }
    }

    /// The strong colour of borders and map markers.
    static func strong(of kind: EntityKind) -> String {
        switch kind {
        case .country: return "#3a78b5"
        case .province: return "#3d9a4f"
        case .city: return "#e07b24"
        case .organisation: return "#7a5fb0"
        }
    }

    /// The name of a kind's colour, for the plain-text legend.
    static func colourName(of kind: EntityKind) -> String {
        switch kind {
        case .country: return "blue"
        case .province: return "green"
        case .city: return "orange"
        case .organisation: return "violet"
        }
    }

    /// Every shape the legend names (``shape(of:)`` off maps, ``markerShape(of:)`` on them), for the
    /// catalogues' words.
    static let legendShapes = Array(Set(EntityKind.allCases.flatMap { [shape(of: $0), markerShape(of: $0)] })).sorted()

    /// Every colour and line style the plain-text legend names, for the catalogues' words.
    static let colourWords = ["blue", "green", "orange", "violet", "teal", "amber", "magenta", "purple", "slate", "olive",
                              "brick", "navy", "brown", "grey", "solid", "dashed", "dotted", "bold dotted", "orange-red dashed"]

    /// The name of a layer's colour, for the plain-text legend.
    static func colourName(ofLayer id: String, among layers: [Layer]) -> String {
        let names = ["#2b6cb0": "blue", "#2c9f96": "teal", "#d08a00": "amber", "#b83280": "magenta", "#6b46c1": "purple",
                     "#4a5568": "slate", "#8c6d1f": "olive", "#2f855a": "green", "#9b2c2c": "brick", "#2c5282": "navy", "#744210": "brown"]
        return names[colour(ofLayer: id, among: layers)] ?? "grey"
    }

    /// The focus's border.
    static let focus = "#c2185b"

    /// The colour of a layer's ties: the built-in five, then a palette for dataset layers in order.
    static func colour(ofLayer id: String, among layers: [Layer]) -> String {
        switch id {
        case Layer.sister.id: return "#2b6cb0"
        case Layer.cooperation.id: return "#2c9f96"
        case Layer.eto.id: return "#d08a00"
        case Layer.bri.id: return "#b83280"
        case Layer.diaspora.id: return "#6b46c1"
        default:
            let extra = layers.filter { l in !Layer.builtIn.contains { $0.id == l.id } }.map(\.id)
            let palette = ["#4a5568", "#8c6d1f", "#2f855a", "#9b2c2c", "#2c5282", "#744210"]
            return palette[(extra.firstIndex(of: id) ?? 0) % palette.count]
        }
    }

    /// The DOT `style` of a tie with a status.
    static func lineStyle(of status: TieStatus) -> String {
        switch status {
        case .active, .ended: return "solid"
        case .dormant: return "dashed"
        case .proposed: return "dotted"
        case .intent: return "bold,dotted"
        }
    }

    /// A sample of the line style in box-drawing characters, for the legend.
    static func lineSample(of status: TieStatus) -> String {
        switch status {
        case .active, .ended: return "━━━━"
        case .dormant: return "╍╍╍╍"
        case .proposed: return "┈┈┈┈"
        case .intent: return "┉┉┉┉"
        }
    }

    /// The thin line from an office to the government it represents (not a tie).
    static let representation = "#9aa5b1"

    /// Ended ties are grey whatever their layer.
    static let ended = "#a0a0a0"

    /// Added entities and ties (Okabe-Ito bluish green).
    static let added = "#009e73"
    /// Removed entities and ties (Okabe-Ito vermilion), drawn dashed.
    static let removed = "#d55e00"
    /// Ties whose status changed (Okabe-Ito reddish purple).
    static let changed = "#cc79a7"

    /// The opacity suffix of unchanged ties in a drawing of changes, so the changes stand out.
    static let fadedAlpha = "55"
    /// The opacity suffix of ordinary ties, so crossings stay readable.
    static let tieAlpha = "c0"
    /// The opacity suffix of ties in a drawing of more than 500.
    static let denseTieAlpha = "48"
}
