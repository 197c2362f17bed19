import Foundation
import LiaisonGraph

/// The shape of a network's degree distribution, over the entities that have at least one tie,
/// counting each tied pair once whatever its layers.
///
/// The real twin-town network's figures are in ``twinTowns``; the synthetic generator draws degrees
/// so that a network of any size has the same share of degree-1 nodes and a tail of the same form.
public struct DegreeProfile: Sendable, Hashable {
    /// The number of entities with at least one tie.
    public var nodes: Int
    /// The number of distinct tied pairs.
    public var pairs: Int
    /// The mean degree, 2 · pairs / nodes.
    public var mean: Double
    /// The median degree.
    public var median: Double
    /// The largest degree.
    public var maximum: Int
    /// The share of nodes with exactly one neighbour.
    public var shareOfDegreeOne: Double

    /// The largest degree over the mean: how far the biggest hub stands out.
    public var maximumOverMean: Double { mean > 0 ? Double(maximum) / mean : 0 }

    /// Makes a profile from its figures.
    public init(nodes: Int, pairs: Int, mean: Double, median: Double, maximum: Int, shareOfDegreeOne: Double) {
        self.nodes = nodes
        self.pairs = pairs
        self.mean = mean
        self.median = median
        self.maximum = maximum
        self.shareOfDegreeOne = shareOfDegreeOne
    }

    /// The profile of a list of degrees; zeros (isolated nodes) are left out.
    /// - Complexity: O(n log n).
    public init(degrees: [Int]) {
        let tied = degrees.filter { $0 > 0 }.sorted()
        let total = tied.reduce(0, +)
        nodes = tied.count
        pairs = total / 2
        mean = tied.isEmpty ? 0 : Double(total) / Double(tied.count)
        if tied.isEmpty {
            median = 0
        } else if tied.count % 2 == 1 {
            median = Double(tied[tied.count / 2])
        } else {
            median = Double(tied[tied.count / 2 - 1] + tied[tied.count / 2]) / 2
        }
        maximum = tied.last ?? 0
        shareOfDegreeOne = tied.isEmpty ? 0 : Double(tied.prefix { $0 == 1 }.count) / Double(tied.count)
    }

    /// The profile of a network: each entity's number of distinct neighbours on any layer.
    /// - Complexity: O(n + m log m).
    public init(_ network: PartnershipNetwork) {
        let store = network.tieStore
        var keys = [UInt64]()
        keys.reserveCapacity(store.count)
        for t in 0..<store.count where store.from[t] != store.to[t] {
            let a = UInt64(UInt32(min(store.from[t], store.to[t]))), b = UInt64(UInt32(max(store.from[t], store.to[t])))
            keys.append(a << 32 | b)
        }
        keys.sort()
        var degrees = [Int](repeating: 0, count: network.entityCount)
        var previous: UInt64? = nil
        for key in keys where key != previous {
            degrees[Int(key >> 32)] += 1
            degrees[Int(key & 0xFFFF_FFFF)] += 1
            previous = key
        }
        self.init(degrees: degrees)
    }

    /// The real twin-town network (Wikipedia's lists as compiled by Hekman, 17,820 cities and
    /// 26,111 distinct pairs), as measured by `scripts/twin_town_degree_profile.py`.
    public static let twinTowns = DegreeProfile(nodes: 17_820, pairs: 26_111, mean: 2.931, median: 1, maximum: 74, shareOfDegreeOne: 0.5120)
}

/// The fitted degree distribution the generator samples, from `scripts/twin_town_degree_profile.py`
/// run on ../shared/data/twin_towns_wikipedia_hekman/twin_cities_raw.csv:
///
///     degree: mean 2.931, median 1.0, max 74 (max/mean 25.3)
///     share of nodes with degree 1: 0.5120, 2: 0.1661, 3: 0.0866, >= 10: 0.0489
///     power law: alpha 5.902 for d >= 29 (74 nodes, KS distance 0.1477)
///     lognormal of (degree - 1), degree >= 2: mu 0.9467, sigma 0.8702
///
/// A power law fits only the last 74 nodes, and poorly; the body is better described by a point
/// mass at 1 and a lognormal above it: P(d = 1) = 0.512, and for the rest d − 1 ~ lognormal(μ, σ),
/// rounded, at least 1. The generator keeps the share at 1 and σ, and moves μ so that the mean
/// degree is the one asked for (2 · ties / tied entities), then nudges single degrees so that the
/// sum is exactly twice the tie count.
enum TwinTownDegreeFit {
    static let shareOfDegreeOne = 0.5120
    static let mu = 0.9467
    static let sigma = 0.8702
}

/// The configuration model on a drawn degree sequence, repaired into a simple graph.
enum ConfigurationModel {
    /// Degrees for `nodes` nodes summing exactly to `2 · edges`, each at most `nodes − 1`, shaped
    /// like the twin-town network (see ``TwinTownDegreeFit``).
    static func degrees(nodes n: Int, edges m: Int, random: inout SplitMix64) -> [Int32] {
        let target = 2 * m
        let p1 = TwinTownDegreeFit.shareOfDegreeOne, sigma = TwinTownDegreeFit.sigma
        let cap = Int32(n - 1)
        var degrees = [Int32](repeating: 1, count: n)
        let meanDegree = Double(target) / Double(n)
        if meanDegree <= 1 {
            // Fewer stubs than nodes: every tied node has degree 1, the rest none.
            for i in 0..<n { degrees[i] = i < target ? 1 : 0 }
            for i in stride(from: n - 1, to: 0, by: -1) { degrees.swapAt(i, random.below(i + 1)) }
            return degrees
        }
        // E[d] = 1 + (1 − p1) · E[lognormal]; solve for μ. The rounding and the floor of 1 add a
        // little, which the nudging below takes back.
        let excess = max(1.0, (meanDegree - 1) / (1 - p1))
        let mu = log(excess) - sigma * sigma / 2
        var sum = 0
        for i in 0..<n {
            if random.unit() >= p1 {
                let extra = max(1, (exp(mu + sigma * random.normal())).rounded())
                degrees[i] = min(cap, 1 + Int32(min(extra, Double(Int32.max - 1))))
            }
            sum += Int(degrees[i])
        }
        // Nudge to the exact sum: add to or take from nodes above degree 1, chosen uniformly.
        var multi = (0..<n).filter { degrees[$0] > 1 }
        if multi.isEmpty { multi = Array(0..<n) }
        while sum < target {
            let i = multi[random.below(multi.count)]
            if degrees[i] < cap { degrees[i] += 1; sum += 1 } else if multi.allSatisfy({ degrees[$0] >= cap }) { multi = Array(0..<n) }
        }
        var misses = 0
        while sum > target {
            let i = multi[random.below(multi.count)]
            if degrees[i] > 1 {
                degrees[i] -= 1
                sum -= 1
                misses = 0
            } else {
                // Many nodes have reached 1: choose again among those still above it.
                misses += 1
                if misses > 32 {
                    multi = (0..<n).filter { degrees[$0] > 1 }
                    misses = 0
                    if multi.isEmpty { break }
                }
            }
        }
        // Still too many stubs only when every node is at 1: leave some untied.
        var i = 0
        while sum > target && i < n {
            if degrees[i] > 0 { degrees[i] = 0; sum -= 1 }
            i += 1
        }
        return degrees
    }

    /// The pairs of a simple graph with exactly the given degrees, as sorted keys `a << 32 | b`
    /// with a < b: stubs shuffled and paired, then every self-pair and repeated pair rewired by
    /// swaps with good pairs (which keep every degree).
    /// - Returns: nil when the repair fails (a degree sequence too dense to be made simple).
    static func pairs(degrees: [Int32], random: inout SplitMix64) -> [UInt64]? {
        var stubs = [Int32]()
        stubs.reserveCapacity(degrees.reduce(0) { $0 + Int($1) })
        for (v, d) in degrees.enumerated() where d > 0 {
            for _ in 0..<d { stubs.append(Int32(v)) }
        }
        for i in stride(from: stubs.count - 1, to: 0, by: -1) { stubs.swapAt(i, random.below(i + 1)) }
        var keys = [UInt64]()
        keys.reserveCapacity(stubs.count / 2)
        for k in stride(from: 0, to: stubs.count - 1, by: 2) { keys.append(key(stubs[k], stubs[k + 1])) }
        stubs = []
        keys.sort()
        // Compact the good pairs to the front; collect the bad.
        var bad: [UInt64] = []
        var good = 0
        for i in keys.indices {
            let k = keys[i]
            if k >> 32 == k & 0xFFFF_FFFF || (good > 0 && keys[good - 1] == k) { bad.append(k); continue }
            keys[good] = k
            good += 1
        }
        keys.removeLast(keys.count - good)
        guard !bad.isEmpty else { return keys }
        var added = Set<UInt64>(), removed = Set<UInt64>()
        func exists(_ k: UInt64) -> Bool {
            if added.contains(k) { return true }
            if removed.contains(k) { return false }
            var lower = 0, upper = keys.count
            while lower < upper {
                let mid = (lower + upper) / 2
                if keys[mid] < k { lower = mid + 1 } else { upper = mid }
            }
            return lower < keys.count && keys[lower] == k
        }
        for k in bad {
            let a = Int32(truncatingIfNeeded: k >> 32), b = Int32(truncatingIfNeeded: k & 0xFFFF_FFFF)
            var done = false
            for _ in 0..<10_000 where !keys.isEmpty {
                let other = keys[random.below(keys.count)]
                if removed.contains(other) { continue }
                var c = Int32(truncatingIfNeeded: other >> 32), d = Int32(truncatingIfNeeded: other & 0xFFFF_FFFF)
                if random.chance(0.5) { swap(&c, &d) }
                guard a != c, b != d else { continue }
                let first = key(a, c), second = key(b, d)
                guard first != second, !exists(first), !exists(second) else { continue }
                removed.insert(other)
                added.insert(first)
                added.insert(second)
                done = true
                break
            }
            if !done { return nil }
        }
        keys.removeAll { removed.contains($0) }
        keys.append(contentsOf: added)
        keys.sort()
        return keys
    }

    static func key(_ a: Int32, _ b: Int32) -> UInt64 {
        UInt64(UInt32(min(a, b))) << 32 | UInt64(UInt32(max(a, b)))
    }
}

/// The draws the generator needs, on the core's seeded generator.
extension SplitMix64 {
    /// A uniform double in [0, 1), from the top 53 bits.
    mutating func unit() -> Double { Double(next() >> 11) * 0x1.0p-53 }

    /// A uniform integer in 0 ..< n (n > 0), by Lemire's multiply-shift (the tiny bias is irrelevant here).
    mutating func below(_ n: Int) -> Int { Int(UInt64(n).multipliedFullWidth(by: next()).high) }

    /// A standard normal variate (Box–Muller, one of the pair).
    mutating func normal() -> Double {
        let u = 1 - unit(), v = unit()
        return (-2 * log(u)).squareRoot() * cos(2 * Double.pi * v)
    }

    /// True with probability `p`.
    mutating func chance(_ p: Double) -> Bool { unit() < p }
}
