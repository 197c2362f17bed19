import LiaisonGraph
import LiaisonText

/// The words of the tooltips (the facts shown when the pointer rests on an entity or a tie), in
/// the drawing's language and script like the rest of its text. Names, sources and notes are the
/// data's own and stay as written.
extension MapText {
    /// "population 1,234 (2020)".
    func population(_ count: Int, year: Int?) -> String { self[.population(figure: DOTText.grouped(count), year: year)] }

    /// "member of EU, G20".
    func memberOf(_ groupings: [String]) -> String { self[.memberOf(groupings)] }

    /// Relations with the PRC: since a year, or none.
    func prcRelations(_ relations: PRCRelations) -> String {
        switch relations {
        case let .since(year): return self[.prcRelationsSince(year: year)]
        case .none: return self[.noPRCRelations]
        }
    }

    /// Belt and Road: a document signed (in a year, or a year not known), or withdrawn.
    func beltAndRoad(_ status: BeltAndRoadStatus) -> String {
        switch status {
        case let .signed(year): return self[.beltAndRoadSigned(year: year)]
        case .signedYearUnknown: return self[.beltAndRoadSignedYearUnknown]
        case .withdrawn: return self[.beltAndRoadWithdrawn]
        }
    }

    /// "overseas Chinese 9,392,792 (2012)".
    func overseasChinese(_ count: Int, year: Int?) -> String { self[.overseasChinese(figure: DOTText.grouped(count), year: year)] }

    /// An organisation's years: "open 1996–", "open ?–2021".
    func open(since: Int?, until: Int?) -> String {
        self[.open(years: (since.map(String.init) ?? "?") + "–" + (until.map(String.init) ?? ""))]
    }

    /// "strengths: port, financial-centre" (港口、金融中心; a dataset's own tag as written).
    func strengths(_ tags: [String]) -> String { self[.strengths(tags.map { ValueWords.tag($0, in: catalogue.language) })] }

    /// A sizing measure's value: "degree: 12".
    func measured(_ sizing: NodeSizing, value: String) -> String { self[.valueRow(label: measure(sizing), value: value)] }

    /// "unknown", for a value not known.
    var unknown: String { self[.unknown] }

    /// An entity drawn beside another because it has no location of its own.
    func drawnBeside(_ name: String) -> String { self[.drawnBeside(name: name)] }

    /// A node's or a tie's part in a change.
    var addedInChange: String { self[.addedInChange] }
    var removedInChange: String { self[.removedInChange] }
    func statusChange(from old: TieStatus?, to new: TieStatus) -> String {
        self[.statusChange(from: old.map(status) ?? "?", to: status(new))]
    }

    /// "confidence: medium".
    func confidence(_ c: Confidence) -> String { self[.confidence(ValueWords.confidence(c, in: catalogue.language))] }

    /// "source: …" (the source is the data's own).
    func source(_ text: String) -> String { self[.source(text)] }

    /// A tie's years and weight: "since 2017", "until 2021", "weight 2".
    func since(_ year: Int) -> String { self[.since(year: year)] }
    func until(_ year: Int) -> String { self[.until(year: year)] }
    func weight(_ value: String) -> String { self[.weight(value)] }
    func areas(_ areas: [String]) -> String { self[.areas(areas.map { ValueWords.area($0, in: catalogue.language) })] }

    /// What a country is: "country · part of X · Asia, Eastern Asia" (UN M49's regions, named in
    /// Chinese by ``RegionName`` on a Chinese map).
    func countryKind(territory: Bool, partOf: String?, regions: [String]) -> String {
        var parts = [territory ? self[.territory] : kind(.country)]
        if let partOf { parts.append(self[.partOf(partOf)]) }
        let named = regions.map { isChinese ? RegionName.name($0, in: script) ?? $0 : $0 }
        if !named.isEmpty { parts.append(self[.regions(named)]) }
        return parts.joined(separator: " · ")
    }

    /// "province of Japan".
    func provinceKind(country: String?) -> String {
        guard let country else { return kind(.province) }
        return self[.provinceOf(country: country)]
    }

    /// "city in Kanagawa, Japan · municipality".
    func cityKind(places: [String], tier: CityTier?) -> String {
        var text = places.isEmpty ? kind(.city) : self[.cityIn(places: places)]
        if let tier { text += " · " + ValueWords.tier(tier, in: catalogue.language) }
        return text
    }

    /// "Economic and Trade Office in New York · represents Hong Kong".
    func organisationKind(_ kind: OrganisationKind?, host: String?, represents: String?) -> String {
        var text = kind.map { ValueWords.organisationKind($0, in: catalogue.language) } ?? self.kind(.organisation)
        if let host { text = self[.organisationIn(kind: text, host: host)] }
        if let represents { text += self[.representing(represents)] }
        return text
    }

    /// The line between an office and what it represents.
    func represents(office: String, represented: String) -> String { self[.represents(office: office, represented: represented)] }
}
