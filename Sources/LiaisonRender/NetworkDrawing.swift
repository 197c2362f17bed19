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
        let text = try MapText(options)
        labelledInEnglish = text.names == nil ? [] : ChineseNameCoverage(model.nodes.filter(\.labelled).map(\.entity)).missingIDs
        dot = DOTWriter(model: model, options: options, change: change, mapText: text).text()
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
    /// The names a map shows and where; nil for other layouts.
    let mapLabels: MapLabels?
    /// Every word the drawing writes, in its language and script.
    let mapText: MapText
    /// On `dot` without clusters, the entities listed in tables; nil for other layouts.
    let folding: LeafFanFolding?
    /// On `dot` with the focus drawn, which way each edge is written; nil for other layouts.
    let sides: FocusSides?

    init(model: DrawingModel, options: DrawingOptions, change: NetworkDifference?, mapText: MapText) {
        self.model = model
        self.options = options
        self.change = change
        self.mapText = mapText
        if case let .geographic(projection) = options.layout {
            let placement = MapPlacement(model, projection: projection, bundling: options.bundling)
            self.placement = placement
            mapLabels = Self.labels(model: model, text: mapText, placement: placement)
        } else {
            placement = nil
            mapLabels = nil
        }
        let folding = options.layout == .dot && options.clusters == .none ? LeafFanFolding(model) : nil
        self.folding = folding
        sides = options.layout == .dot ? Self.sides(model: model, folding: folding) : nil
    }

    /// The focus's sides on a `dot` drawing (see ``FocusSides``): its nodes, a table weighing as
    /// much as its rows take room, and its edges; nil when the focus is not drawn.
    private static func sides(model: DrawingModel, folding: LeafFanFolding?) -> FocusSides? {
        guard let focus = model.focusID, model.nodes.contains(where: { $0.entity.id == focus }) else { return nil }
        var weights: [String: Double] = [:]
        var edges: [(String, String)] = []
        for (i, edge) in model.edges.enumerated() where !(folding?.foldedEdges.contains(i) ?? false) {
            edges.append((edge.tie.from, edge.tie.to))
        }
        for fold in folding?.folds ?? [] {
            weights[fold.id] = 0.4 * Double(foldGrid(fold.members.count).rows)
            for tie in fold.ties { edges.append((tie.neighbour, fold.id)) }
        }
        edges += model.representations.map { ($0.office, $0.represented) }
        return FocusSides(focus: focus, weights: weights, edges: edges)
    }

    func text() -> String {
        var out: [String] = ["graph liaison {"]
        out += graphAttributes().map { "  \($0);" }
        out.append("  node [fontname=\(DOTText.quoted(DrawingStyle.fontName)), fontsize=12, style=filled, penwidth=1.2, margin=\"0.08,0.03\"];")
        out.append("  edge [fontname=\(DOTText.quoted(DrawingStyle.fontName)), penwidth=1.3, arrowsize=0.6];")

        let sizing = options.sizing
        var nodeLines: [String: String] = [:]
        for (i, node) in model.nodes.enumerated() where folding?.foldOfEntity[node.entity.id] == nil {
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
        out += mapLabelStatements()
        let folds = folding?.folds ?? []
        out += folds.map(foldStatement)
        for (i, edge) in model.edges.enumerated() where !(folding?.foldedEdges.contains(i) ?? false) {
            out.append(edgeStatement(edge, index: i))
        }
        out += folds.flatMap(foldEdgeStatements)
        for (i, link) in model.representations.enumerated() {
            out.append(connection(from: link.office, to: link.represented, attributes: [
                "id=\"represents-\(i)\"", "class=\"represents\"", "color=\"\(DrawingStyle.representation)\"", "penwidth=0.8", "len=0.6",
                "tooltip=\(DOTText.quoted(mapText.represents(office: model.name(link.office, mapText), represented: model.name(link.represented, mapText))))",
            ]))
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
            // Positions are pinned (pos="x,y!") and in points, ties carry their paths (pos="..."),
            // and the box is the map's frame: nop2 (neato -n2) keeps all three as they are.
            a += ["overlap=true", "splines=false", "forcelabels=false"]
            if let placement {
                a.append("bb=\"0,0,\(DOTText.number(placement.width, digits: 1)),\(DOTText.number(placement.height, digits: 1))\"")
                a.append("_background=\(DOTText.quoted(long: placement.background()))")
            }
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
        let label = mapText.label(of: e, in: model, onMap: false)
        let s = node.scale
        if let placement {
            // A map: a marker at the place, the name beside it where there is room.
            let position = placement.positions[e.id] ?? MapPoint(x: 0, y: 0)
            a.append("pos=\"\(DOTText.number(position.x)),\(DOTText.number(position.y))!\"")
            a.append("shape=\(DrawingStyle.markerShape(of: e.kind))")
            a.append("fixedsize=true")
            let side = DOTText.number(Self.markerSide(scale: s), digits: 3)
            a += ["width=\(side)", "height=\(side)"]
            a.append("label=\"\"")
            a.append("fillcolor=\"\(DrawingStyle.strong(of: e.kind))d0\"")
            a.append("color=\"#ffffff\"")
            a.append("tooltip=\(DOTText.quoted(model.tooltip(for: node, sizing: sizing, borrowedFrom: placement.borrowedFrom[e.id], text: mapText)))")
        } else if node.labelled {
            a.append("shape=\(DrawingStyle.shape(of: e.kind))")
            if e.kind == .country { a.append("style=\"rounded,filled\"") }
            a.append("label=\(DOTText.quoted(label))")
            a.append("fontsize=\(DOTText.number(9 + 11 * s, digits: 1))")
            a.append("fillcolor=\"\(DrawingStyle.fill(of: e.kind))\"")
            a.append("color=\"\(DrawingStyle.strong(of: e.kind))\"")
            a.append("tooltip=\(DOTText.quoted(model.tooltip(for: node, sizing: sizing, borrowedFrom: nil, text: mapText)))")
        } else {
            // Unlabelled: a small marker, sized, with its facts in the tooltip.
            a.append("shape=\(DrawingStyle.markerShape(of: e.kind))")
            a.append("fixedsize=true")
            let side = DOTText.number(0.12 + 0.3 * s, digits: 3)
            a += ["width=\(side)", "height=\(side)"]
            a.append("label=\"\"")
            a.append("fillcolor=\"\(DrawingStyle.strong(of: e.kind))\"")
            a.append("color=\"#ffffff\"")
            a.append("tooltip=\(DOTText.quoted(model.tooltip(for: node, sizing: sizing, borrowedFrom: nil, text: mapText)))")
        }
        if isFocus {
            a += ["color=\"\(DrawingStyle.focus)\"", "penwidth=3.5"]
            if node.labelled && placement == nil { a.append("fontcolor=\"\(DrawingStyle.focus)\"") }
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

    // MARK: Map labels

    /// The names to place on a map, most important first, and where they go.
    private static func labels(model: DrawingModel, text: MapText, placement: MapPlacement) -> MapLabels {
        let markers = model.nodes.compactMap { node -> (id: String, centre: MapPoint, radius: Double)? in
            guard let p = placement.positions[node.entity.id] else { return nil }
            return (node.entity.id, p, markerSide(scale: node.scale) * 36)
        }
        let requests = model.importanceOrder().compactMap { i -> MapLabels.Request? in
            let node = model.nodes[i]
            guard node.labelled, let p = placement.positions[node.entity.id] else { return nil }
            return MapLabels.Request(id: node.entity.id, text: text.label(of: node.entity, in: model, onMap: true),
                                     fontSize: mapFontSize(scale: node.scale), marker: p, markerRadius: markerSide(scale: node.scale) * 36,
                                     mustShow: node.entity.id == model.focusID)
        }
        return MapLabels(requests, markers: markers, width: placement.width, height: placement.height)
    }

    /// A map label's font size for a node of size `scale`.
    static func mapFontSize(scale: Double) -> Double { ((9 + 5 * scale) * 2).rounded() / 2 }

    /// The placed names of a map as pinned box nodes with a pale halo, after the markers so that
    /// they are drawn over the ties. Graphviz sizes each box from the text it measures, so an SVG
    /// shows the true extent of every name.
    private func mapLabelStatements() -> [String] {
        guard let mapLabels else { return [] }
        var out: [String] = []
        for (i, node) in model.nodes.enumerated() {
            guard let spot = mapLabels.placed[node.entity.id] else { continue }
            let isFocus = node.entity.id == model.focusID
            var a = [
                "id=\(DOTText.quoted("map-label-\(i)"))", "class=\"map-label\"",
                "shape=box", "style=filled", "fillcolor=\"#ffffffb8\"", "color=\"#ffffff00\"", "penwidth=0",
                "width=0.01", "height=0.01", "margin=\"\(DOTText.number(MapLabels.padding / 72, digits: 4))\"",
                "pos=\"\(DOTText.number(spot.centre.x, digits: 1)),\(DOTText.number(spot.centre.y, digits: 1))!\"",
                "label=\(DOTText.quoted(mapText.label(of: node.entity, in: model, onMap: true)))",
                "fontsize=\(DOTText.number(Self.mapFontSize(scale: node.scale), digits: 1))",
                "fontcolor=\"\(isFocus ? DrawingStyle.focus : "#1f2933")\"",
            ]
            a.append("tooltip=\(DOTText.quoted(node.entity.name))")
            out.append("  \(DOTText.quoted("map-label-\(i)")) [\(a.joined(separator: ", "))];")
        }
        return out
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
        var a = edgeAttributes(edge, id: "tie-\(index)", extraClass: "", tooltip: model.tooltip(for: edge, text: mapText))
        if let placement, let path = placement.paths[index] {
            // On a map the tie follows its great-circle arc; an office's arrow stops at the marker.
            let radius = t.layer == Layer.eto.id ? markerRadius(of: t.to) : nil
            a.append("pos=\(DOTText.quoted(MapPlacement.splinePosition(path, arrowAt: radius)))")
        }
        return connection(from: t.from, to: t.to, attributes: a)
    }

    /// An edge statement, written the other way round (an office's arrow turned to match) when
    /// ``sides`` puts its second node on the left of its first.
    func connection(from: String, to: String, attributes: [String]) -> String {
        guard let sides, sides.reversed(from, to) else {
            return "  \(DOTText.quoted(from)) -- \(DOTText.quoted(to)) [\(attributes.joined(separator: ", "))];"
        }
        let turned = attributes.map { $0 == "dir=forward" ? "dir=back" : $0 }
        return "  \(DOTText.quoted(to)) -- \(DOTText.quoted(from)) [\(turned.joined(separator: ", "))];"
    }

    /// A tie's colour, width, line, class and tooltip, with the ID given.
    func edgeAttributes(_ edge: DrawnEdge, id: String, extraClass: String, tooltip: String) -> [String] {
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
            "id=\(DOTText.quoted(id))",
            "class=\(DOTText.quoted("tie" + extraClass + " layer-\(t.layer) status-\(t.status.rawValue)" + changeClass(edge.mark)))",
            "color=\"\(colour)\(alpha)\"",
            "penwidth=\(DOTText.number(width))",
            "tooltip=\(DOTText.quoted(tooltip))",
        ]
        if style != "solid" { a.append("style=\"\(style)\"") }
        if t.layer == Layer.eto.id { a.append("dir=forward") }
        return a
    }

    /// A map marker's side in inches, for a node of size `scale` (0...1).
    static func markerSide(scale: Double) -> Double { 0.1 + 0.32 * scale }

    /// The radius in points of an entity's map marker.
    private func markerRadius(of id: String) -> Double? {
        guard let node = model.nodes.first(where: { $0.entity.id == id }) else { return nil }
        return Self.markerSide(scale: node.scale) * 72 / 2
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
        case .country: return mapText.name(of: country)
        case .region: return country.attributes.region
        }
    }
}
