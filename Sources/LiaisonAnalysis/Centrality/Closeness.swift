import LiaisonGraph

/// Closeness and harmonic closeness.
///
/// - Closeness (NetworkX `nx.closeness_centrality(G, wf_improved=True)`): for node u reaching r
///   other nodes at total distance D, c(u) = (r / D) · (r / (n − 1)), and 0 when u reaches no one.
///   The second factor is Wasserman and Faust's correction for disconnected graphs: a node in a small
///   component is not ranked above hubs of the giant one. igraph's `g.closeness()` omits it
///   (``ClosenessOptions/disconnected`` `.withinComponent`).
/// - Harmonic closeness (NetworkX `nx.harmonic_centrality(G)`; Marchiori and Latora 2000,
///   Boldi and Vigna 2014): h(u) = Σ_{v ≠ u} 1 / d(u, v), unreachable nodes adding 0, so it needs no
///   correction; normalised, divided by n − 1 (igraph `g.harmonic_centrality(normalized=True)`).
public enum Closeness {
    /// Closeness of every node.
    /// - Complexity: O(nm) unweighted, on every core.
    public static func closeness(_ graph: CompactGraph, options: ClosenessOptions = ClosenessOptions()) -> CentralityScores {
        let n = graph.nodeCount
        let values = perSource(graph, options: options) { search, _ in
            let reached = search.order.count - 1
            var total = 0.0
            for v in search.order { total += search.distance[Int(v)] }
            guard total > 0 else { return 0 }
            var c = Double(reached) / total
            if options.disconnected == .wassermanFaust && n > 1 { c *= Double(reached) / Double(n - 1) }
            return c
        }
        return CentralityScores(measure: "closeness", graph: graph, values: values)
    }

    /// Harmonic closeness of every node.
    /// - Complexity: O(nm) unweighted, on every core.
    public static func harmonic(_ graph: CompactGraph, options: ClosenessOptions = ClosenessOptions()) -> CentralityScores {
        let n = graph.nodeCount
        if options.weighting == .unweighted {
            // Searches from leaves are skipped: a leaf's value comes from its neighbour's search.
            let leaves = LeafFolding(graph)
            let own = UnsafeMutableBufferPointer<Double>.allocate(capacity: max(1, n))
            let shifted = UnsafeMutableBufferPointer<Double>.allocate(capacity: max(1, n))
            defer { unsafe own.deallocate(); unsafe shifted.deallocate() }
            let ownShared = unsafe UnsafeSendable(own), shiftedShared = unsafe UnsafeSendable(shifted)
            let sources = leaves.sources
            SourceChunks.forEach(sources: sources.count, parallelism: options.parallelism, stage: "harmonic closeness") { range in
                UnweightedKernels.with(graph) { kernel in
                    for index in range {
                        let s = sources[index]
                        unsafe (ownShared.value[s], shiftedShared.value[s]) = kernel.harmonic(from: s)
                    }
                }
            }
            var values = [Double](repeating: 0, count: n)
            for v in 0..<n {
                let h = unsafe leaves.parent[v] < 0 ? own[v] : shifted[Int(leaves.parent[v])] - 0.5
                values[v] = options.normalized && n > 1 ? h / Double(n - 1) : h
            }
            return CentralityScores(measure: "harmonic", graph: graph, values: values)
        }
        let values = perSource(graph, options: options) { search, source in
            var total = 0.0
            for v in search.order where Int(v) != source { total += 1 / search.distance[Int(v)] }
            return options.normalized && n > 1 ? total / Double(n - 1) : total
        }
        return CentralityScores(measure: "harmonic", graph: graph, values: values)
    }

    static func perSource(_ graph: CompactGraph, options: ClosenessOptions, _ value: @Sendable (ShortestPathSearch, Int) -> Double) -> [Double] {
        let n = graph.nodeCount
        let lengths = options.weighting.lengths(of: graph)
        let result = UnsafeMutableBufferPointer<Double>.allocate(capacity: max(1, n))
        defer { unsafe result.deallocate() }
        let shared = unsafe UnsafeSendable(result)
        SourceChunks.forEach(sources: n, parallelism: options.parallelism, stage: "closeness") { range in
            var search = ShortestPathSearch(graph: graph, lengths: lengths)
            for s in range {
                search.run(from: s)
                unsafe shared.value[s] = value(search, s)
            }
        }
        return unsafe Array(result.prefix(n))
    }
}

/// Options of the closeness measures.
public struct ClosenessOptions: Sendable, Hashable {
    /// How weights enter path lengths.
    public var weighting: PathWeighting
    /// How closeness treats a node that cannot reach everyone.
    public var disconnected: DisconnectedCloseness
    /// For harmonic closeness: divide by n − 1.
    public var normalized: Bool
    /// Threads.
    public var parallelism: Parallelism

    /// Makes options; the defaults are NetworkX's.
    public init(weighting: PathWeighting = .unweighted, disconnected: DisconnectedCloseness = .wassermanFaust, normalized: Bool = false,
                parallelism: Parallelism = .allCores) {
        self.weighting = weighting
        self.disconnected = disconnected
        self.normalized = normalized
        self.parallelism = parallelism
    }
}

/// Closeness on a graph that is not connected.
public enum DisconnectedCloseness: String, Sendable, Hashable, CaseIterable {
    /// Scale by the share of the other nodes reached (Wasserman and Faust 1994; NetworkX's default).
    case wassermanFaust = "wasserman-faust"
    /// Closeness within the node's own component only (igraph's default).
    case withinComponent = "within-component"
}
