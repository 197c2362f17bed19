import Foundation
import LiaisonGraph

/// Whole-network statistics of a ``CompactGraph``, each as NetworkX defines it.
///
/// - Density: 2m / (n(n − 1)) (`nx.density`).
/// - Components: connected components, largest first (`nx.connected_components`); the giant is the largest.
/// - Triangles: triangles in the graph (`sum(nx.triangles(G).values()) / 3`).
/// - Average clustering: the mean over all nodes of 2T(v) / (d(v)(d(v) − 1)), 0 for degree < 2
///   (`nx.average_clustering`); global clustering (transitivity): 3 × triangles / connected triples
///   (`nx.transitivity`).
/// - Degree assortativity: Pearson correlation of the degrees at either end of every edge
///   (`nx.degree_assortativity_coefficient`; Newman 2002); nil when undefined.
/// - Diameter and mean distance of the giant component: exact by a search from every node when it has
///   at most ``StatisticsOptions/exactDistanceLimit`` nodes (`nx.diameter`, `nx.average_shortest_path_length`
///   on the giant component); otherwise estimated from a seeded sample of sources: the mean distance is
///   the mean over the sampled sources (unbiased, and within ε of the exact value with probability
///   1 − 2exp(−2kε²/D²) by Hoeffding, D the diameter), and the diameter lies between the largest
///   eccentricity seen and twice the smallest.
public struct NetworkStatistics: Sendable, Hashable {
    /// Nodes.
    public var nodes: Int
    /// Edges.
    public var edges: Int
    /// Density.
    public var density: Double
    /// Component sizes, largest first.
    public var componentSizes: [Int]
    /// Triangles.
    public var triangles: Int
    /// Mean local clustering.
    public var averageClustering: Double
    /// Transitivity.
    public var transitivity: Double
    /// Degree assortativity, nil when every edge joins nodes of one degree.
    public var assortativity: Double?
    /// Number of nodes of each degree, by degree.
    public var degreeDistribution: [Int: Int]
    /// The giant component's diameter (exact, or the largest eccentricity seen when sampled).
    public var diameter: Int
    /// The giant component's mean shortest-path length.
    public var meanDistance: Double
    /// Whether the distances were sampled, with how many sources.
    public var distanceSamples: Int?
    /// When sampled: an upper bound on the diameter (twice the smallest eccentricity seen).
    public var diameterUpperBound: Int?

    /// The giant component's size.
    public var giantComponent: Int { componentSizes.first ?? 0 }

    /// Computes the statistics.
    /// - Complexity: O(m·d) for triangles, O(n·m) for exact distances, O(k·m) sampled.
    public init(_ graph: CompactGraph, options: StatisticsOptions = StatisticsOptions()) {
        let n = graph.nodeCount
        nodes = n
        edges = graph.edgeCount
        density = n > 1 ? 2 * Double(edges) / (Double(n) * Double(n - 1)) : 0
        // Components.
        var component = [Int](repeating: -1, count: n)
        var sizes: [Int] = []
        for s in 0..<n where component[s] < 0 {
            let id = sizes.count
            component[s] = id
            var stack = [s], size = 0
            while let v = stack.popLast() {
                size += 1
                for w in graph.neighbours(of: v) where component[Int(w)] < 0 { component[Int(w)] = id; stack.append(Int(w)) }
            }
            sizes.append(size)
        }
        componentSizes = sizes.sorted(by: >)
        // Triangles and clustering, by marking neighbours.
        var mark = [Int32](repeating: -1, count: n)
        var trianglesAt = [Int](repeating: 0, count: n)
        for v in 0..<n {
            for w in graph.neighbours(of: v) { mark[Int(w)] = Int32(v) }
            for w in graph.neighbours(of: v) {
                for u in graph.neighbours(of: Int(w)) where mark[Int(u)] == Int32(v) { trianglesAt[v] += 1 }
            }
        }
        var localSum = 0.0, triples = 0.0, closed = 0.0
        for v in 0..<n {
            let d = Double(graph.degree(of: v))
            let t = Double(trianglesAt[v]) / 2
            if d >= 2 { localSum += 2 * t / (d * (d - 1)) }
            triples += d * (d - 1) / 2
            closed += t
        }
        triangles = Int(closed / 3)
        averageClustering = n > 0 ? localSum / Double(n) : 0
        transitivity = triples > 0 ? closed / triples : 0
        // Assortativity over both directions of every edge.
        var sx = 0.0, sxx = 0.0, sxy = 0.0, count = 0.0
        for v in 0..<n {
            let dv = Double(graph.degree(of: v))
            for w in graph.neighbours(of: v) {
                let dw = Double(graph.degree(of: Int(w)))
                sx += dv; sxx += dv * dv; sxy += dv * dw; count += 1
            }
        }
        if count > 0 {
            let mean = sx / count
            let variance = sxx / count - mean * mean
            assortativity = variance > 1e-12 ? (sxy / count - mean * mean) / variance : nil
        } else {
            assortativity = nil
        }
        var distribution: [Int: Int] = [:]
        for v in 0..<n { distribution[graph.degree(of: v), default: 0] += 1 }
        degreeDistribution = distribution
        // Distances in the giant component.
        let giantID = sizes.indices.max { (sizes[$0], -$0) < (sizes[$1], -$1) }
        let members = giantID.map { id in (0..<n).filter { component[$0] == id } } ?? []
        var sources = members
        distanceSamples = nil
        diameterUpperBound = nil
        if members.count > options.exactDistanceLimit {
            var generator = SplitMix64(seed: options.seed)
            for i in 0..<options.distanceSamples where i < sources.count {
                sources.swapAt(i, i + Int(generator.next() % UInt64(sources.count - i)))
            }
            sources = Array(sources.prefix(options.distanceSamples)).sorted()
            distanceSamples = sources.count
        }
        var eccentricities = [Double](repeating: 0, count: sources.count)
        var totals = [Double](repeating: 0, count: sources.count)
        let ecc = unsafe UnsafeSendable(UnsafeMutableBufferPointer<Double>.allocate(capacity: max(1, sources.count)))
        let tot = unsafe UnsafeSendable(UnsafeMutableBufferPointer<Double>.allocate(capacity: max(1, sources.count)))
        defer { unsafe ecc.value.deallocate(); unsafe tot.value.deallocate() }
        let chosen = sources
        SourceChunks.forEach(sources: chosen.count, parallelism: options.parallelism, stage: "distances") { range in
            var search = ShortestPathSearch(graph: graph, lengths: nil)
            for i in range {
                search.run(from: chosen[i])
                var far = 0.0, sum = 0.0
                for v in search.order { let d = search.distance[Int(v)]; far = max(far, d); sum += d }
                unsafe ecc.value[i] = far
                unsafe tot.value[i] = sum
            }
        }
        for i in 0..<sources.count { eccentricities[i] = unsafe ecc.value[i]; totals[i] = unsafe tot.value[i] }
        diameter = Int(eccentricities.max() ?? 0)
        let pairs = Double(sources.count) * Double(max(0, members.count - 1))
        meanDistance = pairs > 0 ? totals.reduce(0, +) / pairs : 0
        if distanceSamples != nil { diameterUpperBound = Int(2 * (eccentricities.min() ?? 0)) }
    }
}

/// Options of the statistics.
public struct StatisticsOptions: Sendable, Hashable {
    /// The largest giant component whose distances are computed exactly.
    public var exactDistanceLimit: Int
    /// Sources sampled above the limit.
    public var distanceSamples: Int
    /// The sampling seed.
    public var seed: UInt64
    /// Threads.
    public var parallelism: Parallelism

    /// Makes options.
    public init(exactDistanceLimit: Int = 20_000, distanceSamples: Int = 500, seed: UInt64 = 1, parallelism: Parallelism = .allCores) {
        self.exactDistanceLimit = exactDistanceLimit
        self.distanceSamples = distanceSamples
        self.seed = seed
        self.parallelism = parallelism
    }
}
