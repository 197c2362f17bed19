import LiaisonGraph

/// A `dot` drawing's tables of entities that share all their ties (``LeafFanFolding``): one node
/// per table, a Graphviz HTML-like label whose cells keep each entity's ID (`entity-N`, as its
/// node would have had; the SVG names the cell's group `a_entity-N`), tooltip and kind colour,
/// and each shared tie drawn once, in its layer's colour and status's line, with its count.
extension DOTWriter {
    /// The rows and columns of a table of `count` names: about as tall as it is wide, a name's
    /// cell being some six times wider than tall (31 names in two columns of 16, 9 in one).
    static func foldGrid(_ count: Int) -> (rows: Int, columns: Int) {
        let columns = max(1, Int((Double(count) / 6).squareRoot().rounded()))
        return ((count + columns - 1) / columns, columns)
    }

    /// The fold's members as ordered in its table, by the name shown, each with its position
    /// among ``LeafFanFolding/Fold/members``.
    private func orderedMembers(_ fold: LeafFanFolding.Fold) -> [(slot: Int, node: Int, label: String)] {
        fold.members.enumerated().map { (slot: $0.offset, node: $0.element, label: mapText.label(of: model.nodes[$0.element].entity, in: model, onMap: false)) }
            .sorted { $0.label != $1.label ? $0.label < $1.label : model.nodes[$0.node].entity.id < model.nodes[$1.node].entity.id }
    }

    /// The table's node: its names down the columns in order.
    func foldStatement(_ fold: LeafFanFolding.Fold) -> String {
        let members = orderedMembers(fold)
        let (rows, columns) = Self.foldGrid(members.count)
        var html = "<TABLE BORDER=\"1\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"3\" STYLE=\"ROUNDED\""
            + " COLOR=\"\(DrawingStyle.strong(of: fold.kind))\" BGCOLOR=\"\(DrawingStyle.fill(of: fold.kind))\">"
        for r in 0..<rows {
            html += "<TR>"
            for c in 0..<columns {
                let k = c * rows + r
                guard k < members.count else { html += "<TD></TD>"; continue }
                html += cell(members[k], fold: fold)
            }
            html += "</TR>"
        }
        html += "</TABLE>"
        let names = members.map { mapText.name(of: model.nodes[$0.node].entity) }.joined(separator: ", ")
        let a = [
            "id=\(DOTText.quoted(fold.id))",
            "class=\(DOTText.quoted("fold kind-\(fold.kind.rawValue)"))",
            "shape=plain", "style=solid", "fontsize=11",
            "label=<\(html)>",
            "tooltip=\(DOTText.quoted(names))",
        ]
        return "  \(DOTText.quoted(fold.id)) [\(a.joined(separator: ", "))];"
    }

    /// One entity's cell: its name (a name in two languages on two lines), its node's ID, and a
    /// tooltip with its facts and those of its ties, which are drawn only once for the table.
    private func cell(_ member: (slot: Int, node: Int, label: String), fold: LeafFanFolding.Fold) -> String {
        let node = model.nodes[member.node]
        var tip = model.tooltip(for: node, sizing: options.sizing, borrowedFrom: nil, text: mapText)
        for tie in fold.ties { tip += "\n\n" + model.tooltip(for: model.edges[tie.edges[member.slot]], text: mapText) }
        let name = member.label.split(separator: "\n").map { DOTText.html(String($0)) }.joined(separator: "<BR ALIGN=\"LEFT\"/>")
        return "<TD ID=\"entity-\(member.node)\" HREF=\"\" TOOLTIP=\"\(DOTText.htmlAttribute(tip))\" ALIGN=\"LEFT\" BALIGN=\"LEFT\">\(name)</TD>"
    }

    /// The ties the members share, one edge each from the neighbour to the table, with the count.
    func foldEdgeStatements(_ fold: LeafFanFolding.Fold) -> [String] {
        fold.ties.enumerated().map { j, shared in
            let first = model.edges[shared.edges[0]]
            let t = first.tie
            let names = orderedMembers(fold).map { mapText.name(of: model.nodes[$0.node].entity) }.joined(separator: ", ")
            let what = [model.layer(t.layer).map(mapText.layer) ?? t.layer, mapText.status(t.status)].joined(separator: " · ")
            var a = edgeAttributes(first, id: "\(fold.id)-tie-\(j)", extraClass: " fold",
                                   tooltip: "\(model.name(shared.neighbour, mapText)) — \(names)\n\(what)")
            let (from, to) = t.from == shared.neighbour ? (t.from, fold.id) : (fold.id, t.to)
            // The count stands at the table's end, where it reads as the table's, however long the tie.
            let tableWrittenSecond = (to == fold.id) != (sides?.reversed(from, to) ?? false)
            a += ["\(tableWrittenSecond ? "headlabel" : "taillabel")=\"\(shared.edges.count)\"", "labelfontsize=11", "labelfontcolor=\"#4a5568\"", "labeldistance=1.6"]
            return connection(from: from, to: to, attributes: a)
        }
    }
}
