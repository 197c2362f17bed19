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
        discussion: "Measures: \(CentralityCommand.measures.joined(separator: ", ")). Definitions and the matching NetworkX calls are in docs/analysis.md.")

    static let measures = ["degree", "strength", "betweenness", "betweenness-approx", "closeness", "harmonic", "eigenvector", "pagerank", "katz", "kcore",
                           "constraint", "effective-size"]

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

    func run() throws {
        guard Self.measures.contains(measure) else {
            throw CommandFailure(message: "unknown measure '\(measure)'; known measures: \(Self.measures.joined(separator: ", "))")
        }
        let network = try dataset.load()
        let (_, graph) = try graphOptions.graph(of: network)
        let parallelism = graphOptions.parallelism
        let scores: CentralityScores
        var note = ""
        switch measure {
        case "degree": scores = DegreeCentrality.degree(graph)
        case "strength": scores = DegreeCentrality.strength(graph)
        case "betweenness": scores = Betweenness.exact(graph, options: BetweennessOptions(weighting: weighting, parallelism: parallelism))
        case "betweenness-approx":
            scores = Betweenness.approximate(graph, samples: samples, seed: seed, options: BetweennessOptions(weighting: weighting, parallelism: parallelism))
            let k = min(samples, graph.nodeCount)
            note = String(format: "; %d sources sampled: each value within ±%.4f of the exact one with probability 0.95", k,
                          Betweenness.errorBound(nodes: graph.nodeCount, samples: k, delta: 0.05))
        case "closeness": scores = Closeness.closeness(graph, options: ClosenessOptions(weighting: weighting, parallelism: parallelism))
        case "harmonic": scores = Closeness.harmonic(graph, options: ClosenessOptions(weighting: weighting, parallelism: parallelism))
        case "eigenvector": scores = try SpectralCentrality.eigenvector(graph)
        case "pagerank":
            let ids = try personalize.map { try network.requireEntity($0).id }
            scores = try SpectralCentrality.pageRank(graph, damping: damping, personalization: Dictionary(uniqueKeysWithValues: ids.map { ($0, 1.0) }))
        case "katz":
            let lambda = SpectralCentrality.largestEigenvalue(graph, weighted: false)
            let used = alpha ?? SpectralCentrality.defaultKatzAlpha(largestEigenvalue: lambda)
            scores = try SpectralCentrality.katz(graph, alpha: used)
            note = "; α = " + String(format: "%.6g", used) + (alpha == nil ? " (0.9/λmax" : " (given") + String(format: ", λmax = %.6g)", lambda)
        case "kcore": scores = CoreNumbers.coreNumbers(graph)
        case "constraint": scores = StructuralHoles.constraint(graph)
        default: scores = StructuralHoles.effectiveSize(graph)
        }
        let ranked = scores.ranked(top: top > 0 ? top : nil)
        let rows = ranked.map { r -> [String] in
            let entity = network.entity(withID: r.entityID)
            return [String(r.rank), r.entityID, entity?.name ?? "", entity?.kind.rawValue ?? "", entity?.countryID ?? "", format(r.value)]
        }
        try format.emit([Table(title: "\(measure) on \(graph.nodeCount) entities and \(graph.edgeCount) ties (parallel ties: \(graphOptions.combine.rawValue))\(note)",
                               columns: ["rank", "id", "name", "kind", "country", measure], rows: rows)], inputs: [try dataset.path()])
    }

    func format(_ x: Double) -> String { x.isNaN ? "" : (x == x.rounded() && abs(x) < 1e12 ? String(Int(x)) : String(format: "%.6g", x)) }
}

/// `liaison stats`: the network's structure in numbers.
struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "stats", abstract: "Components, degrees, clustering, assortativity, triangles, distances and density of a view.")

    @OptionGroup var dataset: DatasetOptions
    @OptionGroup var graphOptions: GraphOptions
    @OptionGroup var format: FormatOptions

    func run() throws {
        let network = try dataset.load()
        let (_, graph) = try graphOptions.graph(of: network)
        let s = NetworkStatistics(graph, options: StatisticsOptions(parallelism: graphOptions.parallelism))
        func f(_ x: Double) -> String { String(format: "%.6g", x) }
        var rows = [
            ["nodes", String(s.nodes)], ["edges", String(s.edges)], ["density", f(s.density)],
            ["components", String(s.componentSizes.count)], ["giant component", String(s.giantComponent)],
            ["triangles", String(s.triangles)], ["average clustering", f(s.averageClustering)], ["transitivity", f(s.transitivity)],
            ["degree assortativity", s.assortativity.map(f) ?? "undefined"],
            ["diameter (giant component)", s.distanceSamples == nil ? String(s.diameter) : "\(s.diameter) to \(s.diameterUpperBound ?? s.diameter) (sampled)"],
            ["mean distance (giant component)", f(s.meanDistance) + (s.distanceSamples.map { " (estimated from \($0) sources)" } ?? "")],
        ]
        rows.append(["largest degree", String(s.degreeDistribution.keys.max() ?? 0)])
        let distribution = s.degreeDistribution.sorted { $0.key < $1.key }.map { [String($0.key), String($0.value)] }
        try format.emit([Table(title: "Statistics of \(network.metadata.name)", columns: ["statistic", "value"], rows: rows),
                         Table(title: "Degree distribution", columns: ["degree", "nodes"], rows: distribution)], inputs: [try dataset.path()])
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

    func run() throws {
        let network = try dataset.load()
        let (_, graph) = try graphOptions.graph(of: network)
        let options = CommunityOptions(resolution: resolution, seed: seed)
        let partition = switch algorithm {
        case .louvain: Louvain.communities(graph, options: options)
        case .leiden: Leiden.communities(graph, options: options)
        }
        let method = algorithm == .louvain ? "Louvain" : "Leiden"
        let groups = partition.communities
        let shown = top > 0 ? Array(groups.enumerated().prefix(top)) : Array(groups.enumerated())
        let rows = shown.map { k, members -> [String] in
            let countries = Dictionary(grouping: members.compactMap { network.country(of: $0)?.id }, by: { $0 }).mapValues(\.count)
            let main = countries.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.prefix(3).map { "\($0.key) \($0.value)" }.joined(separator: ", ")
            let names = members.prefix(6).map { network.entity(withID: $0)?.name ?? $0 }.joined(separator: ", ")
            return [String(k + 1), String(members.count), main, names + (members.count > 6 ? ", …" : "")]
        }
        try format.emit([Table(title: String(format: "%d communities, modularity %.4f (\(method), resolution %.2f, seed %d)", groups.count, partition.modularity, resolution, seed),
                               columns: ["community", "size", "main countries", "members"], rows: rows)], inputs: [try dataset.path()])
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

    func run() throws {
        let network = try dataset.load()
        let focusEntity = try resolveFocus(focus, in: network)
        guard let grouping = BrokerageGrouping(parsing: groupBy) else {
            throw CommandFailure(message: "unknown grouping '\(groupBy)'; one of: country, region, subregion, attribute:NAME")
        }
        let options = ConnectorOptions(merging: mergeAgents, isolated: includeIsolated ? .included : .excluded,
                                       partnershipLayers: partnershipLayers, officeLayer: officeLayer, grouping: grouping)
        let profile = try ConnectorProfile.make(focus: focusEntity.id, peers: network.metadata.peerIDs, view: try view.apply(to: network), options: options)
        func name(_ id: String) -> String { network.entity(withID: id)?.name ?? id }
        let peerNames = profile.peerIDs.map(name)
        let layers = partnershipLayers.joined(separator: ", ")
        let rows = profile.lines.map { line -> [String] in
            [line.measure + (line.higherIsBetter ? "" : " (lower is more broker-like)"), String(format: "%.4g", line.value),
             "\(line.rankAmongPeers) of \(line.peers)", "\(line.rankAmongCities) of \(line.cities)"]
                + profile.peerIDs.map { String(format: "%.4g", line.peerValues[$0] ?? .nan) }
        }
        let r = profile.roles
        try format.emit([
            Table(title: "How \(focusEntity.name) and its peers were measured", columns: ["setting", "value"],
                  rows: Self.settings(of: profile, names: name)),
            Table(title: "Partnership brokerage of \(focusEntity.name) (\(layers) ties; n = \(profile.population); agents merged: \(mergeAgents.rawValue))",
                  columns: ["measure", focusEntity.name, "rank among peers", "rank among cities"] + peerNames, rows: rows),
            Table(title: "Brokerage roles of \(focusEntity.name) (Gould-Fernandez, groups by \(groupBy); open two-paths through it on \(layers) ties)", columns: ["role", "paths"],
                  rows: [["coordinator", String(r.coordinator)], ["gatekeeper or representative", String(r.gatekeeperOrRepresentative)],
                         ["consultant", String(r.consultant)], ["liaison", String(r.liaison)], ["total", String(r.total)]]),
            profile.officeTies == 0
                ? Table(title: "Office reach: not measured, the view holds no \(officeLayer) ties", columns: ["entity", "countries", "rank"], rows: [])
                : Table(title: "Office reach: countries covered through \(officeLayer) ties of each entity and the organisations acting for it (\(profile.officeTies) in the view)"
                            + (profile.officeReach.dropFirst().allSatisfy { $0.countries == 0 } ? "; no peer has an office in this dataset, which may say more about the data than about the peers" : ""),
                        columns: ["entity", "countries", "rank"], rows: profile.officeReach.map { [name($0.entityID), String($0.countries), "\($0.rank) of \(profile.officeReach.count)"] }),
        ], inputs: [try dataset.path()])
    }

    /// The policy, view, measures and n behind a profile, one setting a row.
    static func settings(of profile: ConnectorProfile, names name: (String) -> String) -> [[String]] {
        let options = profile.options
        let merging = switch options.merging {
        case .everyEntity: "every entity's offices, liaison units and hosted associations merged into it (\(profile.agentsMerged) organisations); --merge-agents all"
        case .noEntity: "no entity's agents merged; each organisation is its own node; --merge-agents none"
        }
        let population = switch options.isolated {
        case .excluded: "\(profile.population) entities with a partnership tie (and the entities compared); \(profile.isolatedLeftOut) without one left out (--include-isolated counts them)"
        case .included: "\(profile.population) entities of the view, \(profile.isolatedLeftOut) left out; isolated ones included"
        }
        var rows = [
            ["view", profile.viewFilters.isEmpty ? "the whole network" : profile.viewFilters.map(\.description).joined(separator: " ")],
            ["agents", merging],
            ["partnership measures", "degree, betweenness (normalised by (n-1)(n-2)/2, as NetworkX), PageRank, constraint, effective size, brokerage paths on \(options.partnershipLayers.joined(separator: ", ")) ties (\(profile.partnershipTies) in the view)"],
            ["n", population],
            ["office reach", "countries covered by \(options.officeLayer) ties in force (intent, active, dormant) of each entity or any organisation acting for it, whatever --merge-agents says"],
        ]
        if !profile.peersNotInView.isEmpty { rows.append(["peers not measured", profile.peersNotInView.map(name).joined(separator: ", ") + " (not in the view, or acting for another entity)"]) }
        return rows
    }
}
