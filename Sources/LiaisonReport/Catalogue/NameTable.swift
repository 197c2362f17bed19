import LiaisonGraph

/// The names a message refers to by ID, already in the reader's language: a ``Message`` that
/// words an analysis's structured answer (a ``GapReason``) names entities through it.
public struct NameTable: Sendable, Hashable {
    /// Names by ID.
    let names: [String: String]

    /// The names of `ids` in `wording`'s language (an ID the network does not hold names itself).
    public init(_ ids: [String], in network: PartnershipNetwork, wording: Wording) {
        names = Dictionary(ids.map { ($0, wording.name(of: $0, in: network)) }, uniquingKeysWith: { a, _ in a })
    }

    /// Names given outright, for tests.
    public init(_ names: [String: String]) {
        self.names = names
    }

    /// The name of `id`, or the ID.
    public subscript(_ id: String) -> String { names[id] ?? id }

    /// The name of `id` when the table has one of its own (not the ID), else `fallback`.
    public subscript(_ id: String, or fallback: String) -> String {
        guard let name = names[id], name != id else { return fallback }
        return name
    }
}
