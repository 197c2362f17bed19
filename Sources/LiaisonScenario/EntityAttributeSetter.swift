import LiaisonGraph

/// Sets an entity's attribute by the name a dataset column uses, from text.
enum EntityAttributeSetter {
    /// The attribute names with their own meaning; any other name sets a free attribute.
    static let known = ["name", "name_zh", "population", "population_year", "tier", "level", "tags", "region", "subregion", "memberships",
                        "overseas_chinese", "gdp_usd", "gdp_year", "lat", "lon", "note"]

    /// The columns that place an entity or say what it is: changing them is removing the entity
    /// and adding another, not setting an attribute.
    static let structural = ["id", "kind", "country", "province", "city", "represents", "part_of", "status", "alpha3",
                             "since", "until", "aliases", "source", "confidence", "prc_relations_since", "bri_since"]

    /// Sets the attribute; returns what is wrong with the name or the value, or nil.
    static func set(_ name: String, to value: String, on entity: inout Entity) -> String? {
        if structural.contains(name) {
            return "set_attribute cannot change '\(name)', which says what the entity is or where it lies; use remove_entity and add_entity (offices: open_office, close_office); settable: \(known.joined(separator: ", ")) or a free attribute"
        }
        func integer() -> Int? { Int(value.filter { $0 != "," && $0 != "_" }) }
        switch name {
        case "name": entity.name = value
        case "name_zh": entity.setChineseName(value)
        case "population", "population_year", "overseas_chinese":
            guard let n = integer(), n >= 0 else { return "\(name) must be a whole number of 0 or more" }
            if name == "population" { entity.attributes.population = n }
            else if name == "population_year" { entity.attributes.populationYear = n }
            else { entity.attributes.overseasChinese = n }
        case "gdp_usd":
            guard let d = Double(value.filter { $0 != "," && $0 != "_" }), d >= 0 else { return "gdp_usd must be a number of 0 or more (US dollars)" }
            entity.attributes.gdpUSD = d
        case "gdp_year":
            guard let n = integer(), (1000...2100).contains(n) else { return "gdp_year must be a year from 1000 to 2100" }
            entity.attributes.gdpYear = n
        case "tier":
            guard let tier = CityTier(rawValue: value) else { return "unknown tier; one of: \(CityTier.allCases.map(\.rawValue).joined(separator: ", "))" }
            entity.attributes.tier = tier
        case "level": entity.attributes.level = value
        case "tags", "memberships":
            let list = value.split(separator: ";").map { String($0).trimmingWhitespace() }.filter { !$0.isEmpty }
            if name == "tags" { entity.attributes.tags = list } else { entity.attributes.memberships = list }
        case "region": entity.attributes.region = value
        case "subregion": entity.attributes.subregion = value
        case "lat", "lon":
            guard let d = Double(value), abs(d) <= (name == "lat" ? 90 : 180) else { return "\(name) must be a number within ±\(name == "lat" ? 90 : 180)" }
            var point = entity.attributes.location ?? GeoPoint(latitude: 0, longitude: 0)
            if name == "lat" { point.latitude = d } else { point.longitude = d }
            entity.attributes.location = point
        case "note": entity.attributes.note = value
        default: entity.attributes.extra[name] = value
        }
        return nil
    }
}
