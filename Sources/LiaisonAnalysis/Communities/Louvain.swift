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
    /// Louvain: stop a level when a pass improves modularity (a ratio, whatever the unit of weight) by
    /// less than this.
    public var threshold: Double
    /// Leiden's θ, the randomness of the refinement: a singleton joins a subcommunity with probability
    /// proportional to exp(ΔQ/θ), ΔQ and θ in units of the mean edge weight (for weights of 1, igraph's
    /// `beta`: 0.01, nearly greedy), so that the unit of weight changes nothing.
    public var randomness: Double
    /// Leiden: stop after this many iterations even if the last one changed the partition; nil
    /// iterates until an iteration changes nothing (igraph's `n_iterations`: 2 by default, −1 for nil).
    public var maximumIterations: Int?

    /// Makes options; NetworkX's defaults (resolution 1, threshold 1e-7), igraph's θ = 0.01, and
    /// Leiden iterated until stable.
    public init(resolution: Double = 1, seed: UInt64 = 1, threshold: Double = 1e-7, randomness: Double = 0.01,
                maximumIterations: Int? = nil) {
        self.resolution = resolution
        self.seed = seed
        self.threshold = threshold
        self.randomness = randomness
        self.maximumIterations = maximumIterations
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
        let tolerance = level.gainTolerance
        var membership = Array(0..<n)  // original node -> current level node
        while true {
            let moved = level.localMoves(resolution: options.resolution, threshold: options.threshold, tolerance: tolerance,
                                         generator: &generator)
            let (labels, count) = moved
            if count == level.nodeCount { break }  // no merge: done
            for v in 0..<n { membership[v] = labels[membership[v]] }
            level = level.aggregated(labels: labels, count: count)
        }
        return CommunityPartition(graph, membership: membership, resolution: options.resolution)
    }
}

extension CommunityPartition {
    /// The partition of `membership[v]` labels (any integers in `0 ..< nodeCount`), relabelled:
    /// largest community first, ties by the smallest member; its modularity computed afresh.
    init(_ graph: CompactGraph, membership: [Int], resolution: Double) {
        let n = graph.nodeCount
        var sizes = [Int](repeating: 0, count: n), first = [Int](repeating: -1, count: n)
        for v in 0..<n {
            sizes[membership[v]] += 1
            if first[membership[v]] < 0 { first[membership[v]] = v }
        }
        let order = (0..<n).filter { sizes[$0] > 0 }.sorted { (sizes[$0], -first[$0]) > (sizes[$1], -first[$1]) }
        var rename = [Int](repeating: -1, count: n)
        for (k, c) in order.enumerated() { rename[c] = k }
        let community = membership.map { rename[$0] }
        self.init(entityIDs: graph.entityIDs, community: community,
                  modularity: Modularity.of(graph, community: community, resolution: resolution), resolution: resolution)
    }
}

/// A weighted graph with self-loops, for the levels of the Louvain and Leiden methods.
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

    /// The mean weight of an edge (0 without edges), the unit in which gains are compared, so that no
    /// result depends on the unit of weight.
    var meanEdgeWeight: Double { targets.isEmpty ? 0 : total / Double(targets.count) }

    /// The margin by which a gain must beat another: 1e-12 of the mean edge weight of the graph
    /// given (the base graph: levels take it from there), so that rounding never moves a node back and
    /// forth. An absolute margin would swallow every gain once weights are scaled by 1e-13, and leave
    /// singletons.
    var gainTolerance: Double { 1e-12 * meanEdgeWeight }

    init(offsets: [Int], targets: [Int], weights: [Double], selfLoop: [Double]) {
        self.offsets = offsets
        self.targets = targets
        self.weights = weights
        self.selfLoop = selfLoop
        strength = (0..<selfLoop.count).map { v in (offsets[v]..<offsets[v + 1]).reduce(2 * selfLoop[v]) { $0 + weights[$1] } }
        total = strength.reduce(0, +)
    }

    /// Moves nodes between communities until no pass improves modularity by the threshold (a
    /// modularity, so relative to the total weight); a move must gain `tolerance` more than staying
    /// (in units of weight: ``gainTolerance``). Returns compact labels and their count.
    func localMoves(resolution: Double, threshold: Double, tolerance: Double, generator: inout SplitMix64) -> ([Int], Int) {
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
                // The best gain wins; among gains within the tolerance of it, the smallest community (so
                // the result never depends on the order neighbours were met).
                for c in touched where c != own {
                    let gain = weightTo[c] - resolution * communityStrength[c] * kv / total
                    if gain > bestGain + tolerance || (abs(gain - bestGain) <= tolerance && best != own && c < best) { best = c; bestGain = gain }
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

    /// One node per community, with edges summed and inside edges as self-loops. Each sum runs over
    /// the nodes in index order and their edges in row order, so the result is exactly reproducible.
    /// - Complexity: O(n + m + m log d).
    func aggregated(labels: [Int], count: Int) -> LevelGraph {
        // The members of each community, in node order.
        var start = [Int](repeating: 0, count: count + 1)
        for v in 0..<nodeCount { start[labels[v] + 1] += 1 }
        for a in 0..<count { start[a + 1] += start[a] }
        var next = start, members = [Int](repeating: 0, count: nodeCount)
        for v in 0..<nodeCount { members[next[labels[v]]] = v; next[labels[v]] += 1 }
        var selfLoop = [Double](repeating: 0, count: count)
        var weightTo = [Double](repeating: 0, count: count), seen = [Bool](repeating: false, count: count)
        var touched: [Int] = []
        var offsets = [Int](repeating: 0, count: count + 1), targets: [Int] = [], weights: [Double] = []
        for a in 0..<count {
            for v in members[start[a]..<start[a + 1]] {
                selfLoop[a] += self.selfLoop[v]
                for k in self.offsets[v]..<self.offsets[v + 1] {
                    let b = labels[self.targets[k]]
                    if a == b { selfLoop[a] += self.weights[k] / 2; continue }
                    if !seen[b] { seen[b] = true; touched.append(b) }
                    weightTo[b] += self.weights[k]
                }
            }
            touched.sort()
            for b in touched { targets.append(b); weights.append(weightTo[b]); weightTo[b] = 0; seen[b] = false }
            touched.removeAll(keepingCapacity: true)
            offsets[a + 1] = targets.count
        }
        return LevelGraph(offsets: offsets, targets: targets, weights: weights, selfLoop: selfLoop)
    }
}
