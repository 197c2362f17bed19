import ArgumentParser
import Liaison

extension RegionLevel: ExpressibleByArgument {}

/// `liaison gaps`: where the focus is not connected, and why.
struct Gaps: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Coverage of the focus by region and layer, named gap lists with their reasons, and a peer benchmark.",
        discussion: """
            A country counts as covered on a layer when the focus, or an office acting for it, has a tie of the
            layer in force (intent, active or dormant) to the country or to a place inside it.
            """)

    @OptionGroup var dataset: DatasetOptions

    @Option(name: .long, help: "The focus entity (default: the dataset's focus).")
    var focus: String?

    @Option(name: .long, parsing: .upToNextOption, help: "Layers to report coverage for (default: sister cooperation eto diaspora).")
    var layer: [String] = []

    @Option(name: .long, parsing: .upToNextOption, help: "Only countries in these regions, sub-regions or groupings (e.g. ASEAN).")
    var region: [String] = []

    @Option(name: .long, parsing: .upToNextOption, help: "Peers to compare with (default: the dataset's peers).")
    var peers: [String] = []

    @Option(name: .long, help: "The smallest overseas Chinese community whose missing tie is a gap.")
    var minDiaspora: Int = 100_000

    @Option(name: .long, help: "Group countries by UN M49 'region' or 'subregion'.")
    var regionLevel: RegionLevel = .subregion

    @Option(name: .long, help: "At most this many lines per gap list (0 for all).")
    var top: Int = 15

    @OptionGroup var format: FormatOptions

    func run() throws {
        let network = try dataset.load()
        let focusID = try resolveFocus(focus, in: network).id
        var options = GapOptions(regions: region, peerIDs: peers, minimumDiaspora: minDiaspora, regionLevel: regionLevel)
        if !layer.isEmpty { options.layers = layer }
        let report = try GapAnalysis.run(focus: focusID, in: network, options: options)
        try format.emit(GapTables.tables(report, in: network, top: top), inputs: [try dataset.path()])
    }
}

/// The gap report as tables, shared by `gaps` and `report`.
enum GapTables {
    static func tables(_ report: GapReport, in network: PartnershipNetwork, top: Int) -> [Table] {
        let focusName = network.entity(withID: report.focusID)?.name ?? report.focusID
        var tables: [Table] = []
        var coverageRows: [[String]] = []
        let regions = Array(Set(report.coverageByRegion.map(\.region))).sorted()
        for region in regions {
            let cells = report.layers.map { layer -> String in
                guard let c = report.coverageByRegion.first(where: { $0.region == region && $0.layer == layer }) else { return "" }
                return "\(c.covered)/\(c.total)"
            }
            coverageRows.append([region] + cells)
        }
        tables.append(Table(title: "Coverage of \(focusName): countries reached / countries in the region", columns: ["region"] + report.layers, rows: coverageRows))
        for kind in GapKind.allCases where kind != .beltAndRoadWithoutOffice || report.layers.contains(Layer.eto.id) {
            let gaps = report.gaps(kind)
            let shown = top > 0 ? Array(gaps.prefix(top)) : gaps
            var table = Table(title: "\(kind.title) (\(gaps.count))", columns: ["gap", "why", "source"],
                              rows: shown.map { [$0.subjectName, $0.reason, $0.sources.joined(separator: " ; ")] })
            if shown.count < gaps.count { table.title += ", first \(shown.count)" }
            tables.append(table)
        }
        let names = ([report.focusID] + report.peerIDs).map { network.entity(withID: $0)?.name ?? $0 }
        tables.append(Table(title: "Peer benchmark: countries reached per region and layer", columns: ["region", "layer"] + names,
                            rows: report.benchmark.map { [$0.region, $0.layer] + $0.counts.map { $0.map(String.init) ?? "no data" } }))
        if !report.layersLeftOut.isEmpty {
            tables.append(Table(title: "Layers not analysed for \(focusName)", columns: ["layer", "why"], rows: report.layersLeftOut.map { [$0.layer, $0.reason] }))
        }
        return tables
    }
}
