import LiaisonGraph

/// A graph in which a focus's agents (the offices and associations that act for it) are one node
/// with the focus, so that measures credit the focus with what its agents reach.
package enum AgentMergedGraph {
    /// The graph on `ids` (the focus's agents among them are dropped, the focus kept), with an edge
    /// per pair of `pairs` whose ends map to two different nodes; an agent's end maps to the focus.
    /// - Parameter combining: how repeated pairs combine.
    /// - Complexity: O(n + p) for n IDs and p pairs.
    package static func make(ids all: [String], agents: Set<String>, focus: String,
                             pairs: some Sequence<(String, String)>, combining: ParallelTies) -> CompactGraph {
        let ids = all.filter { !agents.contains($0) || $0 == focus }
        var index: [String: Int32] = [:]
        for (i, id) in ids.enumerated() { index[id] = Int32(i) }
        func node(_ id: String) -> Int32? { agents.contains(id) ? index[focus] : index[id] }
        var edges: [(Int32, Int32, Double)] = []
        for (from, to) in pairs {
            if let a = node(from), let b = node(to), a != b { edges.append((a, b, 1)) }
        }
        return CompactGraph(nodeCount: ids.count, edges: edges, combining: combining, entityIDs: ids)
    }
}
