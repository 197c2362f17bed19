import LiaisonGraph

/// A graph in which agents (the offices and associations that act for an entity) are one node with
/// the entity they act for, their principal, so that measures credit each principal with what its
/// agents reach.
package enum AgentMergedGraph {
    /// For each agent in the view, the principal it is merged into: none under
    /// ``AgentMerging/noEntity``; under ``AgentMerging/everyEntity``, the agents of every entity of
    /// the view that has any (``LiaisonGraph/PartnershipNetwork/agents(of:)``).
    ///
    /// An organisation claimed by two principals (an association hosted in Hong Kong that represents
    /// Guangzhou) goes to the one hosting it, as `agents(of:)` reads a hosted association as its
    /// host's people's own; claimed by several and hosted by none of them, it stays a node of its own.
    /// An entity in `kept` is never merged into another, nor is an international organisation (kind
    /// `other`, such as the WTO): it acts for its members, not for the city that hosts it, though
    /// `agents(of:)` lists it among its host's.
    /// - Complexity: O(p · o) for p principals (at most two per organisation) and o organisations.
    package static func principals(in view: NetworkView, merging: AgentMerging, kept: Set<String>) -> [String: String] {
        guard merging == .everyEntity else { return [:] }
        let network = view.network
        let organisations = network.organisations.filter { view.contains(entityID: $0.id) }
        // Only an office's represented entity, or a hosted association's host, can have agents.
        var candidates = Set<String>()
        for organisation in organisations {
            if let host = organisation.hostCityID, organisation.organisationKind?.isOffice != true { candidates.insert(host) }
            var root = organisation.representsID
            var seen: Set<String> = [organisation.id]
            while let id = root, let entity = network.entity(withID: id), entity.kind == .organisation, seen.insert(id).inserted {
                root = entity.representsID
            }
            if let root, network.entity(withID: root).map({ $0.kind != .organisation }) ?? false { candidates.insert(root) }
        }
        var claims: [String: [String]] = [:]
        for principal in candidates.sorted() where view.contains(entityID: principal) {
            for agent in network.agents(of: principal) where agent != principal && !kept.contains(agent) && view.contains(entityID: agent)
                && network.entity(withID: agent)?.organisationKind != .other {
                claims[agent, default: []].append(principal)
            }
        }
        var principal: [String: String] = [:]
        for (agent, claimants) in claims {
            if claimants.count == 1 {
                principal[agent] = claimants[0]
            } else if let host = network.entity(withID: agent)?.hostCityID, claimants.contains(host) {
                principal[agent] = host
            }
        }
        return principal
    }

    /// The graph on `ids` less the merged agents, with an edge per pair of `pairs` whose ends map to
    /// two different nodes (an agent's end maps to its principal; a pair naming an entity not in `ids`
    /// is dropped); repeated pairs combine by `combining`, each pair weighing 1. Nodes keep the order
    /// of `ids`; under ``IsolatedEntities/excluded`` only those with an edge, and those in `kept`.
    /// - Complexity: O(n + p log d) for n IDs and p pairs.
    package static func make(ids all: [String], principal: [String: String], pairs: some Sequence<(String, String)>,
                             combining: ParallelTies, isolated: IsolatedEntities = .included, kept: Set<String> = []) -> CompactGraph {
        let candidates = all.filter { principal[$0] == nil }
        var index = [String: Int32](minimumCapacity: candidates.count)
        for (i, id) in candidates.enumerated() { index[id] = Int32(i) }
        var edges: [(Int32, Int32, Double)] = []
        for (from, to) in pairs {
            if let a = index[principal[from] ?? from], let b = index[principal[to] ?? to], a != b { edges.append((a, b, 1)) }
        }
        guard isolated == .excluded else { return CompactGraph(nodeCount: candidates.count, edges: edges, combining: combining, entityIDs: candidates) }
        // Renumber the nodes that have an edge (or are kept), in the same order.
        var tied = [Bool](repeating: false, count: candidates.count)
        for (a, b, _) in edges { tied[Int(a)] = true; tied[Int(b)] = true }
        for id in kept { if let i = index[id] { tied[Int(i)] = true } }
        var renumbered = [Int32](repeating: -1, count: candidates.count)
        var ids: [String] = []
        for i in candidates.indices where tied[i] { renumbered[i] = Int32(ids.count); ids.append(candidates[i]) }
        return CompactGraph(nodeCount: ids.count, edges: edges.map { (renumbered[Int($0.0)], renumbered[Int($0.1)], $0.2) },
                            combining: combining, entityIDs: ids)
    }

    /// The graph of ``make(ids:principal:pairs:combining:isolated:kept:)`` with one principal, `focus`,
    /// for all of `agents`.
    /// - Complexity: O(n + p log d) for n IDs and p pairs.
    package static func make(ids all: [String], agents: Set<String>, focus: String,
                             pairs: some Sequence<(String, String)>, combining: ParallelTies) -> CompactGraph {
        var principal: [String: String] = [:]
        for agent in agents where agent != focus { principal[agent] = focus }
        return make(ids: all, principal: principal, pairs: pairs, combining: combining)
    }
}
