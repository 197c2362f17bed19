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

        @Option(name: .long, help: "The dataset of countries and cities to resolve names against (default: the embedded world city universe, world-cities).")
        var universe: String?

        @Option(name: .long, help: "The source cited on every row: a URL or a publication (default: the input file's name).")
        var source: String?

        @Option(name: .long, help: "The list's as-of date, YYYY-MM-DD (default: today).")
        var asOf: String?

        @Option(name: .long, help: "Report format: text, json or csv.")
        var format: TableFormat = .text

        @OptionGroup var progress: ProgressOptions

        func universeNetwork() throws -> PartnershipNetwork {
            try DatasetLoader.load(try DatasetLocator.resolve(universe ?? "world-cities"), progress: ProgressDisplay.shared.handler)
        }

        /// The universe folder and the world folder it includes: inputs an import must never write into.
        func universeFolders() throws -> [String] {
            let folder = try DatasetLocator.resolve(universe ?? "world-cities")
            return [folder, URL(fileURLWithPath: folder).deletingLastPathComponent().appendingPathComponent("world").path]
        }

        /// Refuses, before anything is read or written, an output folder on, in or around the
        /// imported files or the world dataset.
        func checkOutput(inputs: [String]) throws {
            try OutputGuard(inputs: inputs + (try universeFolders()))
                .check(try outputFolder(output, for: "import (a dataset folder)"), as: .folder)
        }

        @Option(name: .long, help: ArgumentHelp("Print only this table of the report, by its key; CSV needs it.", valueName: "name"))
        var table: String?

        func finish(_ result: ImportResult, inputs: [String]) throws {
            let tables = ImportTables.tables(result.report, output: output, limitDoubtful: format == .text ? 40 : nil)
            // Checked before the folder is written: CSV holds one table per file, and the report goes to standard output.
            if format == .csv && table == nil && tables.count > 1 { throw ReportError.severalTablesInOneCSV(known: TableOutput.keys(tables)) }
            noteRemovedTemporaries(try DatasetWriter.write(result.network, to: try outputFolder(output, for: "import (a dataset folder)"),
                                                           inputs: inputs + (try universeFolders())))
            try emitTables(tables, format: format, table: table, to: nil, inputs: inputs)
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
            let result = try TwinPairsImporter.run(path: file, universe: try common.universeNetwork(), options: options)
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
            let result = try WikidataImporter.run(nodesPath: nodes, edgesPath: edges, universe: try common.universeNetwork(), options: options)
            try common.finish(result, inputs: [nodes, edges])
        }
    }
}
