import Foundation

/// A table of results, printable as aligned text, JSON or CSV.
public struct Table: Sendable, Hashable {
    /// A title printed above the text form.
    public var title: String
    /// The column names.
    public var columns: [String]
    /// The rows, each as wide as ``columns``.
    public var rows: [[String]]
    /// Which columns hold numbers (right-aligned in text, numbers in JSON).
    public var numericColumns: Set<Int>

    /// Makes a table; columns whose every non-empty value parses as a number count as numeric.
    public init(title: String, columns: [String], rows: [[String]]) {
        self.title = title
        self.columns = columns
        self.rows = rows
        numericColumns = Set(columns.indices.filter { c in
            let values = rows.map { $0[c] }.filter { !$0.isEmpty }
            return !values.isEmpty && values.allSatisfy { Double($0) != nil }
        })
    }

    /// The table as aligned text: a title, a header, a rule, the rows.
    public var text: String {
        var widths = columns.map(displayWidth)
        for row in rows { for (c, value) in row.enumerated() { widths[c] = max(widths[c], displayWidth(value)) } }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { c, value in
                let pad = String(repeating: " ", count: widths[c] - displayWidth(value))
                return numericColumns.contains(c) ? pad + value : value + pad
            }.joined(separator: "  ").trimmingTrailingSpaces()
        }
        var lines: [String] = []
        if !title.isEmpty { lines.append(title) }
        lines.append(line(columns))
        lines.append(widths.map { String(repeating: "-", count: $0) }.joined(separator: "  "))
        lines.append(contentsOf: rows.map(line))
        if rows.isEmpty { lines.append("(none)") }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The table as CSV with a header line.
    public var csv: String { CSVText.table(header: columns, rows: rows) }

    /// The rows as JSON objects keyed by column name; numeric columns as numbers.
    public var jsonObject: [[String: Any]] {
        rows.map { row in
            var object: [String: Any] = [:]
            for (c, name) in columns.enumerated() {
                let value = row[c]
                if value.isEmpty { object[name] = NSNull() } else if numericColumns.contains(c), let number = Double(value) {
                    object[name] = number == number.rounded() && abs(number) < 1e15 ? Int(number) as Any : number
                } else { object[name] = value }
            }
            return object
        }
    }
}

/// Several tables printed one after another, or as one JSON object keyed by title.
public enum TableFormat: String, Sendable, CaseIterable {
    /// Aligned text, for people.
    case text
    /// JSON, for programs.
    case json
    /// CSV, for spreadsheets.
    case csv

    /// Renders tables in this format.
    public func render(_ tables: [Table]) -> String {
        switch self {
        case .text: return tables.map(\.text).joined(separator: "\n")
        case .csv:
            if tables.count == 1 { return tables[0].csv }
            return tables.map { "# \($0.title)\n" + $0.csv }.joined(separator: "\n")
        case .json:
            let object: Any = tables.count == 1 ? tables[0].jsonObject as Any
                : Dictionary(tables.map { ($0.title, $0.jsonObject as Any) }, uniquingKeysWith: { a, _ in a })
            let data = (try? JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])) ?? Data()
            return String(decoding: data, as: UTF8.self) + "\n"
        }
    }
}

/// Terminal columns a string takes: East Asian wide characters take two.
func displayWidth(_ text: String) -> Int {
    text.unicodeScalars.reduce(0) { width, scalar in
        let v = scalar.value
        let wide = (0x1100...0x115F).contains(v) || (0x2E80...0xA4CF).contains(v) || (0xAC00...0xD7A3).contains(v)
            || (0xF900...0xFAFF).contains(v) || (0xFE30...0xFE4F).contains(v) || (0xFF00...0xFF60).contains(v)
            || (0xFFE0...0xFFE6).contains(v) || (0x20000...0x3FFFD).contains(v)
        let zeroWidth = scalar.properties.generalCategory == .nonspacingMark || scalar.properties.generalCategory == .enclosingMark
        return width + (zeroWidth ? 0 : (wide ? 2 : 1))
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var s = self
        while s.last == " " { s.removeLast() }
        return s
    }
}
