import LiaisonData

/// An import's report as tables, for `liaison import`.
public enum ImportTables {
    /// The counts (key `imported`), the country names not resolved (`unresolved_countries`), those
    /// resolved by a qualifier or a guess (`corrections`) and other rows skipped (`skipped_rows`,
    /// the first 50).
    public static func tables(_ r: ImportReport, output: String) -> [Table] {
        var tables = [Table(key: "imported", title: "Imported into \(output)", columns: ["count", "value"], rows: [
            [.text("rows read"), .integer(r.rowsRead)], [.text("cities"), .integer(r.cities)], [.text("mentions merged into a city"), .integer(r.mergedMentions)],
            [.text("ties"), .integer(r.ties)], [.text("repeated pairs dropped"), .integer(r.duplicatePairs)], [.text("self-pairs dropped"), .integer(r.selfPairs)],
            [.text("rows skipped"), .integer(r.rowsSkipped)], [.text("coordinate conflicts over 50 km"), .integer(r.coordinateConflicts)],
        ])]
        tables.append(Table(key: "unresolved_countries", title: "Country names not resolved (rows skipped)", columns: ["name", "rows"],
                            rows: r.unresolvedCountries.map { [.text($0.name.isEmpty ? "(empty)" : $0.name), .integer($0.rows)] }))
        tables.append(Table(key: "corrections", title: "Country names resolved by a qualifier or a guess (check these)", columns: ["name", "country", "method", "rows"],
                            rows: r.corrections.map { [.text($0.name), .text($0.countryID), .text($0.method.rawValue), .integer($0.rows)] }))
        if !r.skippedRows.isEmpty {
            tables.append(Table(key: "skipped_rows", title: "Other rows skipped", columns: ["where", "problem"],
                                rows: r.skippedRows.prefix(50).map { [.text($0.location?.description ?? ""), .text("\($0.message) '\($0.value)'")] },
                                totalRows: r.skippedRows.count > 50 ? r.skippedRows.count : nil))
        }
        return tables
    }
}
