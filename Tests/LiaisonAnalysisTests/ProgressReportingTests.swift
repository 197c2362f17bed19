import Foundation
import Testing
@testable import LiaisonAnalysis
import LiaisonGraph
import Synchronization

/// Work over sources tells its progress, whatever the thread count, and the result does not change.
@Suite struct ProgressReportingTests {
    /// Collects updates from any thread.
    final class Recorder: Sendable {
        private let seen = Mutex<[ProgressUpdate]>([])
        var updates: [ProgressUpdate] { seen.withLock { $0 } }
        var handler: ProgressHandler { { update in self.seen.withLock { $0.append(update) } } }
    }

    /// A ring of 600 nodes: no leaves, so every node is a source.
    static let ring = TextbookGraphTests.graph(600, (0..<600).map { ($0, ($0 + 1) % 600) })

    @Test(arguments: [1, 2])
    func betweennessCountsEverySourceOnce(threads: Int) {
        let recorder = Recorder()
        let parallelism = Parallelism(threads: threads).reporting(to: recorder.handler)
        let reported = Betweenness.exact(Self.ring, options: BetweennessOptions(parallelism: parallelism))
        let updates = recorder.updates
        #expect(updates.allSatisfy { $0.stage == "betweenness" && $0.total == 600 })
        #expect(updates.first?.done == 0 && updates.last?.done == 600)
        #expect(zip(updates, updates.dropFirst()).allSatisfy { $0.done < $1.done }, "done only grows")
        #expect(reported.values == Betweenness.exact(Self.ring, options: BetweennessOptions(parallelism: Parallelism(threads: threads))).values)
    }

    @Test func closenessAndDistancesReportTheirStages() {
        let recorder = Recorder()
        let parallelism = Parallelism(threads: 2).reporting(to: recorder.handler)
        _ = Closeness.closeness(Self.ring, options: ClosenessOptions(parallelism: parallelism))
        _ = NetworkStatistics(Self.ring, options: StatisticsOptions(parallelism: parallelism))
        let finished = Set(recorder.updates.filter { $0.done == $0.total }.map(\.stage))
        #expect(finished.isSuperset(of: ["closeness", "distances"]))
    }

    @Test func theHandlerDoesNotChangeEquality() {
        #expect(Parallelism(threads: 2).reporting(to: { _ in }) == Parallelism(threads: 2))
    }
}
