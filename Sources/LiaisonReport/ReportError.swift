/// A request the report layer cannot serve, in words that name the bad value and what would do.
public enum ReportError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A table name that no table of the command has.
    case unknownTable(String, known: [String])
    /// CSV of several tables asked for on one stream.
    case severalTablesInOneCSV(known: [String])
    /// A report with no focus to be about.
    case noFocus

    /// A sentence naming the bad value and what would be valid.
    public var description: String {
        switch self {
        case let .unknownTable(name, known): return "unknown table '\(name)'; tables: \(known.joined(separator: ", "))"
        case let .severalTablesInOneCSV(known):
            return "CSV holds one table per file: pass --table NAME (one of \(known.joined(separator: ", "))) or -o DIR for one file per table"
        case .noFocus: return "no focus: pass --focus ID (the dataset names none)"
        }
    }
}
