import LiaisonGraph

/// Imports Wikidata-style node and edge files: `nodes.csv` with `qid,label,country,lat,lon,population`
/// and `edges.csv` with `source_qid,target_qid`, as a query for "twinned administrative body"
/// (P190) gives them. Cities keep their Wikidata IDs; every edge becomes a `sister` tie.
public enum WikidataImporter {
    /// Imports the two files, resolving country labels against `world`.
    /// - Throws: ``DatasetError`` when a file cannot be read, its CSV is malformed, or it lacks the columns.
    /// - Complexity: O(nodes + edges).
    public static func run(nodesPath: String, edgesPath: String, world: PartnershipNetwork,
                           options: TwinPairsImporter.Options) throws(DatasetError) -> ImportResult {
        let asOf = try options.checkedAsOf()
        let nodes = CSVTable(bytes: try FileAccess.bytes(of: nodesPath), file: nodesPath)
        let edges = CSVTable(bytes: try FileAccess.bytes(of: edgesPath), file: edgesPath)
        for (table, required) in [(nodes, ["qid", "label", "country"]), (edges, ["source_qid", "target_qid"])] {
            let missing = required.filter { !table.hasColumn($0) }
            if !missing.isEmpty {
                throw DatasetError(ValidationProblem(location: SourceLocation(file: table.file, line: 1, column: 1), value: table.header.joined(separator: ","),
                    message: "the header lacks \(missing.joined(separator: ", "))", expected: "columns \(required.joined(separator: ","))"))
            }
        }
        var assembler = ImportAssembler(world: world, metadata: NetworkMetadata(name: options.name,
            description: "Imported from \(nodesPath) and \(edgesPath) by liaison import wikidata", asOf: asOf), source: options.source)
        assembler.report.skippedRows = nodes.problems + edges.problems
        var cityOfQID: [String: String] = [:]
        for row in nodes.rows {
            assembler.report.rowsRead += 1
            var reader = FieldReader(row)
            guard let qid = reader.required("qid"), let label = reader.required("label") else {
                assembler.report.skippedRows.append(contentsOf: reader.problems)
                continue
            }
            let location = reader.location()
            let population = reader.integer("population", range: 0...10_000_000_000)
            assembler.report.skippedRows.append(contentsOf: reader.problems)
            guard let country = assembler.country(row["country"] ?? "") else { continue }
            cityOfQID[qid] = assembler.city(name: label, countryID: country, externalID: qid, location: location,
                                            population: population, line: row.line)
        }
        for row in edges.rows {
            assembler.report.rowsRead += 1
            guard let a = row["source_qid"].flatMap({ cityOfQID[$0] }), let b = row["target_qid"].flatMap({ cityOfQID[$0] }) else {
                let missing = row["source_qid"].flatMap { cityOfQID[$0] } == nil ? "source_qid" : "target_qid"
                assembler.report.skippedRows.append(ValidationProblem(location: row.location(of: missing), value: row[missing] ?? "",
                    message: "edge names a node that was not imported", expected: "a qid of nodes.csv whose country resolved"))
                continue
            }
            assembler.tie(a, b, line: row.line)
        }
        return try assembler.finish()
    }
}
