/// A typed tie between two entities.
///
/// Ties are stored compactly inside ``PartnershipNetwork``; this value is what callers read and
/// what builders take. Parallel ties of different layers between one pair stay apart.
public struct Tie: Sendable, Hashable {
    /// The ID of one end (for directed layers such as `eto`, the office).
    public var from: String
    /// The ID of the other end.
    public var to: String
    /// The layer's ID.
    public var layer: String
    /// The stage the tie has reached.
    public var status: TieStatus
    /// The year it started.
    public var since: Int?
    /// The year it ended.
    public var until: Int?
    /// The year it reached its present status, when that is not the start year (a tie signed in
    /// 2011 and dormant since 2021 has `since` 2011 and `statusSince` 2021); nil when unknown.
    public var statusSince: Int?
    /// A positive weight; 1 where none is meaningful.
    public var weight: Double
    /// The exchange areas it covers.
    public var areas: [String]
    /// Where the fact comes from: a URL or a publication.
    public var source: String
    /// How sure the source is; nil means high.
    public var confidence: Confidence?
    /// Free text.
    public var note: String?

    /// Makes a tie.
    public init(
        from: String, to: String, layer: String, status: TieStatus = .active, since: Int? = nil,
        until: Int? = nil, statusSince: Int? = nil, weight: Double = 1, areas: [String] = [], source: String = "",
        confidence: Confidence? = nil, note: String? = nil
    ) {
        self.from = from
        self.to = to
        self.layer = layer
        self.status = status
        self.since = since
        self.until = until
        self.statusSince = statusSince
        self.weight = weight
        self.areas = areas
        self.source = source
        self.confidence = confidence
        self.note = note
    }

    /// Whether the tie was in force at the end of `year`: its start year is known and no later
    /// than `year`, and it had not ended by then. A tie that ended in `year` is not in force in
    /// `year` (nor is an ended tie whose status began in `year` or before, when its end year is
    /// unknown); a tie with no start year is in force in no year.
    public func isInForce(inYear year: Int) -> Bool {
        TieDates.isInForce(since: since, until: until, status: status, statusSince: statusSince, inYear: year)
    }

    /// The status the tie had at the end of `year` (see ``TieDates/status(_:until:statusSince:asOf:)``).
    public func status(asOf year: Int) -> TieStatus {
        TieDates.status(status, until: until, statusSince: statusSince, asOf: year)
    }
}
