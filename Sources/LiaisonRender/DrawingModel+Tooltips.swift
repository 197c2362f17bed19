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
        lines.append(describeKind(e, text: text))
        let a = e.attributes
        if let population = a.population { lines.append(text.population(population, year: a.populationYear)) }
        if e.kind == .country {
            if !a.memberships.isEmpty { lines.append(text.memberOf(a.memberships)) }
            if let relations = a.prcRelations { lines.append(text.prcRelations(relations)) }
            if let status = a.beltAndRoad { lines.append(text.beltAndRoad(status)) }
            if let diaspora = a.overseasChinese { lines.append(text.overseasChinese(diaspora, year: a.overseasChineseYear)) }
        }
        if e.kind == .organisation, a.since != nil || a.until != nil { lines.append(text.open(since: a.since, until: a.until)) }
        if !a.tags.isEmpty { lines.append(text.strengths(a.tags)) }
        if case .uniform = sizing {} else {
            lines.append(text.measured(sizing, value: node.value.map { DOTText.number($0, digits: 3) } ?? text.unknown))
        }
        if let anchor { lines.append(text.drawnBeside(name(anchor, text))) }
        switch node.mark {
        case .added: lines.append(text.addedInChange)
        case .removed: lines.append(text.removedInChange)
        case .changed, .unchanged: break
        }
        if let confidence = a.confidence, confidence != .high { lines.append(text.confidence(confidence)) }
        if let note = a.note, !note.isEmpty { lines.append(shortened(note, to: 160)) }
        if let source = a.source, !source.isEmpty { lines.append(text.source(shortened(source, to: 120))) }
        return lines.joined(separator: "\n")
    }

    /// A tie's facts, one per line, in the drawing's language.
    func tooltip(for edge: DrawnEdge, text: MapText) -> String {
        let t = edge.tie
        var lines = ["\(name(t.from, text)) — \(name(t.to, text))"]
        var what = [layer(t.layer).map(text.layer) ?? t.layer, text.status(t.status)]
        if let since = t.since { what.append(text.since(since)) }
        if let until = t.until { what.append(text.until(until)) }
        lines.append(what.joined(separator: " · "))
        if t.weight != 1 { lines.append(text.weight(DOTText.number(t.weight, digits: 3))) }
        if !t.areas.isEmpty { lines.append(text.areas(t.areas)) }
        switch edge.mark {
        case .added: lines.append(text.addedInChange)
        case .removed: lines.append(text.removedInChange)
        case .changed: lines.append(text.statusChange(from: edge.previousStatus, to: t.status))
        case .unchanged: break
        }
        if let confidence = t.confidence, confidence != .high { lines.append(text.confidence(confidence)) }
        if let note = t.note, !note.isEmpty { lines.append(shortened(note, to: 160)) }
        if !t.source.isEmpty { lines.append(text.source(shortened(t.source, to: 120))) }
        return lines.joined(separator: "\n")
    }

    /// An entity's name as the drawing's labels write it (its ID when it is not drawn).
    func name(_ id: String, _ text: MapText) -> String { entity(id).map(text.name(of:)) ?? id }

    private func describeKind(_ e: Entity, text: MapText) -> String {
        let country = e.countryID.flatMap { entity($0) }.map(text.name(of:))
        switch e.kind {
        case .country:
            let territory = e.attributes.politicalStatus.map { $0 != .sovereign } ?? false
            return text.countryKind(territory: territory, partOf: e.partOfID.flatMap { entity($0) }.map(text.name(of:)),
                                    regions: [e.attributes.region, e.attributes.subregion].compactMap { $0 })
        case .province:
            return text.provinceKind(country: country)
        case .city:
            let province = e.provinceID.flatMap { entity($0) }.map(text.name(of:))
            return text.cityKind(places: [province, country].compactMap { $0 }, tier: e.attributes.tier)
        case .organisation:
            return text.organisationKind(e.organisationKind, host: e.hostCityID.flatMap { entity($0) }.map(text.name(of:)),
                                         represents: e.representsID.flatMap { entity($0) }.map(text.name(of:)))
        }
    }

    private func shortened(_ text: String, to limit: Int) -> String {
        text.count <= limit ? text : String(text.prefix(limit - 1)) + "…"
    }
}
