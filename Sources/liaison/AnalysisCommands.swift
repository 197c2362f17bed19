import ArgumentParser
import Foundation
import Liaison

extension ParallelTies: ExpressibleByArgument {}
extension PathWeighting: ExpressibleByArgument {}
extension AgentMerging: ExpressibleByArgument {}

/// The graph an analysis command works on: a view, layers, and how parallel ties combine.
struct GraphOptions: ParsableArguments {
    @OptionGroup var view: ViewOptions

    @Option(name: .long, parsing: .upToNextOption, help: "Only these layers (a shorthand for --view layer:…).")
    var layer: [String] = []

    @Option(name: .long, help: "How parallel ties of different layers between one pair combine: count, sum or max.")
    var combine: ParallelTies = .count

    @Option(name: .long, help: "Threads for the measures that split by source (default: every core).")
    var threads: Int?

    /// The view and its graph.
    func graph(of network: PartnershipNetwork) throws -> (view: NetworkView, graph: CompactGraph) {
        var view = try self.view.apply(to: network)
        if !layer.isEmpty { view = try view.filtered(.layers(layer)) }
        return (view, CompactGraph(view, combining: combine))
    }

    var parallelism: Parallelism { (threads.map { Parallelism(threads: $0) } ?? .allCores).reporting(to: ProgressDisplay.shared.handler) }
}

/// `liaison centrality`: a ranked table of one measure.
struct CentralityCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "centrality",
        abstract: "Rank entities by a centrality measure on a view of the network.",
        discussion: "Measures: \(CentralityMeasure.allCases.map(\.rawValue).joined(separator: ", ")). Definitions and the matching NetworkX calls are in docs/analysis.md.")

    @OptionGroup var dataset: DatasetOptions
    @OptionGroup var graphOptions: GraphOptions

    @Option(name: .long, help: "The measure.")
    var measure: String = "pagerank"

    @Option(name: .long, help: "How weights enter path lengths (betweenness, closeness): unweighted, distance, inverse-weight.")
    var weighting: PathWeighting = .unweighted

    @Option(name: .long, help: "PageRank damping factor.")
    var damping: Double = 0.85

    @Option(name: .long, help: "Katz attenuation α, below 1/λmax of the view (default: 0.9/λmax).")
    var alpha: Double?

    @Option(name: .long, help: "Sources sampled by betweenness-approx.")
    var samples: Int = 500

    @Option(name: .long, help: "Seed of the sampled measures.")
    var seed: UInt64 = 1

    @Option(name: .long, help: "PageRank personalised on these entities (default: uniform).")
    var personalize: [String] = []

    @Option(name: .long, help: "How many to show (0 for all).")
    var top: Int = 20

    @OptionGroup var format: FormatOptions
    @OptionGroup var language: LanguageOptions

    func run() throws {
        guard let measure = CentralityMeasure(rawValue: measure) else {
            throw CommandFailure(message: "unknown measure '\(measure)'; known measures: \(CentralityMeasure.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        let network = try dataset.load(speaking: language)
        let (_, graph) = try graphOptions.graph(of: network)
        let settings = CentralitySettings(weighting: weighting, damping: damping, katzAlpha: alpha, samples: samples, seed: seed,
                                          personalization: try personalize.map { try network.requireEntity($0).id }, parallelism: graphOptions.parallelism)
        let run = try measure.run(graph, settings: settings)
        let wording = try language.wording(dataset: dataset)
        try format.emit([CentralityTables.table(run, graph: graph, combining: graphOptions.combine, in: network, top: top, wording: wording)], inputs: [try dataset.path()], wording: wording)
    }
}

/// `liaison stats`: the network's structure in numbers.
struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "stats", abstract: "Components, degrees, clustering, assortativity, triangles, distances and density of a view.")

    @OptionGroup var dataset: DatasetOptions
    @OptionGroup var graphOptions: GraphOptions
    @OptionGroup var format: FormatOptions
    @OptionGroup var language: LanguageOptions

    func run() throws {
        let network = try dataset.load(speaking: language)
        let (_, graph) = try graphOptions.graph(of: network)
        let statistics = NetworkStatistics(graph, options: StatisticsOptions(parallelism: graphOptions.parallelism))
        let wording = try language.wording(dataset: dataset)
        try format.emit(StatisticsTables.tables(statistics, name: network.metadata.name, wording: wording), inputs: [try dataset.path()], wording: wording)
    }
}

/// `liaison communities`: groups of densely tied entities.
struct CommunitiesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "communities", abstract: "Find communities by the Louvain or Leiden method (modularity, with a resolution), seeded.")

    /// The method that finds the communities.
    enum Algorithm: String, ExpressibleByArgument, CaseIterable {
        case louvain, leiden
    }

    @OptionGroup var dataset: DatasetOptions
    @OptionGroup var graphOptions: GraphOptions

    @Option(name: .long, help: "The method: louvain, or leiden (refines Louvain; every community is connected).")
    var algorithm: Algorithm = .louvain

    @Option(name: .long, help: "Resolution γ: above 1 gives smaller communities.")
    var resolution: Double = 1

    @Option(name: .long, help: "Seed of the node order.")
    var seed: UInt64 = 1

    @Option(name: .long, help: "How many communities to list (0 for all).")
    var top: Int = 15

    @OptionGroup var format: FormatOptions
    @OptionGroup var language: LanguageOptions

    func run() throws {
        let network = try dataset.load(speaking: language)
        let (_, graph) = try graphOptions.graph(of: network)
        let options = CommunityOptions(resolution: resolution, seed: seed)
        let partition = switch algorithm {
        case .louvain: Louvain.communities(graph, options: options)
        case .leiden: Leiden.communities(graph, options: options)
        }
        let method = algorithm == .louvain ? "Louvain" : "Leiden"
        let wording = try language.wording(dataset: dataset)
        try format.emit([CommunityTables.table(partition, method: method, seed: seed, in: network, top: top, wording: wording)], inputs: [try dataset.path()], wording: wording)
    }
}

/// `liaison connector`: the "super-connector" claim, measured.
struct ConnectorCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "connector",
        abstract: "The focus's partnership brokerage (degree, betweenness, PageRank, constraint, effective size, brokerage roles) and office reach, ranked among its peers.",
        discussion: "Brokerage is measured on the partnership layers of the view, over the entities with a partnership tie; office reach counts the countries each entity's offices cover. Every entity compared is measured the same way, and the first table says how.")

    @OptionGroup var dataset: DatasetOptions
    @OptionGroup var view: ViewOptions

    @Option(name: .long, help: "The focus entity (default: the dataset's focus).")
    var focus: String?

    @Option(name: .long, help: "Groups for brokerage roles: country, region, subregion or attribute:NAME.")
    var groupBy: String = "country"

    @Option(name: .long, help: "Merge offices, liaison units and hosted associations into the entity they act for: all (every entity alike) or none.")
    var mergeAgents: AgentMerging = .everyEntity

    @Flag(name: .long, help: "Count entities without a partnership tie in the view too (normalised measures then divide by more pairs).")
    var includeIsolated = false

    @Option(name: .long, parsing: .upToNextOption, help: "The layers measured for brokerage.")
    var partnershipLayers: [String] = ["sister", "cooperation"]

    @Option(name: .long, help: "The layer of office coverage.")
    var officeLayer: String = "eto"

    @OptionGroup var format: FormatOptions
    @OptionGroup var language: LanguageOptions

    func run() throws {
        let network = try dataset.load(speaking: language)
        let focusEntity = try resolveFocus(focus, in: network)
        guard let grouping = BrokerageGrouping(parsing: groupBy) else {
            throw CommandFailure(message: "unknown grouping '\(groupBy)'; one of: country, region, subregion, attribute:NAME")
        }
        let options = ConnectorOptions(merging: mergeAgents, isolated: includeIsolated ? .included : .excluded,
                                       partnershipLayers: partnershipLayers, officeLayer: officeLayer, grouping: grouping)
        let profile = try ConnectorProfile.make(focus: focusEntity.id, peers: network.metadata.peerIDs, view: try view.apply(to: network), options: options)
        let wording = try language.wording(dataset: dataset)
        try format.emit(ConnectorTables.tables(profile, in: network, wording: wording), inputs: [try dataset.path()], wording: wording)
    }
}
