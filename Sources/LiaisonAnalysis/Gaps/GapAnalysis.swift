import Foundation
import LiaisonGraph

/// The kinds of gap a planner asks about (see DOMAIN.md, "What the planners want to know").
public enum GapKind: String, Sendable, Hashable, CaseIterable {
    /// A Belt and Road country that no office of the focus covers.
    case beltAndRoadWithoutOffice = "bri-without-office"
    /// A country with a large overseas Chinese community but no diaspora or partnership tie.
    case diasporaWithoutTie = "diaspora-without-tie"
    /// An exchange area no active partner of the focus covers.
    case areaWithoutPartner = "area-without-partner"
    /// A region where peers are connected and the focus is not.
    case regionPeersReach = "region-peers-reach"
    /// A dormant, proposed or intended tie that could be activated.
    case tieToActivate = "tie-to-activate"

    /// A heading for the gap list.
    public var title: String {
        switch self {
        case .beltAndRoadWithoutOffice: return "Belt and Road countries with no ETO coverage"
        case .diasporaWithoutTie: return "Large overseas Chinese communities with no diaspora or partnership tie"
        case .areaWithoutPartner: return "Exchange areas with no active partner"
        case .regionPeersReach: return "Regions where peers are connected and the focus is not"
        case .tieToActivate: return "Dormant and proposed ties to activate"
        }
    }
}

/// One gap: what, why, and the data behind it.
public struct Gap: Sendable, Hashable {
    /// Which list it belongs to.
    public var kind: GapKind
    /// The entity, area or region the gap is about.
    public var subject: String
    /// A readable name for it.
    public var subjectName: String
    /// Why it is a gap: the facts, which a report words in its reader's language.
    public var reason: GapReason
    /// The sources of the facts cited.
    public var sources: [String]
    /// A number to rank the list by (community size, peers connected, …); larger first.
    public var weight: Double
}

/// One row of the peer benchmark: how many countries an entity covers in a region on a layer.
public struct BenchmarkRow: Sendable, Hashable {
    /// The region (UN M49 sub-region or grouping).
    public var region: String
    /// The layer.
    public var layer: String
    /// Countries of the region covered, per entity (the focus first, then the peers in order); nil
    /// where the data hold no tie of the layer at all for that entity ("no data", not zero).
    public var counts: [Int?]
}

/// The result of a gap analysis.
public struct GapReport: Sendable {
    /// The focus.
    public var focusID: String
    /// The peers compared with, in order.
    public var peerIDs: [String]
    /// The layers considered: those asked for that the focus has, or could have (an office layer
    /// only for a focus with offices or its own external relations).
    public var layers: [String]
    /// The layers asked for and left out, each with the reason.
    public var layersLeftOut: [LeftOutLayer]
    /// The countries left out of coverage, sorted: those no region holds and no one lives in
    /// (Antarctica), which ``GapAnalysis/isOutsideCoverage(_:)`` names.
    public var countriesLeftOut: [String]
    /// The focus's coverage.
    public var coverage: Coverage
    /// Each peer's coverage, in ``peerIDs`` order.
    public var peerCoverage: [Coverage]
    /// Covered and total countries per region and layer, for the focus.
    public var coverageByRegion: [RegionCoverage]
    /// The focus against each peer, per region and layer.
    public var benchmark: [BenchmarkRow]
    /// Every gap, grouped by kind in ``GapKind`` order, each list ranked by weight then subject.
    public var gaps: [Gap]

    /// The gaps of one kind.
    public func gaps(_ kind: GapKind) -> [Gap] { gaps.filter { $0.kind == kind } }
}

/// Covered and total countries of one region on one layer.
public struct RegionCoverage: Sendable, Hashable {
    /// The region.
    public var region: String
    /// The layer.
    public var layer: String
    /// Countries covered.
    public var covered: Int
    /// Countries in the region.
    public var total: Int
}

/// What a gap analysis looks at.
public struct GapOptions: Sendable {
    /// The layers whose coverage is reported; default all built-in layers but `bri`.
    public var layers: [String]
    /// Only countries in these regions, sub-regions or groupings; empty means everywhere.
    public var regions: [String]
    /// The peers; empty means the dataset's peers.
    public var peerIDs: [String]
    /// The smallest overseas Chinese community that makes a country's missing tie a gap.
    public var minimumDiaspora: Int
    /// What counts as coverage.
    public var coverage: CoverageOptions
    /// Group regions by UN M49 sub-region (default) or region.
    public var regionLevel: RegionLevel

    /// Makes options.
    public init(layers: [String] = ["sister", "cooperation", "eto", "diaspora"], regions: [String] = [], peerIDs: [String] = [],
                minimumDiaspora: Int = 100_000, coverage: CoverageOptions = CoverageOptions(), regionLevel: RegionLevel = .subregion) {
        self.layers = layers
        self.regions = regions
        self.peerIDs = peerIDs
        self.minimumDiaspora = minimumDiaspora
        self.coverage = coverage
        self.regionLevel = regionLevel
    }
}

/// How finely countries are grouped into regions.
public enum RegionLevel: String, Sendable, CaseIterable {
    /// UN M49 regions (Africa, Americas, Asia, Europe, Oceania).
    case region
    /// UN M49 sub-regions (South-eastern Asia, Western Europe, …).
    case subregion
}

/// Coverage gaps of a focus entity, against the facts of its countries and its peers.
public enum GapAnalysis {
    /// Runs the analysis.
    /// - Throws: ``AnalysisError`` for an unknown focus, peer, layer or region.
    /// - Complexity: O((p + 1) · (n + t)), p peers, t their ties.
    public static func run(focus focusQuery: String, in network: PartnershipNetwork, options: GapOptions = GapOptions()) throws(AnalysisError) -> GapReport {
        let focus = try network.requireEntity(focusQuery)
        for layer in options.layers where network.layer(withID: layer) == nil {
            throw .unknownLayer(layer, known: network.layers.map(\.id))
        }
        let coverage = network.coverage(of: focus.id, options: options.coverage)
        // Only the layers the focus has or could have: a mainland city has no offices and cannot open
        // any, so office gaps are not its gaps.
        let mayHaveOffices = coverage.hasOffices(in: network) || focus.hasOwnExternalRelations
        var layers: [String] = []
        var layersLeftOut: [LeftOutLayer] = []
        for layer in options.layers {
            if layer == Layer.eto.id && !mayHaveOffices {
                layersLeftOut.append(LeftOutLayer(layer: layer, reason: .noOfficePowers(focusID: focus.id)))
            } else {
                layers.append(layer)
            }
        }
        let home = RuleChecker.sovereignID(of: focus, in: network)
        var peers: [Entity] = []
        for peer in options.peerIDs.isEmpty ? network.metadata.peerIDs : options.peerIDs { peers.append(try network.requireEntity(peer)) }
        peers.removeAll { $0.id == focus.id }
        var scope = Set(network.entities.filter { $0.kind == .country && $0.id != focus.countryID && $0.id != focus.id }.map(\.id))
        if !options.regions.isEmpty { scope.formIntersection(try network.requireCountries(inRegions: options.regions)) }
        let leftOut = scope.filter { network.entity(withID: $0).map(isOutsideCoverage) == true }.sorted()
        scope.subtract(leftOut)
        let peerCoverage = peers.map { network.coverage(of: $0.id, options: options.coverage) }
        let countries = scope.sorted().compactMap { network.entity(withID: $0) }
        func regionName(_ country: Entity) -> String {
            (options.regionLevel == .region ? country.attributes.region : country.attributes.subregion) ?? country.attributes.region ?? "(no region)"
        }
        let regions = Dictionary(grouping: countries, by: regionName)
        // Whether the data hold any tie of a layer for a peer (or its agents): without one, its
        // benchmark cells read "no data", not zero.
        var peerLayers: [String: Set<String>] = [:]
        for (peer, reach) in zip(peers, peerCoverage) {
            for agent in reach.agentIDs { for tie in network.ties(of: agent) { peerLayers[peer.id, default: []].insert(tie.layer) } }
        }
        func peerHasData(_ peer: String, _ layer: String) -> Bool { peerLayers[peer]?.contains(layer) == true }
        var byRegion: [RegionCoverage] = []
        var benchmark: [BenchmarkRow] = []
        for region in regions.keys.sorted() {
            let members = regions[region]!
            for layer in layers {
                let covered = members.count { coverage.covers($0.id, on: layer) }
                byRegion.append(RegionCoverage(region: region, layer: layer, covered: covered, total: members.count))
                let counts: [Int?] = [covered] + zip(peers, peerCoverage).map { peer, reach in
                    peerHasData(peer.id, layer) ? members.count { reach.covers($0.id, on: layer) } : nil
                }
                if counts.contains(where: { ($0 ?? 0) > 0 }) { benchmark.append(BenchmarkRow(region: region, layer: layer, counts: counts)) }
            }
        }

        var gaps: [Gap] = []
        // Belt and Road countries with no ETO coverage.
        for country in countries where layers.contains(Layer.eto.id) && country.attributes.beltAndRoad?.isMember == true && !coverage.covers(country.id, on: Layer.eto.id) {
            var year: Int?
            if case .signed(let y)? = country.attributes.beltAndRoad { year = y }
            gaps.append(Gap(kind: .beltAndRoadWithoutOffice, subject: country.id, subjectName: country.name,
                            reason: .beltAndRoadWithoutOffice(countryID: country.id, signedIn: year, focusID: focus.id),
                            sources: citation(country.attributes.source, about: ["belt and road", "yidaiyilu", "bri"]),
                            weight: Double(country.attributes.population ?? 0)))
        }
        // Large communities with no diaspora or partnership tie.
        let tieLayers = ["diaspora", "sister", "cooperation"]
        for country in countries {
            guard let community = country.attributes.overseasChinese, community >= options.minimumDiaspora else { continue }
            guard !tieLayers.contains(where: { coverage.covers(country.id, on: $0) }) else { continue }
            gaps.append(Gap(kind: .diasporaWithoutTie, subject: country.id, subjectName: country.name,
                            reason: .diasporaWithoutTie(countryID: country.id, community: community, year: country.attributes.overseasChineseYear, focusID: focus.id),
                            sources: citation(country.attributes.source, about: ["overseas chinese", "diaspora", "poston"]), weight: Double(community)))
        }
        // Exchange areas with no active foreign partner: a domestic tie (Hong Kong–Guangdong) closes no foreign gap.
        func isForeign(_ tie: Tie, of agents: Set<String>) -> Bool {
            let far = agents.contains(tie.from) ? tie.to : tie.from
            guard let entity = network.entity(withID: far) else { return false }
            return RuleChecker.sovereignID(of: entity, in: network) != home
        }
        var activeAreas = Set<String>()
        let agentSet = Set(coverage.agentIDs)
        for agent in coverage.agentIDs {
            for tie in network.ties(of: agent) where tie.status == .active && isForeign(tie, of: agentSet) { activeAreas.formUnion(tie.areas) }
        }
        for area in network.areas where !activeAreas.contains(area) {
            let peersWith = peers.filter { peer in network.ties(of: peer.id).contains { $0.status == .active && $0.areas.contains(area) && isForeign($0, of: [peer.id]) } }
            gaps.append(Gap(kind: .areaWithoutPartner, subject: area, subjectName: area,
                            reason: .areaWithoutPartner(area: area, focusID: focus.id, peerIDs: peersWith.map(\.id)), sources: [], weight: Double(peersWith.count)))
        }
        // Regions where peers are connected and the focus is not.
        for row in benchmark where row.counts[0] == 0 {
            let reaching = zip(peers, row.counts.dropFirst()).compactMap { peer, count in count.flatMap { $0 > 0 ? (peer, $0) : nil } }
            guard !reaching.isEmpty else { continue }
            gaps.append(Gap(kind: .regionPeersReach, subject: "\(row.region)|\(row.layer)", subjectName: "\(row.region) (\(row.layer))",
                            reason: .regionPeersReach(region: row.region, layer: row.layer, focusID: focus.id,
                                                      peers: reaching.map { PeerReach(peerID: $0.0.id, countries: $0.1) }),
                            sources: [], weight: Double(reaching.count) * 1000 + Double(reaching.map(\.1).reduce(0, +))))
        }
        // Dormant, intended and proposed ties to activate, in that order: a dormant tie is signed already.
        for agent in coverage.agentIDs {
            for tie in network.ties(of: agent) where [.dormant, .proposed, .intent].contains(tie.status) {
                let other = tie.from == agent ? tie.to : tie.from
                let name = network.entity(withID: other)?.name ?? other
                gaps.append(Gap(kind: .tieToActivate, subject: "\(agent)|\(other)|\(tie.layer)", subjectName: "\(network.entity(withID: agent)?.name ?? agent) – \(name)",
                                reason: .tieToActivate(layer: tie.layer, partnerID: other, status: tie.status, since: tie.since, statusSince: tie.statusSince),
                                sources: [tie.source],
                                weight: tie.status == .dormant ? 3 : (tie.status == .intent ? 2 : 1)))
            }
        }
        gaps.sort { a, b in
            let ka = GapKind.allCases.firstIndex(of: a.kind)!, kb = GapKind.allCases.firstIndex(of: b.kind)!
            return (ka, -a.weight, a.subject) < (kb, -b.weight, b.subject)
        }
        return GapReport(focusID: focus.id, peerIDs: peers.map(\.id), layers: layers, layersLeftOut: layersLeftOut,
                         countriesLeftOut: leftOut, coverage: coverage, peerCoverage: peerCoverage,
                         coverageByRegion: byRegion, benchmark: benchmark, gaps: gaps)
    }
}

/// The parts of a ` ; `-separated source field that concern a topic (matched by keywords,
/// ignoring case), or the whole field when none does.
func citation(_ source: String?, about keywords: [String]) -> [String] {
    guard let source, !source.isEmpty else { return [] }
    let parts = source.components(separatedBy: " ; ").map { $0.trimmingCharacters(in: .whitespaces) }
    let relevant = parts.filter { part in keywords.contains { part.lowercased().contains($0) } }
    return relevant.isEmpty ? parts : relevant
}

/// A whole number with thousands separators: 1,234,567.
func grouped(_ value: Int) -> String {
    let digits = String(abs(value))
    var out = ""
    for (i, c) in digits.enumerated() {
        if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
        out.append(c)
    }
    return (value < 0 ? "-" : "") + out
}
