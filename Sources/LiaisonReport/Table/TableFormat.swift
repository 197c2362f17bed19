/// How a command's tables are printed.
public enum TableFormat: String, Sendable, CaseIterable {
    /// Aligned text, for people.
    case text
    /// JSON, for programs: one object keyed by each table's stable key (see ``TableOutput/json(_:)``).
    case json
    /// CSV, for spreadsheets: one table per file (see ``TableOutput/csvFiles(_:)``).
    case csv
}

/// A command's tables as text, JSON or CSV.
public enum TableOutput {
    /// The tables as aligned text, one after another.
    public static func text(_ tables: [Table]) -> String {
        text(tables, wording: .english)
    }

    /// The tables as aligned text, an empty one marked in `wording`'s language.
    public static func text(_ tables: [Table], wording: Wording) -> String {
        let empty = wording[.noRows]
        return tables.map { $0.text(empty: empty) }.joined(separator: "\n")
    }

    /// The tables as one JSON object keyed by each table's stable key. A table that appears once
    /// is an object `{"title", "total_rows"?, "rows"}`; tables repeated per group (a scenario's
    /// variants, a timeline's subjects) are an array of such objects, each with its `"group"`.
    /// Keys are snake_case, numbers are numbers, explanations are objects; docs/schemas/ holds
    /// the schema of each command's document.
    public static func json(_ tables: [Table]) -> String {
        var members: [(key: String, value: JSONValue)] = []
        for (key, group) in grouped(tables) {
            let repeated = group.contains { !$0.group.isEmpty }
            members.append((key, repeated ? .array(group.map(\.json)) : group[0].json))
        }
        return JSONValue.object(members).text() + "\n"
    }

    /// One CSV file per table key: a table's rows under a header of stable keys, or the rows of all
    /// tables of one key (one per variant or subject) with the group's fields as leading columns.
    public static func csvFiles(_ tables: [Table]) -> [CSVTableFile] {
        grouped(tables).map { CSVTableFile(key: $0.key, tables: $0.tables) }
    }

    /// The tables of the key `name`, or an error listing the keys there are.
    public static func select(_ name: String, from tables: [Table]) throws(ReportError) -> [Table] {
        let chosen = tables.filter { $0.key == name }
        guard !chosen.isEmpty else { throw .unknownTable(name, known: keys(tables)) }
        return chosen
    }

    /// The distinct keys of the tables, in order.
    public static func keys(_ tables: [Table]) -> [String] { grouped(tables).map(\.key) }

    /// The tables gathered by key, in the order each key first appears.
    static func grouped(_ tables: [Table]) -> [(key: String, tables: [Table])] {
        var order: [String] = []
        var byKey: [String: [Table]] = [:]
        for table in tables {
            if byKey[table.key] == nil { order.append(table.key) }
            byKey[table.key, default: []].append(table)
        }
        return order.map { ($0, byKey[$0]!) }
    }
}
