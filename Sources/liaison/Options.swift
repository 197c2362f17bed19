import ArgumentParser
import Foundation
import Liaison

extension TableFormat: ExpressibleByArgument {}
extension AggregationLevel: ExpressibleByArgument {}

/// Which dataset to read.
struct DatasetOptions: ParsableArguments {
    @Option(name: .long, help: "A dataset folder, an embedded dataset's name (hong-kong, liaocheng, world), or a .json export. Default: the embedded Hong Kong dataset.")
    var dataset: String?

    @OptionGroup var boundary: ReadBoundaryOptions

    @OptionGroup var progress: ProgressOptions

    /// The resolved path.
    func path() throws -> String {
        try DatasetLocator.resolve(dataset)
    }

    /// Loads the dataset.
    func load() throws -> PartnershipNetwork {
        try DatasetLoader.load(try path(), progress: ProgressDisplay.shared.handler, boundary: boundary.boundary)
    }

    /// Loads the dataset, its progress worded in the language `language` resolves.
    func load(speaking language: LanguageOptions) throws -> PartnershipNetwork {
        ProgressDisplay.shared.speak(try language.wording(dataset: self))
        return try load()
    }
}

/// Whether a dataset may read outside its parent folder and the embedded datasets.
struct ReadBoundaryOptions: ParsableArguments {
    @Flag(name: .long, help: "Let the dataset read includes, linked tables and a friendship network outside its parent folder and the embedded datasets.")
    var allowOutside = false

    /// The boundary to load with: none when allowed, else the default (nil).
    var boundary: ReadBoundary? { allowOutside ? .unrestricted : nil }
}

/// The entity a command works for: `--focus`, else the dataset's focus. A name may be typed in
/// English, or in Chinese in either script (香港, 利物浦, 香港驻旧金山经济贸易办事处).
func resolveFocus(_ query: String?, in network: PartnershipNetwork) throws -> Entity {
    guard let query = query ?? network.metadata.focusID else {
        throw CommandFailure(message: "no focus: pass --focus ID (the dataset names none)")
    }
    return try network.resolveInEitherScript(query)
}

/// How to print tables.
struct FormatOptions: ParsableArguments {
    @Option(name: .long, help: "Output format: text, json or csv.")
    var format: TableFormat = .text

    @Option(name: .long, help: ArgumentHelp("Print only this table, by its key (the JSON output's keys). CSV of a command with several tables needs it, or -o DIR.", valueName: "name"))
    var table: String?

    @Option(name: [.short, .customLong("output")], help: "Write to this file (atomically) instead of standard output; - is standard output. CSV of several tables: a folder, one KEY.csv per table.")
    var output: String?

    /// Prints tables to standard output, or writes them to the output file (or folder, for CSV).
    func emit(_ tables: [Table], inputs: [String], wording: Wording = .english) throws {
        try emitTables(tables, format: format, table: table, to: output, inputs: inputs, wording: wording)
    }
}

/// Prints a command's tables in a format: all of them, or the one `--table` names. CSV holds one
/// table per file: several tables need a folder, never one stream of mixed rows.
func emitTables(_ tables: [Table], format: TableFormat, table: String?, to output: String?, inputs: [String], wording: Wording = .english) throws {
    let chosen = try table.map { name throws(ReportError) in try TableOutput.select(name, from: tables) } ?? tables
    switch format {
    case .text: try emitDocument(TableOutput.text(chosen, wording: wording).utf8, to: output, inputs: inputs)
    case .json: try emitDocument(TableOutput.json(chosen).utf8, to: output, inputs: inputs)
    case .csv:
        let files = TableOutput.csvFiles(chosen)
        if files.count == 1 { return try emitDocument(files[0].text.utf8, to: output, inputs: inputs) }
        guard let output, !isStandardOutput(output) else { throw ReportError.severalTablesInOneCSV(known: files.map(\.key)) }
        ProgressDisplay.shared.finish()
        for file in files { try FileAccess.writeAtomically(Array(file.text.utf8), to: output + "/" + file.fileName, inputs: inputs) }
        FileHandle.standardError.write(Data("wrote \(files.count) tables into \(output): \(files.map(\.fileName).joined(separator: ", "))\n".utf8))
    }
}

/// The `-o` value that means standard output, as in most Unix tools.
let standardOutputPath = "-"

/// Whether an `-o` value asks for standard output.
func isStandardOutput(_ output: String?) -> Bool { output == standardOutputPath }

/// Ends any progress display, then writes a command's document to `output` atomically (saying
/// so on standard error, `detail` after the path) or, without one or with `-o -`, to standard
/// output.
func emitDocument(_ bytes: some Collection<UInt8>, to output: String?, inputs: [String], detail: String = "") throws {
    ProgressDisplay.shared.finish()
    if let output, !isStandardOutput(output) {
        let report = try FileAccess.writeAtomically(bytes, to: output, inputs: inputs)
        noteRemovedTemporaries(report)
        FileHandle.standardError.write(Data("wrote \(output)\(detail)\n".utf8))
    } else {
        FileHandle.standardOutput.write(Data(bytes))
    }
}

/// Says on standard error which temporaries of an earlier, killed run a write removed.
func noteRemovedTemporaries(_ report: FileAccess.WriteReport) {
    for path in report.removedStaleTemporaries {
        FileHandle.standardError.write(Data("note: removed \(path), left by an earlier run that was killed\n".utf8))
    }
}

/// The folder a command writes several files into; `-o -` is refused, since standard output
/// cannot hold a folder.
func outputFolder(_ output: String?, for what: String) throws -> String {
    guard let output, !isStandardOutput(output) else {
        let given = output.map { "'\($0)' is standard output, which cannot hold a folder" } ?? "no -o given"
        throw CommandFailure(message: "\(what) writes a folder of files: \(given); give the folder with -o DIR")
    }
    return output
}

/// A view of the network to work on.
struct ViewOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Restrict the network: \(ViewSpec.grammar). Repeatable.", valueName: "spec"))
    var view: [String] = []

    @Flag(name: .long, help: "In a year: view, keep ties with no start year as if in force since ever (by default they are left out and counted).")
    var assumeInForce = false

    /// The specification the options ask for.
    func spec() throws -> ViewSpec {
        do {
            let spec = try ViewSpec(parsing: view)
            return assumeInForce ? spec.treatingUndatedTies(as: .assumedInForce) : spec
        } catch {
            throw CommandFailure(message: error.description)
        }
    }

    /// The view of a network the options ask for; says on standard error how many ties a year
    /// filter left out for having no start year.
    func apply(to network: PartnershipNetwork) throws -> NetworkView {
        let view: NetworkView
        do { view = try spec().apply(to: network) } catch let error as ViewError { throw CommandFailure(message: error.description) }
        if let note = Self.undatedNote(view) { FileHandle.standardError.write(Data((note + "\n").utf8)) }
        return view
    }

    /// The note on ties a year filter left out, or nil when it left none out.
    static func undatedNote(_ view: NetworkView) -> String? {
        let n = view.tiesWithoutStartYear
        guard n > 0 else { return nil }
        return "note: \(n) tie\(n == 1 ? "" : "s") with no start year left out; pass --assume-in-force to keep them"
    }
}

/// The rules of the field a ranked or planned answer is held to.
struct RuleOptions: ParsableArguments {
    @Option(name: .long, parsing: .upToNextOption,
            help: ArgumentHelp("Set a rule's policy, as RULE=POLICY (e.g. one-to-one=warn). Rules: \(PartnershipRule.allCases.map(\.rawValue).joined(separator: ", ")); policies: enforce, warn, off. Defaults: enforce, or the dataset's rules:.", valueName: "rule=policy"))
    var rule: [String] = []

    /// The rule book: the defaults, the dataset's policies, then these overrides; with China's
    /// friendship network when the dataset names one (`friendship_network:`) and the one-to-one rule is checked.
    func book(for network: PartnershipNetwork) throws -> RuleBook {
        var book = try RuleBook(metadata: network.metadata, overrides: rule)
        try book.consultFriendshipNetwork(of: network.metadata)
        return book
    }
}
