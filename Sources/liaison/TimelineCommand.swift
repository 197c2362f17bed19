import ArgumentParser
import Liaison

/// `liaison timeline`: how the focus, its peers and the whole network grew, year by year.
struct TimelineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timeline",
        abstract: "Ties per layer in force at the end of each year, and new that year, for the focus, its peers and the whole network.",
        discussion: """
            The focus and each peer count with their agents (offices acting for them, associations hosted in them).
            A tie is in force at the end of a year when it started that year or before and had not ended by then,
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

    func run() throws {
        let network = try dataset.load()
        let options = TimelineOptions(from: from, to: to, layers: layer, undated: assumeInForce ? .assumedInForce : .leftOut)
        let timeline: Timeline
        do { timeline = try Timeline.make(network, options: options) } catch { throw CommandFailure(message: error.description) }
        try format.emit(Self.tables(timeline), inputs: [try dataset.path()])
    }

    /// One table per subject (a row per year, a pair of columns per layer), then the undated ties.
    static func tables(_ timeline: Timeline) -> [Table] {
        let layers = timeline.layers
        // A total repeats the only layer's columns when there is one.
        let totalled = layers.count > 1
        let columns = ["year"] + (layers + (totalled ? ["total"] : [])).flatMap { [$0, "\($0) new"] }
        var tables = timeline.subjects.map { subject in
            let who = subject.id.map { "\(subject.name) (\($0))" + (subject.agentIDs.count > 1 ? " with its \(subject.agentIDs.count - 1) agents" : "") }
                ?? "The whole network"
            let rows = timeline.years.map { year in
                let counts = layers.map { subject.row(year: year, layer: $0)! }
                let total = totalled ? [counts.map(\.inForce).reduce(0, +), counts.map(\.new).reduce(0, +)] : []
                return [String(year)] + (counts.flatMap { [$0.inForce, $0.new] } + total).map(String.init)
            }
            return Table(title: "\(who): ties in force at the end of each year, and new that year", columns: columns, rows: rows)
        }
        let handling = timeline.undated == .leftOut
            ? "left out of the counts above (--assume-in-force counts them)"
            : "counted above as in force in every year before they ended, never as new"
        tables.append(Table(title: "Ties with no start year, \(handling)", columns: ["subject"] + layers + (totalled ? ["total"] : []),
                            rows: timeline.subjects.map { subject in
                                let counts = layers.map { subject.undated[$0] ?? 0 }
                                return [subject.id ?? "whole network"] + (counts + (totalled ? [counts.reduce(0, +)] : [])).map(String.init)
                            }))
        return tables
    }
}
