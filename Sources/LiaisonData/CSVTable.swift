import LiaisonGraph

/// A CSV file read strictly: RFC 4180 quoting, LF or CRLF line ends, an optional UTF-8
/// byte-order mark, every field valid UTF-8, and every row as wide as the header.
///
/// Reading keeps the file's bytes and where each field starts and ends, nothing more: a field
/// becomes a `String` only when asked for, and the column a field starts at is counted only
/// when a problem needs it. A problem of the file's shape is collected, the row is skipped, and
/// reading goes on, so that one pass reports every problem.
///
/// ```swift
/// let table = CSVTable(bytes: Array("id,name\nCN,China\n".utf8), file: "countries.csv")
/// let name = table.column("name")
/// table.rows[0][name]   // "China"
/// ```
public struct CSVTable: Sendable {
    /// The path the table was read from, as given.
    public var file: String { storage.file }
    /// The header's field names.
    public var header: [String] { storage.header }
    /// The rows, without the header.
    public var rows: CSVRows { CSVRows(storage: storage) }
    /// Problems of shape: unbalanced quotes, wrong column count, invalid UTF-8.
    public let problems: [ValidationProblem]
    let storage: CSVStorage

    /// Parses CSV bytes.
    /// - Complexity: O(bytes).
    public init(bytes: [UInt8], file: String) {
        var parser = CSVParser(bytes: bytes, file: file)
        parser.run()
        storage = CSVStorage(parser: parser)
        problems = parser.problems
    }

    /// Whether the header has a column of this name.
    public func hasColumn(_ name: String) -> Bool { storage.columnOfName[name] != nil }

    /// A column by name, looked up once so that reading it from each row costs no hashing.
    public func column(_ name: String) -> CSVColumn { storage.column(named: name) }
}

/// A column of a ``CSVTable`` looked up by name: its position, or nil when the header lacks it.
public struct CSVColumn: Sendable, Hashable {
    /// The column's name.
    public let name: String
    /// Its position in the header.
    public let index: Int?
}

/// The rows of a ``CSVTable``, each a view on the table's bytes.
public struct CSVRows: RandomAccessCollection, Sendable {
    let storage: CSVStorage
    /// The first row's position, 0.
    public var startIndex: Int { 0 }
    /// One past the last row.
    public var endIndex: Int { storage.lines.count }
    /// The row at a position.
    public subscript(position: Int) -> CSVRow { CSVRow(storage: storage, row: position) }
}

/// One data row of a ``CSVTable``.
public struct CSVRow: Sendable {
    let storage: CSVStorage
    let row: Int

    /// The position in the table of this row's field in column `k`.
    private func field(_ k: Int) -> Int { row * storage.width + k }

    /// The fields, in header order, untrimmed.
    public var fields: [String] { (0..<storage.width).map { storage.string(field: field($0)) } }
    /// The 1-based column each field starts at.
    public var columns: [Int] { (0..<storage.width).map { storage.location(field: field($0)).column } }
    /// The 1-based line the row starts on.
    public var line: Int { Int(storage.lines[row]) }

    /// The field under a column name, trimmed; nil when the column is absent or the field empty.
    public subscript(_ name: String) -> String? { self[storage.column(named: name)] }

    /// The field in a column, trimmed; nil when the column is absent or the field empty.
    public subscript(_ column: CSVColumn) -> String? {
        guard let k = column.index else { return nil }
        return storage.trimmedValue(field: field(k))
    }

    /// Whether the field in a column is absent or empty, found without making a string.
    public func isEmpty(_ column: CSVColumn) -> Bool {
        guard let k = column.index else { return true }
        return storage.isBlank(field: field(k))
    }

    /// Calls `body` with the field's bytes trimmed of white space; nil, without calling it, when
    /// the column is absent or the field empty.
    func withValueBytes<R>(_ column: CSVColumn, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R? {
        guard let k = column.index else { return nil }
        return unsafe storage.withValueBytes(field: field(k), body)
    }

    /// The symbol that the column's value has in the loader's ID table, looked up in the row's own
    /// bytes (no String is made): `notInterned` when the table lacks it; nil when the field is empty.
    func idSymbol(_ column: CSVColumn, in symbols: NetworkBuilder.SymbolSnapshot, notInterned: Int32) -> Int32? {
        unsafe withValueBytes(column) { unsafe symbols.id($0) ?? notInterned }
    }

    /// The column's value interned in `builder`'s ID table from the row's own bytes; nil when the
    /// field is empty.
    func internID(_ column: CSVColumn, in builder: inout NetworkBuilder) -> Int32? {
        unsafe withValueBytes(column) { unsafe builder.idSymbol($0) }
    }

    /// Where the row came from; its fields' columns are found when asked for.
    public var origin: RecordOrigin { RecordOrigin(locator: storage, record: row) }

    /// The location of a field by column name (column 1 when the table lacks the column).
    public func location(of name: String) -> SourceLocation { origin.location(ofField: name) }

    /// The location of a field (column 1 when the table lacks the column).
    public func location(of column: CSVColumn) -> SourceLocation {
        guard let k = column.index else { return SourceLocation(file: storage.file, line: line, column: 1) }
        return storage.location(field: field(k))
    }
}

/// The parsed table: the file's bytes and the byte range of every field of every kept row.
final class CSVStorage: RecordLocator {
    /// What the parser found: the bytes, the header, the fields' byte ranges, the rows' lines.
    let parsed: CSVParser
    let columnOfName: [String: Int]
    let width: Int

    var file: String { parsed.file }
    var header: [String] { parsed.header }
    /// The line each kept row starts on.
    var lines: [Int32] { parsed.lines }

    init(parser: CSVParser) {
        parsed = parser
        columnOfName = Dictionary(parser.header.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        width = parser.header.count
    }

    /// A column by name.
    func column(named name: String) -> CSVColumn { CSVColumn(name: name, index: columnOfName[name]) }

    /// Another handle on the same parsed table, for one thread: rows made from it retain the
    /// handle, not this object, so threads do not contend for one reference count.
    func sharingHandle() -> CSVStorage { CSVStorage(sharing: self) }

    private init(sharing other: CSVStorage) {
        parsed = other.parsed
        columnOfName = other.columnOfName
        width = other.width
    }

    /// Calls `body` with the bytes of a field.
    @inline(__always)
    func withField<R>(_ field: Int, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        let start = Int(parsed.starts[field]), end = Int(parsed.ends[field])
        if start > parsed.bytes.count {
            let base = parsed.bytes.count + 1
            return unsafe parsed.unescaped.withUnsafeBufferPointer { unsafe body(UnsafeBufferPointer(rebasing: $0[(start - base)..<(end - base)])) }
        }
        return unsafe parsed.bytes.withUnsafeBufferPointer { unsafe body(UnsafeBufferPointer(rebasing: $0[start..<end])) }
    }

    /// A field's text as written (the parser checked it is UTF-8).
    func string(field: Int) -> String { unsafe withField(field) { unsafe String(decoding: $0, as: UTF8.self) } }

    /// Whether a field is empty or only white space.
    func isBlank(field: Int) -> Bool {
        let asciiBlank = unsafe withField(field) { buffer in unsafe buffer.allSatisfy(Self.isASCIISpace) }
        if asciiBlank { return true }
        // Other white space (an ideographic space, say) is rare: trim it the slow way.
        return unsafe withField(field) { buffer in unsafe buffer.contains { $0 >= 0x80 } } && trimmedValue(field: field) == nil
    }

    /// A field's text trimmed of white space, or nil when nothing is left.
    func trimmedValue(field: Int) -> String? {
        unsafe withField(field) { buffer -> String? in
            if buffer.isEmpty { return nil }
            if unsafe Self.hasVisibleASCIIEnds(buffer) { return unsafe String(decoding: buffer, as: UTF8.self) }
            let value = unsafe String(decoding: buffer, as: UTF8.self).trimmingWhitespace()
            return value.isEmpty ? nil : value
        }
    }

    /// Whether a byte is an ASCII space, tab, carriage return or line feed.
    static func isASCIISpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x0A }

    /// Whether the bytes start and end with a visible ASCII character, so that trimming them
    /// would change nothing (most fields).
    static func hasVisibleASCIIEnds(_ buffer: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let head = unsafe buffer.first, let tail = unsafe buffer.last else { return false }
        return head > 0x20 && head < 0x80 && tail > 0x20 && tail < 0x80
    }

    /// Where a field was written in the file: its opening quote when quoted, its first byte otherwise.
    func rawStart(field: Int) -> Int {
        let start = Int(parsed.starts[field])
        if start > parsed.bytes.count { return parsed.rawStartOfUnescaped[field] ?? 0 }
        // An unquoted field follows a separator, a line end or the file's start, never a quote.
        return start > 0 && start <= parsed.bytes.count && parsed.bytes[start - 1] == UInt8(ascii: "\"") ? start - 1 : start
    }

    /// Calls `body` with a field's bytes trimmed of white space; nil, without calling it, when
    /// nothing is left.
    func withValueBytes<R>(field: Int, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R? {
        if unsafe withField(field, unsafe Self.hasVisibleASCIIEnds) { return unsafe withField(field, body) }
        guard var value = trimmedValue(field: field) else { return nil }
        return value.withUTF8(body)
    }

    /// Whether two fields hold the same bytes.
    func sameBytes(_ a: Int, _ b: Int) -> Bool {
        unsafe withField(a) { x in unsafe withField(b) { y in unsafe x.count == y.count && x.elementsEqual(y) } }
    }

    /// The line and column a field starts at (its opening quote, when quoted).
    func location(field: Int) -> SourceLocation {
        let first = field - field % max(width, 1)
        return CSVParser.location(of: rawStart(field: field), in: parsed.bytes, file: parsed.file, recordLine: Int(parsed.lines[field / max(width, 1)]),
                                  recordStart: rawStart(field: first))
    }

    func line(ofRecord record: Int) -> Int { Int(parsed.lines[record]) }

    func location(ofField field: String, inRecord record: Int) -> SourceLocation? {
        columnOfName[field].map { location(field: record * width + $0) }
    }
}

/// A byte-level RFC 4180 reader that records where fields are, not what they say.
struct CSVParser {
    let bytes: [UInt8]
    let file: String
    var problems: [ValidationProblem] = []
    var header: [String] = []
    /// Fields that contained doubled quotes, unescaped; an offset `bytes.count + 1 + k` is byte `k` here.
    var unescaped: [UInt8] = []
    /// Where each field's text starts and ends: row `r`, column `k` is entry `r * width + k`.
    var starts: [UInt32] = [], ends: [UInt32] = []
    /// Where in the file each unescaped field was written (its opening quote).
    var rawStartOfUnescaped: [Int: Int] = [:]
    /// The line each kept row starts on.
    var lines: [Int32] = []

    init(bytes: [UInt8], file: String) {
        self.bytes = bytes
        self.file = file
    }

    /// Reads the whole file.
    mutating func run() {
        guard bytes.count < Int(UInt32.max) / 2 else {
            problems.append(ValidationProblem(location: SourceLocation(file: file, line: 1, column: 1), value: "\(bytes.count) bytes",
                message: "file too large to read as one table", expected: "a CSV file under 2 GB (split the ties into several datasets with includes)"))
            return
        }
        let bytes = self.bytes
        unsafe bytes.withUnsafeBufferPointer { unsafe read($0) }
    }

    private mutating func read(_ b: UnsafeBufferPointer<UInt8>) {
        let n = b.count
        var i = 0
        var lineFeeds = 0
        for unsafe byte in unsafe b where byte == UInt8(ascii: "\n") { lineFeeds += 1 }
        lines.reserveCapacity(lineFeeds + 1)
        if unsafe n >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF { i = 3 }
        var line = 1
        let quote = UInt8(ascii: "\""), comma = UInt8(ascii: ","), lf = UInt8(ascii: "\n"), cr = UInt8(ascii: "\r")
        // The record being read: its fields' ranges (raw start, text start, text end).
        var fieldRaw: [Int] = [], fieldStart: [Int] = [], fieldEnd: [Int] = []
        var escapedFields: [Int: [UInt8]] = [:]   // field number in the record -> unescaped text
        var recordLine = line, recordStart = i
        var recordBroken = false
        var haveHeader = false
        var expectedStarts = 0
        func problem(at offset: Int, _ value: String, message: String, expected: String) {
            problems.append(ValidationProblem(location: Self.location(of: offset, in: bytes, file: file, recordLine: recordLine,
                recordStart: recordStart), value: value, message: message, expected: expected))
        }
        while i < n {
            let raw = i
            var start: Int, end: Int
            var high: UInt8 = 0
            if unsafe b[i] == quote {
                i += 1
                start = i
                var copy: [UInt8]? = nil
                var closed = false
                while i < n {
                    let c = unsafe b[i]
                    if c == quote {
                        if unsafe i + 1 < n && b[i + 1] == quote {
                            if copy == nil { copy = unsafe Array(b[start..<i]) }
                            copy!.append(quote)
                            i += 2
                            continue
                        }
                        closed = true
                        break
                    }
                    if c == lf { line += 1 }
                    high |= c
                    copy?.append(c)
                    i += 1
                }
                end = i
                guard closed else {
                    unsafe problem(at: raw, preview(b, start, n), message: "unbalanced quote: the quoted field never closes",
                        expected: "a closing '\"' (write a quote inside a field as '\"\"')")
                    return  // nothing after an unclosed quote can be trusted
                }
                i += 1  // the closing quote
                if let copy { escapedFields[fieldStart.count] = copy }
                if unsafe i < n && b[i] == cr && (i + 1 == n || b[i + 1] == lf) { i += 1 }
                if unsafe i < n && b[i] != comma && b[i] != lf {
                    unsafe problem(at: i, preview(b, i, min(n, i + 20)), message: "text after a closing quote",
                        expected: "a comma or a line end right after a quoted field")
                    recordBroken = true
                    while unsafe i < n && b[i] != comma && b[i] != lf { i += 1 }
                }
            } else {
                start = i
                while i < n {
                    let c = unsafe b[i]
                    if c == comma || c == lf { break }
                    if c == quote && !recordBroken {
                        unsafe problem(at: i, preview(b, start, i + 1), message: "quote inside an unquoted field",
                            expected: "quote the whole field and double the quote inside it: \"a \"\"b\"\"\"")
                        recordBroken = true
                    }
                    high |= c
                    i += 1
                }
                end = unsafe i > start && b[i - 1] == cr ? i - 1 : i
            }
            if high & 0x80 != 0 && !recordBroken {
                let text = unsafe escapedFields[fieldStart.count] ?? Array(b[start..<end])
                if String(validating: text, as: UTF8.self) == nil {
                    problem(at: raw, String(decoding: text, as: UTF8.self), message: "invalid UTF-8",
                        expected: "UTF-8 text (save the file as UTF-8)")
                    recordBroken = true
                }
            }
            fieldRaw.append(raw); fieldStart.append(start); fieldEnd.append(end)
            if unsafe i < n && b[i] == comma {
                i += 1
                if unsafe i < n && b[i] != lf && !(b[i] == cr && (i + 1 == n || b[i + 1] == lf)) { continue }
                // A separator right before a line end or the end: one more, empty field.
                fieldRaw.append(i); fieldStart.append(i); fieldEnd.append(i)
                if unsafe i < n && b[i] == cr { i += 1 }
            }
            // End of the record: a line feed, or the end of the bytes.
            let recordEnd = i
            if unsafe i < n && b[i] == lf { i += 1; line += 1 }
            if !recordBroken {
                if !haveHeader {
                    haveHeader = true
                    readHeader(fieldRaw, fieldStart, fieldEnd, escapedFields, recordLine: recordLine, recordStart: recordStart)
                    expectedStarts = header.count
                    starts.reserveCapacity(lineFeeds * header.count)
                    ends.reserveCapacity(lineFeeds * header.count)
                } else if fieldStart.count == 1 && fieldStart[0] == fieldEnd[0] {
                    // A blank line.
                } else if fieldStart.count != expectedStarts {
                    let at = fieldStart.count > expectedStarts ? fieldRaw[expectedStarts] : recordEnd
                    problem(at: at, "\(fieldStart.count) fields", message: "wrong number of fields",
                        expected: "\(header.count) fields, as the header has (\(header.joined(separator: ",")))")
                } else {
                    for k in 0..<fieldStart.count {
                        if let text = escapedFields[k] {
                            rawStartOfUnescaped[starts.count] = fieldRaw[k]
                            starts.append(UInt32(n + 1 + unescaped.count))
                            unescaped.append(contentsOf: text)
                            ends.append(UInt32(n + 1 + unescaped.count))
                        } else {
                            starts.append(UInt32(fieldStart[k]))
                            ends.append(UInt32(fieldEnd[k]))
                        }
                    }
                    lines.append(Int32(clamping: recordLine))
                }
            }
            recordBroken = false
            fieldRaw.removeAll(keepingCapacity: true)
            fieldStart.removeAll(keepingCapacity: true)
            fieldEnd.removeAll(keepingCapacity: true)
            if !escapedFields.isEmpty { escapedFields.removeAll() }
            recordLine = line
            recordStart = i
        }
    }

    private mutating func readHeader(_ raw: [Int], _ start: [Int], _ end: [Int], _ escaped: [Int: [UInt8]], recordLine: Int, recordStart: Int) {
        header = start.indices.map { k in
            String(decoding: escaped[k] ?? Array(bytes[start[k]..<end[k]]), as: UTF8.self).trimmingWhitespace()
        }
        var seen = Set<String>()
        for (k, name) in header.enumerated() where !seen.insert(name).inserted || name.isEmpty {
            problems.append(ValidationProblem(location: Self.location(of: raw[k], in: bytes, file: file, recordLine: recordLine, recordStart: recordStart),
                value: name, message: name.isEmpty ? "empty column name in the header" : "column named twice in the header",
                expected: "each column named once"))
        }
    }

    /// The line and 1-based character column of byte offset `offset` of a record that starts at
    /// byte `recordStart` on line `recordLine` (a quoted field may span lines).
    static func location(of offset: Int, in bytes: [UInt8], file: String, recordLine: Int, recordStart: Int) -> SourceLocation {
        let lf = UInt8(ascii: "\n")
        var line = recordLine
        var lineStart = recordStart
        var k = recordStart
        while k < offset && k < bytes.count {
            if bytes[k] == lf { line += 1; lineStart = k + 1 }
            k += 1
        }
        if lineStart == 0 && bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF { lineStart = 3 }
        var column = 1
        k = lineStart
        while k < offset && k < bytes.count {
            if bytes[k] & 0xC0 != 0x80 { column += 1 }
            k += 1
        }
        return SourceLocation(file: file, line: line, column: column)
    }

    private func preview(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> String {
        let slice = unsafe b[start..<max(start, min(end, b.count))]
        let text = unsafe String(decoding: slice.prefix(40), as: UTF8.self)
        return unsafe slice.count > 40 ? text + "…" : text
    }
}
