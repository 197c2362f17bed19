import LiaisonAnalysis
import LiaisonGraph

/// The gap report as tables, shared by `liaison gaps` and the planner's report.
public enum GapTables {
    /// Coverage by region and layer (key `coverage`), one table per gap list (its kind's raw value
    /// in snake_case, e.g. `bri_without_office`), the peer benchmark (`benchmark`), the countries
    /// left out of coverage (`countries_left_out`) and the layers left out (`layers_left_out`). Gap lists show their first `top` lines (0 for all). Titles, headings,
    /// regions, layers and names are in `wording`'s language, and so are the gaps' reasons.
    public static func tables(_ report: GapReport, in network: PartnershipNetwork, top: Int, wording w: Wording = .english) -> [Table] {
        let focusName = w.name(of: report.focusID, in: network)
        var tables: [Table] = []
        var coverageRows: [[TableValue]] = []
        let regions = Array(Set(report.coverageByRegion.map(\.region))).sorted()
        for region in regions {
            let cells = report.layers.map { layer -> TableValue in
                guard let c = report.coverageByRegion.first(where: { $0.region == region && $0.layer == layer }) else { return .missing }
                return share(c.covered, of: c.total, text: "\(c.covered)/\(c.total)")
            }
            coverageRows.append([.text(w[.region(region)])] + cells)
        }
        tables.append(Table(key: "coverage", title: w[.coverageTitle(focus: focusName)],
                            columns: [TableColumn(.region, w)] + report.layers.map { TableColumn(w.layer($0), key: "layers", member: $0) }, rows: coverageRows))
        for kind in GapKind.allCases where kind != .beltAndRoadWithoutOffice || report.layers.contains(Layer.eto.id) {
            let gaps = report.gaps(kind)
            let shown = top > 0 ? Array(gaps.prefix(top)) : gaps
            var table = Table(key: TableColumn.snakeCase(kind.rawValue), title: w[.gapListTitle(kind, count: gaps.count)],
                              columns: [TableColumn(.gap, w), TableColumn(.why, w), TableColumn(.source, w)],
                              rows: shown.map { gap in
                                  [.record([TableField("subject", .text(gap.subject)), TableField("name", .text(gap.subjectName))], text: subjectName(gap, in: network, wording: w)),
                                   .text(reason(gap, in: network, wording: w)), .list(gap.sources.map { .text(w.dataText($0)) }, separator: " ; ")]
                              },
                              totalRows: shown.count < gaps.count ? gaps.count : nil)
            if shown.count < gaps.count { table.title += w[.firstLines(shown.count)] }
            tables.append(table)
        }
        let entities = [report.focusID] + report.peerIDs
        let columns = [TableColumn(.region, w), TableColumn(.layer, w)]
            + entities.map { TableColumn(w.name(of: $0, in: network), key: "reached", member: $0) }
        tables.append(Table(key: "benchmark", title: w[.benchmarkTitle], columns: columns,
                            rows: report.benchmark.map { row in
                                [.text(w[.region(row.region)]), .text(w.layer(row.layer))] + row.counts.map { $0.map(TableValue.integer) ?? .notAvailable(w[.noData]) }
                            }))
        // Said, not silently dropped: a country no region holds and no one lives in (Antarctica).
        if !report.countriesLeftOut.isEmpty {
            tables.append(Table(key: "countries_left_out", title: w[.countriesLeftOutTitle], columns: [TableColumn(.country, w), TableColumn(.why, w)],
                                rows: report.countriesLeftOut.map { [.entity(id: $0, name: w.name(of: $0, in: network)), .text(w[.outsideCoverage])] }))
        }
        if !report.layersLeftOut.isEmpty {
            tables.append(Table(key: "layers_left_out", title: w[.layersLeftOutTitle(focus: focusName)], columns: [TableColumn(.layer, w), TableColumn(.why, w)],
                                rows: report.layersLeftOut.map { [.text(w.layer($0.layer)), .text(w[.layerLeftOut($0.reason, names: NameTable([report.focusID: focusName]))])] }))
        }
        return tables
    }

    /// A gap's subject in `wording`'s language: an entity's name, an exchange area, a region on a
    /// layer, or the two ends of a tie.
    public static func subjectName(_ gap: Gap, in network: PartnershipNetwork, wording w: Wording) -> String {
        switch gap.reason {
        case .beltAndRoadWithoutOffice, .diasporaWithoutTie: return w.name(of: gap.subject, in: network)
        case let .areaWithoutPartner(area, _, _): return w[.area(area)]
        case let .regionPeersReach(region, layer, _, _): return w[.regionOnLayer(region: w[.region(region)], layer: w.layer(layer))]
        case let .tieToActivate(_, partner, _, _, _):
            let agent = gap.subject.split(separator: "|").first.map(String.init) ?? gap.subject
            return "\(w.name(of: agent, in: network)) – \(w.name(of: partner, in: network))"
        }
    }

    /// Why a gap is one, in `wording`'s language.
    public static func reason(_ gap: Gap, in network: PartnershipNetwork, wording w: Wording) -> String {
        w[.gapReason(gap.reason, names: NameTable(gap.reason.entityIDs, in: network, wording: w))]
    }

    /// A count of a total as one cell: `{covered, total}` for programs, `text` for people.
    public static func share(_ covered: Int, of total: Int, text: String) -> TableValue {
        .record([TableField("covered", .integer(covered)), TableField("total", .integer(total))], text: text)
    }
}
