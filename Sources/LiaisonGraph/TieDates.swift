/// What a tie's years say about a given year: whether it was in force, and in which status.
///
/// A tie's `since` is its start year, `until` the year it ended and `statusSince` the year it
/// reached its present status. A year stands for its end: a tie that started in 2016 is in force
/// in 2016, one that ended in 2016 is not. The same rules serve ``Tie`` and ``NetworkView``.
public enum TieDates {
    /// The year a tie stopped being in force: its end year, or for an ended tie without one, the
    /// year its status began; nil while it is in force or when nothing says when it ended.
    public static func end(until: Int?, status: TieStatus, statusSince: Int?) -> Int? {
        until ?? (status == .ended ? statusSince : nil)
    }

    /// Whether a tie was in force at the end of `year`: `since <= year`, and its end (see
    /// ``end(until:status:statusSince:)``) unknown or after `year`. False when `since` is nil.
    public static func isInForce(since: Int?, until: Int?, status: TieStatus, statusSince: Int?, inYear year: Int) -> Bool {
        guard let since, since <= year else { return false }
        if let end = end(until: until, status: status, statusSince: statusSince), end <= year { return false }
        return true
    }

    /// The status a tie had at the end of `year`: its present status once that began (in
    /// `statusSince`, or for an ended tie in `until`), and before then the status that comes
    /// before it (see ``TieStatus/previous``): an ended tie was active before its end year, a
    /// tie dormant since 2021 was active in 2015. When nothing says when the status began, the
    /// present status.
    public static func status(_ status: TieStatus, until: Int?, statusSince: Int?, asOf year: Int) -> TieStatus {
        let began = status == .ended ? (until ?? statusSince) : statusSince
        guard let began, year < began else { return status }
        return status.previous
    }
}

extension TieStatus {
    /// The status a tie held just before this one: proposed before an intent, an intent before
    /// active, active before dormant or ended; a proposal has none before it, and is its own.
    public var previous: TieStatus {
        switch self {
        case .proposed, .intent: return .proposed
        case .active: return .intent
        case .dormant, .ended: return .active
        }
    }
}
