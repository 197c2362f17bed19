/// How parallel ties between one pair (ties of different layers, or several of one layer after
/// aggregation) combine into one weighted edge. There is no default: every caller says which.
public enum ParallelTies: String, Sendable, CaseIterable {
    /// The edge weight is the number of ties.
    case count
    /// The edge weight is the sum of the ties' weights.
    case sum
    /// The edge weight is the largest tie weight.
    case max
}

/// A simple undirected weighted graph on local indices `0 ..< nodeCount`, made from a view:
/// the form every algorithm reads.
///
/// Local index `i` is the `i`-th entity of the view in ID order. Neighbours are sorted by local
/// index, edges are stored at both ends, and there are no self-loops.
public struct CompactGraph: Sendable {
    /// The number of nodes.
    public let nodeCount: Int
    /// `nodeCount + 1` prefix sums of the degrees.
    package let offsets: [Int32]
    /// The neighbour at each entry.
    package let targets: [Int32]
    /// The weight of the edge at each entry.
    package let weights: [Double]
    /// The ID of the entity at each local index.
    public let entityIDs: [String]
    /// Each entity's local index, for results that look entities up (shared, not copied).
    package let localIndexByID: [String: Int32]

    /// Projects a view to a simple graph, combining parallel ties as asked.
    /// - Complexity: O(n + m log d).
    public init(_ view: NetworkView, combining rule: ParallelTies) {
        let network = view.network
        var local = [Int32](repeating: -1, count: network.entityCount)
        var ids: [String] = []
        for i in 0..<network.entityCount where view.entityMask[i] {
            local[i] = Int32(ids.count)
            ids.append(network.entities[i].id)
        }
        var edges: [(Int32, Int32, Double)] = []
        edges.reserveCapacity(view.tieCount)
        let store = network.tieStore
        for t in 0..<store.count where view.tieMask[t] {
            let a = local[Int(store.from[t])], b = local[Int(store.to[t])]
            guard a >= 0, b >= 0, a != b else { continue }
            edges.append((a, b, rule == .count ? 1 : store.weight[t]))
        }
        self.init(nodeCount: ids.count, edges: edges, combining: rule, entityIDs: ids)
    }

    /// Makes a graph from an edge list on `0 ..< nodeCount`; parallel edges combine by `rule`,
    /// self-loops are dropped. Entity IDs default to the indices written as text.
    /// - Complexity: O(n + m log d).
    public init(nodeCount: Int, edges: [(Int32, Int32, Double)], combining rule: ParallelTies, entityIDs: [String]? = nil) {
        self.nodeCount = nodeCount
        var degree = [Int32](repeating: 0, count: nodeCount + 1)
        for (a, b, _) in edges where a != b { degree[Int(a) + 1] += 1; degree[Int(b) + 1] += 1 }
        for v in 0..<nodeCount { degree[v + 1] += degree[v] }
        var next = degree
        var rawTargets = [Int32](repeating: 0, count: Int(degree[nodeCount]))
        var rawWeights = [Double](repeating: 0, count: Int(degree[nodeCount]))
        for (a, b, w) in edges where a != b {
            let p = Int(next[Int(a)]); next[Int(a)] += 1; rawTargets[p] = b; rawWeights[p] = w
            let q = Int(next[Int(b)]); next[Int(b)] += 1; rawTargets[q] = a; rawWeights[q] = w
        }
        // Sort each row and merge equal neighbours.
        var offsets = [Int32](repeating: 0, count: nodeCount + 1)
        var targets: [Int32] = []
        var weights: [Double] = []
        targets.reserveCapacity(rawTargets.count)
        weights.reserveCapacity(rawTargets.count)
        var row: [(Int32, Double)] = []
        for v in 0..<nodeCount {
            row.removeAll(keepingCapacity: true)
            for k in Int(degree[v])..<Int(degree[v + 1]) { row.append((rawTargets[k], rawWeights[k])) }
            row.sort { $0.0 < $1.0 || ($0.0 == $1.0 && $0.1 < $1.1) }
            var k = 0
            while k < row.count {
                let target = row[k].0
                var combined = row[k].1
                k += 1
                while k < row.count && row[k].0 == target {
                    switch rule {
                    case .count, .sum: combined += row[k].1
                    case .max: combined = Swift.max(combined, row[k].1)
                    }
                    k += 1
                }
                targets.append(target)
                weights.append(combined)
            }
            offsets[v + 1] = Int32(targets.count)
        }
        self.offsets = offsets
        self.targets = targets
        self.weights = weights
        let ids = entityIDs ?? (0..<nodeCount).map(String.init)
        self.entityIDs = ids
        var byID = [String: Int32](minimumCapacity: ids.count)
        for (i, id) in ids.enumerated() { byID[id] = Int32(i) }
        localIndexByID = byID
    }

    /// The number of edges (each counted once).
    public var edgeCount: Int { targets.count / 2 }

    /// The local index of an entity, or nil when the view does not hold it.
    public func localIndex(of entityID: String) -> Int? { localIndexByID[entityID].map(Int.init) }

    /// The number of neighbours of node `v`.
    public func degree(of v: Int) -> Int { Int(offsets[v + 1] - offsets[v]) }

    /// The sum of the edge weights at node `v`.
    public func strength(of v: Int) -> Double { (Int(offsets[v])..<Int(offsets[v + 1])).reduce(0) { $0 + weights[$1] } }

    /// The neighbours of node `v`, sorted.
    public func neighbours(of v: Int) -> ArraySlice<Int32> { targets[Int(offsets[v])..<Int(offsets[v + 1])] }

    /// The weights of node `v`'s edges, in the order of ``neighbours(of:)``.
    public func edgeWeights(of v: Int) -> ArraySlice<Double> { weights[Int(offsets[v])..<Int(offsets[v + 1])] }
}
