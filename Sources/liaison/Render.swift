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

            Layouts: \(Layout.names.joined(separator: ", ")). geo draws a world map: land and borders from Natural Earth \
            (1:110m), every entity at its longitude and latitude (one without a place of its own at its host city or its \
            country's centre), long ties along great circles, cropped to the view; --projection picks robinson (default), \
            equal-earth (equal-area), equirectangular or mercator, and --bundle draws ties sharing a corridor together. \
            Names are placed where they overlap nothing, the focus's first; the legend counts those left out. dot draws \
            the focus in the middle of its network, and lists entities that share all their ties (the states one office \
            covers) in one table, each shared tie drawn once with its count.

            --before SPEC draws the changes from that view to --view: added in green, removed in orange-red and dashed, \
            status changes in purple.

            Entities with no tie in the view are left out (--include-isolated draws them). A view of more than \
            \(NetworkView.readableLimit) tied entities is drawn aggregated by country (--full draws it as asked); large views \
            are labelled on their 60 most important nodes, except by dot, which names every one (see --labelled).
            """)

    @OptionGroup var dataset: DatasetOptions
    @OptionGroup var view: ViewOptions

    @Option(name: .long, help: ArgumentHelp("Draw the changes from this view to --view. Repeatable.", valueName: "spec"))
    var before: [String] = []

    @Option(name: .long, help: ArgumentHelp("Draw a what-if script's changes to the focus's own network (base to its last variant, or --variant), with any --layout, geo included.", valueName: "script.yaml"))
    var scenario: String?

    @Option(name: .long, help: ArgumentHelp("With --scenario, the variant to draw (default: the last).", valueName: "name"))
    var variant: String?

    @Option(name: .long, help: ArgumentHelp("One of: \(Layout.names.joined(separator: ", ")).", valueName: "layout"))
    var layout: String = "sfdp"

    @Option(name: .long, help: ArgumentHelp("The map's projection with --layout geo: \(MapProjection.allCases.map(\.rawValue).joined(separator: ", ")) (default \(MapProjection.default.rawValue)).", valueName: "projection"))
    var projection: String?

    @Flag(name: .long, help: "On a map, draw ties that share a corridor together (edge bundling).")
    var bundle = false

    @Option(name: .long, help: ArgumentHelp("svg, png, pdf, jpg or dot (the styled DOT text). Default: from -o's extension, else svg; any other extension is refused.", valueName: "format"))
    var format: String?

    @Option(name: .long, help: ArgumentHelp("Names and legend in \(LabelLanguage.help); every Chinese word of one map in the one script, converted by OpenCC. Default: --lang's language.", valueName: "language"))
    var labels: String?

    @OptionGroup var language: LanguageOptions

    @Flag(name: .long, help: "Also draw entities that hold no tie in the view (left out by default, and counted in the legend).")
    var includeIsolated = false

    @Flag(name: .long, help: "Draw a view of more than \(NetworkView.readableLimit) tied entities as asked, instead of aggregated by country.")
    var full = false

    @Option(name: .long, help: "Boxes around each country's or region's entities: none, country or region (dot and fdp layouts).")
    var cluster: Clustering = .none

    @Option(name: .long, help: ArgumentHelp("Node size: degree, strength, population or uniform.", valueName: "measure"))
    var size: String = "degree"

    @Option(name: .long, help: ArgumentHelp("Which nodes carry labels: auto (all up to 80 nodes or with dot, else the 60 largest), all, or a number N (the N largest).", valueName: "which"))
    var labelled: String = "auto"

    @Option(name: .long, help: "The seed of the neato, fdp and sfdp layouts (Graphviz start=SEED).")
    var seed: Int = 1

    @Option(name: .long, help: "The legend's title (default: the dataset's name).")
    var title: String?

    @Option(name: [.short, .customLong("output")], help: "The file to write (atomically); - is standard output. Default: output/FOCUS-network.FORMAT.")
    var output: String?

    func run() throws {
        if let scenario { return try runScenario(scenario) }
        let network = try dataset.load(speaking: language)
        let inputs = [try dataset.path()]
        let usedDefaultView = view.view.isEmpty
        let spec = view.view
        var after = try usedDefaultView ? Self.defaultView(of: network) : Self.view(spec, of: network)
        let format = try outputFormat()
        let options = try drawingOptions(title: title)
        if before.isEmpty && !full {
            let readable = after.readable()
            after = readable.view
            if let note = readable.note { printError("note: \(note)") }
        }
        let drawing: NetworkDrawing
        if before.isEmpty {
            drawing = try rendering { () throws(RenderError) in try NetworkDrawing(after, options: options) }
        } else {
            let earlier = try Self.view(before, of: network)
            drawing = try rendering { () throws(RenderError) in try NetworkDrawing(before: earlier, after: after, options: options) }
        }
        Self.noteEnglishLabels(drawing)
        if drawing.entityCount == 0 {
            throw CommandFailure(message: "the view '\(spec.joined(separator: ";"))' holds no entities; nothing to draw")
        }
        ProgressDisplay.shared.stage(try language.wording(dataset: dataset)[.layingOut(entities: drawing.entityCount, engine: options.layout.engine)])
        let result = try rendering { () throws(RenderError) in try drawing.render(as: format) }
        ProgressDisplay.shared.finish()
        for warning in Set(result.warnings.map(GraphvizWarning.explained)).sorted() { printError("note: \(warning)") }
        let path = output ?? "output/\(Self.fileStem(network: network, spec: usedDefaultView ? nil : spec, changes: !before.isEmpty)).\(format.fileExtension)"
        try emitDocument(result.bytes, to: path, inputs: inputs, detail: " (\(drawing.entityCount) entities, \(drawing.tieCount) ties, layout \(options.layout)\(drawing.untiedLeftOut > 0 ? "; \(drawing.untiedLeftOut) entities with no tie in the view left out" : ""))")
    }

    /// `--scenario`: the change from the base to a variant, on the focus's own network.
    private func runScenario(_ file: String) throws {
        let outcome: ScenarioOutcome
        do { outcome = try ScenarioRunner.run(file: file) } catch let error as ScenarioError { throw DatasetError(problems: error.problems) }
        guard let chosen = variant.map({ name in outcome.variants.first { $0.name == name } }) ?? outcome.variants.last else {
            throw CommandFailure(message: "no variant '\(variant ?? "")' in \(file); its variants: \(outcome.variants.map(\.name).joined(separator: ", "))")
        }
        let format = try outputFormat()
        let options = try drawingOptions(title: title ?? "\(outcome.script.name): \(chosen.name)")
        let before = try outcome.base.view.focusNetwork(centre: outcome.focusID, radius: 1)
        let after = try chosen.network.view.focusNetwork(centre: outcome.focusID, radius: 1)
        let drawing = try rendering { () throws(RenderError) in try NetworkDrawing(before: before, after: after, options: options) }
        Self.noteEnglishLabels(drawing)
        let result = try rendering { () throws(RenderError) in try drawing.render(as: format) }
        for warning in Set(result.warnings.map(GraphvizWarning.explained)).sorted() { printError("note: \(warning)") }
        let stem = URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
        let path = output ?? "output/scenario-\(stem)-changes.\(format.fileExtension)"
        try emitDocument(result.bytes, to: path, inputs: [file], detail: " (\(drawing.entityCount) entities, \(drawing.tieCount) ties, layout \(options.layout))")
    }

    /// The drawing's options from the command's: layout and projection, names and their script
    /// (``LabelLanguage``), sizes, labels, bundling and entities left out.
    private func drawingOptions(title: String?) throws -> DrawingOptions {
        // --labels says more than --lang (both languages on one map); without it, --lang's language.
        let chosen = try labels ?? self.language.language(dataset: dataset).rawValue
        let language = try rendering { () throws(RenderError) in try LabelLanguage(parsing: chosen) }
        return DrawingOptions(
            layout: try rendering { () throws(RenderError) in try Layout(parsing: layout, projection: projection) },
            labels: language.names, clusters: cluster, sizing: try sizing(), labelling: try labelling(),
            title: title, seed: seed, bundling: bundle ? .corridors : .none,
            script: language.script, isolated: includeIsolated ? .drawn : .leftOut)
    }

    /// Lists on standard error the labelled entities that have no Chinese name anywhere, on a Chinese drawing.
    private static func noteEnglishLabels(_ drawing: NetworkDrawing) {
        let ids = drawing.labelledInEnglish
        guard !ids.isEmpty else { return }
        printError("note: \(ids.count) labelled entit\(ids.count == 1 ? "y has" : "ies have") no Chinese name anywhere and \(ids.count == 1 ? "is" : "are") labelled in English: \(ids.joined(separator: ", "))")
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

    /// --format, else -o's extension, else SVG; an extension that is no format, or that
    /// contradicts --format, is refused (never SVG bytes in a .jpg file).
    private func outputFormat() throws -> OutputFormat {
        let path = output == "-" ? nil : output
        let fromPath = try rendering { () throws(RenderError) -> OutputFormat? in
            guard let path else { return nil }
            return try OutputFormat(path: path)
        }
        guard let format else { return fromPath ?? .svg }
        let asked = try rendering { () throws(RenderError) in try OutputFormat(parsing: format) }
        if let fromPath, fromPath != asked {
            throw CommandFailure(message: "--format \(format) does not match the extension of -o \(output ?? ""); name the file .\(asked.fileExtension), or drop --format")
        }
        return asked
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
