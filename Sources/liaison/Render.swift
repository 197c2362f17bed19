import ArgumentParser
import Foundation
import Liaison

extension Clustering: ExpressibleByArgument {}

/// `liaison render`: a picture of the network through Graphviz.
struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Draw the network as SVG, PNG, PDF or DOT: by default the focus's own network, as output/FOCUS-network.svg.",
        discussion: """
            Nodes: shape and colour by kind (country, province, city, organisation), size by --size, the focus in a \
            magenta border. Ties: colour by layer, line by status (dormant dashed, proposed dotted, intent bold dotted, \
            ended grey). SVG output carries each entity's and tie's facts as tooltips.

            The default view is the focus's own network: the focus, its partners, its offices and every place they \
            cover (an office acts for its government, so focus to office to place reads as two steps). \
            --view ego:HK:2 gives the plain two-tie neighbourhood instead.

            Layouts: \(Layout.names.joined(separator: ", ")). geo pins every entity at its longitude and latitude \
            (offices beside their host city) through a map projection, so the picture reads as a world map.

            --before SPEC draws the changes from that view to --view: added in green, removed in orange-red and dashed, \
            status changes in purple.

            Large views are labelled on their 60 largest nodes (see --labelled); for a readable picture of a whole \
            network try --view aggregate:country, a layer (--view layer:sister) or an ego view (--view ego:HK:1).
            """)

    @OptionGroup var dataset: DatasetOptions
    @OptionGroup var view: ViewOptions

    @Option(name: .long, help: ArgumentHelp("Draw the changes from this view to --view. Repeatable.", valueName: "spec"))
    var before: [String] = []

    @Option(name: .long, help: ArgumentHelp("One of: \(Layout.names.joined(separator: ", ")).", valueName: "layout"))
    var layout: String = "sfdp"

    @Option(name: .long, help: ArgumentHelp("svg, png, pdf or dot (the styled DOT text). Default: from -o's extension, else svg.", valueName: "format"))
    var format: String?

    @Option(name: .long, help: ArgumentHelp("Names in \(LabelChoice.help).", valueName: "language"))
    var labels: String = "en"

    @Option(name: .long, help: "Boxes around each country's or region's entities: none, country or region (dot and fdp layouts).")
    var cluster: Clustering = .none

    @Option(name: .long, help: ArgumentHelp("Node size: degree, strength, population or uniform.", valueName: "measure"))
    var size: String = "degree"

    @Option(name: .long, help: ArgumentHelp("Which nodes carry labels: auto (all up to 80 nodes, else the 60 largest), all, or a number N (the N largest).", valueName: "which"))
    var labelled: String = "auto"

    @Option(name: .long, help: "The seed of the neato, fdp and sfdp layouts (Graphviz start=SEED).")
    var seed: Int = 1

    @Option(name: .long, help: "The legend's title (default: the dataset's name).")
    var title: String?

    @Option(name: [.short, .customLong("output")], help: "The file to write (atomically); - is standard output. Default: output/FOCUS-network.FORMAT.")
    var output: String?

    func run() throws {
        let network = try dataset.load()
        let inputs = [try dataset.path()]
        let usedDefaultView = view.view.isEmpty
        let spec = view.view
        let after = try usedDefaultView ? Self.defaultView(of: network) : Self.view(spec, of: network)
        let format = try outputFormat()
        let choice = try LabelChoice(parsing: labels)
        let options = DrawingOptions(
            layout: try rendering { () throws(RenderError) in try Layout(parsing: layout) },
            labels: choice.language, clusters: cluster, sizing: try sizing(), labelling: try labelling(),
            title: title, seed: seed, script: choice.script)
        let drawing: NetworkDrawing
        if before.isEmpty {
            drawing = try rendering { () throws(RenderError) in try NetworkDrawing(after, options: options) }
        } else {
            let earlier = try Self.view(before, of: network)
            drawing = try rendering { () throws(RenderError) in try NetworkDrawing(before: earlier, after: after, options: options) }
        }
        if !drawing.labelledInEnglish.isEmpty {
            let ids = drawing.labelledInEnglish
            printError("note: \(ids.count) labelled entit\(ids.count == 1 ? "y has" : "ies have") no Chinese name anywhere and \(ids.count == 1 ? "is" : "are") labelled in English: \(ids.joined(separator: ", "))")
        }
        if drawing.entityCount == 0 {
            throw CommandFailure(message: "the view '\(spec.joined(separator: ";"))' holds no entities; nothing to draw")
        }
        if drawing.entityCount > 300 && options.layout.engine != "neato" {
            printError("note: \(drawing.entityCount) entities make a dense picture; for a readable one try --view aggregate:country, --view layer:sister or --view ego:ID:1")
        }
        ProgressDisplay.shared.stage("laying out \(drawing.entityCount) entities with \(options.layout.engine)")
        let result = try rendering { () throws(RenderError) in try drawing.render(as: format) }
        ProgressDisplay.shared.finish()
        for warning in Set(result.warnings).sorted() { printError("graphviz: \(warning)") }
        let path = output ?? "output/\(Self.fileStem(network: network, spec: usedDefaultView ? nil : spec, changes: !before.isEmpty)).\(format.fileExtension)"
        try emitDocument(result.bytes, to: path, inputs: inputs, detail: " (\(drawing.entityCount) entities, \(drawing.tieCount) ties, layout \(options.layout)\(drawing.untiedLeftOut > 0 ? "; \(drawing.untiedLeftOut) entities with no tie in the view not drawn" : ""))")
    }

    /// The view a specification names.
    static func view(_ spec: [String], of network: PartnershipNetwork) throws -> NetworkView {
        do { return try ViewSpec(parsing: spec).apply(to: network) } catch { throw CommandFailure(message: error.description) }
    }

    /// The focus's own network: the focus, its partners, its offices and the places they cover
    /// (two steps, focus to office to place). Without a focus: countries when the network is large.
    static func defaultView(of network: PartnershipNetwork) throws -> NetworkView {
        if let focus = network.metadata.focusID {
            do { return try network.view.focusNetwork(centre: focus, radius: 1) } catch { throw CommandFailure(message: error.description) }
        }
        return try view(network.entityCount > 300 ? ["aggregate:country"] : [], of: network)
    }

    /// `hk-network` for the default view, else a slug of the view.
    static func fileStem(network: PartnershipNetwork, spec: [String]?, changes: Bool) -> String {
        var stem: String
        if let spec, !spec.isEmpty {
            let text = spec.joined(separator: "-").lowercased()
            stem = String(text.map { $0.isLetter || $0.isNumber ? $0 : "-" })
            while stem.contains("--") { stem = stem.replacingOccurrences(of: "--", with: "-") }
            stem = stem.trimmingCharacters(in: CharacterSet(charactersIn: "-"))
        } else {
            stem = (network.metadata.focusID?.lowercased() ?? "network") + "-network"
        }
        return changes ? stem + "-changes" : stem
    }

    private func outputFormat() throws -> OutputFormat {
        if let format { return try rendering { () throws(RenderError) in try OutputFormat(parsing: format) } }
        if let output, let known = OutputFormat(rawValue: URL(fileURLWithPath: output).pathExtension.lowercased()) { return known }
        return .svg
    }

    private func sizing() throws -> NodeSizing {
        switch size.lowercased() {
        case "degree": return .degree
        case "strength": return .strength
        case "population": return .population
        case "uniform", "none": return .uniform
        default: throw CommandFailure(message: "unknown size measure '\(size)'; valid: degree, strength, population, uniform")
        }
    }

    private func labelling() throws -> Labelling {
        switch labelled.lowercased() {
        case "auto", "automatic": return .automatic
        case "all": return .all
        default:
            guard let n = Int(labelled), n >= 0 else {
                throw CommandFailure(message: "cannot read --labelled '\(labelled)'; valid: auto, all, or a number of nodes such as 40")
            }
            return .largest(n)
        }
    }
}

/// Runs a LiaisonRender call, turning its error into a command failure in its own words.
private func rendering<T>(_ body: () throws(RenderError) -> T) throws -> T {
    do { return try body() } catch { throw CommandFailure(message: error.description) }
}

/// `liaison export --format dot`: the view as styled DOT text, every node labelled.
func exportDOT(_ view: NetworkView, to output: String?, inputs: [String]) throws {
    ProgressDisplay.shared.handler(ProgressUpdate(stage: "writing DOT", done: 0, total: 0))
    let drawing = try rendering { () throws(RenderError) in try NetworkDrawing(view, options: DrawingOptions(labelling: .all)) }
    try emitDocument(drawing.dot.utf8, to: output, inputs: inputs)
}

/// What `--labels` names: the names' language and the script of the Chinese ones.
struct LabelChoice {
    var language: NameLanguage
    var script: ChineseScript

    /// The choices, for the help and the error.
    static let valid = ["en", "zh-Hant", "zh-Hans", "zh", "both", "both-Hant", "both-Hans"]
    static let help = "en (English), zh-Hant (Traditional Chinese as Hong Kong writes it), zh-Hans (Simplified), zh (= zh-Hans), both or both-Hans (English and Simplified), both-Hant (English and Traditional)"

    /// Parses a choice in any letter case.
    init(parsing text: String) throws {
        switch text.lowercased() {
        case "en": (language, script) = (.english, .simplified)
        case "zh", "zh-hans": (language, script) = (.chinese, .simplified)
        case "zh-hant": (language, script) = (.chinese, .traditionalHongKong)
        case "both", "both-hans": (language, script) = (.both, .simplified)
        case "both-hant": (language, script) = (.both, .traditionalHongKong)
        default: throw CommandFailure(message: "unknown labels '\(text)'; valid: \(Self.valid.joined(separator: ", "))")
        }
    }
}
