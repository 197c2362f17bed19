/// A layer the gap analysis was asked for and left out, with why: facts, which a report words in
/// its reader's language.
public struct LeftOutLayer: Sendable, Hashable {
    /// The layer's ID.
    public var layer: String
    /// Why it was left out.
    public var reason: LeftOutReason

    /// Makes a left-out layer.
    public init(layer: String, reason: LeftOutReason) {
        self.layer = layer
        self.reason = reason
    }
}

/// Why a layer is not the focus's to fill.
public enum LeftOutReason: Sendable, Hashable {
    /// The focus has no office and no external-relations powers of its own to open one (a
    /// mainland city on the office layer).
    case noOfficePowers(focusID: String)
}
