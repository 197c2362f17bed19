import Foundation

/// Which way each edge of a `dot` drawing is written, so that the focus stands in the middle
/// with its network spread out on both sides: `dot` ranks an edge's second node after its
/// first, left to right, and would otherwise put whatever the DOT happens to write first on one
/// rank (Hong Kong, with the 150 places its offices cover, in one column 4,600 pt tall).
///
/// The nodes are ranked by their distance from the focus, on the right or on the left of it.
/// The parts the network falls into without the focus go whole to one side or the other, the
/// heaviest first onto the lighter side (a part heavier than two thirds of the whole is split
/// by the focus's neighbours), so that ties between the parts rarely cross the focus. When one
/// part holds that much and has a hub with more ties than the focus, the hub is the middle
/// instead. Between two nodes at one distance, the one with more such ties goes one rank further
/// out (China, tied to forty of the countries the offices cover, stands beyond them, not among
/// them). A network that is squarer on one side (a city and nine partners) stays on one side.
struct FocusSides {
    /// Each node's rank: the distance from the middle (the focus or the hub), negative on the
    /// left; nodes the middle does not reach have none.
    let rank: [String: Int]
    /// The number of edges between two nodes of one rank at each node.
    private let level: [String: Int]

    /// Sides for the nodes, with their weights (the room they take on a rank, 1 for a node),
    /// joined by `edges`, around `focus`.
    /// - Complexity: O((n + m) log n) for n nodes and m edges.
    init(focus: String, weights: [String: Double], edges: [(String, String)]) {
        var neighbours: [String: [String]] = [:]
        for (a, b) in edges where a != b {
            neighbours[a, default: []].append(b)
            neighbours[b, default: []].append(a)
        }
        for key in neighbours.keys { neighbours[key] = Array(Set(neighbours[key]!)).sorted() }

        func weight(_ ids: [String]) -> Double { ids.reduce(0) { $0 + (weights[$1] ?? 1) } }
        var spread = Spread(from: focus, neighbours)
        var total = weight(Array(spread.order.dropFirst()))
        // When one part holds most of the network, its hub is the better middle (a view by
        // country, where nearly every tie runs through China, not through Hong Kong).
        if let heavy = spread.parts.first(where: { weight($0) * 3 > total * 2 }),
           let hub = heavy.max(by: { (neighbours[$0]?.count ?? 0, $1) < (neighbours[$1]?.count ?? 0, $0) }),
           (neighbours[hub]?.count ?? 0) > (neighbours[focus]?.count ?? 0) {
            spread = Spread(from: hub, neighbours)
            total = weight(Array(spread.order.dropFirst()))
        }
        let (centre, depth, root, parts) = (spread.order[0], spread.depth, spread.root, spread.parts)
        var units: [[String]] = []
        for members in parts {
            if weight(members) * 3 > total * 2 {
                var byRoot: [String: [String]] = [:]
                for id in members { byRoot[root[id]!, default: []].append(id) }
                units += byRoot.keys.sorted().map { byRoot[$0]! }
            } else {
                units.append(members)
            }
        }
        let weighed = units.map { (weight($0), $0.min()!, $0) }.sorted { $0.0 != $1.0 ? $0.0 > $1.0 : $0.1 < $1.1 }
        var right = 0.0, left = 0.0
        var twoSided: [String: Int] = [centre: 0]
        for (w, _, members) in weighed {
            let onLeft = left < right
            if onLeft { left += w } else { right += w }
            for id in members { twoSided[id] = onLeft ? -depth[id]! : depth[id]! }
        }
        // A small network spreads out well enough on one side (the focus and nine partners on
        // two sides would be a strip lying down): both are sized, and the squarer one is kept.
        let oneSided = depth
        rank = Self.squareness(oneSided, weights) <= Self.squareness(twoSided, weights) ? oneSided : twoSided

        var level: [String: Int] = [:]
        for (a, b) in edges where a != b {
            if let ra = rank[a], ra == rank[b] { level[a, default: 0] += 1; level[b, default: 0] += 1 }
        }
        self.level = level
    }

    /// The nodes a centre reaches, breadth first: each one's distance, the centre's neighbour it
    /// is reached through, and the parts the network falls into without the centre.
    private struct Spread {
        var order: [String]
        var depth: [String: Int]
        var root: [String: String] = [:]
        var parts: [[String]] = []

        init(from centre: String, _ neighbours: [String: [String]]) {
            order = [centre]
            depth = [centre: 0]
            var head = 0
            while head < order.count {
                let u = order[head]; head += 1
                for v in neighbours[u] ?? [] where depth[v] == nil {
                    depth[v] = depth[u]! + 1
                    root[v] = u == centre ? v : root[u]
                    order.append(v)
                }
            }
            var part: [String: Int] = [:]
            for start in order.dropFirst() where part[start] == nil {
                var members = [start]
                part[start] = parts.count
                var i = 0
                while i < members.count {
                    for v in neighbours[members[i]] ?? [] where v != centre && part[v] == nil {
                        part[v] = parts.count
                        members.append(v)
                    }
                    i += 1
                }
                parts.append(members)
            }
        }
    }

    /// About how far from square a drawing with these ranks would be: the absolute logarithm of
    /// its width (ranks of a two-line name and the gap after it, about 220 pt) over its height (the
    /// heaviest rank's nodes, about 40 pt each with the gap between them).
    private static func squareness(_ rank: [String: Int], _ weights: [String: Double]) -> Double {
        var load: [Int: Double] = [:]
        for (id, r) in rank { load[r, default: 0] += weights[id] ?? 1 }
        let width = 220 * Double(load.count), height = 40 * (load.values.max() ?? 1)
        return abs(log(width / height))
    }

    /// Whether the edge from `a` to `b` is written from `b` to `a`: the first node must be the
    /// one further left. Edges the middle does not reach stay as they are.
    func reversed(_ a: String, _ b: String) -> Bool {
        guard let ra = rank[a], let rb = rank[b], a != b else { return false }
        if ra != rb { return ra > rb }
        // One rank: the node with more ties on it goes further out.
        let aOuter = ((level[a] ?? 0), a) > ((level[b] ?? 0), b)
        return ra >= 0 ? aOuter : !aOuter
    }
}
