import LiaisonGraph
import LiaisonText

/// The words of the tooltips (the facts shown when the pointer rests on an entity or a tie), in
/// the drawing's language and script like the rest of its text. Names, sources and notes are the
/// data's own and stay as written.
extension MapText {
    /// "population 1,234 (2020)".
    func population(_ count: Int, year: Int?) -> String {
        let figure = DOTText.grouped(count)
        return phrase("population \(figure)" + (year.map { " (\($0))" } ?? ""), "人口 \(figure)" + (year.map { "（\($0)年）" } ?? ""))
    }

    /// "member of EU, G20".
    func memberOf(_ groupings: [String]) -> String { phrase("member of ", "成员：") + groupings.joined(separator: ", ") }

    /// Relations with the PRC: since a year, or none.
    func prcRelations(_ relations: PRCRelations) -> String {
        switch relations {
        case let .since(year): return phrase("relations with the PRC since \(year)", "\(year)年起与中华人民共和国建交")
        case .none: return phrase("no diplomatic relations with the PRC", "未与中华人民共和国建交")
        }
    }

    /// Belt and Road: a document signed (in a year, or a year not known), or withdrawn.
    func beltAndRoad(_ status: BeltAndRoadStatus) -> String {
        switch status {
        case let .signed(year): return phrase("Belt and Road document signed \(year)", "\(year)年签署一带一路合作文件")
        case .signedYearUnknown: return phrase("Belt and Road document signed", "已签署一带一路合作文件")
        case .withdrawn: return phrase("left the Belt and Road", "已退出一带一路")
        }
    }

    /// "overseas Chinese 9,392,792 (2012)".
    func overseasChinese(_ count: Int, year: Int?) -> String {
        let figure = DOTText.grouped(count)
        return phrase("overseas Chinese \(figure)" + (year.map { " (\($0))" } ?? ""), "海外华人 \(figure)" + (year.map { "（\($0)年）" } ?? ""))
    }

    /// An organisation's years: "open 1996–", "open ?–2021".
    func open(since: Int?, until: Int?) -> String {
        let years = (since.map(String.init) ?? "?") + "–" + (until.map(String.init) ?? "")
        return phrase("open ", "开设 ") + years
    }

    /// "strengths: port, financial-centre" (tags are the data's words).
    func strengths(_ tags: [String]) -> String { phrase("strengths: ", "强项：") + tags.joined(separator: ", ") }

    /// A sizing measure's value: "degree: 12".
    func measured(_ sizing: NodeSizing, value: String) -> String { isChinese ? "\(measure(sizing))：\(value)" : "\(measure(sizing)): \(value)" }

    /// "unknown", for a value not known.
    var unknown: String { phrase("unknown", "未知") }

    /// An entity drawn beside another because it has no location of its own.
    func drawnBeside(_ name: String) -> String { phrase("no location of its own: drawn beside ", "无自身位置：画在") + name + phrase("", "旁") }

    /// A node's or a tie's part in a change.
    var addedInChange: String { phrase("ADDED in this change", "此变化中新增") }
    var removedInChange: String { phrase("REMOVED in this change", "此变化中移除") }
    func statusChange(from old: TieStatus?, to new: TieStatus) -> String {
        phrase("status changed: ", "状态变化：") + (old.map(status) ?? "?") + " → " + status(new)
    }

    /// "confidence: medium".
    func confidence(_ c: Confidence) -> String {
        switch c {
        case .low: return phrase("confidence: low", "可信度：低")
        case .medium: return phrase("confidence: medium", "可信度：中")
        case .high: return phrase("confidence: high", "可信度：高")
        }
    }

    /// "source: …" (the source is the data's own).
    func source(_ text: String) -> String { phrase("source: ", "来源：") + text }

    /// A tie's years and weight: "since 2017", "until 2021", "weight 2".
    func since(_ year: Int) -> String { phrase("since \(year)", "\(year)年起") }
    func until(_ year: Int) -> String { phrase("until \(year)", "至\(year)年") }
    func weight(_ value: String) -> String { phrase("weight ", "权重 ") + value }
    func areas(_ areas: [String]) -> String { phrase("areas: ", "领域：") + areas.joined(separator: ", ") }

    /// What a country is: "country · part of X · Asia, Eastern Asia" (UN M49's regions, named in
    /// Chinese by ``RegionName`` on a Chinese map).
    func countryKind(territory: Bool, partOf: String?, regions: [String]) -> String {
        var parts = [territory ? phrase("territory", "领地") : kind(.country)]
        if let partOf { parts.append(phrase("part of ", "属于") + partOf) }
        let named = regions.map { isChinese ? RegionName.name($0, in: script) ?? $0 : $0 }
        if !named.isEmpty { parts.append(named.joined(separator: isChinese ? "、" : ", ")) }
        return parts.joined(separator: " · ")
    }

    /// "province of Japan".
    func provinceKind(country: String?) -> String {
        guard let country else { return kind(.province) }
        return isChinese ? country + zh("的") + kind(.province) : "province of \(country)"
    }

    /// "city in Kanagawa, Japan · municipality".
    func cityKind(places: [String], tier: CityTier?) -> String {
        var text = places.isEmpty ? kind(.city) : isChinese ? places.reversed().joined(separator: " ") + zh("的") + kind(.city) : "city in " + places.joined(separator: ", ")
        if let tier { text += " · " + self.tier(tier) }
        return text
    }

    /// A Chinese city's tier.
    func tier(_ tier: CityTier) -> String {
        switch tier {
        case .smallMedium: return phrase("small medium", "中小城市")
        case .coastalOpen: return phrase("coastal open", "沿海开放城市")
        case .specialEconomicZone: return phrase("special economic zone", "经济特区")
        case .subProvincial: return phrase("sub provincial", "副省级城市")
        case .municipality: return phrase("municipality", "直辖市")
        case .specialAdministrativeRegion: return phrase("special administrative region", "特别行政区")
        }
    }

    /// "Economic and Trade Office in New York · represents Hong Kong".
    func organisationKind(_ kind: OrganisationKind?, host: String?, represents: String?) -> String {
        var text: String
        switch kind {
        case .eto?: text = isChinese ? FieldTerm.economicAndTradeOffice.text(in: script) : "Economic and Trade Office"
        case .liaisonUnit?: text = phrase("liaison unit", "联络处")
        case .association?: text = phrase("association", "同乡会/社团")
        case .chamber?: text = phrase("chamber", "商会")
        case .university?: text = phrase("university", "大学")
        case .thinkTank?: text = phrase("think tank", "智库")
        case .ngo?: text = phrase("ngo", "非政府组织")
        case .media?: text = phrase("media", "媒体")
        case .other?: text = phrase("other", "其他机构")
        case nil: text = self.kind(.organisation)
        }
        if let host { text = isChinese ? zh("驻") + host + text : text + " in \(host)" }
        if let represents { text += " · " + phrase("represents ", "代表") + represents }
        return text
    }

    /// The line between an office and what it represents.
    func represents(office: String, represented: String) -> String {
        isChinese ? office + zh("代表") + represented : "\(office) represents \(represented)"
    }
}
