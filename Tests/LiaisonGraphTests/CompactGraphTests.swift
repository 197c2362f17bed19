import Testing
@testable import LiaisonGraph

@Suite struct CompactGraphTests {
    let network = Fixtures.network()

    @Test(arguments: [(ParallelTies.count, 2.0), (.sum, 3.0), (.max, 2.0)])
    func parallelTiesCombineAsAsked(rule: ParallelTies, expected: Double) throws {
        let graph = CompactGraph(network.view, combining: rule)
        let sha = graph.localIndex(of: "CN-SHA")!, yok = graph.localIndex(of: "JP-YOK")!
        let k = graph.neighbours(of: sha).firstIndex(of: Int32(yok))!
        #expect(graph.edgeWeights(of: sha)[k] == expected)
    }

    @Test func simpleSymmetricAndSorted() {
        let graph = CompactGraph(network.view, combining: .count)
        #expect(graph.nodeCount == network.entityCount)
        #expect(graph.edgeCount == 5, "six ties, two of them parallel")
        for v in 0..<graph.nodeCount {
            let row = Array(graph.neighbours(of: v))
            #expect(row == row.sorted() && Set(row).count == row.count && !row.contains(Int32(v)))
            for w in row { #expect(graph.neighbours(of: Int(w)).contains(Int32(v))) }
        }
    }

    @Test func viewRestrictsTheGraph() throws {
        let graph = CompactGraph(try network.view([.layers(["sister"]), .kinds([.city])]), combining: .sum)
        #expect(graph.nodeCount == 5)
        #expect(graph.edgeCount == 2)
        #expect(graph.entityIDs == graph.entityIDs.sorted())
    }
}
