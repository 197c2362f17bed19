import LiaisonGraph

/// Tight breadth-first kernels for the unweighted measures, on raw buffers: no optionals, no
/// bounds checks and no divisions in the inner loops. One kernel serves one chunk of sources and
/// owns its scratch memory. Safe to use once made: only ``with(_:_:)`` makes one, over buffers that
/// outlive it, and frees its scratch afterwards.
@safe struct UnweightedKernels {
    let n: Int
    let offsets: UnsafeBufferPointer<Int32>
    let targets: UnsafeBufferPointer<Int32>
    private let hops: UnsafeMutablePointer<Int32>
    private let sigma: UnsafeMutablePointer<Double>
    private let coefficient: UnsafeMutablePointer<Double>
    private let order: UnsafeMutablePointer<Int32>

    /// Scratch for one thread; call ``deallocate()`` when done.
    @unsafe init(offsets: UnsafeBufferPointer<Int32>, targets: UnsafeBufferPointer<Int32>, nodeCount n: Int) {
        self.n = n
        unsafe self.offsets = offsets
        unsafe self.targets = targets
        unsafe hops = .allocate(capacity: max(1, n))
        unsafe hops.initialize(repeating: -1, count: max(1, n))
        unsafe sigma = .allocate(capacity: max(1, n))
        unsafe sigma.initialize(repeating: 0, count: max(1, n))
        unsafe coefficient = .allocate(capacity: max(1, n))
        unsafe coefficient.initialize(repeating: 0, count: max(1, n))
        unsafe order = .allocate(capacity: max(1, n))
    }

    /// Runs `body` with a kernel over the graph's CSR arrays, freeing its scratch afterwards.
    static func with<Result>(_ graph: CompactGraph, _ body: (UnweightedKernels) -> Result) -> Result {
        unsafe graph.offsets.withUnsafeBufferPointer { offsets in
            unsafe graph.targets.withUnsafeBufferPointer { targets in
                let kernel = unsafe UnweightedKernels(offsets: offsets, targets: targets, nodeCount: graph.nodeCount)
                defer { unsafe kernel.deallocate() }
                return body(kernel)
            }
        }
    }

    @unsafe func deallocate() {
        unsafe hops.deallocate(); unsafe sigma.deallocate(); unsafe coefficient.deallocate(); unsafe order.deallocate()
    }

    /// Breadth-first search from `s`, counting shortest paths; returns how many nodes it reached
    /// (they are `order[0 ..< count]`, by distance).
    @inline(__always)
    private func search(from s: Int, countingPaths: Bool) -> Int {
        var head = 0, tail = 1
        unsafe order[0] = Int32(s)
        unsafe hops[s] = 0
        unsafe sigma[s] = 1
        while head < tail {
            let v = unsafe Int(order[head])
            head += 1
            let next = unsafe hops[v] &+ 1
            let sv = unsafe sigma[v]
            var k = unsafe Int(offsets[v])
            let end = unsafe Int(offsets[v + 1])
            while k < end {
                let w = unsafe Int(targets[k])
                let hw = unsafe hops[w]
                if hw < 0 {
                    unsafe hops[w] = next
                    unsafe order[tail] = Int32(w)
                    tail += 1
                    if countingPaths { unsafe sigma[w] = sv }
                } else if countingPaths && hw == next {
                    unsafe sigma[w] += sv
                }
                k += 1
            }
        }
        return tail
    }

    /// Adds the Brandes dependencies of source `s` to `total` (each pair counted from both ends
    /// over all sources), `multiplier` times: a leaf's dependencies equal its neighbour's, so a
    /// source stands in for itself and its `multiplier − 1` leaves. Each such leaf also adds to `s`
    /// itself the targets beyond it: every node reached but `s` and the leaf.
    func addDependencies(of s: Int, into total: UnsafeMutableBufferPointer<Double>, multiplier: Double = 1) {
        let reached = search(from: s, countingPaths: true)
        // In reverse order of distance: δ(v) = σ(v) Σ_{w successor} (1 + δ(w)) / σ(w); keep
        // c(w) = (1 + δ(w)) / σ(w) so the inner loop only adds.
        var i = reached - 1
        while i >= 0 {
            let v = unsafe Int(order[i])
            let next = unsafe hops[v] &+ 1
            var sum = 0.0
            var k = unsafe Int(offsets[v])
            let end = unsafe Int(offsets[v + 1])
            while k < end {
                let w = unsafe Int(targets[k])
                if unsafe hops[w] == next { unsafe sum += coefficient[w] }
                k += 1
            }
            let delta = unsafe sigma[v] * sum
            unsafe coefficient[v] = (1 + delta) / sigma[v]
            if v != s { unsafe total[v] += multiplier * delta }
            i -= 1
        }
        unsafe total[s] += (multiplier - 1) * Double(reached - 2)
        reset(reached)
    }

    /// Σ 1 / d(s, v) over the nodes reached from `s`, and Σ 1 / (1 + d(s, v)) over them and `s`
    /// itself: the second, less ½, is the harmonic closeness of a leaf hanging on `s`.
    func harmonic(from s: Int) -> (own: Double, shifted: Double) {
        let reached = search(from: s, countingPaths: false)
        var own = 0.0, shifted = 1.0
        var level: Int32 = 0, inverse = 0.0, inverseShifted = 0.0
        for i in 1..<max(1, reached) {
            let h = unsafe hops[Int(order[i])]
            if h != level { level = h; inverse = 1 / Double(h); inverseShifted = 1 / Double(h + 1) }
            own += inverse
            shifted += inverseShifted
        }
        reset(reached)
        return (own, shifted)
    }

    @inline(__always)
    private func reset(_ reached: Int) {
        for i in 0..<reached {
            let v = unsafe Int(order[i])
            unsafe hops[v] = -1
            unsafe sigma[v] = 0
            unsafe coefficient[v] = 0
        }
    }
}

/// Leaves (nodes of degree 1 whose neighbour has more) and, per node, how many leaves hang on it:
/// a leaf's shortest paths are its neighbour's plus one step, so searches from leaves can be skipped.
struct LeafFolding {
    /// The neighbour of each leaf, -1 for other nodes.
    let parent: [Int32]
    /// Leaves hanging on each node.
    let leafCount: [Int]
    /// The nodes that need a search of their own, in index order.
    let sources: [Int]

    init(_ graph: CompactGraph) {
        let n = graph.nodeCount
        var parent = [Int32](repeating: -1, count: n)
        var leafCount = [Int](repeating: 0, count: n)
        for v in 0..<n where graph.degree(of: v) == 1 {
            let u = Int(graph.targets[Int(graph.offsets[v])])
            if graph.degree(of: u) > 1 {
                parent[v] = Int32(u)
                leafCount[u] += 1
            }
        }
        self.parent = parent
        self.leafCount = leafCount
        sources = (0..<n).filter { parent[$0] < 0 }
    }
}
