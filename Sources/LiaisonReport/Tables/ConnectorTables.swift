import Foundation
import LiaisonAnalysis
import LiaisonGraph

/// The connector profile as tables, for `liaison connector`.
public enum ConnectorTables {
    /// How the entities were measured (key `settings`), the focus's partnership brokerage ranked
    /// among its peers and all cities (`brokerage`), its Gould–Fernandez roles (`roles`) and the
    /// office reach of it and its peers (`office_reach`).
    /// Titles, headings, measures, roles and names are in `wording`'s language; the settings'
    /// sentences are English.
    public static func tables(_ profile: ConnectorProfile, in network: PartnershipNetwork, wording w: Wording = .english) -> [Table] {
        func name(_ id: String) -> String { w.name(of: id, in: network) }
        let focusName = name(profile.focusID)
        let options = profile.options
        let layers = options.partnershipLayers.map(w.layer).joined(separator: w.language == .english ? ", " : "、")
        let groupBy = w[.grouping(options.grouping)]
        func rank(_ rank: Int, of count: Int) -> TableValue {
            .record([TableField("rank", .integer(rank)), TableField("of", .integer(count))], text: w[.rankOf(rank: rank, count: count)])
        }
        let rows = profile.lines.map { line -> [TableValue] in
            let measure = TableValue.record([TableField("name", .text(line.measure)), TableField("broker_like", .text(line.higherIsBetter ? "higher" : "lower"))],
                                            text: w[.statistic(line.measure)] + (line.higherIsBetter ? "" : w[.lowerIsBrokerLike]))
            return [measure, .number(line.value, .significant(4)), rank(line.rankAmongPeers, of: line.peers), rank(line.rankAmongCities, of: line.cities)]
                + profile.peerIDs.map { .number(line.peerValues[$0] ?? .nan, .significant(4)) }
        }
        let r = profile.roles
        let brokerageColumns = [TableColumn(.measure, w), TableColumn(focusName, key: "value"), TableColumn(.rankAmongPeers, w), TableColumn(.rankAmongCities, w)]
            + profile.peerIDs.map { TableColumn(name($0), key: "peers", member: $0) }
        let reachColumns = [TableColumn(.entity, w), TableColumn(.countries, w), TableColumn(.rank, w)]
        let entity = { (id: String) -> TableValue in .record([TableField("id", .text(id)), TableField("name", .text(name(id)))], text: name(id)) }
        let merging = w[.merging(options.merging)]
        return [
            Table(key: "settings", title: w[.connectorSettingsTitle(focus: focusName)], columns: [TableColumn(.setting, w), TableColumn(.value, w)],
                  rows: settings(of: profile, names: name).map { $0.map(TableValue.text) }),
            Table(key: "brokerage", title: w[.brokerageTitle(focus: focusName, layers: layers, population: profile.population, merging: merging)],
                  columns: brokerageColumns, rows: rows),
            Table(key: "roles", title: w[.rolesTitle(focus: focusName, groupBy: groupBy, layers: layers)], columns: [TableColumn(.role, w), TableColumn(.paths, w)],
                  rows: [("coordinator", r.coordinator), ("gatekeeper or representative", r.gatekeeperOrRepresentative), ("consultant", r.consultant),
                         ("liaison", r.liaison), ("total", r.total)].map { [.text(w[.brokerageRole($0.0)]), .integer($0.1)] }),
            profile.officeTies == 0
                ? Table(key: "office_reach", title: w[.officeReachNoneTitle(layer: w.layer(options.officeLayer))], columns: reachColumns, rows: [])
                : Table(key: "office_reach",
                        title: w[.officeReachTitle(layer: w.layer(options.officeLayer), ties: profile.officeTies,
                                                   noPeerOffice: profile.officeReach.dropFirst().allSatisfy { $0.countries == 0 })],
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
