import LiaisonGraph

/// The structure criterion's graph and its link-prediction scores (see ``TargetCriterion/structure``):
/// ties in force of every layer but the one scored and `bri`, the focus's agents merged into it,
/// hubs (the peers and the focus's own country) left out so that they count as no one's common
/// neighbour, and for office targets every entity standing for its country.
enum TargetStructure {
    /// Link-prediction scores from the focus to every node, by node ID (an entity's, or a country's
    /// when `byCountry`).
    /// - Complexity: O(n + m) to build the graph, then O(Σ deg(z)) over the focus's neighbours z.
    static func scores(focus: Entity, agents: Set<String>, layer: String, hubs: Set<String>, byCountry: Bool,
                       in network: PartnershipNetwork) -> [String: LinkPredictionScores] {
        var index: [String: Int32] = [focus.id: 0]
        var ids = [focus.id]
        func node(_ id: String) -> Int32? {
            if agents.contains(id) { return 0 }
            if hubs.contains(id) { return nil }
            var key = id
            if byCountry, let entity = network.entity(withID: id), entity.kind != .country { key = entity.countryID ?? id }
            if hubs.contains(key) { return nil }
            if let i = index[key] { return i }
            index[key] = Int32(ids.count)
            ids.append(key)
            return index[key]
        }
        let skipped: Set<String> = [layer, Layer.bri.id]
        var edges: [(Int32, Int32, Double)] = []
        for tie in network.ties where tie.status.isInForce && !skipped.contains(tie.layer) {
            if let a = node(tie.from), let b = node(tie.to), a != b { edges.append((a, b, 1)) }
        }
        let graph = CompactGraph(nodeCount: ids.count, edges: edges, combining: .max, entityIDs: ids)
        let scores = graph.linkPrediction(from: 0)
        var result: [String: LinkPredictionScores] = [:]
        for (i, id) in ids.enumerated() where i > 0 && scores[i].commonNeighbours > 0 { result[id] = scores[i] }
        return result
    }
}
