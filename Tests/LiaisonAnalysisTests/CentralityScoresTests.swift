import Testing
@testable import LiaisonAnalysis
import LiaisonGraph

/// Look-ups in scores by entity ID against the obvious linear search.
@Suite struct CentralityScoresTests {
    @Test(arguments: [0, 1, 2, 50, 1_000])
    func lookUpsMatchALinearSearch(count: Int) {
        var generator = SplitMix64(seed: UInt64(count) + 7)
        // IDs drawn from a small alphabet so that some repeat: the first occurrence must win, as firstIndex did.
        let ids = (0..<count).map { _ in "E\(generator.next() % UInt64(max(1, count)))" }
        let values = ids.indices.map { Double($0) / 3 }
        let scores = CentralityScores(measure: "m", entityIDs: ids, values: values)
        for id in Set(ids).union(["absent", "E-1"]) {
            let linear = ids.firstIndex(of: id)
            #expect(scores.position(of: id) == linear, "\(id)")
            #expect(scores.value(of: id) == linear.map { values[$0] }, "\(id)")
            #expect(scores.rank(of: id) == linear.map { i in values.count { $0 > values[i] } + 1 }, "\(id)")
        }
    }

    @Test func equalityIgnoresTheIndex() {
        let a = CentralityScores(measure: "m", entityIDs: ["A", "B"], values: [1, 2])
        #expect(a == CentralityScores(measure: "m", entityIDs: ["A", "B"], values: [1, 2]))
        #expect(a != CentralityScores(measure: "m", entityIDs: ["B", "A"], values: [1, 2]))
        #expect(Set([a, CentralityScores(measure: "m", entityIDs: ["A", "B"], values: [1, 2])]).count == 1)
    }
}
