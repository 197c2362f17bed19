import Foundation
import LiaisonGraph

/// Imports a twin-town pair list: `city1,country1,city2,country2`, as scraped from Wikipedia's
/// "List of twin towns and sister cities" pages, optionally with coordinates
/// (`city1,country1,lat1,lng1,city2,country2,lat2,lng2`). Every pair becomes a `sister` tie.
///
/// Country names resolve to ISO codes through a ``CountryResolver``; repeated mentions of one
/// city (same country and name, ignoring case and accents) merge into one city; repeated pairs
/// in either order become one tie. What cannot be resolved is counted in the report, never
/// dropped silently.
public enum TwinPairsImporter {
    /// Options of an import.
    public struct Options: Sendable {
        /// The dataset's name.
        public var name: String
        /// The source cited on every row (a URL or publication); the row's line is appended.
        public var source: String
        /// The as-of date of the list, `YYYY-MM-DD`; nil for the day of the import.
        public var asOf: String?

        /// Makes options.
        public init(name: String, source: String, asOf: String? = nil) {
            self.name = name
            self.source = source
            self.asOf = asOf
        }

        /// The as-of date the imported folder's `dataset.yaml` gets: the one given, or today's
        /// (UTC), so that the folder validates.
        /// - Throws: ``DatasetError`` when the date given is not a calendar date `YYYY-MM-DD`.
        func checkedAsOf() throws(DatasetError) -> String {
            guard let asOf else {
                let today = Date().formatted(.iso8601.year().month().day().dateSeparator(.dash))
                return today
            }
            guard DatasetManifest.isDate(asOf) else {
                throw DatasetError(ValidationProblem(location: nil, value: asOf, message: "the import's as-of date is not a date",
                                                     expected: "--as-of YYYY-MM-DD, e.g. 2026-06-30"))
            }
            return asOf
        }
    }

    /// Imports the list at `path`, resolving countries against `world`.
    /// - Throws: ``DatasetError`` when the file cannot be read, its CSV is malformed, or it lacks the columns.
    /// - Complexity: O(rows).
    public static func run(path: String, world: PartnershipNetwork, options: Options) throws(DatasetError) -> ImportResult {
        let asOf = try options.checkedAsOf()
        let table = CSVTable(bytes: try FileAccess.bytes(of: path), file: path)
        let required = ["city1", "country1", "city2", "country2"]
        let missing = required.filter { !table.hasColumn($0) }
        guard missing.isEmpty else {
            throw DatasetError(ValidationProblem(location: SourceLocation(file: path, line: 1, column: 1), value: table.header.joined(separator: ","),
                message: "not a twin-town pair list: the header lacks \(missing.joined(separator: ", "))",
                expected: "a header city1,country1,city2,country2 (optionally with lat1,lng1,lat2,lng2)"))
        }
        var assembler = ImportAssembler(world: world, metadata: NetworkMetadata(name: options.name,
            description: "Imported from \(path) by liaison import twin-pairs", asOf: asOf), source: options.source)
        assembler.report.skippedRows = table.problems
        for row in table.rows {
            assembler.report.rowsRead += 1
            var reader = FieldReader(row)
            guard let city1 = reader.required("city1"), let city2 = reader.required("city2") else {
                assembler.report.skippedRows.append(contentsOf: reader.problems)
                continue
            }
            let point1 = reader.location(latitude: "lat1", longitude: "lng1"), point2 = reader.location(latitude: "lat2", longitude: "lng2")
            if !reader.problems.isEmpty { assembler.report.skippedRows.append(contentsOf: reader.problems) }
            let country1 = assembler.country(row["country1"] ?? ""), country2 = assembler.country(row["country2"] ?? "")
            guard let country1, let country2 else { continue }
            let a = assembler.city(name: city1, countryID: country1, location: point1, line: row.line)
            let b = assembler.city(name: city2, countryID: country2, location: point2, line: row.line)
            assembler.tie(a, b, line: row.line)
        }
        return try assembler.finish()
    }
}
