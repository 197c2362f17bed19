import Foundation
import LiaisonAnalysis
import LiaisonGraph

/// The connector profile as tables, for `liaison connector`.
public enum ConnectorTables {
    /// How the entities were measured (key `settings`), the focus's partnership brokerage ranked
    /// among its peers and all cities (`brokerage`), its Gould–Fernandez roles (`roles`) and the
    /// office reach of it and its peers (`office_reach`).
    public static func tables(_ profile: ConnectorProfile, in network: PartnershipNetwork) -> [Table] {
        func name(_ id: String) -> String { network.entity(withID: id)?.name ?? id }
        let focusName = name(profile.focusID)
        let options = profile.options
        let layers = options.partnershipLayers.joined(separator: ", ")
        let groupBy = switch options.grouping {
        case .country: "country"
        case .region: "region"
        case .subregion: "subregion"
        case let .attribute(attribute): "attribute:\(attribute)"
        }
        func rank(_ rank: Int, of count: Int) -> TableValue {
            .record([TableField("rank", .integer(rank)), TableField("of", .integer(count))], text: "\(rank) of \(count)")
        }
        let rows = profile.lines.map { line -> [TableValue] in
            let measure = TableValue.record([TableField("name", .text(line.measure)), TableField("broker_like", .text(line.higherIsBetter ? "higher" : "lower"))],
                                            text: line.measure + (line.higherIsBetter ? "" : " (lower is more broker-like)"))
            return [measure, .number(line.value, .significant(4)), rank(line.rankAmongPeers, of: line.peers), rank(line.rankAmongCities, of: line.cities)]
                + profile.peerIDs.map { .number(line.peerValues[$0] ?? .nan, .significant(4)) }
        }
        let r = profile.roles
        let brokerageColumns = [TableColumn("measure"), TableColumn(focusName, key: "value"), TableColumn("rank among peers"), TableColumn("rank among cities")]
            + profile.peerIDs.map { TableColumn(name($0), key: "peers", member: $0) }
        let reachColumns = [TableColumn("entity"), TableColumn("countries"), TableColumn("rank")]
        let entity = { (id: String) -> TableValue in .record([TableField("id", .text(id)), TableField("name", .text(name(id)))], text: name(id)) }
        let merging = options.merging.rawValue
        return [
            Table(key: "settings", title: "How \(focusName) and its peers were measured", columns: ["setting", "value"],
                  rows: settings(of: profile, names: name).map { $0.map(TableValue.text) }),
            Table(key: "brokerage", title: "Partnership brokerage of \(focusName) (\(layers) ties; n = \(profile.population); agents merged: \(merging))",
                  columns: brokerageColumns, rows: rows),
            Table(key: "roles", title: "Brokerage roles of \(focusName) (Gould-Fernandez, groups by \(groupBy); open two-paths through it on \(layers) ties)", columns: ["role", "paths"],
                  rows: [[.text("coordinator"), .integer(r.coordinator)], [.text("gatekeeper or representative"), .integer(r.gatekeeperOrRepresentative)],
                         [.text("consultant"), .integer(r.consultant)], [.text("liaison"), .integer(r.liaison)], [.text("total"), .integer(r.total)]]),
            profile.officeTies == 0
                ? Table(key: "office_reach", title: "Office reach: not measured, the view holds no \(options.officeLayer) ties", columns: reachColumns, rows: [])
                : Table(key: "office_reach",
                        title: "Office reach: countries covered through \(options.officeLayer) ties of each entity and the organisations acting for it (\(profile.officeTies) in the view)"
                            + (profile.officeReach.dropFirst().allSatisfy { $0.countries == 0 } ? "; no peer has an office in this dataset, which may say more about the data than about the peers" : ""),
                        columns: reachColumns,
                        rows: profile.officeReach.map { [entity($0.entityID), .integer($0.countries), rank($0.rank, of: profile.officeReach.count)] }),
        ]
    }

    /// The policy, view, measures and n behind a profile, one setting a row.
    static func settings(of profile: ConnectorProfile, names name: (String) -> String) -> [[String]] {
        let options = profile.options
        let merging = switch options.merging {
        case .everyEntity: "every entity's offices, liaison units and hosted associations merged into it (\(profile.agentsMerged) organisations); --merge-agents all"
        case .noEntity: "no entity's agents merged; each organisation is its own node; --merge-agents none"
        }
        let population = switch options.isolated {
        case .excluded: "\(profile.population) entities with a partnership tie (and the entities compared); \(profile.isolatedLeftOut) without one left out (--include-isolated counts them)"
        case .included: "\(profile.population) entities of the view, \(profile.isolatedLeftOut) left out; isolated ones included"
        }
        var rows = [
            ["view", profile.viewFilters.isEmpty ? "the whole network" : profile.viewFilters.map(\.description).joined(separator: " ")],
            ["agents", merging],
            ["partnership measures", "degree, betweenness (normalised by (n-1)(n-2)/2, as NetworkX), PageRank, constraint, effective size, brokerage paths on \(options.partnershipLayers.joined(separator: ", ")) ties (\(profile.partnershipTies) in the view)"],
            ["n", population],
            ["office reach", "countries covered by \(options.officeLayer) ties in force (intent, active, dormant) of each entity or any organisation acting for it, whatever --merge-agents says"],
        ]
        if !profile.peersNotInView.isEmpty { rows.append(["peers not measured", profile.peersNotInView.map(name).joined(separator: ", ") + " (not in the view, or acting for another entity)"]) }
        return rows
    }
}
