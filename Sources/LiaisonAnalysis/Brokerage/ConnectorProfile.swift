import LiaisonGraph

/// The measures of the "super-connector" claim for one entity, each with its rank among the peers
/// and among every city of the view.
public struct ConnectorProfile: Sendable {
    /// One measure of the focus and where it stands.
    public struct Line: Sendable, Hashable {
        /// The measure.
        public var measure: String
        /// Whether higher means more of a broker (false for constraint).
        public var higherIsBetter: Bool
        /// The focus's value.
        public var value: Double
        /// The focus's rank among itself and its peers (1 is the most broker-like).
        public var rankAmongPeers: Int
        /// How many were ranked with the peers.
        public var peers: Int
        /// The focus's rank among every city of the view.
        public var rankAmongCities: Int
        /// How many cities.
        public var cities: Int
        /// Each peer's value, by ID.
        public var peerValues: [String: Double]
    }

    /// The focus.
    public var focusID: String
    /// The peers compared with.
    public var peerIDs: [String]
    /// Degree, betweenness, PageRank, constraint, effective size, and brokerage paths.
    public var lines: [Line]
    /// The focus's brokerage roles.
    public var roles: BrokerageRoles

    /// Builds the profile. The focus's offices are merged into it first, since their coverage is its own.
    /// - Throws: ``CentralityError`` when PageRank does not converge.
    public static func make(focus: String, peers: [String], view: NetworkView, grouping: BrokerageGrouping,
                            parallelism: Parallelism = .allCores) throws(CentralityError) -> ConnectorProfile {
        let network = view.network
        let graph = ConnectorProfile.graphWithAgentsMerged(view, focus: focus)
        let degree = DegreeCentrality.degree(graph)
        let betweenness = Betweenness.exact(graph, options: BetweennessOptions(parallelism: parallelism))
        let pagerank = try SpectralCentrality.pageRank(graph)
        let constraint = StructuralHoles.constraint(graph)
        let effective = StructuralHoles.effectiveSize(graph)
        let roles = BrokerageRoles.of(graph, groups: grouping.groups(of: graph, in: network))
        let brokerage = CentralityScores(measure: "brokerage paths", entityIDs: graph.entityIDs, values: roles.map { Double($0.total) })
        let cityIDs = Set(graph.entityIDs.filter { network.entity(withID: $0)?.kind == .city })
        let group = [focus] + peers.filter { $0 != focus && graph.localIndex(of: $0) != nil }
        func line(_ scores: CentralityScores, higherIsBetter: Bool) -> Line {
            func rank(among ids: Set<String>) -> Int {
                guard let v = scores.value(of: focus), !v.isNaN else { return ids.count }
                return ids.count { id in
                    guard let w = scores.value(of: id), !w.isNaN, id != focus else { return false }
                    return higherIsBetter ? w > v : w < v
                } + 1
            }
            return Line(measure: scores.measure, higherIsBetter: higherIsBetter, value: scores.value(of: focus) ?? .nan,
                        rankAmongPeers: rank(among: Set(group)), peers: group.count,
                        rankAmongCities: rank(among: cityIDs.union([focus])), cities: cityIDs.union([focus]).count,
                        peerValues: Dictionary(uniqueKeysWithValues: group.dropFirst().map { ($0, scores.value(of: $0) ?? .nan) }))
        }
        let lines = [line(degree, higherIsBetter: true), line(betweenness, higherIsBetter: true), line(pagerank, higherIsBetter: true),
                     line(constraint, higherIsBetter: false), line(effective, higherIsBetter: true), line(brokerage, higherIsBetter: true)]
        let focusRoles = graph.localIndex(of: focus).map { roles[$0] } ?? BrokerageRoles(coordinator: 0, gatekeeperOrRepresentative: 0, consultant: 0, liaison: 0)
        return ConnectorProfile(focusID: focus, peerIDs: Array(group.dropFirst()), lines: lines, roles: focusRoles)
    }

    /// The view's graph with every agent of the focus (its offices, units and associations)
    /// merged into the focus; parallel ties counted.
    package static func graphWithAgentsMerged(_ view: NetworkView, focus: String) -> CompactGraph {
        AgentMergedGraph.make(ids: view.entities.map(\.id), agents: Set(view.network.agents(of: focus)), focus: focus,
                              pairs: view.ties.map { ($0.from, $0.to) }, combining: .count)
    }
}
