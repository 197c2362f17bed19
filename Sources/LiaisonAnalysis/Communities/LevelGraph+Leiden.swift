import Foundation
import LiaisonGraph

/// The three phases of the Leiden algorithm on one level. Gains are in units of edge weight:
/// moving node v into community C gains w(v, C) − scale · k_v · K_C, with scale = γ / 2m, as in igraph.
/// A gain must pass the alternatives by `tolerance` (``gainTolerance``, a tiny multiple of the mean edge
/// weight), so that rounding never moves a node back and forth; θ too is in units of the mean edge weight.
extension LevelGraph {
    /// A seeded random permutation of `0 ..< count` (Fisher–Yates).
    static func shuffled(_ count: Int, _ generator: inout SplitMix64) -> [Int] {
        var order = Array(0..<count)
        for i in stride(from: count - 1, to: 0, by: -1) { order.swapAt(i, Int(generator.next() % UInt64(i + 1))) }
        return order
    }

    /// Fast local moving: every node is queued once in a random order; a node taken from the queue
    /// moves to the neighbouring community (or an empty one) of greatest gain when that beats staying,
    /// and then its neighbours outside its new community are queued again. Updates `partition`
    /// (labels in `0 ..< nodeCount`, `count` of them in use) to compact labels; returns their count.
    /// - Complexity: O(m) per round of the queue.
    func moveNodesFast(_ partition: inout [Int], count: Int, scale: Double, tolerance: Double, generator: inout SplitMix64) -> Int {
        let n = nodeCount
        var clusterWeight = [Double](repeating: 0, count: n)
        var clusterSize = [Int](repeating: 0, count: n)
        for v in 0..<n { clusterWeight[partition[v]] += strength[v]; clusterSize[partition[v]] += 1 }
        var empty: [Int] = []
        for c in stride(from: n - 1, through: 0, by: -1) where clusterSize[c] == 0 { empty.append(c) }
        // A ring buffer holds each node at most once.
        var queue = Self.shuffled(n, &generator)
        var queued = [Bool](repeating: true, count: n)
        var head = 0, length = n
        var weightTo = [Double](repeating: 0, count: n), seen = [Bool](repeating: false, count: n)
        var touched: [Int] = []
        while length > 0 {
            let v = queue[head]
            head = head + 1 == n ? 0 : head + 1
            length -= 1
            queued[v] = false
            let own = partition[v], kv = strength[v]
            clusterWeight[own] -= kv
            clusterSize[own] -= 1
            if clusterSize[own] == 0 { empty.append(own) }
            for k in offsets[v]..<offsets[v + 1] {
                let c = partition[targets[k]]
                if !seen[c] { seen[c] = true; touched.append(c) }
                weightTo[c] += weights[k]
            }
            // Staying first, then an empty community (gain 0), then the neighbours' in row order:
            // a candidate must beat the best so far by the tolerance.
            var best = own, bestGain = weightTo[own] - scale * kv * clusterWeight[own]
            if bestGain < -tolerance { best = empty[empty.count - 1]; bestGain = 0 }
            for c in touched {
                let gain = weightTo[c] - scale * kv * clusterWeight[c]
                if gain > bestGain + tolerance { best = c; bestGain = gain }
                weightTo[c] = 0
                seen[c] = false
            }
            touched.removeAll(keepingCapacity: true)
            clusterWeight[best] += kv
            clusterSize[best] += 1
            if best == empty[empty.count - 1] { empty.removeLast() }
            guard best != own else { continue }
            partition[v] = best
            for k in offsets[v]..<offsets[v + 1] {
                let u = targets[k]
                if !queued[u] && partition[u] != best {
                    queued[u] = true
                    var tail = head + length
                    if tail >= n { tail -= n }
                    queue[tail] = u
                    length += 1
                }
            }
        }
        let (labels, used) = Leiden.compacted(partition)
        partition = labels
        return used
    }

    /// Refinement: within each community S of `partition`, start from singletons and visit the nodes
    /// once in a random order. A node still alone and well connected to S (w(v, S − v) ≥ scale · k_v ·
    /// (K_S − k_v)) joins a subcommunity C of S, itself well connected to S, among those of gain ≥ 0
    /// (its own included), with probability proportional to exp(gain / θ) (θ = 0: a best one). Returns compact labels
    /// of the refined partition and their count; every refined subcommunity is connected.
    /// - Complexity: O(n + m).
    func refined(_ partition: [Int], count: Int, scale: Double, randomness: Double, tolerance: Double,
                 generator: inout SplitMix64) -> (labels: [Int], count: Int) {
        let n = nodeCount
        var refined = Array(0..<n)
        var refinedWeight = strength
        var merged = [Bool](repeating: false, count: n)  // a subcommunity that another node joined
        var subsetWeight = [Double](repeating: 0, count: count)
        var external = [Double](repeating: 0, count: n)  // w(C, S − C) of each subcommunity C
        for v in 0..<n {
            subsetWeight[partition[v]] += strength[v]
            for k in offsets[v]..<offsets[v + 1] where partition[targets[k]] == partition[v] { external[v] += weights[k] }
        }
        var weightTo = [Double](repeating: 0, count: n), seen = [Bool](repeating: false, count: n)
        var candidates: [Int] = [], gains: [Double] = []
        for v in Self.shuffled(n, &generator) {
            let own = refined[v], s = partition[v], kv = strength[v], ks = subsetWeight[s]
            guard !merged[own], external[own] >= scale * kv * (ks - kv) - tolerance else { continue }
            // Take v out: its subcommunity is empty, with gain 0 to return to.
            refinedWeight[own] = 0
            external[own] = 0
            candidates.append(own)
            seen[own] = true
            for k in offsets[v]..<offsets[v + 1] where partition[targets[k]] == s {
                let c = refined[targets[k]]
                if !seen[c] { seen[c] = true; candidates.append(c) }
                weightTo[c] += weights[k]
            }
            var maxGain = 0.0
            gains.removeAll(keepingCapacity: true)
            for c in candidates {
                var gain = -Double.infinity
                if c == own || external[c] >= scale * refinedWeight[c] * (ks - refinedWeight[c]) - tolerance {
                    gain = weightTo[c] - scale * kv * refinedWeight[c]
                    maxGain = max(maxGain, gain)
                }
                gains.append(gain)
                weightTo[c] = 0
                seen[c] = false
            }
            // Sample among gains ≥ 0; shifted by the largest so that exp never overflows.
            var total = 0.0
            for i in gains.indices {
                if gains[i] >= 0 { total += gains[i] == maxGain ? 1 : randomness > 0 ? exp((gains[i] - maxGain) / randomness) : 0 }
                gains[i] = total  // now cumulative
            }
            let r = Double(generator.next() >> 11) * 0x1p-53 * total
            var chosen = own
            for (i, c) in candidates.enumerated() where gains[i] > r { chosen = c; break }
            candidates.removeAll(keepingCapacity: true)
            refinedWeight[chosen] += kv
            for k in offsets[v]..<offsets[v + 1] where partition[targets[k]] == s {
                external[chosen] += refined[targets[k]] == chosen ? -weights[k] : weights[k]
            }
            if chosen != own { refined[v] = chosen; merged[chosen] = true }
        }
        return Leiden.compacted(refined)
    }

    /// Each community of `partition` split into its connected parts: compact labels and their count.
    /// - Complexity: O(n + m).
    func connectedParts(of partition: [Int]) -> (labels: [Int], count: Int) {
        var label = [Int](repeating: -1, count: nodeCount)
        var count = 0, stack: [Int] = []
        for root in 0..<nodeCount where label[root] < 0 {
            label[root] = count
            stack.append(root)
            while let v = stack.popLast() {
                for k in offsets[v]..<offsets[v + 1] {
                    let u = targets[k]
                    if label[u] < 0 && partition[u] == partition[v] { label[u] = count; stack.append(u) }
                }
            }
            count += 1
        }
        return (label, count)
    }
}
