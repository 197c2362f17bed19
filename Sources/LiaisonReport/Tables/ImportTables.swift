import LiaisonData

/// An import's report as tables, for `liaison import`.
public enum ImportTables {
    /// The counts (key `imported`), the country names not resolved (`unresolved_countries`), those
    /// resolved by a qualifier or a guess (`corrections`), rows kept through documented codes
    /// (`documented_codes`), states added for their territories (`sovereigns_added`), how cities were
    /// placed on the universe (`placement`), names not placed although the universe has the name
    /// (`not_placed`, the first `limitDoubtful` when given), name variants merged (`variant_merges`)
    /// and other rows skipped (`skipped_rows`, the first 50).
    public static func tables(_ r: ImportReport, output: String, limitDoubtful: Int? = nil) -> [Table] {
        var tables = [Table(key: "imported", title: "Imported into \(output)", columns: ["count", "value"], rows: [
            [.text("rows read"), .integer(r.rowsRead)], [.text("cities"), .integer(r.cities)], [.text("mentions merged into a city"), .integer(r.mergedMentions)],
            [.text("ties"), .integer(r.ties)], [.text("repeated pairs dropped"), .integer(r.duplicatePairs)], [.text("self-pairs dropped"), .integer(r.selfPairs)],
            [.text("rows skipped"), .integer(r.rowsSkipped)], [.text("coordinate conflicts over 50 km"), .integer(r.coordinateConflicts)],
        ])]
        tables.append(Table(key: "unresolved_countries", title: "Country names not resolved (rows skipped)", columns: ["name", "rows"],
                            rows: r.unresolvedCountries.map { [.text($0.name.isEmpty ? "(empty)" : $0.name), .integer($0.rows)] }))
        tables.append(Table(key: "corrections", title: "Country names resolved by a qualifier or a guess (check these)", columns: ["name", "country", "method", "rows"],
                            rows: r.corrections.map { [.text($0.name), .text($0.countryID), .text($0.method.rawValue), .integer($0.rows)] }))
        tables.append(Table(key: "documented_codes", title: "Rows kept through documented codes outside ISO 3166-1 (territories of the state named)",
                            columns: ["code", "rows", "part of"],
                            rows: r.documentedCodeRows.sorted { $0.key < $1.key }.map { code, rows in
                                [.text(code), .integer(rows), .text(DocumentedCountryCodes.entities.first { $0.id == code }?.partOfID ?? "")] }))
        if !r.sovereignsAdded.isEmpty {
            tables.append(Table(key: "sovereigns_added", title: "States added because a territory of theirs was used", columns: ["country"],
                                rows: r.sovereignsAdded.map { [.text($0)] }))
        }
        let misses = Dictionary(grouping: r.unplaced, by: \.miss)
        tables.append(Table(key: "placement", title: "Cities placed on the world city universe (they take its IDs), and names not placed (kept with IDs of their own)",
                            columns: ["how", "cities"],
                            rows: CityResolver.Method.allCases.map { [.text("placed: \($0.rawValue)"), .integer(r.placed[$0] ?? 0)] }
                                + [[.text("of these, placed by name, the list's coordinates lying in another country (set aside)"), .integer(r.placedDespiteGeocode)],
                                   [.text("names merged into a city another name was placed on"), .integer(r.mergedByResolution)]]
                                + CityResolver.Miss.allCases.map { [.text("not placed: \($0.rawValue)"), .integer(misses[$0]?.count ?? 0)] }))
        let doubtful = r.unplaced.filter { $0.miss != .noSuchName }
        if !doubtful.isEmpty {
            let shown = limitDoubtful.map { Array(doubtful.prefix($0)) } ?? doubtful
            tables.append(Table(key: "not_placed", title: "Names not placed although the universe has cities of that name",
                                columns: ["country", "name", "why", "cities of the name", "nearest km"],
                                rows: shown.map { [.text($0.countryID), .text($0.name), .text($0.miss.rawValue), .integer($0.candidates),
                                                   $0.nearest.map { .integer(Int($0.rounded())) } ?? .missing] },
                                totalRows: shown.count < doubtful.count ? doubtful.count : nil))
        }
        tables.append(Table(key: "variant_merges", title: "Qualified names merged into the bare name (one place, a partner in common)",
                            columns: ["country", "name", "merged form"],
                            rows: r.variantMerges.map { [.text($0.countryID), .text($0.name), .text($0.variant)] }))
        if !r.skippedRows.isEmpty {
            tables.append(Table(key: "skipped_rows", title: "Other rows skipped", columns: ["where", "problem"],
                                rows: r.skippedRows.prefix(50).map { [.text($0.location?.description ?? ""), .text("\($0.message) '\($0.value)'")] },
                                totalRows: r.skippedRows.count > 50 ? r.skippedRows.count : nil))
        }
        return tables
    }
}
