import Testing
@testable import LiaisonGraph

@Suite struct CompactAdjacencyTests {
    /// Random networks: the per-layer CSR equals a naive adjacency list built from the tie list.
    @Test(arguments: [1, 2, 3, 4, 5, 6, 7, 8] as [UInt64])
    func csrEqualsNaiveAdjacency(seed: UInt64) throws {
        var rng = SplitMix64(seed: seed)
        let n = Int.random(in: 1...40, using: &rng)
        var b = NetworkBuilder()
        b.add(Entity(id: "XX", kind: .country, name: "Country"))
        let ids = (0..<n).map { "C\(String(format: $0))" }
        for id in ids.shuffled(using: &rng) { b.add(Entity(id: id, kind: .city, name: id, countryID: "XX")) }
        let layers = Layer.builtIn.map(\.id)
        var seen = Set<[String]>()
        var naive: [String: [String: [String]]] = [:]  // layer -> id -> neighbours
        for _ in 0..<Int.random(in: 0...120, using: &rng) where n > 1 {
            let a = ids.randomElement(using: &rng)!, c = ids.randomElement(using: &rng)!
            let layer = layers.randomElement(using: &rng)!
            guard a != c, seen.insert([min(a, c), max(a, c), layer]).inserted else { continue }
            b.add(Tie(from: a, to: c, layer: layer, source: "random"))
            naive[layer, default: [:]][a, default: []].append(c)
            naive[layer, default: [:]][c, default: []].append(a)
        }
        let network = try b.build()
        for (l, layer) in network.layers.enumerated() {
            let csr = network.adjacency[l]
            #expect(csr.nodeCount == network.entityCount)
            for (v, entity) in network.entities.enumerated() {
                let fromCSR = csr.range(of: v).map { network.entities[Int(csr.neighbours[$0])].id }
                let expected = (naive[layer.id]?[entity.id] ?? []).sorted()
                #expect(fromCSR.sorted() == expected, "layer \(layer.id), entity \(entity.id)")
                let neighbourIndices = csr.range(of: v).map { csr.neighbours[$0] }
                #expect(neighbourIndices == neighbourIndices.sorted(), "rows are sorted")
                for k in csr.range(of: v) {
                    let tie = network.tie(at: Int(csr.tieIndices[k]))
                    #expect(tie.layer == layer.id && (tie.from == entity.id || tie.to == entity.id))
                }
            }
        }
    }

    private func String(format n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }

    /// Repeats found in the adjacency equal those a hash set of (pair, key) finds going through
    /// the ties in order, however the ends are written, with many ties to one pair.
    @Test(arguments: [1, 2, 3, 4] as [UInt64])
    func repeatedTiesEqualAHashSetInTieOrder(seed: UInt64) {
        var rng = SplitMix64(seed: seed)
        let n = 6
        var ends: [(from: Int32, to: Int32, tie: Int32)] = []
        var keys: [Int] = []
        for t in 0..<400 {
            let a = Int32.random(in: 0..<Int32(n), using: &rng), b = Int32.random(in: 0..<Int32(n), using: &rng)
            guard a != b else { continue }
            ends.append((a, b, Int32(t)))
            keys.append(Int.random(in: 0..<60, using: &rng))
        }
        var keyOfTie = [Int32: Int]()
        for (k, end) in ends.enumerated() { keyOfTie[end.tie] = keys[k] }
        var seen = Set<[Int]>()
        var expected: [Int32] = []
        for (k, end) in ends.enumerated() where !seen.insert([Int(min(end.from, end.to)), Int(max(end.from, end.to)), keys[k]]).inserted {
            expected.append(end.tie)
        }
        let adjacency = CompactAdjacency(nodeCount: n, ends: ends)
        #expect(adjacency.repeatedTies(key: { keyOfTie[$0]! }).sorted() == expected.sorted())
        #expect(!expected.isEmpty)
    }
}
