import LiaisonGraph

/// Every fixed word a drawing writes (its legend, its notes, the labels of offices and the
/// tooltips' facts), as a typed key whose cases carry what the words place: counts, years, and
/// names already written in the drawing's language.
///
/// Each language's words are in one file (``MapCatalogue``): an exhaustive `switch`, so a message
/// missing from one does not compile. The values of the graph core (statuses, kinds, tiers) are
/// worded by ``ValueWords``, the field's terms (layers, offices) by ``FieldTerm``, alike for maps,
/// tables and reports.
enum MapMessage: Sendable, Hashable {
    // MARK: Legend
    /// "181 entities, 215 ties · layout dot".
    case subtitle(entities: Int, ties: Int, layout: String)
    /// " · as of 2026-11-30".
    case asOf(String)
    case entitiesHeading
    case tiesHeading
    case statusHeading
    case notesHeading
    case changesHeading
    case changesNone
    /// An empty section.
    case none
    /// A node shape by its Graphviz name (``DrawingStyle/legendShapes``).
    case shape(String)
    /// "city (circle): 5".
    case kindRow(kind: String, shape: String, count: Int)
    /// What an office tie points at: " (office → place)".
    case officeArrow
    /// A legend row or a tooltip line: "active: 40", "degree: 12".
    case valueRow(label: String, value: String)
    case representsRow(count: Int)
    case added(ties: Int, entities: Int)
    case removed(ties: Int, entities: Int)
    case statusChanged(ties: Int)
    case unchanged
    case bordersToo
    case measureUniform
    case measureDegree
    case measureStrength
    case measurePopulation
    /// "size: degree (1–12)".
    case size(measure: String, low: String, high: String)
    /// "focus: Hong Kong", the name in the legend's language.
    case focus(name: String)
    case peer
    case labelsShown(shown: Int, hidden: Int)
    case projection(MapProjection)
    /// "centred on 114°E".
    case centred(degrees: Int, east: Bool)
    case basemapCredit
    case longTies
    case bundled
    case borrowed(count: Int)
    case unplaced(count: Int)
    case isolatedLeftOut(count: Int)
    /// A `dot` drawing's tables of entities that share all their ties (``LeafFanFolding``).
    case folded(entities: Int, tables: Int)
    /// A colour or line style named in the plain-text legend (``DrawingStyle/colourWords``).
    case colour(String)

    // MARK: Labels
    /// An office on a map, named short by its host city: "ETO San Francisco", 駐三藩市經貿辦.
    case officeLabel(host: String)

    // MARK: Tooltips
    /// "population 1,234 (2020)".
    case population(figure: String, year: Int?)
    /// "member of EU, G20".
    case memberOf([String])
    case prcRelationsSince(year: Int)
    case noPRCRelations
    case beltAndRoadSigned(year: Int)
    case beltAndRoadSignedYearUnknown
    case beltAndRoadWithdrawn
    /// "overseas Chinese 9,392,792 (2012)".
    case overseasChinese(figure: String, year: Int?)
    /// An organisation's years: "open 1996–".
    case open(years: String)
    /// "strengths: port, financial-centre" (the data's tags).
    case strengths([String])
    case unknown
    /// An entity drawn beside another because it has no location of its own.
    case drawnBeside(name: String)
    case addedInChange
    case removedInChange
    /// "status changed: dormant → active", the statuses already worded.
    case statusChange(from: String, to: String)
    /// "confidence: medium", the level already worded.
    case confidence(String)
    /// "source: …" (the data's own text).
    case source(String)
    case since(year: Int)
    case until(year: Int)
    case weight(String)
    case areas([String])
    case territory
    /// "part of China".
    case partOf(String)
    /// UN M49 regions, already named in the language, as one list.
    case regions([String])
    /// "province of Japan", the country already named.
    case provinceOf(country: String)
    /// "city in Kanagawa, Japan", innermost place first.
    case cityIn(places: [String])
    /// "Economic and Trade Office in New York", the kind and host already named.
    case organisationIn(kind: String, host: String)
    /// " · represents Hong Kong".
    case representing(String)
    /// An office's line to what it represents: "ETO London represents Hong Kong".
    case represents(office: String, represented: String)
}
