import LiaisonGraph
import LiaisonText

/// How a network is drawn: the layout, the labels, the sizes, clusters and legend.
public struct DrawingOptions: Sendable, Hashable {
    /// How nodes are placed.
    public var layout: Layout
    /// Which names label the nodes.
    public var labels: NameLanguage
    /// The script of Chinese names and of a Chinese legend: every Chinese word on one drawing is
    /// converted into it by OpenCC.
    public var script: ChineseScript
    /// Boxes around the entities of one country or region (drawn by `dot` and `fdp`).
    public var clusters: Clustering
    /// What a node's size shows.
    public var sizing: NodeSizing
    /// Which nodes carry a label.
    public var labelling: Labelling
    /// Whether the legend is drawn.
    public var legend: LegendVisibility
    /// A title for the legend; nil uses the network's name.
    public var title: String?
    /// The seed of the randomised layouts (neato, fdp, sfdp), passed as `start=SEED`.
    public var seed: Int
    /// On a map, whether ties that share a corridor are drawn together.
    public var bundling: TieBundling
    /// Whether entities with no tie in the view are drawn.
    public var isolated: IsolatedEntities

    /// Makes options. The defaults draw an sfdp layout with English labels (Chinese ones in
    /// Simplified characters), degree as size, labels on the largest nodes of a large view, and a
    /// legend; entities with no tie in the view are left out (and counted in the legend).
    public init(
        layout: Layout = .sfdp, labels: NameLanguage = .english, clusters: Clustering = .none,
        sizing: NodeSizing = .degree, labelling: Labelling = .automatic, legend: LegendVisibility = .shown,
        title: String? = nil, seed: Int = 1, bundling: TieBundling = .none,
        script: ChineseScript = .simplified, isolated: IsolatedEntities = .leftOut
    ) {
        self.layout = layout
        self.labels = labels
        self.script = script
        self.clusters = clusters
        self.sizing = sizing
        self.labelling = labelling
        self.legend = legend
        self.title = title
        self.seed = seed
        self.bundling = bundling
        self.isolated = isolated
    }
}

/// Entities with no tie in the view: a layer view of a dataset holds hundreds, which would
/// otherwise crowd the picture as a grid.
public enum IsolatedEntities: String, Sendable, Hashable, CaseIterable {
    /// Left out, and counted in the legend. The focus, an office drawn with the government it
    /// represents, and an entity a change adds or removes are always drawn; a view with no tie
    /// at all draws every entity.
    case leftOut
    /// Drawn.
    case drawn
}

/// Ties drawn along shared corridors on a map.
public enum TieBundling: String, Sendable, Hashable, CaseIterable {
    /// Each tie on its own great-circle arc.
    case none
    /// Ties whose ends lie in the same two cells of a grid a tenth of the map wide are drawn
    /// toward their mean path, fully at the middle and not at the ends.
    case corridors
}

/// Boxes that group entities.
public enum Clustering: String, Sendable, Hashable, CaseIterable {
    /// No boxes.
    case none
    /// One box per country holding two or more shown entities.
    case country
    /// One box per UN M49 region holding two or more shown entities.
    case region
}

/// What a node's size shows. Sizes scale with the square root of the value, so that the area
/// grows with it; the largest value gets the largest node.
public enum NodeSizing: Sendable, Hashable {
    /// Every node the same size.
    case uniform
    /// The number of ties drawn at the entity.
    case degree
    /// The sum of the weights of the ties drawn at the entity.
    case strength
    /// The entity's population; unknown counts as the smallest.
    case population
    /// Any per-entity number, by entity ID (a centrality, a score); entities missing from the
    /// dictionary count as the smallest. `measure` names it in the legend and the tooltips.
    case values([String: Double], measure: String)

    /// The measure's name, for the legend and tooltips.
    public var measure: String {
        switch self {
        case .uniform: return "uniform"
        case .degree: return "degree"
        case .strength: return "strength"
        case .population: return "population"
        case let .values(_, measure): return measure
        }
    }
}

/// Which nodes carry a label. Unlabelled nodes keep their tooltip.
public enum Labelling: Sendable, Hashable {
    /// Every node.
    case all
    /// The `n` largest nodes (ties broken by ID), plus the focus and every changed entity.
    case largest(Int)
    /// Every node in a view of up to 80 entities or on a `dot` drawing (which sizes each node
    /// to its name, so that names never overlap); otherwise the 60 largest, the focus and every
    /// changed entity.
    case automatic
}

/// Whether and how the legend is drawn.
public enum LegendVisibility: String, Sendable, Hashable, CaseIterable {
    /// A legend under the drawing with colour and line samples: kinds, layers, statuses, size,
    /// changes and notes. It is a Graphviz HTML-like label, and Graphviz 2.43 leaks about 100
    /// bytes per line of such a label on every layout (about 4 KB per render for a full
    /// legend): for thousands of renders in one process, use ``plain``.
    case shown
    /// The same legend as plain text, colours named in words; leaks nothing.
    case plain
    /// No legend.
    case hidden
}
