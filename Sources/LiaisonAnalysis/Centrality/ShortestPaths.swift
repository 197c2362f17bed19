import LiaisonGraph

/// Single-source shortest paths on a ``CompactGraph`` with reusable buffers: breadth-first when
/// unweighted, Dijkstra with a binary heap when edges carry lengths. The settled order, the
/// distances and the number of shortest paths are what Brandes' algorithm and the closeness
/// measures need.
struct ShortestPathSearch {
    let graph: CompactGraph
    let lengths: [Double]?
    /// Settled nodes in order of distance.
    var order: [Int32]
    var hops: [Int32]
    var distance: [Double]
    var sigma: [Double]
    private var heap: [(Double, Int32)] = []

    /// - Parameter lengths: per entry of the graph's CSR, the edge's length; nil for hop counts.
    init(graph: CompactGraph, lengths: [Double]?) {
        self.graph = graph
        self.lengths = lengths
        order = []
        order.reserveCapacity(graph.nodeCount)
        hops = [Int32](repeating: -1, count: graph.nodeCount)
        distance = [Double](repeating: .infinity, count: graph.nodeCount)
        sigma = [Double](repeating: 0, count: graph.nodeCount)
    }

    /// Clears what the last search touched.
    mutating func reset() {
        for v in order {
            hops[Int(v)] = -1
            distance[Int(v)] = .infinity
            sigma[Int(v)] = 0
        }
        order.removeAll(keepingCapacity: true)
    }

    /// Searches from `source`; afterwards `order` holds the reached nodes by distance.
    mutating func run(from source: Int) {
        reset()
        if lengths == nil { breadthFirst(source) } else { dijkstra(source) }
    }

    private mutating func breadthFirst(_ source: Int) {
        unsafe graph.offsets.withUnsafeBufferPointer { offsets in
        unsafe graph.targets.withUnsafeBufferPointer { targets in
        unsafe hops.withUnsafeMutableBufferPointer { hops in
        unsafe sigma.withUnsafeMutableBufferPointer { sigma in
            unsafe hops[source] = 0
            unsafe sigma[source] = 1
            order.append(Int32(source))
            var head = 0
            while head < order.count {
                let v = Int(order[head])
                head += 1
                let next = unsafe hops[v] + 1
                let sv = unsafe sigma[v]
                for k in unsafe Int(offsets[v])..<Int(offsets[v + 1]) {
                    let w = unsafe Int(targets[k])
                    if unsafe hops[w] < 0 {
                        unsafe hops[w] = next
                        order.append(Int32(w))
                    }
                    if unsafe hops[w] == next { unsafe sigma[w] += sv }
                }
            }
        }}}}
        for v in order { distance[Int(v)] = Double(hops[Int(v)]) }
    }

    private mutating func dijkstra(_ source: Int) {
        let lengths = self.lengths!
        heap.removeAll(keepingCapacity: true)
        distance[source] = 0
        sigma[source] = 1
        push((0, Int32(source)))
        // `hops` marks settled nodes (0) here; lengths are positive, so a node's predecessors on
        // shortest paths are all settled before it, and its sigma is final when it is settled.
        while let (d, v32) = pop() {
            let v = Int(v32)
            if hops[v] >= 0 || d > distance[v] { continue }
            hops[v] = 0
            order.append(v32)
            for k in Int(graph.offsets[v])..<Int(graph.offsets[v + 1]) {
                let w = Int(graph.targets[k])
                if hops[w] >= 0 { continue }
                let candidate = d + lengths[k]
                if candidate < distance[w] {
                    distance[w] = candidate
                    sigma[w] = sigma[v]
                    push((candidate, Int32(w)))
                } else if candidate == distance[w] {
                    sigma[w] += sigma[v]
                }
            }
        }
    }

    private mutating func push(_ item: (Double, Int32)) {
        heap.append(item)
        var i = heap.count - 1
        while i > 0 {
            let parent = (i - 1) / 2
            if (heap[parent].0, heap[parent].1) <= (heap[i].0, heap[i].1) { break }
            heap.swapAt(parent, i)
            i = parent
        }
    }

    private mutating func pop() -> (Double, Int32)? {
        guard !heap.isEmpty else { return nil }
        let top = heap[0]
        let last = heap.removeLast()
        if !heap.isEmpty {
            heap[0] = last
            var i = 0
            while true {
                let l = 2 * i + 1, r = l + 1
                var m = i
                if l < heap.count && (heap[l].0, heap[l].1) < (heap[m].0, heap[m].1) { m = l }
                if r < heap.count && (heap[r].0, heap[r].1) < (heap[m].0, heap[m].1) { m = r }
                if m == i { break }
                heap.swapAt(i, m)
                i = m
            }
        }
        return top
    }
}
