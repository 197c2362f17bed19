import LiaisonGraph

/// Gould and Fernandez's brokerage roles (Gould and Fernandez 1989, "Structures of mediation"),
/// for undirected ties.
///
/// A node v brokers every open two-path a – v – c (a and c tied to v, not to each other). With
/// groups g (country, region, any attribute), each such path gives v one role:
/// - coordinator: g(a) = g(v) = g(c), mediation inside one group;
/// - gatekeeper or representative: v shares a group with exactly one of a and c. In the directed
///   original a gatekeeper admits an outsider to its group and a representative speaks for its group
///   outward; undirected ties cannot tell the two apart, so they are counted together (each path once);
/// - consultant: g(a) = g(c) ≠ g(v), an outsider mediating within another group;
/// - liaison: all three groups differ, mediation between groups by a member of neither.
/// Each unordered pair {a, c} is counted once. Nodes with no group count as a group of their own.
/// R's `sna::brokerage` gives the directed counts; for a symmetric graph its gatekeeper plus
/// representative counts equal twice this combined count, and its other counts twice these.
public struct BrokerageRoles: Sendable, Hashable {
    /// Coordinator paths.
    public var coordinator: Int
    /// Gatekeeper or representative paths.
    public var gatekeeperOrRepresentative: Int
    /// Consultant paths.
    public var consultant: Int
    /// Liaison paths.
    public var liaison: Int

    /// All open two-paths through the node.
    public var total: Int { coordinator + gatekeeperOrRepresentative + consultant + liaison }

    /// The roles of every node, by local index, given each node's group.
    /// - Complexity: O(Σ d²) with a mark array.
    public static func of(_ graph: CompactGraph, groups: [String?]) -> [BrokerageRoles] {
        let n = graph.nodeCount
        var result = [BrokerageRoles](repeating: BrokerageRoles(coordinator: 0, gatekeeperOrRepresentative: 0, consultant: 0, liaison: 0), count: n)
        let group = groups.enumerated().map { $1 ?? "\u{0}node:\($0)" }
        for v in 0..<n {
            let neighbours = Array(graph.neighbours(of: v))
            guard neighbours.count > 1 else { continue }
            for x in 0..<neighbours.count {
                let a = Int(neighbours[x])
                let aNeighbours = graph.neighbours(of: a)
                for y in (x + 1)..<neighbours.count {
                    let c = Int(neighbours[y])
                    if binarySearch(aNeighbours, Int32(c)) { continue }  // a and c are tied: no hole
                    let ga = group[a], gv = group[v], gc = group[c]
                    if ga == gv && gv == gc { result[v].coordinator += 1 }
                    else if ga == gc { result[v].consultant += 1 }
                    else if ga == gv || gc == gv { result[v].gatekeeperOrRepresentative += 1 }
                    else { result[v].liaison += 1 }
                }
            }
        }
        return result
    }

    private static func binarySearch(_ sorted: ArraySlice<Int32>, _ value: Int32) -> Bool {
        var low = sorted.startIndex, high = sorted.endIndex
        while low < high {
            let mid = (low + high) / 2
            if sorted[mid] < value { low = mid + 1 } else if sorted[mid] > value { high = mid } else { return true }
        }
        return false
    }
}

/// How entities are grouped for brokerage roles.
public enum BrokerageGrouping: Sendable, Hashable {
    /// By country.
    case country
    /// By UN M49 region of the country.
    case region
    /// By UN M49 sub-region of the country.
    case subregion
    /// By a free attribute (a dataset column).
    case attribute(String)

    /// Parses `country`, `region`, `subregion` or `attribute:NAME`.
    public init?(parsing text: String) {
        switch text {
        case "country": self = .country
        case "region": self = .region
        case "subregion": self = .subregion
        default:
            guard text.hasPrefix("attribute:"), text.count > 10 else { return nil }
            self = .attribute(String(text.dropFirst(10)))
        }
    }

    /// The group of each entity of a graph.
    public func groups(of graph: CompactGraph, in network: PartnershipNetwork) -> [String?] {
        graph.entityIDs.map { id in
            guard let entity = network.entity(withID: id) else { return nil }
            let country = network.country(of: id)
            switch self {
            case .country: return entity.countryID
            case .region: return country?.attributes.region
            case .subregion: return country?.attributes.subregion
            case .attribute(let name): return entity.attributes.extra[name]
            }
        }
    }
}
