/// A view written as text, as the command line takes it: filters separated by `;`, each
/// `name:value`, plus an optional aggregation.
///
/// ```
/// ego:HK:2                      Hong Kong and everything within two ties
/// layer:sister,cooperation      only these layers
/// status:active,dormant         only these statuses
/// year:2015                     ties in force at the end of 2015, with their status then;
///                               ties with no start year are left out and counted
/// undated:in-force              year filters keep ties with no start year (undated:left-out: the default)
/// region:ASEAN                  entities in ASEAN countries (a region, sub-region or grouping)
/// country:CN,JP                 entities in these countries
/// kind:city                     entities of these kinds
/// aggregate:country             cities rolled up to their country (or province)
/// ```
public struct ViewSpec: Sendable, Hashable, CustomStringConvertible {
    /// The filters, in order.
    public var filters: [ViewFilter]
    /// The level to roll entities up to after filtering, if any.
    public var aggregation: AggregationLevel?

    /// Makes a specification.
    public init(filters: [ViewFilter] = [], aggregation: AggregationLevel? = nil) {
        self.filters = filters
        self.aggregation = aggregation
    }

    /// The grammar, for help texts and errors.
    public static let grammar = "filters separated by ';': ego:ID:HOPS, layer:L1,L2, status:S1,S2, year:YYYY, undated:in-force|left-out, region:R, country:CC, kind:K, aggregate:country|province"

    /// Parses one or more specifications, each possibly holding several `;`-separated filters.
    /// - Throws: ``ViewError/malformed(_:expected:)`` naming the part that does not parse.
    public init(parsing texts: [String]) throws(ViewError) {
        var filters: [ViewFilter] = []
        var aggregation: AggregationLevel?
        var undated = UndatedTies.leftOut
        for text in texts {
            for part in text.split(separator: ";").map({ String($0).trimmingWhitespace() }) where !part.isEmpty {
                guard let colon = part.firstIndex(of: ":") else {
                    throw .malformed(part, expected: Self.grammar)
                }
                let name = part[..<colon].lowercased()
                let value = String(part[part.index(after: colon)...])
                let list = value.split(separator: ",").map { String($0).trimmingWhitespace() }.filter { !$0.isEmpty }
                guard !list.isEmpty else { throw .malformed(part, expected: "a value after '\(name):'") }
                switch name {
                case "layer", "layers": filters.append(.layers(list))
                case "status", "statuses":
                    var statuses: [TieStatus] = []
                    for item in list {
                        guard let status = TieStatus(rawValue: item.lowercased()) else {
                            throw .malformed(item, expected: "a status: \(TieStatus.allCases.map(\.rawValue).joined(separator: ", "))")
                        }
                        statuses.append(status)
                    }
                    filters.append(.statuses(statuses))
                case "year", "asof", "as-of":
                    guard list.count == 1, let year = Int(list[0]) else { throw .malformed(part, expected: "a year, as year:2015") }
                    filters.append(.inForce(year: year))
                case "undated":
                    guard list.count == 1, let policy = UndatedTies(rawValue: list[0].lowercased()) else {
                        throw .malformed(part, expected: "undated:in-force or undated:left-out")
                    }
                    undated = policy
                case "region", "regions": filters.append(.regions(list))
                case "country", "countries": filters.append(.countries(list.map { $0.uppercased() }))
                case "kind", "kinds":
                    var kinds: [EntityKind] = []
                    for item in list {
                        guard let kind = EntityKind(rawValue: item.lowercased()) else {
                            throw .malformed(item, expected: "a kind: \(EntityKind.allCases.map(\.rawValue).joined(separator: ", "))")
                        }
                        kinds.append(kind)
                    }
                    filters.append(.kinds(kinds))
                case "ego":
                    // The centre may itself contain colons only if quoted; the radius is the last part.
                    var centre = value
                    var radius = 1
                    if let last = value.lastIndex(of: ":"), let hops = Int(value[value.index(after: last)...]) {
                        centre = String(value[..<last])
                        radius = hops
                    }
                    guard !centre.isEmpty, radius >= 0 else { throw .malformed(part, expected: "ego:ID:HOPS, as ego:HK:2") }
                    filters.append(.ego(centre: centre, radius: radius))
                case "aggregate", "aggregation":
                    guard list.count == 1, let level = AggregationLevel(rawValue: list[0].lowercased()) else {
                        throw .malformed(part, expected: "aggregate:country or aggregate:province")
                    }
                    aggregation = level
                default:
                    throw .malformed(part, expected: Self.grammar)
                }
            }
        }
        self = Self(filters: filters, aggregation: aggregation).treatingUndatedTies(as: undated)
    }

    /// The specification with every year filter treating ties with no start year as `policy`
    /// says (what `--assume-in-force` asks for on the command line).
    public func treatingUndatedTies(as policy: UndatedTies) -> ViewSpec {
        var spec = self
        spec.filters = filters.map { filter in
            guard case let .inForce(year, _) = filter else { return filter }
            return .inForce(year: year, undated: policy)
        }
        return spec
    }

    /// The specification as text that parses back to it.
    public var description: String {
        (filters.map(\.description) + (aggregation.map { ["aggregate:\($0.rawValue)"] } ?? [])).joined(separator: ";")
    }

    /// Applies the specification to a network: filters, then aggregation.
    public func apply(to network: PartnershipNetwork) throws(ViewError) -> NetworkView {
        let view = try network.view(filters)
        guard let aggregation else { return view }
        return view.aggregated(to: aggregation)
    }
}
