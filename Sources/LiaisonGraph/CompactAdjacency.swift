/// Compressed sparse row adjacency on dense `Int32` indices: the neighbours of node `v` are
/// `neighbours[offsets[v] ..< offsets[v + 1]]`, sorted by neighbour index, and `tieIndices`
/// names the tie behind each entry. An undirected tie appears once at each end.
package struct CompactAdjacency: Sendable {
    /// `nodeCount + 1` prefix sums of the degrees.
    package let offsets: [Int32]
    /// The neighbour at each entry.
    package let neighbours: [Int32]
    /// The tie behind each entry.
    package let tieIndices: [Int32]

    /// The number of nodes.
    package var nodeCount: Int { offsets.count - 1 }

    /// The entries of node `v`.
    /// - Complexity: O(1).
    package func range(of v: Int) -> Range<Int> { Int(offsets[v])..<Int(offsets[v + 1]) }

    /// The number of tie ends at node `v`.
    package func degree(of v: Int) -> Int { Int(offsets[v + 1] - offsets[v]) }

    /// Builds the adjacency of the given ties (each counted at both ends; a tie to itself once).
    /// - Complexity: O(n + m log d), d the largest degree.
    package init(nodeCount: Int, ends: [(from: Int32, to: Int32, tie: Int32)]) {
        var counts = [Int32](repeating: 0, count: nodeCount + 1)
        for end in ends {
            counts[Int(end.from) + 1] += 1
            if end.from != end.to { counts[Int(end.to) + 1] += 1 }
        }
        for v in 0..<nodeCount { counts[v + 1] += counts[v] }
        let total = Int(counts[nodeCount])
        var next = counts
        var neighbours = [Int32](repeating: 0, count: total)
        var tieIndices = [Int32](repeating: 0, count: total)
        for end in ends {
            let a = Int(next[Int(end.from)]); next[Int(end.from)] += 1
            neighbours[a] = end.to; tieIndices[a] = end.tie
            if end.from != end.to {
                let b = Int(next[Int(end.to)]); next[Int(end.to)] += 1
                neighbours[b] = end.from; tieIndices[b] = end.tie
            }
        }
        // Sort each node's entries by (neighbour, tie) so that results never depend on input order.
        for v in 0..<nodeCount {
            let lower = Int(counts[v]), upper = Int(counts[v + 1])
            if upper - lower < 2 { continue }
            var isSorted = true
            for i in (lower + 1)..<upper where (neighbours[i - 1], tieIndices[i - 1]) > (neighbours[i], tieIndices[i]) {
                isSorted = false
                break
            }
            if isSorted { continue }
            var pairs = (lower..<upper).map { (neighbours[$0], tieIndices[$0]) }
            pairs.sort { $0 < $1 }
            for (k, pair) in pairs.enumerated() {
                neighbours[lower + k] = pair.0
                tieIndices[lower + k] = pair.1
            }
        }
        self.offsets = counts
        self.neighbours = neighbours
        self.tieIndices = tieIndices
    }

    /// The ties that repeat an earlier tie between the same two nodes: among the ties of one pair,
    /// in index order, a tie whose `key` equals an earlier one's. Ties to the node itself are not
    /// looked at.
    /// - Complexity: O(n + m).
    package func repeatedTies<Key: Hashable>(key: (_ tie: Int32) -> Key) -> [Int32] {
        var repeated: [Int32] = []
        var seen = Set<Key>()
        for v in 0..<nodeCount {
            // Entries are sorted by (neighbour, tie): one pair's ties are a run, earliest first.
            // Each pair is looked at from its smaller node only.
            var i = Int(offsets[v])
            let end = Int(offsets[v + 1])
            while i < end {
                var runEnd = i + 1
                while runEnd < end && neighbours[runEnd] == neighbours[i] { runEnd += 1 }
                if runEnd - i > 1 && Int(neighbours[i]) > v {
                    seen.removeAll(keepingCapacity: true)
                    for entry in i..<runEnd where !seen.insert(key(tieIndices[entry])).inserted {
                        repeated.append(tieIndices[entry])
                    }
                }
                i = runEnd
            }
        }
        return repeated
    }
}
