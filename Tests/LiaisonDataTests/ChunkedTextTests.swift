import Foundation
import Testing
import LiaisonGraph
@testable import LiaisonData
import Synchronization

@Suite struct ChunkedTextTests {
    /// Chunks written on several threads join in element order, and every element is counted once.
    @Test func chunksJoinInOrderAndCountEveryElement() {
        let count = ChunkedText.chunkSize * 3 + 17
        let reports = Reports()
        let tally = ProgressTally(stage: "writing", total: count) { reports.add($0.done) }
        let text = ChunkedText.make(count: count, tally: tally) { i, out in out += "\(i)\n" }
        #expect(text == (0..<count).map { "\($0)\n" }.joined())
        #expect(reports.last == count)
        #expect(ChunkedText.make(count: 0, tally: nil) { _, out in out += "x" }.isEmpty)
    }

    private final class Reports: Sendable {
        private let values = Mutex<[Int]>([])
        func add(_ value: Int) { values.withLock { $0.append(value) } }
        var last: Int? { values.withLock { $0.last } }
    }
}
