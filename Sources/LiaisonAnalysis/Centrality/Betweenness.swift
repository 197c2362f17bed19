import Foundation
import LiaisonGraph

/// How edge weights enter path lengths.
public enum PathWeighting: String, Sendable, Hashable, CaseIterable {
    /// Every edge has length 1.
    case unweighted
    /// An edge's weight is its length (NetworkX's `weight="weight"`).
    case distance
    /// An edge's length is 1 / weight, so that stronger ties are shorter (igraph users often pass this).
    case inverseWeight = "inverse-weight"

    /// Per CSR entry, the edge's length; nil when unweighted.
    func lengths(of graph: CompactGraph) -> [Double]? {
        switch self {
        case .unweighted: return nil
        case .distance: return graph.weights
        case .inverseWeight: return graph.weights.map { 1 / $0 }
        }
    }
}

/// Options of betweenness centrality.
public struct BetweennessOptions: Sendable, Hashable {
    /// How weights enter path lengths.
    public var weighting: PathWeighting
    /// Divide by (n − 1)(n − 2), the number of ordered pairs of other nodes (NetworkX's
    /// `normalized=True`); otherwise count each unordered pair once (NetworkX's `normalized=False`).
    public var normalized: Bool
    /// Threads.
    public var parallelism: Parallelism

    /// Makes options; the defaults are NetworkX's: unweighted, normalised, on every core.
    public init(weighting: PathWeighting = .unweighted, normalized: Bool = true, parallelism: Parallelism = .allCores) {
        self.weighting = weighting
        self.normalized = normalized
        self.parallelism = parallelism
    }
}

/// Betweenness centrality: the share of shortest paths between other pairs that pass through a node.
///
/// Definition: c_B(v) = Σ_{s ≠ v ≠ t} σ(s, t | v) / σ(s, t), over unordered pairs, where σ(s, t)
/// counts the shortest s–t paths and σ(s, t | v) those through v. Computed exactly by Brandes'
/// algorithm (Brandes 2001, "A faster algorithm for betweenness centrality"): one breadth-first
/// search (or Dijkstra search, when weighted) per source, O(nm) or O(nm + n² log n), run in
/// parallel over sources, with results identical for any thread count.
///
/// Normalisation: as NetworkX `nx.betweenness_centrality(G, normalized=True, weight=None)`,
/// divided by (n − 1)(n − 2) / 2; igraph: `g.betweenness(directed=False)` gives the unnormalised
/// value (``BetweennessOptions/normalized`` false).
///
/// The sampled approximation (``approximate(_:samples:seed:options:)``) runs from k sources drawn
/// without replacement by a seeded generator and scales by n / k (NetworkX's `k=`); it is unbiased,
/// and by Hoeffding's inequality each normalised value is within ε of the exact one with probability
/// at least 1 − 2·exp(−2kε² / (n/(n−1))²), since each sampled source adds at most n/(n−1) to it
/// (Brandes and Pich 2007, "Centrality estimation in large networks").
public enum Betweenness {
    /// Exact betweenness of every node.
    /// - Complexity: O(nm) unweighted, O(nm + n² log n) weighted; O(threads · n) extra memory.
    public static func exact(_ graph: CompactGraph, options: BetweennessOptions = BetweennessOptions()) -> CentralityScores {
        let values: [Double]
        if options.weighting == .unweighted {
            // Searches from leaves are folded into their neighbours' (exact, see LeafFolding).
            let leaves = LeafFolding(graph)
            values = accumulate(graph, sources: leaves.sources, options: options, multipliers: leaves.leafCount.map { 1 + Double($0) })
        } else {
            values = accumulate(graph, sources: Array(0..<graph.nodeCount), options: options)
        }
        return CentralityScores(measure: "betweenness", graph: graph,
                                values: rescale(values, n: graph.nodeCount, normalized: options.normalized, sampled: nil))
    }

    /// Betweenness estimated from `samples` sources chosen by a seeded generator.
    /// - Complexity: O(k·m) unweighted.
    public static func approximate(_ graph: CompactGraph, samples: Int, seed: UInt64, options: BetweennessOptions = BetweennessOptions()) -> CentralityScores {
        let n = graph.nodeCount
        let k = min(max(1, samples), n)
        var generator = SplitMix64(seed: seed)
        var nodes = Array(0..<n)
        // A partial Fisher–Yates shuffle: the first k are a uniform sample without replacement.
        for i in 0..<k {
            let j = i + Int(generator.next() % UInt64(n - i))
            nodes.swapAt(i, j)
        }
        let sources = Array(nodes.prefix(k)).sorted()
        let values = accumulate(graph, sources: sources, options: options)
        return CentralityScores(measure: "betweenness-approx", graph: graph,
                                values: rescale(values, n: n, normalized: options.normalized, sampled: k))
    }

    /// The samples needed for every normalised value to be within `epsilon` of the exact one with
    /// probability at least `1 - delta` (per node, by Hoeffding's inequality).
    public static func samplesNeeded(nodes n: Int, epsilon: Double, delta: Double) -> Int {
        guard n > 2, epsilon > 0, delta > 0, delta < 1 else { return n }
        let range = Double(n) / Double(n - 1)
        return min(n, Int((range * range * log(2 / delta) / (2 * epsilon * epsilon)).rounded(.up)))
    }

    /// The ε of ``samplesNeeded(nodes:epsilon:delta:)`` for a given number of samples.
    public static func errorBound(nodes n: Int, samples k: Int, delta: Double) -> Double {
        guard n > 2, k > 0 else { return 0 }
        let range = Double(n) / Double(n - 1)
        return range * (log(2 / delta) / (2 * Double(k))).squareRoot()
    }

    /// Brandes' dependency accumulation summed over the given sources (each unordered pair counted
    /// twice when every node is a source).
    /// - Parameter multipliers: per node, how many sources its search stands for (itself and its
    ///   folded leaves); nil for one each.
    static func accumulate(_ graph: CompactGraph, sources: [Int], options: BetweennessOptions, multipliers: [Double]? = nil) -> [Double] {
        let n = graph.nodeCount
        let lengths = options.weighting.lengths(of: graph)
        if lengths == nil {
            return unsafe SourceChunks.accumulate(sources: sources.count, length: n, parallelism: options.parallelism, stage: "betweenness") { range, total in
                UnweightedKernels.with(graph) { kernel in
                    for index in range {
                        let s = sources[index]
                        unsafe kernel.addDependencies(of: s, into: total, multiplier: multipliers?[s] ?? 1)
                    }
                }
            }
        }
        return unsafe SourceChunks.accumulate(sources: sources.count, length: n, parallelism: options.parallelism, stage: "betweenness") { range, total in
            var search = ShortestPathSearch(graph: graph, lengths: lengths)
            var delta = [Double](repeating: 0, count: n)
            for index in range {
                let s = sources[index]
                search.run(from: s)
                unsafe graph.offsets.withUnsafeBufferPointer { offsets in
                unsafe graph.targets.withUnsafeBufferPointer { targets in
                unsafe search.sigma.withUnsafeBufferPointer { sigma in
                unsafe search.distance.withUnsafeBufferPointer { distance in
                unsafe delta.withUnsafeMutableBufferPointer { delta in
                    for position in stride(from: search.order.count - 1, through: 0, by: -1) {
                        let v = Int(search.order[position])
                        let dv = unsafe distance[v]
                        var sum = 0.0
                        for k in unsafe Int(offsets[v])..<Int(offsets[v + 1]) {
                            let w = unsafe Int(targets[k])
                            let length = lengths?[k] ?? 1
                            if unsafe distance[w] == dv + length { unsafe sum += sigma[v] / sigma[w] * (1 + delta[w]) }
                        }
                        unsafe delta[v] = sum
                        if v != s { unsafe total[v] += sum }
                    }
                    for v in search.order { unsafe delta[Int(v)] = 0 }
                }}}}}
            }
        }
    }

    static func rescale(_ values: [Double], n: Int, normalized: Bool, sampled k: Int?) -> [Double] {
        var scale: Double
        if normalized {
            scale = n > 2 ? 1 / Double((n - 1) * (n - 2)) : 0
        } else {
            scale = 0.5
        }
        if let k, k > 0 { scale *= Double(n) / Double(k) }
        return values.map { $0 * scale }
    }
}
