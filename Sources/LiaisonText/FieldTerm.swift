/// A term of the field in English and in both Chinese scripts, with where the research documents
/// use it: the one place the words for the field's ties, offices and roles are written, for the
/// glossary (`docs/glossary.md`, checked against this table by a test) and the message catalogues.
public struct FieldTerm: Sendable, Hashable, Identifiable {
    /// A stable key, for catalogues (`sister-city`).
    public let id: String
    /// The English term.
    public let english: String
    /// The term in Traditional characters, as Hong Kong writes it.
    public let traditional: String
    /// The term in Simplified characters.
    public let simplified: String
    /// The short form the documents also write, in Traditional characters (經貿辦 for
    /// 經濟貿易辦事處); nil when they use none.
    public let shortTraditional: String?
    /// The short form in Simplified characters (经贸办); nil when there is none.
    public let shortSimplified: String?
    /// The built-in layer the term names, when it names one.
    public let layerID: String?
    /// What it means, and where the documents use it.
    public let usage: String

    /// Makes a term; `short` is the short form the documents also write, in both scripts.
    init(id: String, english: String, traditional: String, simplified: String,
         short: (traditional: String, simplified: String)? = nil, layerID: String?, usage: String) {
        self.id = id
        self.english = english
        self.traditional = traditional
        self.simplified = simplified
        shortTraditional = short?.traditional
        shortSimplified = short?.simplified
        self.layerID = layerID
        self.usage = usage
    }

    /// The term in `script`.
    public func text(in script: ChineseScript) -> String {
        switch script {
        case .traditionalHongKong: return traditional
        case .simplified: return simplified
        }
    }

    /// The term's short form in `script` (for a map's labels, where room is short), else the term.
    public func shortText(in script: ChineseScript) -> String {
        switch script {
        case .traditionalHongKong: return shortTraditional ?? traditional
        case .simplified: return shortSimplified ?? simplified
        }
    }
}

extension FieldTerm {
    /// A formal, long-term partnership of two cities.
    public static let sisterCity = FieldTerm(
        id: "sister-city", english: "sister city (friendship city)", traditional: "友好城市", simplified: "友好城市", layerID: "sister",
        usage: "A formal, long-term city-to-city tie, one-to-one in principle for a Chinese city. The 2016 paper on Chinese city diplomacy counts China's pairs with it (2,225 by the end of 2015); the Liaocheng briefing (2022) lists Liaocheng's three and states the one-to-one rule; the Hong Kong Policy Research Institute's sister-city strategy paper proposes Hong Kong's.")
    /// The same tie between provinces and states.
    public static let friendshipProvince = FieldTerm(
        id: "friendship-province", english: "friendship province or state", traditional: "友好省州", simplified: "友好省州", layerID: "sister",
        usage: "The province-to-province form of a sister-city tie, counted beside the city pairs in the 2016 paper on Chinese city diplomacy.")
    /// A lighter tie, approved locally.
    public static let friendlyCooperationCity = FieldTerm(
        id: "friendly-cooperation-city", english: "friendly-cooperation city", traditional: "友好合作關係城市", simplified: "友好合作关系城市", layerID: "cooperation",
        usage: "A lighter tie than a sister city, approved locally and exempt from the one-to-one rule; also written 友好交流城市 (friendly-exchange city). The Liaocheng briefing (2022) names Liaocheng's: Gwangmyeong, South Ayrshire, Vava'u and Paks.")
    /// A Hong Kong government office abroad or in the Mainland.
    public static let economicAndTradeOffice = FieldTerm(
        id: "economic-and-trade-office", english: "Economic and Trade Office (ETO)", traditional: "經濟貿易辦事處", simplified: "经济贸易办事处",
        short: (traditional: "經貿辦", simplified: "经贸办"), layerID: "eto",
        usage: "An office of the Hong Kong government, hosted in one city, representing Hong Kong to a list of countries or to an organisation; short form 經貿辦 / 经贸办. The Hong Kong Policy Research Institute's ETO paper (2016) proposes new ones along the Belt and Road; the 2024 research brief counts them among Hong Kong's people-to-people channels.")
    /// A unit under an ETO in the Mainland.
    public static let liaisonUnit = FieldTerm(
        id: "liaison-unit", english: "liaison unit", traditional: "聯絡處", simplified: "联络处", layerID: "eto",
        usage: "A smaller office under a Mainland ETO (遼寧聯絡處, the Liaoning liaison unit, in the Hong Kong dataset); the ETO paper (2016) proposes ETO liaison units in Thailand and Vietnam.")
    /// China's Belt and Road Initiative.
    public static let beltAndRoad = FieldTerm(
        id: "belt-and-road", english: "Belt and Road", traditional: "一帶一路", simplified: "一带一路", layerID: "bri",
        usage: "China's Belt and Road Initiative: a country's cooperation document with China (about 148 countries by March 2022) and city-level links such as the China-Europe Railway Express. The ETO paper (2016) plans Hong Kong's offices along it; the 2024 research brief and the 2025 commentary place Hong Kong within it.")
    /// An association of people from one home place.
    public static let hometownAssociation = FieldTerm(
        id: "hometown-association", english: "hometown association", traditional: "同鄉會", simplified: "同乡会", layerID: "diaspora",
        usage: "An association that links a home province or city to its communities abroad, a carrier of people-to-people ties in the 2024 research brief on Hong Kong's people-to-people diplomacy.")
    /// Hong Kong's claimed role between the Mainland and the world.
    public static let superConnector = FieldTerm(
        id: "super-connector", english: "super-connector", traditional: "超級聯繫人", simplified: "超级联系人", layerID: nil,
        usage: "Hong Kong's role between the Mainland and the world, as the 2024 research brief names it; the 2025 commentary asks Hong Kong to move on from connector to strategic hub. Brokerage and betweenness measure the claim (`liaison connector`).")

    /// Every term, in the glossary's order.
    public static let all: [FieldTerm] = [
        sisterCity, friendshipProvince, friendlyCooperationCity, economicAndTradeOffice, liaisonUnit, beltAndRoad,
        hometownAssociation, superConnector,
    ]

    /// The term that names the built-in layer `layerID` (the first, where two name one: 友好城市
    /// for `sister`, 經濟貿易辦事處 for `eto`); nil for a dataset's own layer.
    /// - Complexity: O(t) for t terms.
    public static func term(forLayer layerID: String) -> FieldTerm? { all.first { $0.layerID == layerID } }

    /// The term with `id`, if there is one.
    /// - Complexity: O(t) for t terms.
    public static func term(withID id: String) -> FieldTerm? { all.first { $0.id == id } }
}
