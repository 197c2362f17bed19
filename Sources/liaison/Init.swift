import ArgumentParser
import Foundation
import Liaison

/// `liaison init --focus CITY -o DIR`: a focus dataset for any Chinese city.
struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Build a focus dataset for any Chinese city from China's friendship-city network and the world city universe.",
        discussion: """
            Peers: the cities of the focus's province with its tier and level class that hold a friendship tie, most ties \
            first (at most --peers); all of China when the province has none. Tiers come from city-tiers.csv in the \
            network folder (municipalities, sub-provincial cities, special economic zones, coastal open cities; \
            small-medium otherwise). The folder is written atomically and must not exist or be empty.
            """)

    @Option(name: .long, help: "The focus city: an ID, an English or a Chinese name (Liaocheng, 聊城, CN-LCH).")
    var focus: String

    @Option(name: [.short, .customLong("output")], help: "The dataset folder to create.")
    var output: String

    @Option(name: .long, help: "The China friendship-city network to build from (default: the embedded china-network).")
    var network: String?

    @Option(name: .long, help: "At most this many peers.")
    var peers: Int = 5

    @Option(name: .long, help: "Report format: text, json or csv.")
    var format: TableFormat = .text

    @Option(name: .long, help: ArgumentHelp("Print only this table of the report, by its key; CSV needs it.", valueName: "name"))
    var table: String?

    @OptionGroup var progress: ProgressOptions

    func run() throws {
        let folder = try outputFolder(output, for: "init")
        let result: FocusDatasetBuilder.Result
        do {
            result = try FocusDatasetBuilder.build(focus: focus, networkFolder: try DatasetLocator.resolve(network ?? "china-network"),
                                                   output: folder, maxPeers: peers, progress: ProgressDisplay.shared.handler)
        } catch let error as FocusDatasetError {
            throw CommandFailure(message: error.description)
        }
        try FocusDatasetBuilder.write(result.network, to: folder)
        try emitTables(InitTables.tables(result, output: output), format: format, table: table, to: nil, inputs: [])
    }
}
extension Init: ShowsProgress { var progressOptions: ProgressOptions { progress } }
