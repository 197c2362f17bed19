import LiaisonGraph
import LiaisonText

/// Every word a drawing writes (legend, map labels, notes) in the language and script of its
/// labels, in one place: a later catalogue replaces this file's tables.
///
/// English drawings and `both` have an English legend; Chinese ones a Chinese legend. Each Chinese
/// phrase here is written once, in Simplified characters, and converted into Hong Kong's
/// Traditional by OpenCC (``ScriptConverter``); the field's terms (layers, offices) come from the
/// glossary's table, ``FieldTerm``, in the script asked for; entities' names from ``ChineseNames``
/// (the dataset's own Chinese name, converted). One map never mixes 横滨 and 香港島's forms.
struct MapText: Sendable {
    /// Which names label the entities, and whether the legend is Chinese.
    let language: NameLanguage
    /// Chinese names and the converter into the drawing's script; nil for English labels.
    let names: ChineseNames?

    /// Words in `language`, Chinese ones through `names`.
    init(language: NameLanguage, names: ChineseNames?) {
        self.language = language
        self.names = language == .english ? nil : names
    }

    /// The words of a drawing with `options`, opening OpenCC's converter unless the labels are English.
    /// - Throws: ``RenderError/chineseLabels(_:)`` when OpenCC is missing.
    init(_ options: DrawingOptions) throws(RenderError) {
        var names: ChineseNames?
        if options.labels != .english {
            do { names = try ChineseNames(script: options.script) } catch { throw .chineseLabels(error) }
        }
        self.init(language: options.labels, names: names)
    }

    /// The script of every Chinese word drawn.
    var script: ChineseScript { names?.script ?? .simplified }

    /// Whether the legend is in Chinese.
    var isChinese: Bool { language == .chinese && names != nil }

    /// A phrase: English, or the Chinese (written in Simplified, with nothing interpolated but
    /// numbers and Latin text) in the drawing's script.
    func phrase(_ english: String, _ simplified: String) -> String {
        isChinese ? zh(simplified) : english
    }

    /// Chinese written in Simplified characters, in the drawing's script. Text already in the
    /// script (a converted name, a glossary term) is joined to the result, never converted again.
    func zh(_ simplified: String) -> String {
        guard let names, names.script != .simplified else { return simplified }
        return names.converter.convert(simplified)
    }

    /// An entity's Chinese name in the drawing's script, or nil (English labels, or no Chinese name anywhere).
    func chineseName(of e: Entity) -> String? { names?.name(of: e) }

    // MARK: Names

    /// An entity's label: its name in the language asked for (English where it has no Chinese
    /// name anywhere: see ``NetworkDrawing/labelledInEnglish``), long names wrapped; both
    /// languages on separate lines. On a map, an Economic and Trade Office is named short, by its
    /// host city and the glossary's short form (驻三藩市经贸办 is 駐三藩市經貿辦 in zh-Hant).
    func label(of e: Entity, in model: DrawingModel?, onMap: Bool) -> String {
        if onMap, e.organisationKind == .eto, let hostID = e.hostCityID, let host = model?.entity(hostID) {
            let short = chineseName(of: host).map { zh("驻") + $0 + FieldTerm.economicAndTradeOffice.shortText(in: script) }
            switch language {
            case .english: return "ETO " + host.name
            case .chinese: return short ?? chineseName(of: e) ?? "ETO " + host.name
            case .both: return "ETO " + host.name + (short.map { "\n" + $0 } ?? "")
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
        var text = phrase("\(entities) entities, \(ties) ties · layout \(layout)", "\(entities) 个实体，\(ties) 条联系 · 布局 \(layout)")
        if let asOf { text += phrase(" · as of \(asOf)", " · 截至 \(asOf)") }
        return text
    }

    var entitiesHeading: String { phrase("Entities", "实体") }
    var tiesHeading: String { phrase("Ties, by colour", "联系（按颜色）") }
    var statusHeading: String { phrase("Status, by line", "状态（按线型）") }
    var notesHeading: String { phrase("Notes", "说明") }
    func changesHeading(none: Bool) -> String { none ? phrase("Changes: none", "变化：无") : phrase("Changes", "变化") }
    var none: String { phrase("none", "无") }

    func kind(_ kind: EntityKind) -> String {
        switch kind {
        case .country: return phrase("country", "国家")
        case .province: return phrase("province", "省/州")
        case .city: return phrase("city", "城市")
        case .organisation: return phrase("organisation", "机构")
        }
    }

    func shape(_ shape: String) -> String {
        let chinese = ["square": "方形", "hexagon": "六边形", "circle": "圆形", "triangle": "三角形", "box": "方框", "ellipse": "椭圆", "note": "便签"]
        return phrase(shape, chinese[shape] ?? shape)
    }

    /// A kind's legend row: "city (circle): 5".
    func kindRow(_ k: EntityKind, shape: String, count: Int) -> String {
        isChinese ? "\(kind(k))（\(self.shape(shape))）：\(count)" : "\(kind(k)) (\(self.shape(shape))): \(count)"
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
        let arrow = l.id == Layer.eto.id ? phrase(" (office → place)", "（办事处 → 地区）") : ""
        return isChinese ? "\(layer(l))\(arrow)：\(count)" : "\(layer(l))\(arrow): \(count)"
    }

    func representsRow(count: Int) -> String { phrase("office represents (not a tie): \(count)", "办事处代表（非联系）：\(count)") }

    func status(_ status: TieStatus) -> String {
        switch status {
        case .proposed: return phrase("proposed", "拟议")
        case .intent: return phrase("intent", "意向")
        case .active: return phrase("active", "有效")
        case .dormant: return phrase("dormant", "休眠")
        case .ended: return phrase("ended", "已终止")
        }
    }

    /// A status's legend row: "active: 40".
    func statusRow(_ s: TieStatus, count: Int) -> String { isChinese ? "\(status(s))：\(count)" : "\(status(s)): \(count)" }

    func added(ties: Int, entities: Int) -> String { phrase("added: \(ties) ties, \(entities) entities", "新增：\(ties) 条联系，\(entities) 个实体") }
    func removed(ties: Int, entities: Int) -> String { phrase("removed: \(ties) ties, \(entities) entities", "移除：\(ties) 条联系，\(entities) 个实体") }
    func statusChanged(_ ties: Int) -> String { phrase("status changed: \(ties) ties", "状态变化：\(ties) 条联系") }
    var unchanged: String { phrase("unchanged (faded)", "未变（淡色）") }
    var bordersToo: String { phrase("entity borders show the same colours", "实体边框颜色同上") }

    func measure(_ sizing: NodeSizing) -> String {
        switch sizing {
        case .uniform: return phrase("uniform", "统一")
        case .degree: return phrase("degree", "度数")
        case .strength: return phrase("strength", "强度")
        case .population: return phrase("population", "人口")
        case let .values(_, measure): return measure
        }
    }

    /// The size note: the measure and its range.
    func size(_ sizing: NodeSizing, low: String, high: String) -> String {
        isChinese ? zh("大小：") + "\(measure(sizing))（\(low)–\(high)）" : "size: \(measure(sizing)) (\(low)–\(high))"
    }

    /// The focus note, with the focus's name as the labels write it.
    func focus(_ name: String) -> String { isChinese ? zh("焦点：") + name : "focus: \(name)" }
    var peer: String { phrase("double border: peer", "双边框：对标城市") }

    /// How many names are shown and how many hidden.
    func labelsShown(_ shown: Int, hidden: Int) -> String {
        phrase("names on \(shown) (focus, peers, changed, largest); \(hidden) hidden, in tooltips",
               "显示 \(shown) 个名称（焦点、对标、变化、最大者）；另 \(hidden) 个隐藏，见提示")
    }

    func projection(_ p: MapProjection) -> String {
        switch p {
        case .equirectangular: return phrase("equirectangular projection", "等距圆柱投影")
        case .mercator: return phrase("Mercator projection", "墨卡托投影")
        case .robinson: return phrase("Robinson projection", "罗宾逊投影")
        case .equalEarth: return phrase("Equal Earth projection (equal-area)", "等面积投影（Equal Earth）")
        }
    }

    /// The map's central meridian.
    func centred(on meridian: Double) -> String {
        let degrees = Int(abs(meridian))
        if isChinese { return zh("中央经线 " + (meridian >= 0 ? "东经" : "西经") + "\(degrees)°") }
        return "centred on \(degrees)°" + (meridian >= 0 ? "E" : "W")
    }

    var basemapCredit: String { phrase("land: Natural Earth 1:110m", "底图：Natural Earth 1:110m") }
    var longTies: String { phrase("long ties along great circles", "远距离联系沿大圆弧线") }
    var bundled: String { phrase("ties sharing a corridor bundled", "同一走廊的联系已合并") }

    func borrowed(_ count: Int) -> String {
        phrase("\(count) without a location of their own drawn at their host city or their country's centre",
               "\(count) 个无自身坐标者画在所在城市或国家中心")
    }

    func unplaced(_ count: Int) -> String {
        phrase("\(count) with no location anywhere: in a row along the map's bottom edge", "\(count) 个无任何位置者：排在地图底边")
    }

    func isolatedLeftOut(_ count: Int) -> String {
        phrase("\(count) entities with no tie in this view left out", "本视图中 \(count) 个无联系的实体未画出")
    }

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
