import ArgumentParser
import Foundation
import Liaison

/// `liaison export`: the network in a format other tools read.
struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write the network (or a view of it) as JSON, GraphML, GEXF, DOT, or a dataset folder of CSV files.",
        discussion: "json, graphml, gexf and dot write one file (standard output without -o); csv writes a dataset folder that `liaison validate` accepts, and needs -o DIR. Loading json or csv back gives the same network; graphml and gexf open in Gephi, NetworkX (read_graphml, read_gexf) and yEd with every attribute and layer.")

    enum Format: String, ExpressibleByArgument, CaseIterable { case json, csv, graphml, gexf, dot, neo4j }

    @OptionGroup var dataset: DatasetOptions
    @OptionGroup var view: ViewOptions

    @Option(name: .long, help: "json, csv, graphml, gexf, dot (styled DOT text for Graphviz) or neo4j (bulk-import CSV files, into -o DIR).")
    var format: Format = .json

    @Option(name: [.short, .customLong("output")], help: "The file (json, graphml, gexf, dot; - is standard output, the default) or folder (csv, neo4j) to write.")
    var output: String?

    func run() throws {
        let network = try dataset.load()
        let selected = try view.apply(to: network)
        let exported = selected.filters.isEmpty && selected.entityCount == selected.network.entityCount ? selected.network : selected.materialized()
        let inputs = [try dataset.path()]
        switch format {
        case .json, .graphml, .gexf:
            let progress = ProgressDisplay.shared.handler
            // The documents' text is written as it is, not copied into an array first (hundreds of
            // megabytes at a million ties).
            switch format {
            case .graphml: try emitDocument(GraphMLWriter.graphML(exported, progress: progress).utf8, to: output, inputs: inputs)
            case .gexf: try emitDocument(GEXFWriter.gexf(exported, progress: progress).utf8, to: output, inputs: inputs)
            default: try emitDocument(JSONNetworkCodec.encode(exported, progress: progress), to: output, inputs: inputs)
            }
        case .dot:
            try exportDOT(selected, to: output, inputs: inputs)
        case .neo4j:
            let output = try outputFolder(output, for: "--format neo4j (nodes.csv and relationships.csv)")
            noteRemovedTemporaries(try FileAccess.writeFolderAtomically(Neo4jImportWriter.files(of: exported).map { ($0.0, Array($0.1.utf8)) },
                                                                       to: output, inputs: inputs))
            FileHandle.standardError.write(Data("wrote \(output)/nodes.csv and \(output)/relationships.csv; import with: neo4j-admin database import full neo4j --nodes=\(output)/nodes.csv --relationships=\(output)/relationships.csv\n".utf8))
        case .csv:
            let output = try outputFolder(output, for: "--format csv (a dataset folder)")
            noteRemovedTemporaries(try DatasetWriter.write(exported, to: output, inputs: inputs))
            FileHandle.standardError.write(Data("wrote the dataset folder \(output)\n".utf8))
        }
    }
}
