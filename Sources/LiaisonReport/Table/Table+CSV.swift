import LiaisonData

/// A CSV file of one table, or of all tables of one key (one per variant or subject) with the
/// group's fields as leading columns, so that every row is as wide as the header.
public struct CSVTableFile: Sendable, Hashable {
    /// The tables' key.
    public var key: String
    /// The file name, `KEY.csv`.
    public var fileName: String { key + ".csv" }
    /// The CSV text: a header of stable keys, then the rows.
    public var text: String

    /// The file of the tables of one key.
    /// - Precondition: the tables share their key and columns.
    init(key: String, tables: [Table]) {
        self.key = key
        let first = tables[0]
        let groupKeys = first.group.map(\.key)
        // An entity column becomes two, its ID and its name, where any cell is an entity.
        let splits = first.fields.indices.map { c in
            tables.contains { $0.values.contains { row in if case .entity = row[c] { return true } else { return false } } }
        }
        var header = groupKeys
        for (c, column) in first.fields.enumerated() {
            header += splits[c] ? [column.csvHeading + "_id", column.csvHeading + "_name"] : [column.csvHeading]
        }
        let rows = tables.lazy.flatMap { table in
            table.values.lazy.map { row -> [String] in
                var line = table.group.map(\.value.csvText)
                for (c, value) in row.enumerated() {
                    if splits[c] {
                        if case let .entity(id, name) = value { line += [id, name] } else { line += [value.csvText, ""] }
                    } else {
                        line.append(value.csvText)
                    }
                }
                return line
            }
        }
        text = CSVText.table(header: header, rows: rows)
    }
}

extension TableValue {
    /// The value in a CSV cell: numbers unrounded and without separators, the rest as text.
    var csvText: String {
        switch self {
        case let .number(value, _): return value.isFinite ? JSONValue.numberText(value) : ""
        case .notAvailable: return ""
        case let .list(values, separator): return values.map(\.csvText).joined(separator: separator)
        default: return text
        }
    }
}
