import ArgumentParser
import Liaison

/// `liaison timeline`: how the focus, its peers and the whole network grew, year by year.
struct TimelineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timeline",
        abstract: "Ties per layer in force at the end of each year, and new that year, for the focus, its peers and the whole network.",
        discussion: """
            The focus and each peer count with their agents (offices acting for them, associations hosted in them). \
            A tie is in force at the end of a year when it started that year or before and had not ended by then, \
            as in a year: view. Ties with no start year are left out and counted, unless --assume-in-force is given.
            """)

    @OptionGroup var dataset: DatasetOptions

    @Option(name: .long, help: "The first year (default: the earliest start year).")
    var from: Int?

    @Option(name: .long, help: "The last year (default: the dataset's as-of year).")
    var to: Int?

    @Option(name: .long, parsing: .upToNextOption, help: "Only these layers (default: all).")
    var layer: [String] = []

    @Flag(name: .long, help: "Count ties with no start year as in force in every year before they ended (never as new).")
    var assumeInForce = false

    @OptionGroup var format: FormatOptions
    @OptionGroup var language: LanguageOptions

    func run() throws {
        let network = try dataset.load(speaking: language)
        let options = TimelineOptions(from: from, to: to, layers: layer, undated: assumeInForce ? .assumedInForce : .leftOut)
        let timeline: Timeline
        do { timeline = try Timeline.make(network, options: options) } catch { throw CommandFailure(message: error.description) }
        let wording = try language.wording(dataset: dataset)
        try format.emit(TimelineTables.tables(timeline, wording: wording), inputs: [try dataset.path()], wording: wording)
    }
}
