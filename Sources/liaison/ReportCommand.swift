import ArgumentParser
import Foundation
import Liaison

/// `liaison report`: the planner's page — summary, maps, gaps, targets and a plan.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write one self-contained page with the summary, maps, gaps, targets and an office plan for the focus.",
        discussion: "HTML (the default) needs no network and prints well; --format md writes Markdown with the maps as SVG files beside it.")

    enum Format: String, ExpressibleByArgument, CaseIterable { case html, md }

    @OptionGroup var dataset: DatasetOptions

    @Option(name: .long, help: "The focus entity (default: the dataset's focus).")
    var focus: String?

    @Option(name: .long, help: "html or md.")
    var format: Format = .html

    @Option(name: [.short, .customLong("output")], help: "The report file (default: output/report.html or output/report.md); - is standard output, and then no map files are written beside it.")
    var output: String?

    @Option(name: .long, help: "How many lines per gap list and how many targets to show.")
    var top: Int = 12

    @OptionGroup var rules: RuleOptions
    @OptionGroup var language: LanguageOptions

    func run() throws {
        let network = try dataset.load(speaking: language)
        let inputs = [try dataset.path()]
        let path = output ?? "output/report.\(format.rawValue)"
        // On standard output the page stands alone: the HTML page holds its maps, the Markdown
        // one names them without files.
        let mapsBeside = !isStandardOutput(path)
        let stem = mapsBeside ? URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent : nil
        // The focus may be named in either script of Chinese.
        let focusEntity = try resolveFocus(focus, in: network)
        // The page and its fixed maps are checked before anything is drawn or written.
        if let stem {
            let outputs = OutputGuard(inputs: inputs)
            for file in [path] + ["coverage-map.svg", "network.svg"].map({ Self.path(beside: path, named: "\(stem)-\($0)") }) {
                try outputs.check(file, as: .file)
            }
        }
        let options = PlannerReportOptions(focus: focusEntity.id, top: top, rules: try rules.book(for: network), mapStem: stem,
                                           language: try language.language(dataset: dataset))
        let report = try PlannerReport.make(network, datasetPath: inputs[0], options: options, progress: ProgressDisplay.shared.handler)
        var written: [String] = []
        for figure in report.mapFiles {
            guard let name = figure.fileName else { continue }
            written.append(Self.path(beside: path, named: name))
            try FileAccess.writeAtomically(Array(figure.svg.utf8), to: written.last!, inputs: inputs)
        }
        let text = format == .html ? HTMLReportWriter.html(report.document) : MarkdownReportWriter.markdown(report.document)
        try emitDocument(text.utf8, to: path, inputs: inputs, detail: written.isEmpty ? "" : ", with its maps \(written.joined(separator: ", "))")
        if !mapsBeside && format == .md { printError("note: the maps are not written on standard output; -o FILE.md writes them beside the page") }
    }

    /// A file in the same folder as `path`. Split by hand: Foundation's NSString path methods
    /// trap on a one-character path (swift-corelibs-foundation's `_startOfLastPathComponent`
    /// requires two characters), which made `report -o x` die of an illegal instruction.
    static func path(beside path: String, named name: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return name }
        return String(path[...slash]) + name
    }
}
