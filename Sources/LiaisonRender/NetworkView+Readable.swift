import LiaisonGraph

/// A view of a size a reader can take in, chosen by default for views too dense to read.
public struct ReadableView: Sendable {
    /// The view to draw.
    public var view: NetworkView
    /// Why it differs from the view asked for; nil when it is that view.
    public var note: String?
}

extension NetworkView {
    /// The most entities with a tie that one picture shows readably.
    public static let readableLimit = 300

    /// This view, or, when more than `limit` entities hold a tie in it, the same ties
    /// aggregated to countries, with a note that says so and how to draw the view as asked.
    ///
    /// Aggregation keeps the whole picture (every tie counts, between countries); an ego view
    /// (`ego:ID:1`) keeps one entity's detail, and the note offers it.
    /// - Complexity: O(n + m).
    public func readable(limit: Int = NetworkView.readableLimit) -> ReadableView {
        var tied = Set<String>()
        for t in ties { tied.insert(t.from); tied.insert(t.to) }
        guard tied.count > limit else { return ReadableView(view: self, note: nil) }
        let countries = aggregated(to: .country)
        guard countries.entityCount < tied.count else { return ReadableView(view: self, note: nil) }
        let ego = network.metadata.focusID.map { " or --view ego:\($0):1 for one entity's own ties" } ?? ""
        return ReadableView(view: countries, note: "\(tied.count) tied entities are too many to read in one picture; drawn aggregated by country (\(countries.entityCount) countries). Add --full to draw them all\(ego)")
    }
}
