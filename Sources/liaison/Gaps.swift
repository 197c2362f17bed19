import ArgumentParser
import Liaison

extension RegionLevel: ExpressibleByArgument {}

/// `liaison gaps`: where the focus is not connected, and why.
struct Gaps: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Coverage of the focus by region and layer, named gap lists with their reasons, and a peer benchmark.",
        discussion: """
            A country counts as covered on a layer when the focus, or an office acting for it, has a tie of the \
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
    @OptionGroup var language: LanguageOptions

    func run() throws {
        let network = try dataset.load(speaking: language)
        let focusID = try resolveFocus(focus, in: network).id
        var options = GapOptions(regions: region, peerIDs: peers, minimumDiaspora: minDiaspora, regionLevel: regionLevel)
        if !layer.isEmpty { options.layers = layer }
        let report = try GapAnalysis.run(focus: focusID, in: network, options: options)
        let wording = try language.wording(dataset: dataset)
        try format.emit(GapTables.tables(report, in: network, top: top, wording: wording), inputs: [try dataset.path()], wording: wording)
    }
}
