import Foundation
import LiaisonGraph

/// Loads a dataset folder (see `docs/dataset-format.md`) and its includes into a network,
/// reporting every problem of every file in one pass.
///
/// ```swift
/// let network = try DatasetLoader.load("datasets/hong-kong")
/// ```
public enum DatasetLoader {
    /// The table files a folder may hold, in the order they are read.
    public static let tableFiles = ["countries.csv", "provinces.csv", "cities.csv", "organisations.csv", "ties.csv"]

    /// Loads a dataset folder, or a JSON file written by `liaison export --format json`.
    /// - Parameters:
    ///   - progress: told, per table file, how many of its rows have been read.
    ///   - boundary: the folders the dataset may read from; by default its parent's tree and the
    ///     embedded datasets (``ReadBoundary/around(_:)``).
    /// - Throws: ``DatasetError`` listing every problem, each with file, line and column.
    public static func load(_ path: String, progress: ProgressHandler? = nil, boundary: ReadBoundary? = nil) throws(DatasetError) -> PartnershipNetwork {
        // A JSON export may come on standard input (`--dataset -`); a folder cannot.
        if path == FileAccess.standardInput || (FileAccess.isFile(path) && path.lowercased().hasSuffix(".json")) {
            return try JSONNetworkCodec.load(path)
        }
        var builder = NetworkBuilder()
        var problems: [ValidationProblem] = []
        var reading = Reading(boundary: boundary ?? .around(path))
        guard let manifest = read(folder: path, into: &builder, problems: &problems, reading: &reading, isTop: true, progress: progress) else {
            throw DatasetError(problems: problems.sortedByLocation())
        }
        let friendshipNetwork = manifest.friendshipNetwork.map { $0.hasPrefix("/") ? $0 : URL(fileURLWithPath: path).appendingPathComponent($0).standardizedFileURL.path }
        if let friendshipNetwork, !reading.boundary.allows(friendshipNetwork) {
            problems.append(reading.outside(friendshipNetwork, at: manifest.locations["friendship_network"] ?? SourceLocation(file: manifest.file, line: 1, column: 1)))
        }
        builder.metadata = NetworkMetadata(name: manifest.name, description: manifest.description, asOf: manifest.asOf,
                                           focusID: manifest.focusID, peerIDs: manifest.peerIDs, sources: manifest.sources,
                                           targetWeights: manifest.targetWeights, priorityRegions: manifest.priorityRegions,
                                           rulePolicies: manifest.rulePolicies,
                                           friendshipNetwork: friendshipNetwork)
        for problem in problems { builder.report(problem) }
        progress?(ProgressUpdate(.buildingNetwork, done: 0, total: 0))
        do {
            // Handed over whole, not copied: a copy would share the entities' storage, and the
            // build's first write to it would copy every entity.
            var whole = NetworkBuilder()
            swap(&whole, &builder)
            return try whole.build()
        } catch {
            // The builder's problems for focus and peers have no location: point them at dataset.yaml.
            let located = error.problems.map { problem -> ValidationProblem in
                guard problem.location == nil else { return problem }
                var p = problem
                let key = problem.message.contains("peers") ? "peers" : "focus"
                p.location = manifest.locations[key] ?? SourceLocation(file: manifest.file, line: 1, column: 1)
                return p
            }
            throw DatasetError(problems: located.sortedByLocation())
        }
    }

    /// What a load has read so far, and where it may read.
    private struct Reading {
        let boundary: ReadBoundary
        var visited: [String] = []

        /// The problem of a path outside the boundary, named without being opened.
        func outside(_ path: String, at location: SourceLocation) -> ValidationProblem {
            ValidationProblem(location: location, value: path, message: "lies outside the folders a dataset may read",
                              expected: "a path under \(boundary.description) (the dataset's parent folder, or the embedded datasets), or --allow-outside to read it")
        }
    }

    /// Reads one folder, its includes first; returns its manifest, or nil when it has none.
    private static func read(folder: String, into builder: inout NetworkBuilder, problems: inout [ValidationProblem],
                             reading: inout Reading, isTop: Bool, includedFrom: SourceLocation? = nil,
                             progress: ProgressHandler?) -> DatasetManifest? {
        let canonical = ReadBoundary.resolved(folder)
        if !isTop && !reading.boundary.contains(resolved: canonical) {
            problems.append(reading.outside(folder, at: includedFrom ?? SourceLocation(file: folder, line: 1, column: 1)))
            return nil
        }
        if reading.visited.contains(canonical) {
            if let includedFrom {
                problems.append(ValidationProblem(location: includedFrom, value: folder, message: "folder included twice or in a cycle",
                    expected: "each folder included once"))
            }
            return nil
        }
        reading.visited.append(canonical)
        guard FileAccess.isFolder(folder) else {
            problems.append(ValidationProblem(location: includedFrom ?? SourceLocation(file: folder, line: 1, column: 1), value: folder,
                message: FileAccess.isFile(folder) ? "is a file, not a dataset folder" : "no such dataset folder",
                expected: "a folder holding dataset.yaml (or a .json export)"))
            return nil
        }
        let manifestPath = join(folder, "dataset.yaml")
        var manifest: DatasetManifest
        do {
            let document = try YAMLDocument(bytes: try FileAccess.bytes(of: manifestPath), file: manifestPath)
            manifest = DatasetManifest(document: document, problems: &problems)
            manifest.file = manifestPath
        } catch {
            problems.append(contentsOf: error.problems)
            return nil
        }
        for (k, include) in manifest.includes.enumerated() {
            let target = include.hasPrefix("/") ? include : join(folder, include)
            _ = read(folder: target, into: &builder, problems: &problems, reading: &reading, isTop: false,
                     includedFrom: k < manifest.includeLocations.count ? manifest.includeLocations[k] : manifest.locations["includes"],
                     progress: progress)
        }
        for layer in manifest.layers { builder.define(layer, origin: RecordOrigin(file: manifestPath, line: manifest.locations["layers"]?.line ?? 1)) }
        for area in manifest.areas { builder.define(area: area, origin: RecordOrigin(file: manifestPath, line: manifest.locations["areas"]?.line ?? 1)) }
        // Whatever stands at a table's name is read, so that a folder, a pipe or a broken link
        // there is reported rather than taken for a missing table.
        var files = tableFiles.filter { FileAccess.exists(join(folder, $0)) }
        // A table that is a link to a file outside the boundary is not opened (nor echoed in a message).
        files.removeAll { file in
            let path = join(folder, file)
            guard !reading.boundary.allows(path) else { return false }
            problems.append(reading.outside(path, at: SourceLocation(file: path, line: 1, column: 1)))
            return true
        }
        let readAhead = TableReadAhead(paths: files.map { join(folder, $0) })
        // Room for all the folder's entities at once: growing the array table by table would
        // copy every entity read so far (a quarter of a gigabyte at 680,000 entities).
        builder.reserve(entities: files.indices.filter { files[$0] != "ties.csv" }.reduce(0) { $0 + readAhead.rowCount($1) })
        for (k, file) in files.enumerated() {
            progress?(ProgressUpdate(.reading(file: readAhead.paths[k]), done: 0, total: 0))
            switch readAhead.table(k) {
            case .success(let table):
                problems.append(contentsOf: table.problems)
                readTable(table, kind: file, into: &builder, precedence: isTop ? .own : .included, problems: &problems, progress: progress)
            case .failure(let error):
                problems.append(contentsOf: error.problems)
            }
        }
        return manifest
    }

    /// Reads one table; its entities have the given precedence: a row of the dataset's own tables
    /// refines the same-ID row of an included folder (``NetworkBuilder/build()``).
    private static func readTable(_ table: CSVTable, kind file: String, into builder: inout NetworkBuilder, precedence: RecordPrecedence,
                                  problems: inout [ValidationProblem], progress: ProgressHandler?) {
        let schema = TableSchema.forFile(file)
        guard !table.header.isEmpty else {
            problems.append(ValidationProblem(location: SourceLocation(file: table.file, line: 1, column: 1), value: "",
                message: "table is empty: it has no header line", expected: "a header with \(schema.required.joined(separator: ", ")), or no file at all"))
            return
        }
        let missing = schema.required.filter { !table.hasColumn($0) }
        guard missing.isEmpty else {
            problems.append(ValidationProblem(location: SourceLocation(file: table.file, line: 1, column: 1),
                value: table.header.joined(separator: ","), message: "header lacks required column\(missing.count > 1 ? "s" : "") \(missing.joined(separator: ", "))",
                expected: "a header with \(schema.required.joined(separator: ", ")) (optional: \(schema.optional.joined(separator: ", ")))"))
            return
        }
        let stage = ProgressStage.reading(file: table.file)
        let columns = RowDecoder.Columns(table, schema: schema)
        let rows = table.rows
        // Records keep a locator on the file's bytes, not the table: its field ranges are freed
        // once the table is decoded.
        let locator = CSVRecordLocator(table.storage)
        // Rows decode independently: a batch at a time, split among the cores, then added in
        // order, so results and problem reports do not depend on the number of cores. Ties look
        // their strings up in a snapshot of the builder's symbols; what it lacks is interned here.
        let isTies = file == "ties.csv"
        if isTies { builder.reserve(ties: rows.count) }
        var start = 0
        while start < rows.count {
            progress?(ProgressUpdate(stage, done: start, total: rows.count))
            let range = start..<min(rows.count, start + ParallelRowDecoding.batchSize)
            if isTies {
                let batch = builder.withSymbols { symbols in
                    ParallelRowDecoding.decode(table, range, makeCache: RowDecoder.TieRowCache.init) { reader, cache in
                        RowDecoder.tie(&reader, columns: columns, symbols: symbols, cache: &cache)
                    }
                }
                for (offset, decoded) in batch.values.enumerated() {
                    guard let decoded else { continue }
                    let row = rows[range.lowerBound + offset]
                    builder.add(RowDecoder.resolve(decoded, row: row, columns: columns, builder: &builder),
                                origin: RecordOrigin(locator: locator, record: row.row))
                }
                problems.append(contentsOf: batch.problems)
            } else {
                var batch = ParallelRowDecoding.decode(table, range, makeCache: RowDecoder.EntityRowCache.init) { reader, cache in
                    RowDecoder.entity(&reader, file: file, columns: columns, cache: &cache)
                }
                // Moved out, not copied: a copy retains and releases each of an entity's strings.
                for offset in batch.values.indices {
                    if let entity = batch.values[offset].take() {
                        builder.add(entity, origin: RecordOrigin(locator: locator, record: range.lowerBound + offset), precedence: precedence)
                    }
                }
                problems.append(contentsOf: batch.problems)
            }
            start = range.upperBound
        }
    }

    static func join(_ folder: String, _ name: String) -> String {
        folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }
}
