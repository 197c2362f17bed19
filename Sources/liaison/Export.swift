import ArgumentParser
import Foundation
import Liaison

/// `liaison export`: the network in a format other tools read.
struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write the network (or a view of it) as JSON, or as a dataset folder of CSV files.",
        discussion: "json writes one file (standard output without -o); csv writes a dataset folder that `liaison validate` accepts, and needs -o DIR. Loading either back gives the same network.")

    enum Format: String, ExpressibleByArgument, CaseIterable { case json, csv, dot }

    @OptionGroup var dataset: DatasetOptions
    @OptionGroup var view: ViewOptions

    @Option(name: .long, help: "json, csv or dot (styled DOT text for Graphviz).")
    var format: Format = .json

    @Option(name: [.short, .customLong("output")], help: "The file (json) or folder (csv) to write.")
    var output: String?

    func run() throws {
        let network = try dataset.load()
        let selected = try view.apply(to: network)
        let exported = selected.filters.isEmpty && selected.entityCount == selected.network.entityCount ? selected.network : selected.materialized()
        let inputs = [try dataset.path()]
        switch format {
        case .json:
            let bytes = JSONNetworkCodec.encode(exported)
            if let output {
                try FileAccess.writeAtomically(bytes, to: output, inputs: inputs)
                FileHandle.standardError.write(Data("wrote \(output)\n".utf8))
            } else {
                FileHandle.standardOutput.write(Data(bytes))
            }
        case .dot:
            try exportDOT(selected, to: output, inputs: inputs)
        case .csv:
            guard let output else { throw CommandFailure(message: "--format csv writes a dataset folder: give it with -o DIR") }
            try DatasetWriter.write(exported, to: output, inputs: inputs)
            FileHandle.standardError.write(Data("wrote the dataset folder \(output)\n".utf8))
        }
    }
}
