import LiaisonGraph

/// A CSV file read strictly: RFC 4180 quoting, LF or CRLF line ends, an optional UTF-8
/// byte-order mark, every field valid UTF-8, and every row as wide as the header.
///
/// Each row remembers the line it starts on and the column each field starts at, so that every
/// later problem can point at the bad value. A problem of the file's shape is collected, the
/// row is skipped, and reading goes on, so that one pass reports every problem.
public struct CSVTable: Sendable {
    /// The path the table was read from, as given.
    public let file: String
    /// The header's field names.
    public let header: [String]
    /// The rows, without the header.
    public let rows: [CSVRow]
    /// Problems of shape: unbalanced quotes, wrong column count, invalid UTF-8.
    public let problems: [ValidationProblem]

    /// Parses CSV bytes.
    /// - Complexity: O(bytes).
    public init(bytes: [UInt8], file: String) {
        self.file = file
        var parser = Parser(bytes: bytes, file: file)
        var records = parser.records()
        var problems = parser.problems
        guard !records.isEmpty else {
            header = []
            rows = []
            self.problems = problems
            return
        }
        let headerRecord = records.removeFirst()
        header = headerRecord.fields.map { $0.trimmingWhitespace() }
        var seen = Set<String>()
        for (k, name) in header.enumerated() where !seen.insert(name).inserted || name.isEmpty {
            problems.append(ValidationProblem(location: SourceLocation(file: file, line: headerRecord.line, column: headerRecord.columns[k]),
                value: name, message: name.isEmpty ? "empty column name in the header" : "column named twice in the header",
                expected: "each column named once"))
        }
        var rows: [CSVRow] = []
        rows.reserveCapacity(records.count)
        let columnOfName = Dictionary(header.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        for record in records {
            if record.fields.count == 1 && record.fields[0].isEmpty { continue }  // a blank line
            guard record.fields.count == header.count else {
                let column = record.fields.count > header.count ? record.columns[header.count] : record.endColumn
                problems.append(ValidationProblem(location: SourceLocation(file: file, line: record.line, column: column),
                    value: "\(record.fields.count) fields", message: "wrong number of fields",
                    expected: "\(header.count) fields, as the header has (\(header.joined(separator: ",")))"))
                continue
            }
            rows.append(CSVRow(fields: record.fields, columns: record.columns, line: record.line, file: file, columnOfName: columnOfName))
        }
        self.rows = rows
        self.problems = problems
    }

    /// Whether the header has a column of this name.
    public func hasColumn(_ name: String) -> Bool { header.contains(name) }
}

/// One data row of a ``CSVTable``.
public struct CSVRow: Sendable {
    /// The fields, in header order.
    public let fields: [String]
    /// The 1-based column each field starts at.
    public let columns: [Int]
    /// The 1-based line the row starts on.
    public let line: Int
    let file: String
    let columnOfName: [String: Int]

    /// The field under a column name, trimmed; nil when the column is absent or the field empty.
    public subscript(_ name: String) -> String? {
        guard let k = columnOfName[name] else { return nil }
        let value = fields[k].trimmingWhitespace()
        return value.isEmpty ? nil : value
    }

    /// Where the row came from, with the column of every field by name.
    public var origin: RecordOrigin {
        RecordOrigin(file: file, line: line, fieldIndex: columnOfName, fieldColumns: columns)
    }

    /// The location of a field by column name.
    public func location(of name: String) -> SourceLocation { origin.location(ofField: name) }
}

/// A byte-level RFC 4180 reader that records positions.
private struct Parser {
    struct Record { var fields: [String]; var columns: [Int]; var line: Int; var endColumn: Int }

    let bytes: [UInt8]
    let file: String
    var problems: [ValidationProblem] = []

    init(bytes: [UInt8], file: String) {
        self.bytes = bytes
        self.file = file
    }

    mutating func records() -> [Record] {
        var records: [Record] = []
        let n = bytes.count
        var i = 0
        if n >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF { i = 3 }
        var line = 1
        var lineStart = i  // byte offset where the current physical line starts
        let quote = UInt8(ascii: "\""), comma = UInt8(ascii: ","), lf = UInt8(ascii: "\n"), cr = UInt8(ascii: "\r")
        var fields: [String] = []
        var columns: [Int] = []
        var recordLine = line
        var recordBroken = false
        var field: [UInt8] = []
        while i < n {
            // One field.
            let fieldLine = line
            let fieldColumn = column(of: i, lineStart: lineStart)
            field.removeAll(keepingCapacity: true)
            let decoded: String?
            if bytes[i] == quote {
                i += 1
                var closed = false
                while i < n {
                    let b = bytes[i]
                    if b == quote {
                        if i + 1 < n && bytes[i + 1] == quote { field.append(quote); i += 2; continue }
                        i += 1
                        closed = true
                        break
                    }
                    if b == lf { line += 1; lineStart = i + 1 }
                    field.append(b)
                    i += 1
                }
                if !closed {
                    problems.append(ValidationProblem(location: SourceLocation(file: file, line: fieldLine, column: fieldColumn),
                        value: preview(field), message: "unbalanced quote: the quoted field never closes",
                        expected: "a closing '\"' (write a quote inside a field as '\"\"')"))
                    return records  // nothing after an unclosed quote can be trusted
                }
                if i < n && bytes[i] == cr && (i + 1 == n || bytes[i + 1] == lf) { i += 1 }
                if i < n && bytes[i] != comma && bytes[i] != lf {
                    problems.append(ValidationProblem(location: SourceLocation(file: file, line: line, column: column(of: i, lineStart: lineStart)),
                        value: preview(Array(bytes[i..<min(n, i + 20)])), message: "text after a closing quote",
                        expected: "a comma or a line end right after a quoted field"))
                    recordBroken = true
                    while i < n && bytes[i] != comma && bytes[i] != lf { i += 1 }
                }
                decoded = field.withUnsafeBufferPointer { validUTF8($0) }
            } else {
                // An unquoted field is decoded straight from the bytes.
                let start = i
                while i < n && bytes[i] != comma && bytes[i] != lf {
                    if bytes[i] == quote && !recordBroken {
                        problems.append(ValidationProblem(location: SourceLocation(file: file, line: line, column: column(of: i, lineStart: lineStart)),
                            value: preview(Array(bytes[start...i])), message: "quote inside an unquoted field",
                            expected: "quote the whole field and double the quote inside it: \"a \"\"b\"\"\""))
                        recordBroken = true
                    }
                    i += 1
                }
                let end = i > start && bytes[i - 1] == cr ? i - 1 : i
                decoded = decodeUTF8(start, end)
                if decoded == nil { field.append(contentsOf: bytes[start..<end]) }
            }
            if let decoded {
                fields.append(decoded)
            } else {
                problems.append(ValidationProblem(location: SourceLocation(file: file, line: fieldLine, column: fieldColumn),
                    value: String(decoding: field, as: UTF8.self), message: "invalid UTF-8",
                    expected: "UTF-8 text (save the file as UTF-8)"))
                recordBroken = true
                fields.append("")
            }
            columns.append(fieldColumn)
            if i < n && bytes[i] == comma {
                i += 1
                if i < n && bytes[i] != lf && !(bytes[i] == cr && (i + 1 == n || bytes[i + 1] == lf)) { continue }
                // A separator right before a line end or the end: one more, empty field.
                fields.append("")
                columns.append(column(of: i, lineStart: lineStart))
                if i < n && bytes[i] == cr { i += 1 }
            }
            // End of the record: a line feed, or the end of the bytes.
            let endColumn = column(of: i, lineStart: lineStart)
            if i < n && bytes[i] == lf { i += 1; line += 1; lineStart = i }
            if !recordBroken { records.append(Record(fields: fields, columns: columns, line: recordLine, endColumn: endColumn)) }
            recordBroken = false
            fields.removeAll(keepingCapacity: true)
            columns.removeAll(keepingCapacity: true)
            recordLine = line
        }
        return records
    }

    private var cachedLineStart = -1, cachedOffset = 0, cachedColumn = 1

    /// The 1-based character column of byte offset `i` on a line starting at `lineStart`,
    /// counted incrementally from the last call on the same line.
    mutating func column(of i: Int, lineStart: Int) -> Int {
        if cachedLineStart != lineStart || cachedOffset > i {
            cachedLineStart = lineStart
            cachedOffset = lineStart
            cachedColumn = 1
        }
        var k = cachedOffset
        while k < i && k < bytes.count {
            if bytes[k] & 0xC0 != 0x80 { cachedColumn += 1 }
            k += 1
        }
        cachedOffset = k
        return cachedColumn
    }

    /// The bytes `start ..< end` as text, or nil when they are not valid UTF-8.
    func decodeUTF8(_ start: Int, _ end: Int) -> String? {
        bytes.withUnsafeBufferPointer { validUTF8(UnsafeBufferPointer(rebasing: $0[start..<end])) }
    }

    func preview(_ bytes: [UInt8]) -> String {
        let text = String(decoding: bytes.prefix(40), as: UTF8.self)
        return bytes.count > 40 ? text + "…" : text
    }
}

/// The bytes as text, or nil when they are not valid UTF-8; ASCII (most fields) takes a fast path.
private func validUTF8(_ buffer: UnsafeBufferPointer<UInt8>) -> String? {
    var ascii = true
    for byte in buffer where byte >= 0x80 {
        ascii = false
        break
    }
    return ascii ? String(decoding: buffer, as: UTF8.self) : String(validating: buffer, as: UTF8.self)
}
