import LiaisonGraph

/// The legend: a Graphviz HTML-like label under the drawing (so it adds no node to the graph),
/// listing only what the drawing shows.
extension DOTWriter {
    func legend() -> String {
        let metadata = model.networks[0].metadata
        let title = options.title ?? metadata.name
        var subtitle = "\(model.nodes.count) entities, \(model.edges.count) ties · layout \(options.layout)"
        if let asOf = metadata.asOf { subtitle += " · as of \(asOf)" }

        var columns: [String] = [kindsColumn(), layersColumn(), statusColumn()]
        let notes = notesColumn()
        if !notes.isEmpty { columns.append(notes) }
        if let changes = changesColumn() { columns.insert(changes, at: 0) }

        var html = "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"4\">"
        html += "<TR><TD COLSPAN=\"\(columns.count)\" ALIGN=\"LEFT\"><FONT POINT-SIZE=\"16\"><B>\(DOTText.html(title))</B></FONT></TD></TR>"
        html += "<TR><TD COLSPAN=\"\(columns.count)\" ALIGN=\"LEFT\"><FONT POINT-SIZE=\"11\" COLOR=\"#4a5568\">\(DOTText.html(subtitle))</FONT></TD></TR>"
        html += "<TR>" + columns.map { "<TD VALIGN=\"TOP\" ALIGN=\"LEFT\">\($0)</TD>" }.joined() + "</TR>"
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
        var counts: [EntityKind: Int] = [:]
        for n in model.nodes { counts[n.entity.kind, default: 0] += 1 }
        let onMap: Bool = { if case .geographic = options.layout { return true } else { return false } }()
        let shapes: [EntityKind: String] = onMap
            ? [.country: "square", .province: "hexagon", .city: "circle", .organisation: "triangle"]
            : [.country: "box", .province: "hexagon", .city: "ellipse", .organisation: "note"]
        let rows = EntityKind.allCases.compactMap { kind -> String? in
            guard let count = counts[kind] else { return nil }
            let fill = onMap ? DrawingStyle.strong(of: kind) : DrawingStyle.fill(of: kind)
            return row(swatch(fill: fill, border: DrawingStyle.strong(of: kind)), "\(kind.rawValue) (\(shapes[kind] ?? "")): \(count)")
        }
        return section("Entities", rows: rows)
    }

    private func layersColumn() -> String {
        var counts: [String: Int] = [:]
        for e in model.edges { counts[e.tie.layer, default: 0] += 1 }
        let layers = model.allLayers
        let rows = layers.compactMap { layer -> String? in
            guard let count = counts[layer.id] else { return nil }
            let arrow = layer.id == Layer.eto.id ? " (office → place)" : ""
            return row(line("━━━━", colour: DrawingStyle.colour(ofLayer: layer.id, among: layers)), "\(layer.name)\(arrow): \(count)")
        }
        var all = rows.isEmpty ? [row("<TD></TD>", "none")] : rows
        if !model.representations.isEmpty {
            all.append(row(line("────", colour: DrawingStyle.representation), "office represents (not a tie): \(model.representations.count)"))
        }
        return section("Ties, by colour", rows: all)
    }

    private func statusColumn() -> String {
        var counts: [TieStatus: Int] = [:]
        for e in model.edges { counts[e.tie.status, default: 0] += 1 }
        let rows = TieStatus.allCases.compactMap { status -> String? in
            guard let count = counts[status] else { return nil }
            let colour = status == .ended ? DrawingStyle.ended : "#333333"
            return row(line(DrawingStyle.lineSample(of: status), colour: colour), "\(status.rawValue): \(count)")
        }
        return section("Status, by line", rows: rows.isEmpty ? [row("<TD></TD>", "none")] : rows)
    }

    private func changesColumn() -> String? {
        guard let change else { return nil }
        let changedEntities = change.addedEntities.count + change.removedEntities.count
        var rows: [String] = []
        rows.append(row(line("━━━━", colour: DrawingStyle.added), "added: \(change.addedTies.count) ties, \(change.addedEntities.count) entities"))
        rows.append(row(line("╍╍╍╍", colour: DrawingStyle.removed), "removed: \(change.removedTies.count) ties, \(change.removedEntities.count) entities"))
        rows.append(row(line("━━━━", colour: DrawingStyle.changed), "status changed: \(change.statusChanges.count) ties"))
        rows.append(row(line("━━━━", colour: "#bbbbbb"), "unchanged (faded)"))
        if changedEntities > 0 { rows.append(row("<TD></TD>", "entity borders show the same colours")) }
        return section(change.isEmpty ? "Changes: none" : "Changes", rows: rows)
    }

    private func notesColumn() -> String {
        var rows: [String] = []
        let values = model.nodes.compactMap(\.value)
        if case .uniform = options.sizing {} else if let low = values.min(), let high = values.max() {
            rows.append(row("<TD></TD>", "size: \(options.sizing.measure) (\(DOTText.number(low, digits: 3))–\(DOTText.number(high, digits: 3)))"))
        }
        if let focus = model.focusID, let node = model.nodes.first(where: { $0.entity.id == focus }) {
            rows.append(row(swatch(fill: "#ffffff", border: DrawingStyle.focus), "focus: \(node.entity.name)"))
        }
        if model.nodes.contains(where: { model.peerIDs.contains($0.entity.id) }) {
            rows.append(row("<TD></TD>", "double border: peer"))
        }
        if model.untiedLeftOut > 0 {
            rows.append(row("<TD></TD>", "\(model.untiedLeftOut) entities with no tie in this view not drawn"))
        }
        if model.unlabelledCount > 0 {
            rows.append(row("<TD></TD>", "labels on the \(model.nodes.count - model.unlabelledCount) largest; \(model.unlabelledCount) more in tooltips"))
        }
        if case let .geographic(projection) = options.layout, let placement {
            rows.append(row("<TD></TD>", "\(projection.rawValue) projection"))
            if !placement.borrowedFrom.isEmpty {
                rows.append(row("<TD></TD>", "\(placement.borrowedFrom.count) without a location drawn beside their host city or country"))
            }
            if !placement.unplaced.isEmpty {
                rows.append(row("<TD></TD>", "\(placement.unplaced.count) with no location anywhere: in a row under the map"))
            }
        }
        return rows.isEmpty ? "" : section("Notes", rows: rows)
    }

    /// The legend as plain text, one left-justified line per topic, colours named in words.
    func plainLegend() -> [String] {
        let metadata = model.networks[0].metadata
        var lines: [String] = []
        var head = (options.title ?? metadata.name) + " — \(model.nodes.count) entities, \(model.edges.count) ties · layout \(options.layout)"
        if let asOf = metadata.asOf { head += " · as of \(asOf)" }
        lines.append(head)
        var kinds: [EntityKind: Int] = [:]
        for n in model.nodes { kinds[n.entity.kind, default: 0] += 1 }
        let onMap: Bool = { if case .geographic = options.layout { return true } else { return false } }()
        lines.append("Entities: " + EntityKind.allCases.compactMap { kind in
            kinds[kind].map { "\(onMap ? DrawingStyle.markerShape(of: kind) : DrawingStyle.shape(of: kind)) \(DrawingStyle.colourName(of: kind)) = \(kind.rawValue) (\($0))" }
        }.joined(separator: " · "))
        var layerCounts: [String: Int] = [:]
        for e in model.edges { layerCounts[e.tie.layer, default: 0] += 1 }
        let layers = model.allLayers
        var tieWords = layers.compactMap { layer in
            layerCounts[layer.id].map { "\(DrawingStyle.colourName(ofLayer: layer.id, among: layers)) = \(layer.name) (\($0))" }
        }
        if !model.representations.isEmpty { tieWords.append("thin grey = office represents (not a tie)") }
        lines.append("Ties by colour: " + tieWords.joined(separator: " · "))
        var statusCounts: [TieStatus: Int] = [:]
        for e in model.edges { statusCounts[e.tie.status, default: 0] += 1 }
        let styleWords: [TieStatus: String] = [.active: "solid", .dormant: "dashed", .proposed: "dotted", .intent: "bold dotted", .ended: "grey"]
        lines.append("Status by line: " + TieStatus.allCases.compactMap { status in
            statusCounts[status].map { "\(styleWords[status] ?? "") = \(status.rawValue) (\($0))" }
        }.joined(separator: " · "))
        if let change {
            lines.append("Changes: green = added (\(change.addedTies.count) ties, \(change.addedEntities.count) entities) · orange-red dashed = removed (\(change.removedTies.count) ties, \(change.removedEntities.count) entities) · purple = status changed (\(change.statusChanges.count)) · faded = unchanged")
        }
        var notes: [String] = []
        let values = model.nodes.compactMap(\.value)
        if case .uniform = options.sizing {} else if let low = values.min(), let high = values.max() {
            notes.append("size = \(options.sizing.measure) (\(DOTText.number(low, digits: 3))–\(DOTText.number(high, digits: 3)))")
        }
        if let focus = model.focusID, let node = model.nodes.first(where: { $0.entity.id == focus }) {
            notes.append("magenta border = focus, \(node.entity.name)")
        }
        if model.untiedLeftOut > 0 { notes.append("\(model.untiedLeftOut) entities with no tie in this view not drawn") }
        if model.unlabelledCount > 0 { notes.append("labels on the \(model.nodes.count - model.unlabelledCount) largest") }
        if !notes.isEmpty { lines.append(notes.joined(separator: " · ")) }
        return lines
    }
}
