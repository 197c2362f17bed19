import LiaisonGraph

/// The picture a planner asks for first: an entity's own network, its offices included.
extension NetworkView {
    /// The entities within `radius` ties of `centre` or of an office that represents it, with
    /// the ties among them.
    ///
    /// An office (an Economic and Trade Office, a liaison unit) acts for the government it
    /// represents, so its coverage counts as the centre's own, as in ``NetworkSummary``: for
    /// Hong Kong at radius 1 this is Hong Kong, its partners, its offices and every place the
    /// offices cover. A plain `ego:HK:2` view misses the offices, which hold no tie to Hong Kong.
    ///
    /// The result's ``filters`` are this view's: none of them describes the office step.
    ///
    /// (A candidate for ``ViewFilter`` in LiaisonGraph; it lives here until then, so that the
    /// render command's default view needs no logic in the command.)
    /// - Throws: ``ViewError/unknownEntity(_:suggestions:)`` when `centre` is not in the network.
    /// - Complexity: O(n + m) per hop.
    public func focusNetwork(centre: String, radius: Int) throws(ViewError) -> NetworkView {
        let network = self.network
        guard let c = network.index(of: centre) ?? (try? network.resolve(centre)).flatMap({ network.index(of: $0.id) }) else {
            throw .unknownEntity(centre, suggestions: network.suggestions(for: centre))
        }
        let centreID = network.entities[c].id
        var seen = BitSet(capacity: network.entityCount)
        var frontier: [Int] = []
        for (i, entity) in network.entities.enumerated() where entityMask[i] && (i == c || entity.representsID == centreID) {
            seen[i] = true
            frontier.append(i)
        }
        for _ in 0..<max(0, radius) {
            var next: [Int] = []
            for v in frontier {
                for adjacency in network.adjacency {
                    for k in adjacency.range(of: v) where tieMask[Int(adjacency.tieIndices[k])] {
                        let w = Int(adjacency.neighbours[k])
                        if entityMask[w] && !seen[w] { seen[w] = true; next.append(w) }
                    }
                }
            }
            if next.isEmpty { break }
            frontier = next
        }
        var ties = tieMask
        let store = network.tieStore
        for t in 0..<store.count where ties[t] && !(seen[Int(store.from[t])] && seen[Int(store.to[t])]) {
            ties[t] = false
        }
        // No ViewFilter describes the office step, so the filters stay those of the view it started from.
        return NetworkView(network: network, filters: filters, entityMask: seen, tieMask: ties, asOfYear: asOfYear, undatedMask: undatedMask)
    }
}
