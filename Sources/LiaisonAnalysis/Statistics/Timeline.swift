import LiaisonGraph

/// Which years, layers and undated ties a ``Timeline`` covers.
public struct TimelineOptions: Sendable, Hashable {
    /// The first year; nil: the earliest start year among the counted ties.
    public var from: Int?
    /// The last year; nil: the dataset's as-of year, or else the latest year any tie names.
    public var to: Int?
    /// The layers to count; empty: every layer of the network that has a tie.
    public var layers: [String]
    /// What to do with ties that have no start year: leave them out and count them (the
    /// default), or count them as in force from before the first year until they ended.
    public var undated: UndatedTies

    /// Makes options.
    public init(from: Int? = nil, to: Int? = nil, layers: [String] = [], undated: UndatedTies = .leftOut) {
        self.from = from
        self.to = to
        self.layers = layers
        self.undated = undated
    }
}

/// How a partnership network grew: for the focus (with its agents), each peer (with its agents)
/// and the whole network, the ties of each layer in force at the end of each year and the new
/// ties of that year.
///
/// A tie counts for a subject when one of its ends is the subject or one of its agents
/// (``PartnershipNetwork/agents(of:)``); a tie between two of them counts once. A tie is in force
/// at the end of year Y when it started in Y or before and had not ended by Y (the rule of
/// ``TieDates/isInForce(since:until:status:statusSince:inYear:)``, the same as a `year:Y` view),
/// so "in force" in Y equals "in force" in Y − 1 plus the new ties of Y minus the ties that ended
/// in Y. A new tie of Y is one whose start year is Y. Ties with no start year are left out and
/// counted per subject and layer in ``Subject/undated``, unless the options count them as in force.
public struct Timeline: Sendable, Hashable {
    /// One subject's counts.
    public struct Subject: Sendable, Hashable {
        /// The subject's ID; nil for the whole network.
        public var id: String?
        /// A name to print: the entity's name, or "whole network".
        public var name: String
        /// The entity and its agents whose ties count (empty for the whole network).
        public var agentIDs: [String]
        /// One row per year and layer, years ascending, layers in the timeline's order.
        public var rows: [Row]
        /// Ties with no start year, per layer (all layers present): left out of ``rows``, or, when
        /// the options assume them in force, counted in force in every year before their end.
        public var undated: [String: Int]

        /// The row of a year and layer, or nil outside the timeline.
        public func row(year: Int, layer: String) -> Row? {
            rows.first { $0.year == year && $0.layer == layer }
        }
    }

    /// The counts of one subject, year and layer.
    public struct Row: Sendable, Hashable {
        /// The year.
        public var year: Int
        /// The layer's ID.
        public var layer: String
        /// Ties in force at the end of the year.
        public var inForce: Int
        /// Ties that started in the year.
        public var new: Int
    }

    /// The years counted.
    public let years: ClosedRange<Int>
    /// The layers counted, in the network's order.
    public let layers: [String]
    /// How ties with no start year were treated.
    public let undated: UndatedTies
    /// The focus, then each peer in the dataset's order, then the whole network.
    public let subjects: [Subject]

    /// Counts the network's ties per subject, layer and year.
    /// - Throws: ``AnalysisError`` for an unknown layer, or a first year after the last.
    /// - Complexity: O(s (n + m + y·l)) for s subjects, n entities, m ties, y years and l layers.
    public static func make(_ network: PartnershipNetwork, options: TimelineOptions = TimelineOptions()) throws(AnalysisError) -> Timeline {
        let known = network.layers.map(\.id)
        for layer in options.layers where !known.contains(layer) { throw .unknownLayer(layer, known: known) }
        let used = Set(network.ties.map(\.layer))
        let layers = known.filter { options.layers.isEmpty ? used.contains($0) : options.layers.contains($0) }
        let layerIndex = Dictionary(uniqueKeysWithValues: layers.enumerated().map { ($1, $0) })
        let ties = network.ties.filter { layerIndex[$0.layer] != nil }
        let years = try yearRange(of: ties, in: network, options: options)

        var subjects: [(id: String?, name: String, agents: [String])] = []
        for id in [network.metadata.focusID].compactMap({ $0 }) + network.metadata.peerIDs {
            let entity = try network.requireEntity(id)
            subjects.append((entity.id, entity.name, network.agents(of: entity.id)))
        }
        subjects.append((nil, "whole network", []))
        return Timeline(years: years, layers: layers, undated: options.undated, subjects: subjects.map { subject in
            let agents = Set(subject.agents)
            let counted = subject.id == nil ? ties : ties.filter { agents.contains($0.from) || agents.contains($0.to) }
            return count(counted, layers: layers, layerIndex: layerIndex, years: years, undated: options.undated,
                         subject: Subject(id: subject.id, name: subject.name, agentIDs: subject.agents, rows: [], undated: [:]))
        })
    }

    /// The years asked for, or those the ties span.
    private static func yearRange(of ties: [Tie], in network: PartnershipNetwork, options: TimelineOptions) throws(AnalysisError) -> ClosedRange<Int> {
        let named = ties.flatMap { [$0.since, $0.until, $0.statusSince].compactMap { $0 } }
        let first = options.from ?? ties.compactMap(\.since).min() ?? network.metadata.asOfYear ?? 2000
        let last = options.to ?? network.metadata.asOfYear ?? named.max() ?? first
        guard first <= last else {
            throw .missing("years from \(first) to \(last)", expected: "a first year (--from) no later than the last (--to)")
        }
        return first...last
    }

    /// One subject's rows: each tie adds one from the year it started (or the first year) to the
    /// year before it ended, summed over the years as a running total.
    private static func count(_ ties: [Tie], layers: [String], layerIndex: [String: Int], years: ClosedRange<Int>,
                              undated: UndatedTies, subject: Subject) -> Subject {
        var subject = subject
        subject.undated = Dictionary(uniqueKeysWithValues: layers.map { ($0, 0) })
        let width = years.count + 1
        // change[l][k]: how the count in force moves at year `years.lowerBound + k`.
        var change = [[Int]](repeating: [Int](repeating: 0, count: width), count: layers.count)
        var new = [[Int]](repeating: [Int](repeating: 0, count: width), count: layers.count)
        for tie in ties {
            let l = layerIndex[tie.layer]!
            if tie.since == nil {
                subject.undated[tie.layer, default: 0] += 1
                if undated == .leftOut { continue }
            }
            let start = max(tie.since ?? years.lowerBound, years.lowerBound)
            let end = TieDates.end(until: tie.until, status: tie.status, statusSince: tie.statusSince).map { min($0, years.upperBound + 1) }
            if let since = tie.since, years.contains(since) { new[l][since - years.lowerBound] += 1 }
            guard start <= years.upperBound, end.map({ $0 > start }) ?? true else { continue }
            change[l][start - years.lowerBound] += 1
            if let end { change[l][end - years.lowerBound] -= 1 }
        }
        var running = [Int](repeating: 0, count: layers.count)
        for (k, year) in years.enumerated() {
            for (l, layer) in layers.enumerated() {
                running[l] += change[l][k]
                subject.rows.append(Row(year: year, layer: layer, inForce: running[l], new: new[l][k]))
            }
        }
        return subject
    }
}
