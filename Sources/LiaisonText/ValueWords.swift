import LiaisonGraph

/// The words for the graph core's own values (tie statuses, entity kinds, organisation kinds,
/// Chinese city tiers, confidence, strength tags and exchange areas) in each language, below every module that prints them, so that
/// a table, a report and a map's legend and tooltips name a value alike (活躍 in all three, not
/// 活躍 in a table and 有效 on a map).
///
/// English words are the values' codes written as words ("liaison unit" for `liaison-unit`); the
/// report's English catalogue prints the codes themselves where a planner types them back.
public enum ValueWords {
    /// A tie's status: "active", 活躍, 活跃.
    public static func status(_ status: TieStatus, in language: Language) -> String {
        switch language {
        case .english: return status.rawValue
        case .traditionalChinese:
            switch status {
            case .proposed: return "擬議"
            case .intent: return "意向"
            case .active: return "活躍"
            case .dormant: return "休眠"
            case .ended: return "已終止"
            }
        case .simplifiedChinese:
            switch status {
            case .proposed: return "拟议"
            case .intent: return "意向"
            case .active: return "活跃"
            case .dormant: return "休眠"
            case .ended: return "已终止"
            }
        }
    }

    /// An entity's kind: "country", 國家, 国家.
    public static func entityKind(_ kind: EntityKind, in language: Language) -> String {
        switch language {
        case .english: return kind.rawValue
        case .traditionalChinese:
            switch kind {
            case .country: return "國家"
            case .province: return "省州"
            case .city: return "城市"
            case .organisation: return "機構"
            }
        case .simplifiedChinese:
            switch kind {
            case .country: return "国家"
            case .province: return "省州"
            case .city: return "城市"
            case .organisation: return "机构"
            }
        }
    }

    /// An organisation's kind; offices, liaison units and associations by the field's terms
    /// (``FieldTerm``).
    public static func organisationKind(_ kind: OrganisationKind, in language: Language) -> String {
        guard let script = language.script else {
            switch kind {
            case .eto: return "Economic and Trade Office"
            case .ngo: return "NGO"
            default: return kind.rawValue.replacingOccurrences(of: "-", with: " ")
            }
        }
        let traditional = script == .traditionalHongKong
        switch kind {
        case .eto: return FieldTerm.economicAndTradeOffice.text(in: script)
        case .liaisonUnit: return FieldTerm.liaisonUnit.text(in: script)
        case .association: return FieldTerm.hometownAssociation.text(in: script)
        case .chamber: return traditional ? "商會" : "商会"
        case .university: return traditional ? "大學" : "大学"
        case .thinkTank: return traditional ? "智庫" : "智库"
        case .ngo: return traditional ? "非政府組織" : "非政府组织"
        case .media: return traditional ? "媒體" : "媒体"
        case .other: return "其他"
        }
    }

    /// A Chinese city's political tier: "sub provincial", 副省級城市, 副省级城市.
    public static func tier(_ tier: CityTier, in language: Language) -> String {
        guard let script = language.script else { return tier.rawValue.replacingOccurrences(of: "-", with: " ") }
        let traditional = script == .traditionalHongKong
        switch tier {
        case .smallMedium: return "中小城市"
        case .coastalOpen: return traditional ? "沿海開放城市" : "沿海开放城市"
        case .specialEconomicZone: return traditional ? "經濟特區" : "经济特区"
        case .subProvincial: return traditional ? "副省級城市" : "副省级城市"
        case .municipality: return traditional ? "直轄市" : "直辖市"
        case .specialAdministrativeRegion: return traditional ? "特別行政區" : "特别行政区"
        }
    }

    /// How sure a fact is: "medium", 中, 中.
    public static func confidence(_ confidence: Confidence, in language: Language) -> String {
        guard language.script != nil else { return confidence.rawValue }
        switch confidence {
        case .low: return "低"
        case .medium: return "中"
        case .high: return "高"
        }
    }

    /// A city's strength tag ("port", "financial-centre"); a dataset's own tag is shown as written.
    public static func tag(_ tag: String, in language: Language) -> String {
        guard let script = language.script else { return tag }
        let traditional = script == .traditionalHongKong
        switch tag.lowercased() {
        case "finance": return "金融"
        case "financial-centre": return "金融中心"
        case "trade": return traditional ? "貿易" : "贸易"
        case "business": return traditional ? "商業" : "商业"
        case "port": return "港口"
        case "technology": return "科技"
        case "culture": return "文化"
        case "education": return "教育"
        default: return tag
        }
    }

    /// An exchange area (culture, education, business, technology); a dataset's own is shown as written.
    public static func area(_ area: String, in language: Language) -> String {
        guard let script = language.script else { return area }
        let traditional = script == .traditionalHongKong
        switch area {
        case "culture": return "文化"
        case "education": return "教育"
        case "business": return traditional ? "商貿" : "商贸"
        case "technology": return traditional ? "創新科技" : "创新科技"
        default: return area
        }
    }
}
