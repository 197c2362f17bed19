import Foundation
import LiaisonGraph

/// Builds a focus dataset for any Chinese city from China's friendship-city network and the world
/// city universe (`datasets/china-network`, which includes `world-cities` and `world`):
/// `liaison init --focus <city> -o DIR`.
///
/// What the dataset holds:
/// - every country (for the rules: diplomatic relations, Belt and Road, regions);
/// - the focus and its peers, each with its tier (``CityTierTable``) and the tier's source in `note`;
/// - every foreign city of the network (the universe's and the places the China network adds), the
///   candidates `liaison targets` ranks, with their first-level divisions;
/// - the friendship ties of the focus and its peers;
/// - `friendship_network:` naming the China network, so that the one-to-one rule consults all of it.
///
/// **Peers**, by ``PeerRule``: the Chinese cities of the focus's province with the focus's tier
/// and level class (a district or county is compared with districts and counties, a city with
/// cities) that hold at least one friendship tie in the network, most ties first, ties broken by
/// ID, at most ``Options/maxPeers``. When the province has none (a municipality is its own
/// province), the same rule over all of China.
public enum FocusDatasetBuilder {
    /// Options of a build.
    public struct Options: Sendable {
        /// At most this many peers (default 5).
        public var maxPeers: Int
        /// The path written into `friendship_network:`: the network folder, relative to the
        /// output folder where possible.
        public var friendshipNetworkPath: String?

        /// Makes options.
        public init(maxPeers: Int = 5, friendshipNetworkPath: String? = nil) {
            self.maxPeers = maxPeers
            self.friendshipNetworkPath = friendshipNetworkPath
        }
    }

    /// Which rule chose the peers.
    public enum PeerRule: String, Sendable, Hashable {
        /// Same province, same tier and level class.
        case sameProvinceAndTier = "same province and tier"
        /// The province had none: same tier and level class anywhere in China.
        case sameTierNationwide = "same tier, all of China (the province has no other such city)"
        /// No Chinese city of the tier holds a tie.
        case none = "no city of the same tier holds a friendship tie"
    }

    /// A chosen peer.
    public struct Peer: Sendable, Hashable {
        /// The peer city, with its tier set.
        public var city: Entity
        /// Its friendship ties in the network.
        public var ties: Int
    }

    /// What a build made.
    public struct Result: Sendable {
        /// The focus dataset.
        public var network: PartnershipNetwork
        /// The focus city, with its tier set.
        public var focus: Entity
        /// The focus's tier and the source it comes from.
        public var tier: CityTier
        /// Where the tier comes from.
        public var tierSource: String
        /// The peers, in the order chosen.
        public var peers: [Peer]
        /// The rule that chose them.
        public var peerRule: PeerRule
        /// The focus's own friendship ties in the network.
        public var focusTies: Int
    }

    /// Loads the China network folder and its tier table (`city-tiers.csv` in it), and builds the focus
    /// dataset of `query` for the folder `output` (which names the network relative to itself).
    /// - Throws: ``DatasetError`` when the network or its tier table is invalid, ``FocusDatasetError``
    ///   when the query names no Chinese city or several.
    public static func build(focus query: String, networkFolder: String, output: String, maxPeers: Int = 5,
                             progress: ProgressHandler? = nil) throws -> Result {
        let network = try DatasetLoader.load(networkFolder, progress: progress)
        let tiers = try CityTierTable(path: DatasetLoader.join(networkFolder, CityTierTable.fileName), cities: network)
        return try build(focus: query, network: network, tiers: tiers,
                         options: Options(maxPeers: maxPeers, friendshipNetworkPath: relativePath(of: networkFolder, from: output)))
    }

    /// Builds the focus dataset of the Chinese city `query` names (an ID, an English or Chinese name).
    /// - Throws: ``FocusDatasetError`` when the query names no Chinese city or several.
    /// - Complexity: O(n + t) over the network's entities and ties.
    public static func build(focus query: String, network: PartnershipNetwork, tiers: CityTierTable,
                             options: Options = Options()) throws(FocusDatasetError) -> Result {
        var focus = try chineseCity(query, in: network)
        let focusTier = tiers.tier(of: focus)

        // Friendship ties of each Chinese end.
        var tieCount: [String: Int] = [:]
        for tie in network.ties where tie.layer == Layer.sister.id || tie.layer == Layer.cooperation.id {
            if isChinese(tie.from, in: network) { tieCount[tie.from, default: 0] += 1 }
            if isChinese(tie.to, in: network) { tieCount[tie.to, default: 0] += 1 }
        }
        let minor: Set<String> = ["district", "county"]
        let focusIsMinor = focus.attributes.level.map(minor.contains) ?? false
        let sameKind = network.entities.filter { city in
            city.kind == .city && city.id != focus.id && isChinese(city.id, in: network) && tiers.tier(of: city) == focusTier
                && (city.attributes.level.map(minor.contains) ?? false) == focusIsMinor && (tieCount[city.id] ?? 0) > 0
        }
        var rule = PeerRule.sameProvinceAndTier
        var pool = sameKind.filter { $0.provinceID != nil && $0.provinceID == focus.provinceID }
        if pool.isEmpty { pool = sameKind; rule = .sameTierNationwide }
        if pool.isEmpty { rule = .none }
        pool.sort { (tieCount[$0.id] ?? 0, $1.id) > (tieCount[$1.id] ?? 0, $0.id) }
        let peers = pool.prefix(max(0, options.maxPeers)).map { city -> Peer in
            Peer(city: withTier(city, tiers), ties: tieCount[city.id] ?? 0)
        }
        let tierSource = tiers.source(of: focus)
        focus = withTier(focus, tiers)

        // The dataset: countries, the focus and peers, every foreign city, their provinces, the ties.
        let chosen = Set([focus.id] + peers.map(\.city.id))
        var builder = NetworkBuilder(metadata: NetworkMetadata(
            name: "\(focus.name) (focus dataset)",
            description: "\(focus.name) (\(focus.id)) and its peers (\(rule.rawValue), tier \(focusTier.rawValue)), with every foreign city "
                + "of the China network and the world city universe; built by liaison init from \(network.metadata.name).",
            asOf: network.metadata.asOf, focusID: focus.id, peerIDs: peers.map(\.city.id),
            sources: network.metadata.sources.merging(["city-tiers": "Tiers of Chinese cities: \(tiers.file)"]) { a, _ in a },
            friendshipNetwork: options.friendshipNetworkPath))
        var provinces = Set<String>()
        var added = Set<String>()
        func add(_ entity: Entity) {
            guard added.insert(entity.id).inserted else { return }
            if let province = entity.provinceID { provinces.insert(province) }
            builder.add(entity)
        }
        add(focus)
        for peer in peers { add(peer.city) }
        var ties: [Tie] = []
        for tie in network.ties where chosen.contains(tie.from) || chosen.contains(tie.to) {
            ties.append(tie)
            for end in [tie.from, tie.to] where !chosen.contains(end) {
                guard let entity = network.entity(withID: end) else { continue }
                if entity.kind == .province { provinces.insert(entity.id) } else { add(entity) }
            }
        }
        for entity in network.entities {
            switch entity.kind {
            case .country: add(entity)
            case .city where entity.attributes.politicalStatus == .sar: add(entity)
            case .city where !isChinese(entity.id, in: network): add(entity)
            default: continue
            }
        }
        for id in provinces.sorted() { if let province = network.entity(withID: id) { add(province) } }
        for tie in ties { builder.add(tie) }
        do {
            let built = try builder.build()
            return Result(network: built, focus: focus, tier: focusTier, tierSource: tierSource, peers: Array(peers), peerRule: rule,
                          focusTies: tieCount[focus.id] ?? 0)
        } catch {
            throw FocusDatasetError.invalid(error.problems)
        }
    }

    /// Writes the dataset as a new folder, atomically: into a temporary folder beside it, renamed
    /// into place once every file is written, so that a failure leaves nothing half-written. The
    /// folder must not exist, or be empty.
    /// - Throws: ``OutputError`` when the folder exists with files in it or cannot be written.
    public static func write(_ network: PartnershipNetwork, to folder: String) throws(OutputError) {
        let manager = FileManager.default
        let target = URL(fileURLWithPath: folder).standardizedFileURL
        if manager.fileExists(atPath: target.path) {
            let isFolder = FileAccess.isFolder(target.path)
            let contents = isFolder ? ((try? manager.contentsOfDirectory(atPath: target.path)) ?? ["?"]) : ["?"]
            guard contents.isEmpty else {
                throw OutputError(path: folder, reason: isFolder ? "the folder exists and is not empty; give a new folder" : "a file of that name exists")
            }
        }
        let temporary = target.deletingLastPathComponent().appendingPathComponent(".\(target.lastPathComponent).partial-\(UUID().uuidString)")
        do {
            try manager.createDirectory(at: temporary, withIntermediateDirectories: true)
        } catch {
            throw OutputError(path: folder, reason: "cannot create \(temporary.path): \(error.localizedDescription)")
        }
        do throws(OutputError) {
            try DatasetWriter.write(network, to: temporary.path, inputs: [])
            if manager.fileExists(atPath: target.path) { try? manager.removeItem(at: target) }
            do {
                try manager.moveItem(at: temporary, to: target)
            } catch {
                throw OutputError(path: folder, reason: "cannot move the finished folder into place: \(error.localizedDescription)")
            }
        } catch {
            try? manager.removeItem(at: temporary)
            throw error
        }
    }

    /// The path of `folder` relative to `base` (both made absolute), for `friendship_network:`.
    public static func relativePath(of folder: String, from base: String) -> String {
        let a = URL(fileURLWithPath: folder).standardizedFileURL.pathComponents
        let b = URL(fileURLWithPath: base).standardizedFileURL.pathComponents
        var common = 0
        while common < min(a.count, b.count) && a[common] == b[common] { common += 1 }
        guard common > 1 else { return URL(fileURLWithPath: folder).standardizedFileURL.path }
        let path = Array(repeating: "..", count: b.count - common) + a[common...]
        return path.isEmpty ? "." : path.joined(separator: "/")
    }

    private static func withTier(_ city: Entity, _ tiers: CityTierTable) -> Entity {
        guard city.attributes.tier == nil else { return city }
        var copy = city
        copy.attributes.tier = tiers.tier(of: city)
        let note = "tier \(tiers.tier(of: city).rawValue): \(tiers.source(of: city))"
        copy.attributes.note = copy.attributes.note.map { $0 + "; " + note } ?? note
        return copy
    }

    private static func isChinese(_ id: String, in network: PartnershipNetwork) -> Bool {
        guard let entity = network.entity(withID: id), entity.kind == .city || entity.kind == .province else { return false }
        return entity.countryID == "CN"
    }

    private static func chineseCity(_ query: String, in network: PartnershipNetwork) throws(FocusDatasetError) -> Entity {
        if let exact = network.entity(withID: query) {
            guard exact.kind == .city, exact.countryID == "CN" else { throw FocusDatasetError.notAChineseCity(query: query, id: exact.id) }
            return exact
        }
        let named = network.entities(named: query)
        let matches = named.filter { $0.kind == .city && $0.countryID == "CN" }
        if matches.count == 1 { return matches[0] }
        if matches.isEmpty {
            if let other = named.first { throw FocusDatasetError.notAChineseCity(query: query, id: other.id) }
            let chinese = network.entities.filter { $0.kind == .city && $0.countryID == "CN" }
            throw FocusDatasetError.notFound(query: query, suggestions: closestIDs(to: query, in: chinese, limit: 5))
        }
        throw FocusDatasetError.ambiguous(query: query, candidates: matches.map { "\($0.id) (\($0.name), \($0.provinceID ?? "no province"))" })
    }
}

/// Why a focus dataset could not be built.
public enum FocusDatasetError: Error, Sendable, Hashable, CustomStringConvertible {
    /// No Chinese city has the name; the closest IDs are suggested.
    case notFound(query: String, suggestions: [String])
    /// Several Chinese cities have it.
    case ambiguous(query: String, candidates: [String])
    /// The name or ID is of something other than a Chinese city.
    case notAChineseCity(query: String, id: String)
    /// The dataset built did not hold together (a bug or an inconsistent network).
    case invalid([ValidationProblem])

    /// A sentence saying what would be valid.
    public var description: String {
        switch self {
        case let .notFound(query, suggestions):
            return "no Chinese city is called '\(query)'" + (suggestions.isEmpty ? "; give an ID, a name or a Chinese name of a city of China"
                                                               : "; did you mean \(suggestions.joined(separator: ", "))?")
        case let .ambiguous(query, candidates):
            return "'\(query)' names several Chinese cities: \(candidates.joined(separator: "; ")); give an ID"
        case let .notAChineseCity(query, id):
            return "'\(query)' is \(id), not a city of China; init --focus builds a dataset for a city of China"
        case let .invalid(problems):
            return "the focus dataset does not hold together:\n" + problems.map(\.description).joined(separator: "\n")
        }
    }
}
