import LiaisonGraph

/// The summary as tables, shared by `liaison summary` and the planner's report.
public enum SummaryTables {
    /// The dataset, entities by kind, ties by layer and status, by region, and the focus's ties
    /// (keys `dataset`, `entities_by_kind`, `ties_by_layer`, `by_region`, `focus_ties`).
    public static func tables(_ summary: NetworkSummary, of network: PartnershipNetwork) -> [Table] {
        var tables: [Table] = []
        let meta = network.metadata
        tables.append(Table(key: "dataset", title: "Dataset", columns: ["field", "value"], rows: [
            [.text("name"), .text(meta.name)], [.text("as of"), .text(orMissing: meta.asOf)],
            [.text("focus"), summary.focus.map { .entity(id: $0.id, name: $0.name) } ?? .missing],
            [.text("entities"), .integer(summary.entityCount)], [.text("ties"), .integer(summary.tieCount)],
        ] + (summary.tiesWithoutStartYear > 0 ? [[.text("ties left out (no start year)"), .integer(summary.tiesWithoutStartYear)]] : [])))
        // "with ties": the network proper; the rest are reference rows (the world's cities an
        // included table holds), counted but not part of any tie.
        let tiedKinds = Dictionary(uniqueKeysWithValues: summary.tiedEntitiesByKind.map { ($0.label, $0.count) })
        tables.append(Table(key: "entities_by_kind", title: "Entities by kind", columns: ["kind", "entities", "with ties"],
                            rows: summary.entitiesByKind.map { [.text($0.label), .integer($0.count), .integer(tiedKinds[$0.label] ?? 0)] }
                                + summary.organisationsByKind.map { [.text("  organisation: \($0.label)"), .integer($0.count), .missing] }))
        let statusColumns = TieStatus.allCases.map { TableColumn($0.rawValue, key: "by_status", member: $0.rawValue) }
        tables.append(Table(key: "ties_by_layer", title: "Ties by layer and status",
                            columns: [TableColumn("layer")] + statusColumns + [TableColumn("total")],
                            rows: summary.tiesByLayer.map { layer in
                                [.text(layer.layer)] + TieStatus.allCases.map { .integer(layer.byStatus[$0] ?? 0) } + [.integer(layer.total)]
                            }))
        let tieRegions = Dictionary(uniqueKeysWithValues: summary.tiesByRegion.map { ($0.label, $0.count) })
        let tiedRegions = Dictionary(uniqueKeysWithValues: summary.tiedEntitiesByRegion.map { ($0.label, $0.count) })
        tables.append(Table(key: "by_region", title: "By region (UN M49)", columns: ["region", "entities", "with ties", "ties"],
                            rows: summary.entitiesByRegion.map { [.text($0.label), .integer($0.count), .integer(tiedRegions[$0.label] ?? 0),
                                                                   .integer(tieRegions[$0.label] ?? 0)] }))
        if let focus = summary.focus {
            tables.append(Table(key: "focus_ties", title: "Ties of the focus, \(focus.name), with its offices' coverage", columns: ["layer", "ties"],
                                rows: summary.focusTiesByLayer.map { [.text($0.label), .integer($0.count)] }))
        }
        return tables
    }
}
