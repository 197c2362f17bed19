import LiaisonAnalysis
import LiaisonGraph

/// The gap report as tables, shared by `liaison gaps` and the planner's report.
public enum GapTables {
    /// Coverage by region and layer (key `coverage`), one table per gap list (its kind's raw value
    /// in snake_case, e.g. `bri_without_office`), the peer benchmark (`benchmark`) and the layers
    /// left out (`layers_left_out`). Gap lists show their first `top` lines (0 for all).
    public static func tables(_ report: GapReport, in network: PartnershipNetwork, top: Int) -> [Table] {
        let focusName = network.entity(withID: report.focusID)?.name ?? report.focusID
        var tables: [Table] = []
        var coverageRows: [[TableValue]] = []
        let regions = Array(Set(report.coverageByRegion.map(\.region))).sorted()
        for region in regions {
            let cells = report.layers.map { layer -> TableValue in
                guard let c = report.coverageByRegion.first(where: { $0.region == region && $0.layer == layer }) else { return .missing }
                return share(c.covered, of: c.total, text: "\(c.covered)/\(c.total)")
            }
            coverageRows.append([.text(region)] + cells)
        }
        tables.append(Table(key: "coverage", title: "Coverage of \(focusName): countries reached / countries in the region",
                            columns: [TableColumn("region")] + report.layers.map { TableColumn($0, key: "layers", member: $0) }, rows: coverageRows))
        for kind in GapKind.allCases where kind != .beltAndRoadWithoutOffice || report.layers.contains(Layer.eto.id) {
            let gaps = report.gaps(kind)
            let shown = top > 0 ? Array(gaps.prefix(top)) : gaps
            var table = Table(key: TableColumn.snakeCase(kind.rawValue), title: "\(kind.title) (\(gaps.count))", columns: ["gap", "why", "source"],
                              rows: shown.map { gap in
                                  [.record([TableField("subject", .text(gap.subject)), TableField("name", .text(gap.subjectName))], text: gap.subjectName),
                                   .text(gap.reason), .list(gap.sources.map(TableValue.text), separator: " ; ")]
                              },
                              totalRows: shown.count < gaps.count ? gaps.count : nil)
            if shown.count < gaps.count { table.title += ", first \(shown.count)" }
            tables.append(table)
        }
        let entities = [report.focusID] + report.peerIDs
        let columns = [TableColumn("region"), TableColumn("layer")]
            + entities.map { TableColumn(network.entity(withID: $0)?.name ?? $0, key: "reached", member: $0) }
        tables.append(Table(key: "benchmark", title: "Peer benchmark: countries reached per region and layer", columns: columns,
                            rows: report.benchmark.map { row in
                                [.text(row.region), .text(row.layer)] + row.counts.map { $0.map(TableValue.integer) ?? .notAvailable("no data") }
                            }))
        if !report.layersLeftOut.isEmpty {
            tables.append(Table(key: "layers_left_out", title: "Layers not analysed for \(focusName)", columns: ["layer", "why"],
                                rows: report.layersLeftOut.map { [.text($0.layer), .text($0.reason)] }))
        }
        return tables
    }

    /// A count of a total as one cell: `{covered, total}` for programs, `text` for people.
    public static func share(_ covered: Int, of total: Int, text: String) -> TableValue {
        .record([TableField("covered", .integer(covered)), TableField("total", .integer(total))], text: text)
    }
}
