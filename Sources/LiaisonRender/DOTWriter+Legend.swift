import LiaisonGraph

/// The legend: a Graphviz HTML-like label under the drawing (so it adds no node to the graph),
/// listing only what the drawing shows.
extension DOTWriter {
    func legend() -> String {
        let metadata = model.networks[0].metadata
        let text = mapText
        let title = text.title(options.title, network: model.networks[0])
        let subtitle = text.subtitle(entities: model.nodes.count, ties: model.edges.count, layout: options.layout, asOf: metadata.asOf)

        var columns: [String] = [kindsColumn(), layersColumn(), statusColumn()]
        let notes = notesColumn()
        let changes = changesColumn()
        // A change map's five columns side by side made its legend wider than the map (1,775 pt
        // for a 1,150 pt map of Hong Kong, the legend running on over empty paper): its notes go below.
        let notesBelow = changes != nil && placement != nil
        if !notes.isEmpty && !notesBelow { columns.append(notes) }
        if let changes { columns.insert(changes, at: 0) }

        var html = "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"4\">"
        html += "<TR><TD COLSPAN=\"\(columns.count)\" ALIGN=\"LEFT\"><FONT POINT-SIZE=\"16\"><B>\(DOTText.html(title))</B></FONT></TD></TR>"
        html += "<TR><TD COLSPAN=\"\(columns.count)\" ALIGN=\"LEFT\"><FONT POINT-SIZE=\"11\" COLOR=\"#4a5568\">\(DOTText.html(subtitle))</FONT></TD></TR>"
        html += "<TR>" + columns.map { "<TD VALIGN=\"TOP\" ALIGN=\"LEFT\">\($0)</TD>" }.joined() + "</TR>"
        if !notes.isEmpty && notesBelow {
            html += "<TR><TD COLSPAN=\"\(columns.count)\" VALIGN=\"TOP\" ALIGN=\"LEFT\">\(notes)</TD></TR>"
        }
        return html + "</TABLE>"
    }

    private func section(_ heading: String, rows: [String]) -> String {
        "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"1\" CELLPADDING=\"1\">"
            + "<TR><TD COLSPAN=\"2\" ALIGN=\"LEFT\"><FONT POINT-SIZE=\"15\"><B>\(DOTText.html(heading))</B></FONT></TD></TR>"
            + rows.joined() + "</TABLE>"
    }

    private func row(_ sample: String, _ text: String) -> String {
        "<TR>\(sample)<TD ALIGN=\"LEFT\">\(DOTText.html(text))</TD></TR>"
    }

    private func swatch(fill: String, border: String) -> String {
        "<TD FIXEDSIZE=\"TRUE\" WIDTH=\"18\" HEIGHT=\"11\" BGCOLOR=\"\(fill)\" BORDER=\"1\" COLOR=\"\(border)\"></TD>"
    }

    private func line(_ sample: String, colour: String) -> String {
        "<TD ALIGN=\"LEFT\"><FONT COLOR=\"\(colour)\">\(sample)</FONT></TD>"
    }

    private func kindsColumn() -> String {
        let text = mapText
        var counts: [EntityKind: Int] = [:]
        for n in model.nodes { counts[n.entity.kind, default: 0] += 1 }
        let onMap: Bool = { if case .geographic = options.layout { return true } else { return false } }()
        let shapes: [EntityKind: String] = onMap
            ? [.country: "square", .province: "hexagon", .city: "circle", .organisation: "triangle"]
            : [.country: "box", .province: "hexagon", .city: "ellipse", .organisation: "note"]
        let rows = EntityKind.allCases.compactMap { kind -> String? in
            guard let count = counts[kind] else { return nil }
            let fill = onMap ? DrawingStyle.strong(of: kind) : DrawingStyle.fill(of: kind)
            return row(swatch(fill: fill, border: DrawingStyle.strong(of: kind)), text.kindRow(kind, shape: shapes[kind] ?? "", count: count))
        }
        return section(text.entitiesHeading, rows: rows)
    }

    private func layersColumn() -> String {
        let text = mapText
        var counts: [String: Int] = [:]
        for e in model.edges { counts[e.tie.layer, default: 0] += 1 }
        let layers = model.allLayers
        let rows = layers.compactMap { layer -> String? in
            guard let count = counts[layer.id] else { return nil }
            return row(line("━━━━", colour: DrawingStyle.colour(ofLayer: layer.id, among: layers)), text.layerRow(layer, count: count))
        }
        var all = rows.isEmpty ? [row("<TD></TD>", text.none)] : rows
        if !model.representations.isEmpty {
            all.append(row(line("────", colour: DrawingStyle.representation), text.representsRow(count: model.representations.count)))
        }
        return section(text.tiesHeading, rows: all)
    }

    private func statusColumn() -> String {
        let text = mapText
        var counts: [TieStatus: Int] = [:]
        for e in model.edges { counts[e.tie.status, default: 0] += 1 }
        let rows = TieStatus.allCases.compactMap { status -> String? in
            guard let count = counts[status] else { return nil }
            let colour = status == .ended ? DrawingStyle.ended : "#333333"
            return row(line(DrawingStyle.lineSample(of: status), colour: colour), text.statusRow(status, count: count))
        }
        return section(text.statusHeading, rows: rows.isEmpty ? [row("<TD></TD>", text.none)] : rows)
    }

    private func changesColumn() -> String? {
        guard let change else { return nil }
        let text = mapText
        let changedEntities = change.addedEntities.count + change.removedEntities.count
        var rows: [String] = []
        rows.append(row(line("━━━━", colour: DrawingStyle.added), text.added(ties: change.addedTies.count, entities: change.addedEntities.count)))
        rows.append(row(line("╍╍╍╍", colour: DrawingStyle.removed), text.removed(ties: change.removedTies.count, entities: change.removedEntities.count)))
        rows.append(row(line("━━━━", colour: DrawingStyle.changed), text.statusChanged(change.statusChanges.count)))
        rows.append(row(line("━━━━", colour: "#bbbbbb"), text.unchanged))
        if changedEntities > 0 { rows.append(row("<TD></TD>", text.bordersToo)) }
        return section(text.changesHeading(none: change.isEmpty), rows: rows)
    }

    private func notesColumn() -> String {
        let rows = notes().map { row("<TD></TD>", $0) }
        var all = rows
        if let focus = model.focusID, let node = model.nodes.first(where: { $0.entity.id == focus }) {
            all.insert(row(swatch(fill: "#ffffff", border: DrawingStyle.focus), mapText.focus(focusName(node.entity))), at: sizeNoteCount())
        }
        return all.isEmpty ? "" : section(mapText.notesHeading, rows: all)
    }

    /// The focus's name in the legend's language.
    private func focusName(_ e: Entity) -> String {
        mapText.label(of: e, in: nil, onMap: false).replacingOccurrences(of: "\n", with: " ")
    }

    private func sizeNoteCount() -> Int {
        if case .uniform = options.sizing { return 0 }
        return model.nodes.contains { $0.value != nil } ? 1 : 0
    }

    /// The notes under the legend's samples, in its language: size, peers, hidden names,
    /// entities left out, and for a map its projection, basemap, arcs and borrowed places.
    func notes() -> [String] {
        let text = mapText
        var rows: [String] = []
        let values = model.nodes.compactMap(\.value)
        if case .uniform = options.sizing {} else if let low = values.min(), let high = values.max() {
            rows.append(text.size(options.sizing, low: DOTText.number(low, digits: 3), high: DOTText.number(high, digits: 3)))
        }
        if model.nodes.contains(where: { model.peerIDs.contains($0.entity.id) }) { rows.append(text.peer) }
        let hidden = hiddenLabelCount
        if hidden > 0 { rows.append(text.labelsShown(model.nodes.count - hidden, hidden: hidden)) }
        if model.untiedLeftOut > 0 { rows.append(text.isolatedLeftOut(model.untiedLeftOut)) }
        if let folding, !folding.folds.isEmpty { rows.append(text.folded(folding.foldedCount, tables: folding.folds.count)) }
        if case let .geographic(projection) = options.layout, let placement {
            rows.append(text.projection(projection) + (placement.centralMeridian != 0 ? ", " + text.centred(on: placement.centralMeridian) : ""))
            rows.append(text.basemapCredit + " · " + text.longTies)
            if case .corridors = options.bundling { rows.append(text.bundled) }
            if !placement.borrowedFrom.isEmpty { rows.append(text.borrowed(placement.borrowedFrom.count)) }
            if !placement.unplaced.isEmpty { rows.append(text.unplaced(placement.unplaced.count)) }
        }
        return rows
    }

    /// The number of entities drawn without their name: not labelled by the labelling, or, on a
    /// map, with no room for it.
    var hiddenLabelCount: Int {
        if let mapLabels { return model.nodes.count - mapLabels.placed.count }
        // A table names every entity in it.
        let listed = folding.map { f in model.nodes.filter { !$0.labelled && f.foldOfEntity[$0.entity.id] != nil }.count } ?? 0
        return model.unlabelledCount - listed
    }

    /// The legend as plain text, one left-justified line per topic, colours named in words.
    func plainLegend() -> [String] {
        let metadata = model.networks[0].metadata
        let text = mapText
        var lines: [String] = []
        lines.append(text.title(options.title, network: model.networks[0]) + " — "
            + text.subtitle(entities: model.nodes.count, ties: model.edges.count, layout: options.layout, asOf: metadata.asOf))
        var kinds: [EntityKind: Int] = [:]
        for n in model.nodes { kinds[n.entity.kind, default: 0] += 1 }
        let onMap: Bool = { if case .geographic = options.layout { return true } else { return false } }()
        lines.append(text.headed(text.entitiesHeading, EntityKind.allCases.compactMap { kind in
            kinds[kind].map { text.colour(DrawingStyle.colourName(of: kind)) + " " + text.kindRow(kind, shape: onMap ? DrawingStyle.markerShape(of: kind) : DrawingStyle.shape(of: kind), count: $0) }
        }))
        var layerCounts: [String: Int] = [:]
        for e in model.edges { layerCounts[e.tie.layer, default: 0] += 1 }
        let layers = model.allLayers
        var tieWords = layers.compactMap { layer in
            layerCounts[layer.id].map { text.colour(DrawingStyle.colourName(ofLayer: layer.id, among: layers)) + " " + text.layerRow(layer, count: $0) }
        }
        if !model.representations.isEmpty { tieWords.append(text.colour("grey") + " " + text.representsRow(count: model.representations.count)) }
        lines.append(text.headed(text.tiesHeading, tieWords))
        var statusCounts: [TieStatus: Int] = [:]
        for e in model.edges { statusCounts[e.tie.status, default: 0] += 1 }
        let styleWords: [TieStatus: String] = [.active: "solid", .dormant: "dashed", .proposed: "dotted", .intent: "bold dotted", .ended: "grey"]
        lines.append(text.headed(text.statusHeading, TieStatus.allCases.compactMap { status in
            statusCounts[status].map { text.colour(styleWords[status] ?? "") + " " + text.statusRow(status, count: $0) }
        }))
        if let change {
            lines.append(text.headed(text.changesHeading(none: change.isEmpty), [
                text.colour("green") + " " + text.added(ties: change.addedTies.count, entities: change.addedEntities.count),
                text.colour("orange-red dashed") + " " + text.removed(ties: change.removedTies.count, entities: change.removedEntities.count),
                text.colour("purple") + " " + text.statusChanged(change.statusChanges.count), text.unchanged,
            ]))
        }
        var notes = self.notes()
        if let focus = model.focusID, let node = model.nodes.first(where: { $0.entity.id == focus }) {
            notes.insert(text.colour("magenta") + " " + text.focus(focusName(node.entity)), at: sizeNoteCount())
        }
        if !notes.isEmpty { lines.append(notes.joined(separator: " · ")) }
        return lines
    }
}
