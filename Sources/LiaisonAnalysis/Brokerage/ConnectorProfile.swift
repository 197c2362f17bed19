import LiaisonGraph

/// The evidence on the "super-connector" claim for one focus, next to its peers, in two parts kept
/// apart because they measure different things:
/// - **partnership brokerage**: degree, betweenness, PageRank, constraint, effective size and
///   brokerage paths on the partnership layers (sister and friendly-cooperation ties) of the view,
///   each with the focus's rank among the peers and among the cities measured;
/// - **office reach**: how many countries each entity compared covers through its offices (ETO coverage).
///
/// Every entity is measured the same way: ``ConnectorOptions/merging`` merges the agents of every
/// entity or of none, and the measures run over the ``population`` stated with the result.
public struct ConnectorProfile: Sendable {
    /// One measure of the focus and where it stands.
    public struct Line: Sendable, Hashable {
        /// The measure.
        public var measure: String
        /// Whether higher means more of a broker (false for constraint).
        public var higherIsBetter: Bool
        /// The focus's value.
        public var value: Double
        /// The focus's rank among itself and its peers (1 is the most broker-like; equal values share a rank).
        public var rankAmongPeers: Int
        /// How many were ranked with the peers.
        public var peers: Int
        /// The focus's rank among the cities measured (and the entities compared).
        public var rankAmongCities: Int
        /// How many cities (with the entities compared).
        public var cities: Int
        /// Each peer's value, by ID.
        public var peerValues: [String: Double]
    }

    /// The countries one entity compared covers through its offices.
    public struct Reach: Sendable, Hashable {
        /// The entity.
        public var entityID: String
        /// The countries covered by a tie of the office layer in the view, in force (intent, active or
        /// dormant), of the entity or of an organisation acting for it.
        public var countries: Int
        /// The rank among the entities compared (1 covers most; equal counts share a rank).
        public var rank: Int
    }

    /// The focus.
    public var focusID: String
    /// The peers compared with that are in the view, in the order given.
    public var peerIDs: [String]
    /// The peers asked for that are not in the view (or are another entity's agents).
    public var peersNotInView: [String]
    /// The options used.
    public var options: ConnectorOptions
    /// The filters of the view measured.
    public var viewFilters: [ViewFilter]
    /// n: the nodes of the partnership graph the measures ran over.
    public var population: Int
    /// Entities of the view left out of the measures because they have no partnership tie in it.
    public var isolatedLeftOut: Int
    /// The organisations merged into an entity of the view (none under ``AgentMerging/noEntity``).
    public var agentsMerged: Int
    /// The partnership ties of the view.
    public var partnershipTies: Int
    /// Degree, betweenness, PageRank, constraint, effective size and brokerage paths of the focus.
    public var lines: [Line]
    /// The focus's brokerage roles on the partnership layers.
    public var roles: BrokerageRoles
    /// The office reach of the focus, then of each peer in ``peerIDs``.
    public var officeReach: [Reach]
    /// The ties of the office layer in the view; with none, office reach is zero for every entity.
    public var officeTies: Int

    /// Builds the profile of `focus` among `peers` on `view`.
    /// - Throws: ``AnalysisError/unknownLayer(_:known:)`` for a layer the network lacks,
    ///   ``AnalysisError/missing(_:expected:)`` when the view does not hold the focus;
    ///   ``CentralityError`` when PageRank does not converge.
    /// - Complexity: betweenness dominates, O(n·m) on the partnership graph; merging agents costs
    ///   O(p·N) for p entities with agents and N entities in the view.
    public static func make(focus: String, peers: [String], view: NetworkView, options: ConnectorOptions = ConnectorOptions()) throws -> ConnectorProfile {
        let network = view.network
        for layer in options.partnershipLayers + [options.officeLayer] where network.layer(withID: layer) == nil {
            throw AnalysisError.unknownLayer(layer, known: network.layers.map(\.id))
        }
        guard view.contains(entityID: focus) else {
            throw AnalysisError.missing("focus \(focus) in the view", expected: "widen the view so that it holds the focus")
        }
        let asked = [focus] + peers.filter { $0 != focus }
        let (graph, partnerships, principal) = try partnershipGraph(view, compared: asked, options: options)
        let group = asked.filter { graph.localIndex(of: $0) != nil }

        let degree = DegreeCentrality.degree(graph)
        let betweenness = Betweenness.exact(graph, options: BetweennessOptions(parallelism: options.parallelism))
        let pagerank = try SpectralCentrality.pageRank(graph)
        let constraint = StructuralHoles.constraint(graph)
        let effective = StructuralHoles.effectiveSize(graph)
        let roles = BrokerageRoles.of(graph, groups: options.grouping.groups(of: graph, in: network))
        let brokerage = CentralityScores(measure: "brokerage paths", graph: graph, values: roles.map { Double($0.total) })

        let groupPositions = group.compactMap(graph.localIndex(of:))
        let cityPositions = Set(graph.entityIDs.indices.filter { network.entity(withID: graph.entityIDs[$0])?.kind == .city }).union(groupPositions)
        let focusPosition = graph.localIndex(of: focus)
        func line(_ scores: CentralityScores, higherIsBetter: Bool) -> Line {
            let value = focusPosition.map { scores.values[$0] } ?? .nan
            func rank<S: Collection<Int>>(among positions: S) -> Int {
                guard !value.isNaN else { return positions.count }
                return positions.count { p in
                    let w = scores.values[p]
                    return p != focusPosition && !w.isNaN && (higherIsBetter ? w > value : w < value)
                } + 1
            }
            return Line(measure: scores.measure, higherIsBetter: higherIsBetter, value: value,
                        rankAmongPeers: rank(among: groupPositions), peers: group.count,
                        rankAmongCities: rank(among: cityPositions), cities: cityPositions.count,
                        peerValues: Dictionary(uniqueKeysWithValues: group.dropFirst().map { ($0, scores.value(of: $0) ?? .nan) }))
        }
        let lines = [line(degree, higherIsBetter: true), line(betweenness, higherIsBetter: true), line(pagerank, higherIsBetter: true),
                     line(constraint, higherIsBetter: false), line(effective, higherIsBetter: true), line(brokerage, higherIsBetter: true)]
        let focusRoles = focusPosition.map { roles[$0] } ?? BrokerageRoles(coordinator: 0, gatekeeperOrRepresentative: 0, consultant: 0, liaison: 0)

        let officeView = try view.filtered(.layers([options.officeLayer]))
        let officeTies = Set(officeView.ties)
        let reach = group.map { id in
            network.coverage(of: id).evidence[options.officeLayer, default: [:]].values.count { $0.contains(where: officeTies.contains) }
        }
        let officeReach = zip(group, reach).map { id, countries in
            Reach(entityID: id, countries: countries, rank: reach.count { $0 > countries } + 1)
        }

        let mergedIntoView = principal.count
        return ConnectorProfile(focusID: focus, peerIDs: Array(group.dropFirst()), peersNotInView: asked.filter { graph.localIndex(of: $0) == nil && $0 != focus },
                                options: options, viewFilters: view.filters, population: graph.nodeCount,
                                isolatedLeftOut: partnerships.entityCount - mergedIntoView - graph.nodeCount,
                                agentsMerged: mergedIntoView, partnershipTies: partnerships.tieCount,
                                lines: lines, roles: focusRoles, officeReach: officeReach, officeTies: officeTies.count)
    }

    /// The graph the partnership measures run on: the partnership ties of `view` with agents merged
    /// as `options` say, over the tied entities (or all of them) and the entities of `compared` in the view.
    /// - Returns: the graph, the view of partnership ties, and the principal of each merged agent.
    /// - Complexity: O(p·N + N + m log d) for p entities with agents, N entities and m ties in the view.
    package static func partnershipGraph(_ view: NetworkView, compared: [String], options: ConnectorOptions) throws(ViewError)
        -> (graph: CompactGraph, partnerships: NetworkView, principal: [String: String]) {
        let kept = Set(compared.filter { view.contains(entityID: $0) })
        let principal = AgentMergedGraph.principals(in: view, merging: options.merging, kept: kept)
        let partnerships = try view.filtered(.layers(options.partnershipLayers))
        let graph = AgentMergedGraph.make(ids: view.entities.map(\.id), principal: principal, pairs: partnerships.ties.map { ($0.from, $0.to) },
                                          combining: .count, isolated: options.isolated, kept: kept)
        return (graph, partnerships, principal)
    }

    /// The whole view's graph with every entity's agents merged into it and every entity kept,
    /// isolated or not; parallel ties counted. The focus is never merged into another entity.
    package static func graphWithAgentsMerged(_ view: NetworkView, focus: String) -> CompactGraph {
        AgentMergedGraph.make(ids: view.entities.map(\.id), principal: AgentMergedGraph.principals(in: view, merging: .everyEntity, kept: [focus]),
                              pairs: view.ties.map { ($0.from, $0.to) }, combining: .count)
    }
}
