import LiaisonGraph

/// An analysis that cannot run: an unknown focus, peer, layer or region.
public enum AnalysisError: Error, Sendable, Hashable, CustomStringConvertible {
    /// An entity that is not in the network.
    case unknownEntity(String, suggestions: [String])
    /// A layer that is not in the network.
    case unknownLayer(String, known: [String])
    /// An exchange area that is not in the network.
    case unknownArea(String, known: [String])
    /// A region, sub-region or grouping no country has.
    case unknownRegion(String, known: [String])
    /// A required value that is missing, with what would do.
    case missing(String, expected: String)
    /// A value that cannot be used, with what would do.
    case invalid(String, expected: String)

    /// A sentence naming the bad value and what would be valid.
    public var description: String {
        switch self {
        case let .unknownEntity(id, suggestions): return LookupError.notFound(query: id, suggestions: suggestions).description
        case let .unknownLayer(id, known): return ViewError.unknownLayer(id, known: known).description
        case let .unknownArea(area, known): return "unknown exchange area '\(area)'; known areas: \(known.joined(separator: ", "))"
        case let .unknownRegion(name, known): return ViewError.unknownRegion(name, known: known).description
        case let .missing(what, expected): return "no \(what); \(expected)"
        case let .invalid(value, expected): return "cannot use \(value); \(expected)"
        }
    }
}

extension PartnershipNetwork {
    /// The countries of the regions, sub-regions or groupings a planner named, or an ``AnalysisError``
    /// naming the first unknown one.
    /// - Complexity: O(r · n) for r regions.
    public func requireCountries(inRegions regions: [String]) throws(AnalysisError) -> Set<String> {
        var found = Set<String>()
        for region in regions {
            let countries = countries(inRegion: region)
            if countries.isEmpty { throw .unknownRegion(region, known: regionNames) }
            found.formUnion(countries)
        }
        return found
    }

    /// The entity a planner named, or an ``AnalysisError`` with suggestions.
    public func requireEntity(_ query: String) throws(AnalysisError) -> Entity {
        do { return try resolve(query) } catch {
            switch error {
            case let .notFound(q, suggestions): throw .unknownEntity(q, suggestions: suggestions)
            case let .ambiguous(q, candidates): throw .unknownEntity(q, suggestions: candidates)
            }
        }
    }
}
