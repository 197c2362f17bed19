import LiaisonGraph
import LiaisonText

/// Every word a drawing writes (legend, map labels, notes, tooltips) in the language and script of
/// its labels: fixed words from the language's ``MapCatalogue``, the values of the graph core from
/// ``ValueWords``, the field's terms (layers, offices) from ``FieldTerm``, and entities' names from
/// an ``EntityNameWriter`` (the dataset's own name in the script, converted by OpenCC only where the
/// data write it in the other script). One map never mixes 横滨 and 香港島's forms.
///
/// English drawings and `both` have an English legend; Chinese ones a Chinese legend.
struct MapText: Sendable {
    /// Which names label the entities, and whether the legend is Chinese.
    let language: NameLanguage
    /// Chinese names in the drawing's script; nil for English labels.
    let names: EntityNameWriter?
    /// The fixed words, in the legend's language.
    let catalogue: MapCatalogue

    /// Words in `language`, Chinese names through `names`.
    init(language: NameLanguage, names: EntityNameWriter?) {
        self.language = language
        self.names = language == .english ? nil : names
        let chinese = language == .chinese && self.names != nil
        catalogue = MapCatalogue(language: chinese ? Language(names!.script) : .english)
    }

    /// The words of a drawing with `options`; Chinese labels check first that OpenCC's data are
    /// installed (its lightest configuration for the script, opened in milliseconds), so that no
    /// name is left in the data's script silently.
    /// - Throws: ``RenderError/chineseLabels(_:)`` when OpenCC is missing.
    init(_ options: DrawingOptions) throws(RenderError) {
        var names: EntityNameWriter?
        if options.labels != .english {
            let writer = EntityNameWriter(options.script)
            do { try writer.checkConverterAvailable() } catch { throw .chineseLabels(error) }
            names = writer
        }
        self.init(language: options.labels, names: names)
    }

    /// The script of every Chinese word drawn.
    var script: ChineseScript { names?.script ?? .simplified }

    /// Whether the legend is in Chinese.
    var isChinese: Bool { catalogue.language != .english }

    /// A message in the legend's language.
    subscript(_ message: MapMessage) -> String { catalogue[message] }

    /// An entity's Chinese name in the drawing's script, or nil (English labels, or no Chinese name anywhere).
    func chineseName(of e: Entity) -> String? { names?.chineseName(of: e) }

    // MARK: Names

    /// An entity's label: its name in the language asked for (English where it has no Chinese
    /// name anywhere: see ``NetworkDrawing/labelledInEnglish``), long names wrapped; both
    /// languages on separate lines. On a map, an Economic and Trade Office is named short, by its
    /// host city and the glossary's short form (驻三藩市经贸办 is 駐三藩市經貿辦 in zh-Hant).
    func label(of e: Entity, in model: DrawingModel?, onMap: Bool) -> String {
        if onMap, e.organisationKind == .eto, let hostID = e.hostCityID, let host = model?.entity(hostID) {
            let english = MapCatalogue(language: .english)[.officeLabel(host: host.name)]
            let chinese = chineseName(of: host).map { MapCatalogue(language: Language(script))[.officeLabel(host: $0)] }
            switch language {
            case .english: return english
            case .chinese: return chinese ?? chineseName(of: e) ?? english
            case .both: return english + (chinese.map { "\n" + $0 } ?? "")
            }
        }
        switch language {
        case .english: return Self.wrapped(e.name)
        case .chinese: return chineseName(of: e) ?? Self.wrapped(e.name)
        case .both:
            guard let zh = chineseName(of: e), zh != e.name else { return Self.wrapped(e.name) }
            return Self.wrapped(e.name) + "\n" + zh
        }
    }

    /// A country's name for a cluster box: English, Chinese in the script, or both on one line.
    func name(of e: Entity) -> String {
        switch language {
        case .english: return e.name
        case .chinese: return chineseName(of: e) ?? e.name
        case .both: return chineseName(of: e).map { e.name + " " + $0 } ?? e.name
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

    // MARK: Legend

    /// The subtitle: counts, layout and date.
    func subtitle(entities: Int, ties: Int, layout: Layout, asOf: String?) -> String {
        self[.subtitle(entities: entities, ties: ties, layout: layout.description)] + (asOf.map { self[.asOf($0)] } ?? "")
    }

    var entitiesHeading: String { self[.entitiesHeading] }
    var tiesHeading: String { self[.tiesHeading] }
    var statusHeading: String { self[.statusHeading] }
    var notesHeading: String { self[.notesHeading] }
    func changesHeading(none: Bool) -> String { self[none ? .changesNone : .changesHeading] }
    var none: String { self[.none] }

    func kind(_ kind: EntityKind) -> String { ValueWords.entityKind(kind, in: catalogue.language) }

    /// A kind's legend row: "city (circle): 5".
    func kindRow(_ k: EntityKind, shape: String, count: Int) -> String {
        self[.kindRow(kind: kind(k), shape: self[.shape(shape)], count: count)]
    }

    /// A layer's name: a built-in layer in Chinese is named by the glossary's term for it
    /// (``FieldTerm/term(forLayer:)``: 友好合作关系城市, 经济贸易办事处, 同乡会…) in the drawing's
    /// script; a dataset's own layer keeps its name.
    func layer(_ layer: Layer) -> String {
        guard isChinese, let term = FieldTerm.term(forLayer: layer.id) else { return layer.name }
        return term.text(in: script)
    }

    /// A layer's legend row: "Belt and Road: 12".
    func layerRow(_ l: Layer, count: Int) -> String {
        self[.valueRow(label: layer(l) + (l.id == Layer.eto.id ? self[.officeArrow] : ""), value: String(count))]
    }

    func representsRow(count: Int) -> String { self[.representsRow(count: count)] }

    func status(_ status: TieStatus) -> String { ValueWords.status(status, in: catalogue.language) }

    /// A status's legend row: "active: 40".
    func statusRow(_ s: TieStatus, count: Int) -> String { self[.valueRow(label: status(s), value: String(count))] }

    func added(ties: Int, entities: Int) -> String { self[.added(ties: ties, entities: entities)] }
    func removed(ties: Int, entities: Int) -> String { self[.removed(ties: ties, entities: entities)] }
    func statusChanged(_ ties: Int) -> String { self[.statusChanged(ties: ties)] }
    var unchanged: String { self[.unchanged] }
    var bordersToo: String { self[.bordersToo] }

    func measure(_ sizing: NodeSizing) -> String {
        switch sizing {
        case .uniform: return self[.measureUniform]
        case .degree: return self[.measureDegree]
        case .strength: return self[.measureStrength]
        case .population: return self[.measurePopulation]
        case let .values(_, measure): return measure
        }
    }

    /// The size note: the measure and its range.
    func size(_ sizing: NodeSizing, low: String, high: String) -> String { self[.size(measure: measure(sizing), low: low, high: high)] }

    /// The focus note, with the focus's name as the labels write it.
    func focus(_ name: String) -> String { self[.focus(name: name)] }
    var peer: String { self[.peer] }

    /// How many names are shown and how many hidden.
    func labelsShown(_ shown: Int, hidden: Int) -> String { self[.labelsShown(shown: shown, hidden: hidden)] }

    func projection(_ p: MapProjection) -> String { self[.projection(p)] }

    /// The map's central meridian.
    func centred(on meridian: Double) -> String { self[.centred(degrees: Int(abs(meridian)), east: meridian >= 0)] }

    var basemapCredit: String { self[.basemapCredit] }
    var longTies: String { self[.longTies] }
    var bundled: String { self[.bundled] }
    func borrowed(_ count: Int) -> String { self[.borrowed(count: count)] }
    func unplaced(_ count: Int) -> String { self[.unplaced(count: count)] }
    func isolatedLeftOut(_ count: Int) -> String { self[.isolatedLeftOut(count: count)] }
    /// The note on a `dot` drawing's tables of entities that share all their ties.
    func folded(_ entities: Int, tables: Int) -> String { self[.folded(entities: entities, tables: tables)] }

    /// A heading and its items on one line of the plain-text legend: "Entities: … · …".
    func headed(_ heading: String, _ items: [String]) -> String {
        self[.valueRow(label: heading, value: items.joined(separator: " · "))]
    }

    /// A colour or line style of the plain-text legend: "blue", 藍色.
    func colour(_ name: String) -> String { self[.colour(name)] }

    /// The title: the one given, else the dataset's name (in Chinese, the focus's Chinese name
    /// when the dataset is named after its focus).
    func title(_ given: String?, network: PartnershipNetwork) -> String {
        if let given { return given }
        let name = network.metadata.name
        if isChinese, let focus = network.metadata.focusID.flatMap(network.entity(withID:)), focus.name == name,
           let zh = chineseName(of: focus) {
            return zh
        }
        return name
    }
}
