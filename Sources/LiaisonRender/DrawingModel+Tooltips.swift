import LiaisonGraph

/// The facts shown when the pointer rests on a node or a tie of an SVG drawing.
extension DrawingModel {
    /// An entity's facts, one per line, its Chinese name beside its English one: in the drawing's
    /// script when the labels are Chinese or both; as the data write it on an English drawing,
    /// which opens no converter (its only Chinese is in these tooltips).
    func tooltip(for node: DrawnNode, sizing: NodeSizing, borrowedFrom anchor: String?, text: MapText) -> String {
        let e = node.entity
        var lines: [String] = []
        var head = e.name
        if let zh = text.names == nil ? e.nameZh : text.chineseName(of: e), zh != e.name { head += " " + zh }
        lines.append("\(head) (\(e.id))")
        lines.append(describeKind(e))
        let a = e.attributes
        if let population = a.population {
            lines.append("population \(DOTText.grouped(population))" + (a.populationYear.map { " (\($0))" } ?? ""))
        }
        if e.kind == .country {
            if !a.memberships.isEmpty { lines.append("member of " + a.memberships.joined(separator: ", ")) }
            switch a.prcRelations {
            case let .since(year)?: lines.append("relations with the PRC since \(year)")
            case .none?: lines.append("no diplomatic relations with the PRC")
            case nil: break
            }
            switch a.beltAndRoad {
            case let .signed(year)?: lines.append("Belt and Road document signed \(year)")
            case .signedYearUnknown?: lines.append("Belt and Road document signed")
            case .withdrawn?: lines.append("left the Belt and Road")
            case nil: break
            }
            if let diaspora = a.overseasChinese {
                lines.append("overseas Chinese \(DOTText.grouped(diaspora))" + (a.overseasChineseYear.map { " (\($0))" } ?? ""))
            }
        }
        if e.kind == .organisation, a.since != nil || a.until != nil {
            lines.append("open " + (a.since.map(String.init) ?? "?") + "–" + (a.until.map(String.init) ?? ""))
        }
        if !a.tags.isEmpty { lines.append("strengths: " + a.tags.joined(separator: ", ")) }
        if case .uniform = sizing {} else {
            lines.append("\(sizing.measure): " + (node.value.map { DOTText.number($0, digits: 3) } ?? "unknown"))
        }
        if let anchor {
            lines.append("no location of its own: drawn beside " + (entity(anchor)?.name ?? anchor))
        }
        switch node.mark {
        case .added: lines.append("ADDED in this change")
        case .removed: lines.append("REMOVED in this change")
        case .changed, .unchanged: break
        }
        if let confidence = a.confidence, confidence != .high { lines.append("confidence: \(confidence.rawValue)") }
        if let note = a.note, !note.isEmpty { lines.append(shortened(note, to: 160)) }
        if let source = a.source, !source.isEmpty { lines.append("source: " + shortened(source, to: 120)) }
        return lines.joined(separator: "\n")
    }

    /// A tie's facts, one per line.
    func tooltip(for edge: DrawnEdge) -> String {
        let t = edge.tie
        var lines = ["\(name(t.from)) — \(name(t.to))"]
        var what = [layer(t.layer)?.name ?? t.layer, t.status.rawValue]
        if let since = t.since { what.append("since \(since)") }
        if let until = t.until { what.append("until \(until)") }
        lines.append(what.joined(separator: " · "))
        if t.weight != 1 { lines.append("weight \(DOTText.number(t.weight, digits: 3))") }
        if !t.areas.isEmpty { lines.append("areas: " + t.areas.joined(separator: ", ")) }
        switch edge.mark {
        case .added: lines.append("ADDED in this change")
        case .removed: lines.append("REMOVED in this change")
        case .changed: lines.append("status changed: \(edge.previousStatus?.rawValue ?? "?") → \(t.status.rawValue)")
        case .unchanged: break
        }
        if let confidence = t.confidence, confidence != .high { lines.append("confidence: \(confidence.rawValue)") }
        if let note = t.note, !note.isEmpty { lines.append(shortened(note, to: 160)) }
        if !t.source.isEmpty { lines.append("source: " + shortened(t.source, to: 120)) }
        return lines.joined(separator: "\n")
    }

    private func name(_ id: String) -> String { entity(id)?.name ?? id }

    private func describeKind(_ e: Entity) -> String {
        let country = e.countryID.flatMap { entity($0)?.name }
        switch e.kind {
        case .country:
            var parts = ["country"]
            if let status = e.attributes.politicalStatus, status != .sovereign { parts = ["territory"] }
            if let part = e.partOfID.flatMap({ entity($0)?.name }) { parts.append("part of \(part)") }
            let region = [e.attributes.region, e.attributes.subregion].compactMap { $0 }.joined(separator: ", ")
            if !region.isEmpty { parts.append(region) }
            return parts.joined(separator: " · ")
        case .province:
            return "province" + (country.map { " of \($0)" } ?? "")
        case .city:
            let province = e.provinceID.flatMap { entity($0)?.name }
            var text = "city in " + ([province, country].compactMap { $0 }.joined(separator: ", "))
            if text == "city in " { text = "city" }
            if let tier = e.attributes.tier { text += " · " + tier.rawValue.replacingOccurrences(of: "-", with: " ") }
            return text
        case .organisation:
            var text = e.organisationKind.map { $0 == .eto ? "Economic and Trade Office" : $0.rawValue.replacingOccurrences(of: "-", with: " ") } ?? "organisation"
            if let host = e.hostCityID.flatMap({ entity($0)?.name }) { text += " in \(host)" }
            if let represents = e.representsID.flatMap({ entity($0)?.name }) { text += " · represents \(represents)" }
            return text
        }
    }

    private func shortened(_ text: String, to limit: Int) -> String {
        text.count <= limit ? text : String(text.prefix(limit - 1)) + "…"
    }
}
