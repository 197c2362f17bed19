import ArgumentParser
import Foundation
import Liaison

/// `liaison import`: a public list becomes a dataset folder.
struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Turn a public list of city pairs into a dataset folder.",
        subcommands: [TwinPairs.self, Wikidata.self])

    /// Options every import shares.
    struct Common: ParsableArguments {
        @Option(name: [.short, .customLong("output")], help: "The dataset folder to write (created; files written atomically).")
        var output: String

        @Option(name: .long, help: "The folder of countries to resolve names against (default: the embedded world dataset).")
        var world: String?

        @Option(name: .long, help: "The source cited on every row: a URL or a publication (default: the input file's name).")
        var source: String?

        @Option(name: .long, help: "The list's as-of date, YYYY-MM-DD (default: today).")
        var asOf: String?

        @Option(name: .long, help: "Report format: text, json or csv.")
        var format: TableFormat = .text

        @OptionGroup var progress: ProgressOptions

        func worldNetwork() throws -> PartnershipNetwork {
            try DatasetLoader.load(try DatasetLocator.resolve(world ?? "world"), progress: ProgressDisplay.shared.handler)
        }

        /// Refuses, before anything is read or written, an output folder on, in or around the
        /// imported files or the world dataset.
        func checkOutput(inputs: [String]) throws {
            try OutputGuard(inputs: inputs + [try DatasetLocator.resolve(world ?? "world")])
                .check(try outputFolder(output, for: "import (a dataset folder)"), as: .folder)
        }

        func finish(_ result: ImportResult, inputs: [String]) throws {
            noteRemovedTemporaries(try DatasetWriter.write(result.network, to: try outputFolder(output, for: "import (a dataset folder)"),
                                                           inputs: inputs + [try DatasetLocator.resolve(world ?? "world")]))
            let r = result.report
            var tables = [Table(title: "Imported into \(output)", columns: ["count", "value"], rows: [
                ["rows read", String(r.rowsRead)], ["cities", String(r.cities)], ["mentions merged into a city", String(r.mergedMentions)],
                ["ties", String(r.ties)], ["repeated pairs dropped", String(r.duplicatePairs)], ["self-pairs dropped", String(r.selfPairs)],
                ["rows skipped", String(r.rowsSkipped)], ["coordinate conflicts over 50 km", String(r.coordinateConflicts)],
            ])]
            tables.append(Table(title: "Country names not resolved (rows skipped)", columns: ["name", "rows"],
                                rows: r.unresolvedCountries.map { [$0.name.isEmpty ? "(empty)" : $0.name, String($0.rows)] }))
            tables.append(Table(title: "Country names resolved by a qualifier or a guess (check these)", columns: ["name", "country", "method", "rows"],
                                rows: r.corrections.map { [$0.name, $0.countryID, $0.method.rawValue, String($0.rows)] }))
            if !r.skippedRows.isEmpty {
                tables.append(Table(title: "Other rows skipped", columns: ["where", "problem"],
                                    rows: r.skippedRows.prefix(50).map { [$0.location?.description ?? "", "\($0.message) '\($0.value)'"] }))
            }
            FileHandle.standardOutput.write(Data(format.render(tables).utf8))
        }
    }

    struct TwinPairs: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "twin-pairs",
            abstract: "Import a pair list city1,country1,city2,country2 (optionally with lat1,lng1,lat2,lng2).")

        @Argument(help: "The CSV file of pairs.")
        var file: String

        @OptionGroup var common: Common

        func run() throws {
            let options = TwinPairsImporter.Options(name: "Twin towns from \(URL(fileURLWithPath: file).lastPathComponent)",
                                                    source: common.source ?? URL(fileURLWithPath: file).lastPathComponent, asOf: common.asOf)
            try common.checkOutput(inputs: [file])
            let result = try TwinPairsImporter.run(path: file, world: try common.worldNetwork(), options: options)
            try common.finish(result, inputs: [file])
        }
    }

    struct Wikidata: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Import Wikidata-style nodes.csv (qid,label,country,lat,lon,population) and edges.csv (source_qid,target_qid).")

        @Argument(help: "The nodes file.")
        var nodes: String

        @Argument(help: "The edges file.")
        var edges: String

        @OptionGroup var common: Common

        func run() throws {
            let options = TwinPairsImporter.Options(name: "Twin towns from Wikidata", source: common.source ?? "Wikidata (P190), \(URL(fileURLWithPath: edges).lastPathComponent)",
                                                    asOf: common.asOf)
            try common.checkOutput(inputs: [nodes, edges])
            let result = try WikidataImporter.run(nodesPath: nodes, edgesPath: edges, world: try common.worldNetwork(), options: options)
            try common.finish(result, inputs: [nodes, edges])
        }
    }
}
