import LiaisonGraph

/// The attributes graph-file exporters (GraphML, GEXF) write for every entity and tie, as
/// (name, type, value) with types GraphML and GEXF both know.
enum GraphAttributes {
    /// An attribute's type.
    enum Kind: String { case string, int, double }

    /// Node attributes, in a fixed order.
    static let nodeKeys: [(String, Kind)] = [
        ("kind", .string), ("name", .string), ("name_zh", .string), ("aliases", .string), ("country", .string), ("province", .string),
        ("host_city", .string), ("represents", .string), ("part_of", .string), ("organisation_kind", .string), ("tier", .string),
        ("level", .string), ("region", .string), ("subregion", .string), ("memberships", .string), ("tags", .string),
        ("population", .int), ("lat", .double), ("lon", .double), ("prc_relations_since", .string), ("bri_since", .string),
        ("overseas_chinese", .int), ("gdp_usd", .double), ("source", .string), ("confidence", .string),
    ]

    /// Edge attributes, in a fixed order.
    static let edgeKeys: [(String, Kind)] = [
        ("layer", .string), ("status", .string), ("since", .int), ("until", .int), ("status_since", .int), ("weight", .double), ("areas", .string),
        ("source", .string), ("confidence", .string), ("note", .string),
    ]

    /// The values an entity has, by key; unknown facts are left out.
    static func values(of e: Entity) -> [String: String] {
        let a = e.attributes
        var v: [String: String] = ["kind": e.kind.rawValue, "name": e.name]
        v["name_zh"] = e.nameZh
        if !e.aliases.isEmpty { v["aliases"] = e.aliases.joined(separator: ";") }
        v["country"] = e.countryID
        v["province"] = e.provinceID
        v["host_city"] = e.hostCityID
        v["represents"] = e.representsID
        v["part_of"] = e.partOfID
        v["organisation_kind"] = e.organisationKind?.rawValue
        v["tier"] = a.tier?.rawValue
        v["level"] = a.level
        v["region"] = a.region
        v["subregion"] = a.subregion
        if !a.memberships.isEmpty { v["memberships"] = a.memberships.joined(separator: ";") }
        if !a.tags.isEmpty { v["tags"] = a.tags.joined(separator: ";") }
        v["population"] = a.population.map(String.init)
        v["lat"] = a.location.map { String($0.latitude) }
        v["lon"] = a.location.map { String($0.longitude) }
        switch a.prcRelations {
        case .since(let y)?: v["prc_relations_since"] = String(y)
        case .none?: v["prc_relations_since"] = "none"
        case nil: break
        }
        switch a.beltAndRoad {
        case .signed(let y)?: v["bri_since"] = String(y)
        case .signedYearUnknown?: v["bri_since"] = "yes"
        case .withdrawn?: v["bri_since"] = "withdrawn"
        case nil: break
        }
        v["overseas_chinese"] = a.overseasChinese.map(String.init)
        v["gdp_usd"] = a.gdpUSD.map { String(Int64($0.rounded())) }
        v["source"] = a.source
        v["confidence"] = a.confidence?.rawValue
        return v
    }

    /// The values a tie has, by key.
    static func values(of t: Tie) -> [String: String] {
        var v: [String: String] = ["layer": t.layer, "status": t.status.rawValue, "weight": String(t.weight), "source": t.source]
        v["since"] = t.since.map(String.init)
        v["until"] = t.until.map(String.init)
        v["status_since"] = t.statusSince.map(String.init)
        if !t.areas.isEmpty { v["areas"] = t.areas.joined(separator: ";") }
        v["confidence"] = t.confidence?.rawValue
        v["note"] = t.note
        return v
    }

    /// A name made an XML NMTOKEN, as the GraphML schema wants a graph's id ("Hong Kong" →
    /// "Hong_Kong"): letters, digits, `.`, `-`, `_` and `:` kept, every other character `_`; "graph"
    /// for an empty name.
    static func nameToken(_ name: String) -> String {
        let token = String(name.map { $0.isLetter || $0.isNumber || ".-_:".contains($0) ? $0 : "_" })
        return token.isEmpty ? "graph" : token
    }

    /// Text escaped for XML content and attributes; characters XML 1.0 forbids are dropped.
    static func xml(_ text: String) -> String {
        // Most text needs no escaping: looked for in the bytes (every byte of a character beyond
        // ASCII is at least 0x80, and such characters are kept).
        if text.utf8.allSatisfy({ ($0 >= 0x20 && $0 != 0x26 && $0 != 0x3C && $0 != 0x3E && $0 != 0x22) || $0 == 0x09 || $0 == 0x0D }) {
            return text
        }
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\n": out += "&#10;"
            default:
                let v = scalar.value
                if v >= 0x20 || v == 0x09 || v == 0x0D { out.unicodeScalars.append(scalar) }
            }
        }
        return out
    }
}
