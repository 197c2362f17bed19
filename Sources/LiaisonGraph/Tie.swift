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
        until: Int? = nil, weight: Double = 1, areas: [String] = [], source: String = "",
        confidence: Confidence? = nil, note: String? = nil
    ) {
        self.from = from
        self.to = to
        self.layer = layer
        self.status = status
        self.since = since
        self.until = until
        self.weight = weight
        self.areas = areas
        self.source = source
        self.confidence = confidence
        self.note = note
    }

    /// Whether the tie was in force in a given year: started by then (or start unknown), and not
    /// ended before it.
    public func isInForce(inYear year: Int) -> Bool {
        if let since, since > year { return false }
        if let until, until < year { return false }
        return true
    }
}
