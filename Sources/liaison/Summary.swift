import ArgumentParser
import Liaison

/// `liaison summary`: what is in the network.
struct Summary: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Count what is in the network: entities per kind, ties per layer and status, per region, and the focus's ties.")

    @OptionGroup var dataset: DatasetOptions
    @OptionGroup var view: ViewOptions
    @OptionGroup var format: FormatOptions

    func run() throws {
        let network = try dataset.load()
        let tables = SummaryTables.tables(NetworkSummary(try view.apply(to: network)), of: network)
        try format.emit(tables, inputs: [try dataset.path()])
    }
}

/// The summary as tables, shared by `summary` and `report`.
enum SummaryTables {
    static func tables(_ summary: NetworkSummary, of network: PartnershipNetwork) -> [Table] {
        var tables: [Table] = []
        let meta = network.metadata
        tables.append(Table(title: "Dataset", columns: ["field", "value"], rows: [
            ["name", meta.name], ["as of", meta.asOf ?? ""], ["focus", summary.focus.map { "\($0.name) (\($0.id))" } ?? ""],
            ["entities", String(summary.entityCount)], ["ties", String(summary.tieCount)],
        ] + (summary.tiesWithoutStartYear > 0 ? [["ties left out (no start year)", String(summary.tiesWithoutStartYear)]] : [])))
        // "with ties": the network proper; the rest are reference rows (the world's cities an
        // included table holds), counted but not part of any tie.
        let tiedKinds = Dictionary(uniqueKeysWithValues: summary.tiedEntitiesByKind.map { ($0.label, $0.count) })
        tables.append(Table(title: "Entities by kind", columns: ["kind", "entities", "with ties"],
                            rows: summary.entitiesByKind.map { [$0.label, String($0.count), String(tiedKinds[$0.label] ?? 0)] }
                                + summary.organisationsByKind.map { ["  organisation: \($0.label)", String($0.count), ""] }))
        tables.append(Table(title: "Ties by layer and status", columns: ["layer"] + TieStatus.allCases.map(\.rawValue) + ["total"],
                            rows: summary.tiesByLayer.map { layer in
                                [layer.layer] + TieStatus.allCases.map { String(layer.byStatus[$0] ?? 0) } + [String(layer.total)]
                            }))
        let tieRegions = Dictionary(uniqueKeysWithValues: summary.tiesByRegion.map { ($0.label, $0.count) })
        let tiedRegions = Dictionary(uniqueKeysWithValues: summary.tiedEntitiesByRegion.map { ($0.label, $0.count) })
        tables.append(Table(title: "By region (UN M49)", columns: ["region", "entities", "with ties", "ties"],
                            rows: summary.entitiesByRegion.map { [$0.label, String($0.count), String(tiedRegions[$0.label] ?? 0), String(tieRegions[$0.label] ?? 0)] }))
        if let focus = summary.focus {
            tables.append(Table(title: "Ties of the focus, \(focus.name), with its offices' coverage", columns: ["layer", "ties"],
                                rows: summary.focusTiesByLayer.map { [$0.label, String($0.count)] }))
        }
        return tables
    }
}
