import LiaisonGraph

/// The political-status tiers of Chinese cities (`datasets/china-network/city-tiers.csv`): the four
/// municipalities, the fifteen sub-provincial cities, the special economic zones and the fourteen
/// coastal open cities of 1984, each city at its highest tier and with its source. A city not listed
/// is `small-medium`; Hong Kong and Macau carry their tier in `../world`.
///
/// Columns: `city` (an ID of the city universe), `name`, `tier` (a ``CityTier`` raw value),
/// `source`, `confidence`, `note`.
public struct CityTierTable: Sendable {
    /// A listed city's tier and where it comes from.
    public struct Row: Sendable, Hashable {
        /// The tier.
        public var tier: CityTier
        /// The source cited.
        public var source: String
    }

    /// The table's file name in a China network folder.
    public static let fileName = "city-tiers.csv"

    /// The listed cities, by ID.
    public private(set) var rows: [String: Row] = [:]
    /// The file read, cited as the source of the default tier.
    public let file: String

    /// Reads the table, checking every row: a known tier, a source, and (when `network` is given) a
    /// city of that network.
    /// - Throws: ``DatasetError`` listing every problem with file, line and column.
    /// - Complexity: O(rows).
    public init(path: String, cities network: PartnershipNetwork? = nil) throws(DatasetError) {
        file = path
        let table = CSVTable(bytes: try FileAccess.bytes(of: path), file: path)
        var problems = table.problems
        let required = ["city", "tier", "source"]
        let missing = required.filter { !table.hasColumn($0) }
        guard missing.isEmpty else {
            throw DatasetError(ValidationProblem(location: SourceLocation(file: path, line: 1, column: 1), value: table.header.joined(separator: ","),
                message: "the header lacks \(missing.joined(separator: ", "))", expected: "a header city,name,tier,source,confidence,note"))
        }
        for row in table.rows {
            var reader = FieldReader(row)
            let city = reader.required("city"), source = reader.required("source")
            let tier = reader.choice("tier", as: CityTier.self, required: true)
            problems += reader.problems
            guard let city, let source, let tier else { continue }
            if let network, network.entity(withID: city)?.kind != .city {
                problems.append(ValidationProblem(location: row.location(of: "city"), value: city, message: "no city of this ID in the China network",
                                                  expected: suggestionText(for: city, in: network.entities, kinds: [.city])))
                continue
            }
            if rows[city] != nil {
                problems.append(ValidationProblem(location: row.location(of: "city"), value: city, message: "city listed twice",
                                                  expected: "one row per city, with its highest tier"))
                continue
            }
            rows[city] = Row(tier: tier, source: source)
        }
        guard problems.isEmpty else { throw DatasetError(problems: problems) }
    }

    /// A city's tier: its own (Hong Kong, Macau), else the table's, else `small-medium`.
    public func tier(of city: Entity) -> CityTier {
        city.attributes.tier ?? rows[city.id]?.tier ?? .smallMedium
    }

    /// Where a city's tier comes from.
    public func source(of city: Entity) -> String {
        if city.attributes.tier != nil { return city.attributes.source ?? "the dataset's own row" }
        return rows[city.id]?.source ?? "not listed in \(file): small-medium (the lowest tier) by default"
    }
}
