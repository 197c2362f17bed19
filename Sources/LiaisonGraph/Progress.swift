import Synchronization
import Foundation

/// How far one stage of a long piece of work has got: `done` of `total` units.
///
/// A `total` of 0 means the stage cannot count its units (a Graphviz layout, say): a display shows
/// the stage's name and the time spent instead of a bar.
public struct ProgressUpdate: Sendable, Hashable {
    /// What is being done, in a planner's words: "reading ties.csv", "betweenness".
    public var stage: String
    /// Units finished so far.
    public var done: Int
    /// Units in all, or 0 when unknown.
    public var total: Int
    /// The stage as a value, for a stage a display can word in its reader's language (loading a
    /// dataset); nil for the others, which name their stage in ``stage`` alone.
    public var known: ProgressStage?

    /// Makes an update.
    public init(stage: String, done: Int, total: Int) {
        self.stage = stage
        self.done = done
        self.total = total
    }

    /// Makes an update of a known stage, named in English in ``stage``.
    public init(_ stage: ProgressStage, done: Int, total: Int) {
        self.init(stage: stage.description, done: done, total: total)
        known = stage
    }
}

/// A stage of work that a progress display can word in its reader's language.
public enum ProgressStage: Sendable, Hashable, CustomStringConvertible {
    /// Reading a table or file of a dataset.
    case reading(file: String)
    /// Building the network from the rows read.
    case buildingNetwork

    /// The stage in English: "reading ties.csv", "building the network".
    public var description: String {
        switch self {
        case let .reading(file): return "reading \(file)"
        case .buildingNetwork: return "building the network"
        }
    }
}

/// Receives progress from any thread. Work calls it a few hundred times per stage at most, so a
/// handler may take a lock; it must not call back into the work.
public typealias ProgressHandler = @Sendable (ProgressUpdate) -> Void

/// Counts finished units of one stage from several threads and forwards the running total.
///
/// Work that splits into chunks calls ``advance(by:)`` after each chunk; the handler then sees a
/// `done` that only grows, whatever the threads' order.
public final class ProgressTally: Sendable {
    private let stage: String
    private let total: Int
    private let handler: ProgressHandler?
    /// The units done so far, changed under its lock.
    private let done = Mutex(0)

    /// Starts a stage of `total` units and reports it at 0.
    public init(stage: String, total: Int, handler: ProgressHandler?) {
        self.stage = stage
        self.total = total
        self.handler = handler
        handler?(ProgressUpdate(stage: stage, done: 0, total: total))
    }

    /// Records `units` more finished units and reports the new total.
    public func advance(by units: Int) {
        guard let handler else { return }
        done.withLock { done in
            done += units
            handler(ProgressUpdate(stage: stage, done: done, total: total))  // under the lock, so `done` never goes back
        }
    }
}
