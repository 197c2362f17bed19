import LiaisonGraph
import LiaisonText

/// A network drawn as styled DOT text, ready for Graphviz: node shape and colour by entity kind,
/// node size by a per-entity number, tie colour by layer and line style by status, optional
/// clusters, a legend, and a tooltip with the facts of every entity and tie.
///
/// ```swift
/// let view = try network.view([.ego(centre: "HK", radius: 2)])
/// let drawing = try NetworkDrawing(view, options: DrawingOptions(layout: .geographic(.robinson)))
/// let svg = try drawing.render(as: .svg).bytes
/// ```
///
/// The same view and options always give the same DOT text, and so the same bytes from Graphviz.
public struct NetworkDrawing: Sendable {
    /// The options it was drawn with.
    public let options: DrawingOptions
    /// For a drawing of changes, what changed; nil for a drawing of one view.
    public let change: NetworkDifference?
    /// The styled DOT text.
    public let dot: String
    /// The number of entities drawn.
    public let entityCount: Int
    /// The number of ties drawn.
    public let tieCount: Int
    /// The entities of the view not drawn because no tie of the view touches them (a drawing of
    /// one view with ties leaves them out: see the initialiser); 0 for a drawing of changes.
    public let untiedLeftOut: Int
    /// The labelled entities that have no Chinese name anywhere and so are labelled in English on
    /// a Chinese drawing, by ID; empty for English labels.
    public let labelledInEnglish: [String]

    /// Draws one view: the entities its ties touch, the focus, and the offices of drawn entities
    /// (an entity with no tie in the view is left out and counted in ``untiedLeftOut``, so the
    /// world's reference cities a dataset includes do not flood it); every entity when the view
    /// has no tie.
    /// - Throws: ``RenderError/clustersNotDrawn(layout:drawnBy:)`` when clusters are asked of a
    ///   layout that does not draw them.
    /// - Complexity: O(n log n + m) for n entities and m ties.
    public init(_ view: NetworkView, options: DrawingOptions = DrawingOptions()) throws(RenderError) {
        try Self.check(options)
        let model = DrawingModel(view, options: options)
        try self.init(model: model, change: nil, options: options)
    }

    /// Draws the change from one view to another: the union of both, with added entities and ties
    /// in green, removed ones in orange-red and dashed, ties whose status changed in purple, and
    /// the rest faded; the legend counts each.
    /// - Throws: as ``init(_:options:)``.
    public init(before: NetworkView, after: NetworkView, options: DrawingOptions = DrawingOptions()) throws(RenderError) {
        try Self.check(options)
        let change = NetworkDifference(from: before, to: after)
        let model = DrawingModel(before: before, after: after, change: change, options: options)
        try self.init(model: model, change: change, options: options)
    }

    private init(model: DrawingModel, change: NetworkDifference?, options: DrawingOptions) throws(RenderError) {
        self.options = options
        self.change = change
        entityCount = model.nodes.count
        tieCount = model.edges.count
        untiedLeftOut = model.untiedLeftOut
        var names: ChineseNames?
        if options.labels != .english {
            do { names = try ChineseNames(script: options.script) } catch { throw .chineseLabels(error) }
        }
        labelledInEnglish = names == nil ? [] : ChineseNameCoverage(model.nodes.filter(\.labelled).map(\.entity)).missingIDs
        dot = DOTWriter(model: model, options: options, change: change, chineseNames: names).text()
    }

    private static func check(_ options: DrawingOptions) throws(RenderError) {
        if options.clusters != .none && !options.layout.drawsClusters {
            throw .clustersNotDrawn(layout: options.layout.description, drawnBy: Layout.all.filter(\.drawsClusters).map(\.description))
        }
    }

    /// Lays the drawing out and renders it.
    /// - Throws: ``RenderError/graphviz(stage:messages:)`` when Graphviz fails.
    public func render(as format: OutputFormat) throws(RenderError) -> Rendering {
        try GraphvizRenderer.render(dot: dot, layout: options.layout, format: format)
    }
}

/// Writes a model as DOT.
struct DOTWriter {
    let model: DrawingModel
    let options: DrawingOptions
    let change: NetworkDifference?
    /// Where nodes sit, for a map.
    let placement: MapPlacement?
    /// Chinese names in the script asked for; nil for English labels.
    let chineseNames: ChineseNames?

    init(model: DrawingModel, options: DrawingOptions, change: NetworkDifference?, chineseNames: ChineseNames?) {
        self.model = model
        self.options = options
        self.change = change
        self.chineseNames = chineseNames
        if case let .geographic(projection) = options.layout {
            placement = MapPlacement(model, projection: projection)
        } else {
            placement = nil
        }
    }

    func text() -> String {
        var out: [String] = ["graph liaison {"]
        out += graphAttributes().map { "  \($0);" }
        out.append("  node [fontname=\(DOTText.quoted(DrawingStyle.fontName)), fontsize=12, style=filled, penwidth=1.2, margin=\"0.08,0.03\"];")
        out.append("  edge [fontname=\(DOTText.quoted(DrawingStyle.fontName)), penwidth=1.3, arrowsize=0.6];")

        let sizing = options.sizing
        var nodeLines: [String: String] = [:]
        for (i, node) in model.nodes.enumerated() {
            nodeLines[node.entity.id] = nodeStatement(node, index: i, placement: placement, sizing: sizing)
        }
        // Clusters hold their nodes; the rest stay at the top level, in ID order.
        var clustered = Set<String>()
        for (i, cluster) in clusters().enumerated() {
            out.append("  subgraph cluster_\(i) {")
            out.append("    label=\(DOTText.quoted(cluster.label)); style=\"rounded,dashed\"; color=\"#9aa5b1\"; fontcolor=\"#4a5568\"; fontsize=13; margin=10;")
            for id in cluster.members {
                clustered.insert(id)
                if let line = nodeLines[id] { out.append("  " + line) }
            }
            out.append("  }")
        }
        for node in model.nodes where !clustered.contains(node.entity.id) {
            if let line = nodeLines[node.entity.id] { out.append(line) }
        }
        for (i, edge) in model.edges.enumerated() { out.append(edgeStatement(edge, index: i)) }
        for (i, link) in model.representations.enumerated() {
            out.append("  \(DOTText.quoted(link.office)) -- \(DOTText.quoted(link.represented)) [id=\"represents-\(i)\", class=\"represents\", color=\"\(DrawingStyle.representation)\", penwidth=0.8, len=0.6, tooltip=\(DOTText.quoted("\(model.entity(link.office)?.name ?? link.office) represents \(model.entity(link.represented)?.name ?? link.represented)"))];")
        }
        out.append("}")
        return out.joined(separator: "\n") + "\n"
    }

    // MARK: Graph

    private func graphAttributes() -> [String] {
        let n = model.nodes.count
        var a = [
            "layout=\(options.layout.engine)",
            "fontname=\(DOTText.quoted(DrawingStyle.fontName))",
            "bgcolor=white", "pad=0.3", "outputorder=edgesfirst",
        ]
        // Spline routing around nodes reads best but costs about the cube of the node count
        // (Graphviz builds a visibility graph of every node's outline): Hong Kong's own network,
        // 174 nodes and 234 edges, took 3.8 s routed against 0.07 s straight; 201 countries with
        // 2,090 ties 40 s against 0.3 s. Routed only for small, sparse drawings (100 nodes: about 0.7 s).
        let splines = n <= 100 && model.edges.count + model.representations.count <= 400 ? "true" : "false"
        switch options.layout {
        case .dot:
            a += ["rankdir=LR", "ranksep=0.7", "nodesep=0.2", "splines=true", "newrank=true"]
        case .neato:
            a += ["start=\(options.seed)", "overlap=prism", "sep=\"+10\"", "splines=\(splines)", "mode=major"]
        case .fdp:
            a += ["start=\(options.seed)", "overlap=prism", "sep=\"+10\"", "splines=\(splines)"]
        case .sfdp:
            a += ["start=\(options.seed)", "overlap=prism", "sep=\"+10\"", "splines=\(splines)", "beautify=false"]
        case .circo:
            a += ["mindist=0.3", "splines=\(splines)"]
        case .twopi:
            if let focus = model.focusID, model.nodes.contains(where: { $0.entity.id == focus }) {
                a.append("root=\(DOTText.quoted(focus))")
            }
            // Curved, not routed: twopi's spline routing (splines=true) differs from one call to
            // the next in one process with Graphviz 2.43, and output must be deterministic.
            a += ["start=\(options.seed)", "ranksep=1.6", "overlap=prism", "sep=\"+6\"", "splines=curved"]
        case .geographic:
            // Positions are pinned (pos="x,y!") and in points; nop (neato -n) keeps them as they are.
            a += ["overlap=true", "splines=false", "forcelabels=false"]
            if let placement { a.append("_background=\(DOTText.quoted(placement.graticule()))") }
        }
        switch options.legend {
        case .shown: a += ["label=<\(legend())>", "labelloc=b", "labeljust=l", "fontsize=14"]
        case .plain: a += ["label=\(DOTText.quoted(leftJustifiedLines: plainLegend()))", "labelloc=b", "labeljust=l", "fontsize=14"]
        case .hidden: break
        }
        return a
    }

    // MARK: Nodes

    private func nodeStatement(_ node: DrawnNode, index: Int, placement: MapPlacement?, sizing: NodeSizing) -> String {
        let e = node.entity
        let isFocus = e.id == model.focusID
        var a: [String] = []
        a.append("id=\(DOTText.quoted("entity-\(index)"))")
        a.append("class=\(DOTText.quoted("entity kind-\(e.kind.rawValue)" + changeClass(node.mark)))")
        let label = labelText(e)
        let s = node.scale
        if let placement {
            // A map: a marker at the place, the name beside it where there is room.
            let position = placement.positions[e.id] ?? MapPoint(x: 0, y: 0)
            a.append("pos=\"\(DOTText.number(position.x)),\(DOTText.number(position.y))!\"")
            a.append("shape=\(DrawingStyle.markerShape(of: e.kind))")
            a.append("fixedsize=true")
            let side = DOTText.number(0.1 + 0.32 * s, digits: 3)
            a += ["width=\(side)", "height=\(side)"]
            a.append("label=\"\"")
            a.append("fillcolor=\"\(DrawingStyle.strong(of: e.kind))d0\"")
            a.append("color=\"#ffffff\"")
            if node.labelled {
                a.append("xlabel=\(DOTText.quoted(label))")
                a.append("fontsize=\(DOTText.number(8 + 6 * s, digits: 1))")
            }
            a.append("tooltip=\(DOTText.quoted(model.tooltip(for: node, sizing: sizing, borrowedFrom: placement.borrowedFrom[e.id])))")
        } else if node.labelled {
            a.append("shape=\(DrawingStyle.shape(of: e.kind))")
            if e.kind == .country { a.append("style=\"rounded,filled\"") }
            a.append("label=\(DOTText.quoted(label))")
            a.append("fontsize=\(DOTText.number(9 + 11 * s, digits: 1))")
            a.append("fillcolor=\"\(DrawingStyle.fill(of: e.kind))\"")
            a.append("color=\"\(DrawingStyle.strong(of: e.kind))\"")
            a.append("tooltip=\(DOTText.quoted(model.tooltip(for: node, sizing: sizing, borrowedFrom: nil)))")
        } else {
            // Unlabelled: a small marker, sized, with its facts in the tooltip.
            a.append("shape=\(DrawingStyle.markerShape(of: e.kind))")
            a.append("fixedsize=true")
            let side = DOTText.number(0.12 + 0.3 * s, digits: 3)
            a += ["width=\(side)", "height=\(side)"]
            a.append("label=\"\"")
            a.append("fillcolor=\"\(DrawingStyle.strong(of: e.kind))\"")
            a.append("color=\"#ffffff\"")
            a.append("tooltip=\(DOTText.quoted(model.tooltip(for: node, sizing: sizing, borrowedFrom: nil)))")
        }
        if isFocus {
            a += ["color=\"\(DrawingStyle.focus)\"", "penwidth=3.5"]
            if node.labelled { a.append("fontcolor=\"\(DrawingStyle.focus)\"") }
        } else if model.peerIDs.contains(e.id) {
            a += ["peripheries=2"]
        }
        switch node.mark {
        case .added: a += ["color=\"\(DrawingStyle.added)\"", "penwidth=3.5"]
        case .removed: a += ["color=\"\(DrawingStyle.removed)\"", "penwidth=3.5", "fontcolor=\"#777777\"",
                             e.kind == .country && placement == nil && node.labelled ? "style=\"rounded,filled,dashed\"" : "style=\"filled,dashed\""]
        case .changed, .unchanged: break
        }
        return "  \(DOTText.quoted(e.id)) [\(a.joined(separator: ", "))];"
    }

    /// The node's label in the language asked for, Chinese in the script asked for (English where
    /// the entity has no Chinese name; see ``NetworkDrawing/labelledInEnglish``), long names
    /// wrapped; both languages on separate lines.
    private func labelText(_ e: Entity) -> String {
        let zh = chineseNames?.name(of: e)
        switch options.labels {
        case .english: return Self.wrapped(e.name)
        case .chinese: return Self.wrapped(zh ?? e.name)
        case .both:
            guard let zh, zh != e.name else { return Self.wrapped(e.name) }
            return Self.wrapped(e.name) + "\n" + zh
        }
    }

    /// Text broken at spaces into lines of about `width` characters.
    static func wrapped(_ text: String, width: Int = 22) -> String {
        guard text.count > width else { return text }
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ") {
            if !line.isEmpty && line.count + 1 + word.count > width {
                lines.append(line)
                line = String(word)
            } else {
                line += line.isEmpty ? String(word) : " " + word
            }
        }
        if !line.isEmpty { lines.append(line) }
        return lines.joined(separator: "\n")
    }

    private func changeClass(_ mark: ChangeMark) -> String {
        switch mark {
        case .unchanged: return ""
        case .added: return " added"
        case .removed: return " removed"
        case .changed: return " changed"
        }
    }

    // MARK: Edges

    private func edgeStatement(_ edge: DrawnEdge, index: Int) -> String {
        let t = edge.tie
        let layers = model.allLayers
        var colour = DrawingStyle.colour(ofLayer: t.layer, among: layers)
        var style = DrawingStyle.lineStyle(of: t.status)
        var width = 1.3 + min(3, log2Weight(t.weight))
        if t.status == .ended { colour = DrawingStyle.ended }
        // Dense drawings get fainter ties, so that where they bunch reads as density, not a blot.
        var alpha = model.edges.count > 500 ? DrawingStyle.denseTieAlpha : DrawingStyle.tieAlpha
        switch edge.mark {
        case .unchanged:
            if change != nil { alpha = DrawingStyle.fadedAlpha }
        case .added:
            colour = DrawingStyle.added; alpha = ""; width += 2
        case .removed:
            colour = DrawingStyle.removed; alpha = ""; width += 2; style = "dashed"
        case .changed:
            colour = DrawingStyle.changed; alpha = ""; width += 2
        }
        var a = [
            "id=\(DOTText.quoted("tie-\(index)"))",
            "class=\(DOTText.quoted("tie layer-\(t.layer) status-\(t.status.rawValue)" + changeClass(edge.mark)))",
            "color=\"\(colour)\(alpha)\"",
            "penwidth=\(DOTText.number(width))",
            "tooltip=\(DOTText.quoted(model.tooltip(for: edge)))",
        ]
        if style != "solid" { a.append("style=\"\(style)\"") }
        if t.layer == Layer.eto.id { a.append("dir=forward") }
        return "  \(DOTText.quoted(t.from)) -- \(DOTText.quoted(t.to)) [\(a.joined(separator: ", "))];"
    }

    private func log2Weight(_ weight: Double) -> Double {
        guard weight.isFinite, weight > 1 else { return 0 }
        var w = weight, bits = 0.0
        while w >= 2 { w /= 2; bits += 1 }
        return bits + (w - 1)  // piecewise-linear log2, exact at powers of two
    }

    // MARK: Clusters

    private struct Cluster {
        var label: String
        var members: [String]
    }

    /// Clusters of two or more entities, by label.
    private func clusters() -> [Cluster] {
        guard options.clusters != .none else { return [] }
        var groups: [String: [String]] = [:]
        for node in model.nodes {
            guard let key = clusterLabel(of: node.entity) else { continue }
            groups[key, default: []].append(node.entity.id)
        }
        return groups.filter { $0.value.count >= 2 }.sorted { $0.key < $1.key }.map { Cluster(label: $0.key, members: $0.value) }
    }

    private func clusterLabel(of e: Entity) -> String? {
        guard let countryID = e.countryID, let country = model.entity(countryID) else { return nil }
        switch options.clusters {
        case .none: return nil
        case .country:
            let zh = chineseNames?.name(of: country)
            switch options.labels {
            case .english: return country.name
            case .chinese: return zh ?? country.name
            case .both: return zh.map { "\(country.name) \($0)" } ?? country.name
            }
        case .region: return country.attributes.region
        }
    }
}
