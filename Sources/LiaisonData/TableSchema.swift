/// The columns each table of a dataset folder requires and knows.
struct TableSchema {
    var required: [String]
    var optional: [String]
    var known: Set<String> { Set(required + optional) }

    static let common = ["name_zh", "aliases", "source", "confidence", "note"]

    static func forFile(_ file: String) -> TableSchema {
        switch file {
        case "countries.csv":
            return TableSchema(required: ["id", "name"], optional: common + ["alpha3", "status", "part_of", "region", "subregion",
                "memberships", "prc_relations_since", "bri_since", "overseas_chinese", "overseas_chinese_year", "lat", "lon",
                "population", "population_year", "gdp_usd", "gdp_year", "tags"])
        case "provinces.csv":
            return TableSchema(required: ["id", "name", "country"], optional: common + ["lat", "lon", "population", "population_year", "tags"])
        case "cities.csv":
            return TableSchema(required: ["id", "name", "country"], optional: common + ["province", "tier", "level", "population",
                "population_year", "lat", "lon", "tags"])
        case "organisations.csv":
            return TableSchema(required: ["id", "kind", "name", "city"], optional: common + ["represents", "since", "until", "tags", "lat", "lon"])
        default:
            return TableSchema(required: ["from", "to", "layer", "source"], optional: ["status", "since", "until", "status_since", "weight", "areas",
                "confidence", "note"])
        }
    }
}
