import LiaisonGraph

/// A partition of a graph into communities.
public struct CommunityPartition: Sendable, Hashable {
    /// The entities, in the graph's local order.
    public var entityIDs: [String]
    /// The community of each entity: 0 is the largest; ties by the smallest member's position.
    public var community: [Int]
    /// The partition's modularity at the resolution used.
    public var modularity: Double
    /// The resolution used.
    public var resolution: Double

    /// The communities' members, largest community first, members in ID order.
    public var communities: [[String]] {
        var groups = [[String]](repeating: [], count: (community.max() ?? -1) + 1)
        for (i, c) in community.enumerated() { groups[c].append(entityIDs[i]) }
        return groups
    }
}

/// Options of community detection.
public struct CommunityOptions: Sendable, Hashable {
    /// γ: above 1 favours smaller communities, below 1 larger ones.
    public var resolution: Double
    /// The seed of the node order.
    public var seed: UInt64
    /// Stop a level when a pass improves modularity by less than this.
    public var threshold: Double

    /// Makes options; NetworkX's defaults (resolution 1, threshold 1e-7).
    public init(resolution: Double = 1, seed: UInt64 = 1, threshold: Double = 1e-7) {
        self.resolution = resolution
        self.seed = seed
        self.threshold = threshold
    }
}

/// The Louvain method (Blondel, Guillaume, Lambiotte and Lefebvre 2008, "Fast unfolding of
/// communities in large networks"): move nodes one at a time to the neighbouring community that most
/// raises modularity until none does, merge each community into one node, and repeat. Weighted, with
/// a resolution; nodes are visited in a seeded random order, and the graph's nodes are in ID order, so
/// the result depends only on the network and the seed, never on the order of the input files.
/// NetworkX: `nx.community.louvain_communities(G, resolution=γ, seed=s)`; igraph:
/// `g.community_multilevel(weights="weight", resolution=γ)` (their random orders differ, so the
/// partitions differ while the modularity is close).
public enum Louvain {
    /// Finds communities.
    /// - Complexity: about O(m) per pass, a few passes per level, O(log n) levels in practice.
    public static func communities(_ graph: CompactGraph, options: CommunityOptions = CommunityOptions()) -> CommunityPartition {
        let n = graph.nodeCount
        var generator = SplitMix64(seed: options.seed)
        // The level graph: CSR plus the weight of each node's self-loop (the inside of a merged community).
        var level = LevelGraph(graph)
        var membership = Array(0..<n)  // original node -> current level node
        while true {
            let moved = level.localMoves(resolution: options.resolution, threshold: options.threshold, generator: &generator)
            let (labels, count) = moved
            if count == level.nodeCount { break }  // no merge: done
            for v in 0..<n { membership[v] = labels[membership[v]] }
            level = level.aggregated(labels: labels, count: count)
        }
        // Relabel: largest community first, ties by the smallest member.
        var sizes: [Int: Int] = [:], first: [Int: Int] = [:]
        for v in 0..<n {
            sizes[membership[v], default: 0] += 1
            if first[membership[v]] == nil { first[membership[v]] = v }
        }
        let order = sizes.keys.sorted { (sizes[$0]!, -first[$0]!) > (sizes[$1]!, -first[$1]!) }
        var rename: [Int: Int] = [:]
        for (k, c) in order.enumerated() { rename[c] = k }
        let community = membership.map { rename[$0]! }
        return CommunityPartition(entityIDs: graph.entityIDs, community: community,
                                  modularity: Modularity.of(graph, community: community, resolution: options.resolution),
                                  resolution: options.resolution)
    }
}

/// A weighted graph with self-loops, for the levels of the Louvain method.
struct LevelGraph {
    var offsets: [Int]
    var targets: [Int]
    var weights: [Double]
    var selfLoop: [Double]
    /// Strength: edges to others plus twice the self-loop, as NetworkX counts it.
    var strength: [Double]
    var total: Double  // 2m

    var nodeCount: Int { selfLoop.count }

    init(_ graph: CompactGraph) {
        offsets = graph.offsets.map(Int.init)
        targets = graph.targets.map(Int.init)
        weights = graph.weights
        selfLoop = [Double](repeating: 0, count: graph.nodeCount)
        strength = (0..<graph.nodeCount).map { graph.strength(of: $0) }
        total = strength.reduce(0, +)
    }

    init(offsets: [Int], targets: [Int], weights: [Double], selfLoop: [Double]) {
        self.offsets = offsets
        self.targets = targets
        self.weights = weights
        self.selfLoop = selfLoop
        strength = (0..<selfLoop.count).map { v in (offsets[v]..<offsets[v + 1]).reduce(2 * selfLoop[v]) { $0 + weights[$1] } }
        total = strength.reduce(0, +)
    }

    /// Moves nodes between communities until no pass improves modularity by the threshold;
    /// returns compact labels and their count.
    func localMoves(resolution: Double, threshold: Double, generator: inout SplitMix64) -> ([Int], Int) {
        let n = nodeCount
        var community = Array(0..<n)
        guard total > 0 else { return (community, n) }
        var communityStrength = strength
        var order = Array(0..<n)
        for i in stride(from: n - 1, to: 0, by: -1) { order.swapAt(i, Int(generator.next() % UInt64(i + 1))) }
        var weightTo = [Double](repeating: 0, count: n)
        var touched: [Int] = []
        var improved = true
        while improved {
            improved = false
            var gainSum = 0.0
            for v in order {
                let own = community[v]
                let kv = strength[v]
                // Weights from v to each neighbouring community.
                touched.removeAll(keepingCapacity: true)
                for k in offsets[v]..<offsets[v + 1] {
                    let c = community[targets[k]]
                    if weightTo[c] == 0 { touched.append(c) }
                    weightTo[c] += weights[k]
                }
                communityStrength[own] -= kv
                // Gain of joining c, up to a constant: w(v,c) − γ·tot(c)·k_v / 2m.
                let stay = weightTo[own] - resolution * communityStrength[own] * kv / total
                var best = own, bestGain = stay
                // The best gain wins; among gains within 1e-12 of it, the smallest community (so the
                // result never depends on the order neighbours were met).
                for c in touched where c != own {
                    let gain = weightTo[c] - resolution * communityStrength[c] * kv / total
                    if gain > bestGain + 1e-12 || (abs(gain - bestGain) <= 1e-12 && best != own && c < best) { best = c; bestGain = gain }
                }
                communityStrength[best] += kv
                if best != own {
                    community[v] = best
                    improved = true
                    gainSum += bestGain - stay
                }
                for c in touched { weightTo[c] = 0 }
                weightTo[own] = 0
            }
            if gainSum * 2 / total < threshold { break }
        }
        var label: [Int: Int] = [:]
        var labels = [Int](repeating: 0, count: n)
        for v in 0..<n {
            if label[community[v]] == nil { label[community[v]] = label.count }
            labels[v] = label[community[v]]!
        }
        return (labels, label.count)
    }

    /// One node per community, with edges summed and inside edges as self-loops.
    func aggregated(labels: [Int], count: Int) -> LevelGraph {
        var selfLoop = [Double](repeating: 0, count: count)
        var rows = [[Int: Double]](repeating: [:], count: count)
        for v in 0..<nodeCount {
            let a = labels[v]
            selfLoop[a] += self.selfLoop[v]
            for k in offsets[v]..<offsets[v + 1] {
                let b = labels[targets[k]]
                if a == b { selfLoop[a] += weights[k] / 2 } else { rows[a][b, default: 0] += weights[k] }
            }
        }
        var offsets = [0], targets: [Int] = [], weights: [Double] = []
        for row in rows {
            for (b, w) in row.sorted(by: { $0.key < $1.key }) { targets.append(b); weights.append(w) }
            offsets.append(targets.count)
        }
        return LevelGraph(offsets: offsets, targets: targets, weights: weights, selfLoop: selfLoop)
    }
}
