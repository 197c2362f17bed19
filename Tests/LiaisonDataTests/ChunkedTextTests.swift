import Foundation
import Testing
import LiaisonGraph
@testable import LiaisonData

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

    private final class Reports: @unchecked Sendable {
        private let lock = NSLock()
        private var values: [Int] = []
        func add(_ value: Int) { lock.lock(); values.append(value); lock.unlock() }
        var last: Int? { lock.lock(); defer { lock.unlock() }; return values.last }
    }
}
