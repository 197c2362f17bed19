import Foundation
import LiaisonAnalysis
import LiaisonGraph

/// The connector profile as tables, for `liaison connector`.
public enum ConnectorTables {
    /// How the entities were measured (key `settings`), the focus's partnership brokerage ranked
    /// among its peers and all cities (`brokerage`), its Gould–Fernandez roles (`roles`) and the
    /// office reach of it and its peers (`office_reach`).
    /// Every word is in `wording`'s language.
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
                  rows: settings(of: profile, names: name).map { [.text(w[.connectorSettingName($0)]), .text(w[.connectorSetting($0)])] }),
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
    static func settings(of profile: ConnectorProfile, names name: (String) -> String) -> [ConnectorSetting] {
        let options = profile.options
        var rows: [ConnectorSetting] = [
            .view(filters: profile.viewFilters.map(\.description)),
            .agents(options.merging, merged: profile.agentsMerged),
            .partnershipMeasures(layers: options.partnershipLayers, ties: profile.partnershipTies),
            .population(options.isolated, measured: profile.population, leftOut: profile.isolatedLeftOut),
            .officeReach(layer: options.officeLayer),
        ]
        if !profile.peersNotInView.isEmpty { rows.append(.peersNotMeasured(profile.peersNotInView.map(name))) }
        return rows
    }
}
