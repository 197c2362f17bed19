import LiaisonGraph

/// The summary as tables, shared by `liaison summary` and the planner's report.
public enum SummaryTables {
    /// The dataset, entities by kind, ties by layer and status, by region, and the focus's ties
    /// (keys `dataset`, `entities_by_kind`, `ties_by_layer`, `by_region`, `focus_ties`), worded in
    /// `wording`'s language (the keys stay the same).
    public static func tables(_ summary: NetworkSummary, of network: PartnershipNetwork, wording w: Wording = .english) -> [Table] {
        var tables: [Table] = []
        let meta = network.metadata
        tables.append(Table(key: "dataset", title: w[.datasetTitle], columns: [TableColumn(.field, w), TableColumn(.value, w)], rows: [
            [.text(w[.datasetName]), .text(meta.name)], [.text(w[.datasetAsOf]), .text(orMissing: meta.asOf)],
            [.text(w[.datasetFocus]), summary.focus.map { .entity(id: $0.id, name: w.name(of: $0)) } ?? .missing],
            [.text(w[.datasetEntities]), .integer(summary.entityCount)], [.text(w[.datasetTies]), .integer(summary.tieCount)],
        ] + (summary.tiesWithoutStartYear > 0 ? [[.text(w[.datasetUndatedTies]), .integer(summary.tiesWithoutStartYear)]] : [])))
        // "with ties": the network proper; the rest are reference rows (the world's cities an
        // included table holds), counted but not part of any tie.
        let tiedKinds = Dictionary(uniqueKeysWithValues: summary.tiedEntitiesByKind.map { ($0.label, $0.count) })
        func kind(_ label: String) -> String { EntityKind(rawValue: label).map { w[.entityKind($0)] } ?? label }
        func organisation(_ label: String) -> String { OrganisationKind(rawValue: label).map { w[.organisationKind($0)] } ?? label }
        tables.append(Table(key: "entities_by_kind", title: w[.entitiesByKindTitle],
                            columns: [TableColumn(.kind, w), TableColumn(.entities, w), TableColumn(.withTies, w)],
                            rows: summary.entitiesByKind.map { [.text(kind($0.label)), .integer($0.count), .integer(tiedKinds[$0.label] ?? 0)] }
                                + summary.organisationsByKind.map { [.text(organisation($0.label)), .integer($0.count), .missing] }))
        let statusColumns = TieStatus.allCases.map { TableColumn(w[.status($0)], key: "by_status", member: $0.rawValue) }
        tables.append(Table(key: "ties_by_layer", title: w[.tiesByLayerTitle],
                            columns: [TableColumn(.layer, w)] + statusColumns + [TableColumn(.total, w)],
                            rows: summary.tiesByLayer.map { layer in
                                [.text(w.layer(layer.layer))] + TieStatus.allCases.map { .integer(layer.byStatus[$0] ?? 0) } + [.integer(layer.total)]
                            }))
        let tieRegions = Dictionary(uniqueKeysWithValues: summary.tiesByRegion.map { ($0.label, $0.count) })
        let tiedRegions = Dictionary(uniqueKeysWithValues: summary.tiedEntitiesByRegion.map { ($0.label, $0.count) })
        tables.append(Table(key: "by_region", title: w[.byRegionTitle],
                            columns: [TableColumn(.region, w), TableColumn(.entities, w), TableColumn(.withTies, w), TableColumn(.ties, w)],
                            rows: summary.entitiesByRegion.map { [.text(w[.region($0.label)]), .integer($0.count), .integer(tiedRegions[$0.label] ?? 0),
                                                                   .integer(tieRegions[$0.label] ?? 0)] }))
        if let focus = summary.focus {
            tables.append(Table(key: "focus_ties", title: w[.focusTiesTitle(focus: w.name(of: focus))], columns: [TableColumn(.layer, w), TableColumn(.ties, w)],
                                rows: summary.focusTiesByLayer.map { [.text(w.layer($0.label)), .integer($0.count)] }))
        }
        return tables
    }
}
