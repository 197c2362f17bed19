import Foundation
import LiaisonGraph

/// Chinese characters in one of their two written forms.
public enum ChineseScript: String, Sendable, Hashable, CaseIterable {
    /// Simplified characters (简体), as written in the Mainland and Singapore.
    case simplified = "Hans"
    /// Traditional characters (繁體), as written in Hong Kong, Macau and Taiwan.
    case traditional = "Hant"
}

/// The language of a drawing's names and legend: `en`, `zh` (Simplified), `zh-Hans`, `zh-Hant`
/// or `both` (English, then Chinese in Simplified characters; `both-Hant` for Traditional).
public struct LabelLanguage: Sendable, Hashable {
    /// Which names label the entities.
    public var names: NameLanguage
    /// The script of every Chinese word drawn.
    public var script: ChineseScript

    /// Makes a choice.
    public init(names: NameLanguage, script: ChineseScript = .simplified) {
        self.names = names
        self.script = script
    }

    /// The names ``init(parsing:)`` accepts.
    public static let valid = ["en", "zh", "zh-Hans", "zh-Hant", "both", "both-Hant"]

    /// Parses a choice in any case.
    /// - Throws: ``RenderError/unknownLabels(_:valid:)`` listing the valid ones.
    public init(parsing text: String) throws(RenderError) {
        switch text.lowercased() {
        case "en", "english": self.init(names: .english)
        case "zh", "zh-hans", "zh-cn", "hans": self.init(names: .chinese, script: .simplified)
        case "zh-hant", "zh-hk", "zh-tw", "hant": self.init(names: .chinese, script: .traditional)
        case "both", "both-hans": self.init(names: .both, script: .simplified)
        case "both-hant": self.init(names: .both, script: .traditional)
        default: throw .unknownLabels(text, valid: Self.valid)
        }
    }
}

/// Every word a drawing writes (legend, map labels, notes) in the language and script of its
/// labels, in one place: a later catalogue replaces this file's tables.
///
/// English drawings and `both` have an English legend; Chinese ones a Chinese legend, its
/// Traditional form made from the Simplified by ICU's Hans-Hant transform, as are Chinese names
/// written in the other script in the data (so that one map never mixes 横滨 and 香港島's forms).
struct MapText: Sendable {
    let language: NameLanguage
    let script: ChineseScript

    init(_ options: DrawingOptions) {
        language = options.labels
        script = options.script
    }

    /// Whether the legend is in Chinese.
    var isChinese: Bool { language == .chinese }

    /// A phrase: English, or the Simplified Chinese in the drawing's script.
    func phrase(_ english: String, _ chinese: String) -> String {
        isChinese ? inScript(chinese) : english
    }

    /// Chinese text in the drawing's script.
    func inScript(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0.value >= 0x2E80 }) else { return text }
        let transform = StringTransform(script == .simplified ? "Hant-Hans" : "Hans-Hant")
        return text.applyingTransform(transform, reverse: false) ?? text
    }

    // MARK: Names

    /// An entity's label: its name in the language asked for, long names wrapped; both languages
    /// on separate lines. On a map, an Economic and Trade Office is named short, by its host city.
    func label(of e: Entity, in model: DrawingModel?, onMap: Bool) -> String {
        if onMap, e.organisationKind == .eto, let hostID = e.hostCityID, let host = model?.entity(hostID) {
            switch language {
            case .english: return "ETO " + host.name
            case .chinese: return inScript("驻" + (host.nameZh ?? host.name) + "经贸办")
            case .both: return "ETO " + host.name + (host.nameZh.map { "\n" + inScript("驻" + $0 + "经贸办") } ?? "")
            }
        }
        switch language {
        case .english: return Self.wrapped(e.name)
        case .chinese: return e.nameZh.map(inScript) ?? Self.wrapped(e.name)
        case .both:
            guard let zh = e.nameZh, zh != e.name else { return Self.wrapped(e.name) }
            return Self.wrapped(e.name) + "\n" + inScript(zh)
        }
    }

    /// A country's or region's name for a cluster box.
    func name(of e: Entity) -> String {
        switch language {
        case .english: return e.name
        case .chinese: return e.nameZh.map(inScript) ?? e.name
        case .both: return e.nameZh.map { e.name + " " + inScript($0) } ?? e.name
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
        phrase("\(kind(k)) (\(self.shape(shape))): \(count)", "\(kind(k))（\(self.shape(shape))）：\(count)")
    }

    /// A layer's name: the five built in are translated; a dataset's own layer keeps its name.
    func layer(_ layer: Layer) -> String {
        let chinese = [Layer.sister.id: "友好城市", Layer.cooperation.id: "友好合作城市", Layer.eto.id: "经贸办覆盖",
                       Layer.bri.id: "一带一路", Layer.diaspora.id: "侨团联系"]
        return isChinese ? (chinese[layer.id].map(inScript) ?? layer.name) : layer.name
    }

    func layerRow(_ l: Layer, count: Int) -> String {
        let arrow = l.id == Layer.eto.id ? phrase(" (office → place)", "（办事处 → 地区）") : ""
        return phrase("\(layer(l))\(arrow): \(count)", "\(layer(l))\(arrow)：\(count)")
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

    func statusRow(_ s: TieStatus, count: Int) -> String { phrase("\(status(s)): \(count)", "\(status(s))：\(count)") }

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

    func size(_ sizing: NodeSizing, low: String, high: String) -> String {
        phrase("size: \(measure(sizing)) (\(low)–\(high))", "大小：\(measure(sizing))（\(low)–\(high)）")
    }

    func focus(_ name: String) -> String { phrase("focus: \(name)", "焦点：\(name)") }
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

    func centred(on meridian: Double) -> String {
        let degrees = Int(abs(meridian))
        let side = meridian >= 0 ? phrase("E", "东经") : phrase("W", "西经")
        return isChinese ? "中央经线 \(side)\(degrees)°" : "centred on \(degrees)°\(side)"
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
        if isChinese, let focus = network.metadata.focusID.flatMap(network.entity(withID:)), focus.name == name, let zh = focus.nameZh {
            return inScript(zh)
        }
        return name
    }
}
