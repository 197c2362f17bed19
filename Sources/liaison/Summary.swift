import ArgumentParser
import Liaison

/// `liaison summary`: what is in the network.
struct Summary: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Count what is in the network: entities per kind, ties per layer and status, per region, and the focus's ties.")

    @OptionGroup var dataset: DatasetOptions
    @OptionGroup var view: ViewOptions
    @OptionGroup var format: FormatOptions
    @OptionGroup var language: LanguageOptions

    func run() throws {
        let network = try dataset.load(speaking: language)
        let wording = try language.wording(dataset: dataset)
        let tables = SummaryTables.tables(NetworkSummary(try view.apply(to: network)), of: network, wording: wording)
        try format.emit(tables, inputs: [try dataset.path()], wording: wording)
    }
}
