import LiaisonGraph

/// Where the values of a JSON export lie, so that its problems name a line and a column as the
/// CSV loader's do. One pass over the bytes records where each element of the top-level
/// `entities` and `ties` arrays starts and where each `metadata` value is; a field's place is
/// found by scanning its element again, only for the few records that have a problem.
final class JSONPositions: Sendable {
    let file: String
    private let bytes: [UInt8]
    /// Per array name, each element's byte offset, line and column.
    let elements: [String: [(offset: Int, line: Int, column: Int)]]
    /// The `metadata` object's keys and the places of their values.
    let metadata: [String: SourceLocation]

    /// Scans the document. Malformed JSON is scanned as far as it goes (the decoder reports it).
    /// - Complexity: O(bytes).
    init(bytes: [UInt8], file: String) {
        self.bytes = bytes
        self.file = file
        (elements, metadata) = Self.scan(bytes, file: file)
    }

    /// The places that ``init(bytes:file:)`` records, found in one pass.
    private static func scan(_ bytes: [UInt8], file: String) -> ([String: [(offset: Int, line: Int, column: Int)]], [String: SourceLocation]) {
        var elements: [String: [(offset: Int, line: Int, column: Int)]] = [:]
        var metadata: [String: SourceLocation] = [:]
        var scanner = Scanner(bytes: bytes, offset: 0, line: 1, column: 1)
        scanner.skipSpace()
        guard scanner.peek == UInt8(ascii: "{") else { return (elements, metadata) }
        scanner.advance()
        while let key = scanner.nextKey() {
            switch key {
            case "entities", "ties":
                guard scanner.peek == UInt8(ascii: "[") else { scanner.skipValue(); continue }
                scanner.advance()
                var found: [(Int, Int, Int)] = []
                while scanner.nextElement() {
                    let before = scanner.offset
                    found.append((scanner.offset, scanner.line, scanner.column))
                    scanner.skipValue()
                    // Malformed JSON (a stray `}`): step over it rather than stand still.
                    if scanner.offset == before { scanner.advance() }
                }
                elements[key] = found
            case "metadata":
                guard scanner.peek == UInt8(ascii: "{") else { scanner.skipValue(); continue }
                scanner.advance()
                while let name = scanner.nextKey() {
                    let before = scanner.offset
                    metadata[name] = SourceLocation(file: file, line: scanner.line, column: scanner.column)
                    scanner.skipValue()
                    if scanner.offset == before, scanner.peek != nil { scanner.advance() }
                }
            default:
                let before = scanner.offset
                scanner.skipValue()
                if scanner.offset == before, scanner.peek != nil { scanner.advance() }
            }
        }
        return (elements, metadata)
    }

    /// The place of element `k` of `array`, or of its `field` when it has one.
    func location(_ array: String, _ k: Int, field: String? = nil) -> SourceLocation {
        guard let list = elements[array], k < list.count else { return SourceLocation(file: file, line: 1, column: 1) }
        let start = list[k]
        var scanner = Scanner(bytes: bytes, offset: start.offset, line: start.line, column: start.column)
        if let field, scanner.peek == UInt8(ascii: "{") {
            scanner.advance()
            while let key = scanner.nextKey() {
                if key == field { return SourceLocation(file: file, line: scanner.line, column: scanner.column) }
                let before = scanner.offset
                scanner.skipValue()
                if scanner.offset == before, scanner.peek != nil { scanner.advance() }
            }
        }
        return SourceLocation(file: file, line: start.line, column: start.column)
    }

    /// A record locator for one array, for the network builder's problems.
    func locator(_ array: String) -> any RecordLocator { ArrayLocator(positions: self, array: array) }

    private final class ArrayLocator: RecordLocator {
        let positions: JSONPositions
        let array: String
        init(positions: JSONPositions, array: String) { self.positions = positions; self.array = array }
        var file: String { positions.file }
        func line(ofRecord record: Int) -> Int { positions.location(array, record).line }
        func location(ofField field: String, inRecord record: Int) -> SourceLocation? {
            positions.location(array, record, field: Self.keys[field] ?? field)
        }
        /// The JSON keys of the CSV columns the builder names.
        static let keys = ["city": "hostCity", "part_of": "partOf", "name_zh": "nameZh", "status_since": "statusSince"]
    }

    /// A cursor over the bytes that knows its line and column.
    private struct Scanner {
        let bytes: [UInt8]
        var offset: Int
        var line: Int
        var column: Int

        var peek: UInt8? { offset < bytes.count ? bytes[offset] : nil }

        mutating func advance() {
            if bytes[offset] == UInt8(ascii: "\n") { line += 1; column = 1 }
            // Columns count characters: continuation bytes of UTF-8 do not start one.
            else if bytes[offset] & 0xC0 != 0x80 { column += 1 }
            offset += 1
        }

        mutating func skipSpace() {
            while let b = peek, b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 { advance() }
        }

        /// The next key of the object the cursor is in (after `{` or a value), the cursor left on
        /// its value; nil at the object's end.
        mutating func nextKey() -> String? {
            skipSpace()
            if peek == UInt8(ascii: ",") { advance(); skipSpace() }
            guard peek == UInt8(ascii: "\"") else { if peek == UInt8(ascii: "}") { advance() }; return nil }
            let start = offset + 1
            skipString()
            let key = String(decoding: bytes[start..<max(start, offset - 1)], as: UTF8.self)
            skipSpace()
            guard peek == UInt8(ascii: ":") else { return nil }
            advance()
            skipSpace()
            return key
        }

        /// Moves to the next element of the array the cursor is in; false at its end.
        mutating func nextElement() -> Bool {
            skipSpace()
            if peek == UInt8(ascii: ",") { advance(); skipSpace() }
            guard let b = peek, b != UInt8(ascii: "]") else { if peek != nil { advance() }; return false }
            return true
        }

        mutating func skipString() {
            advance()
            while let b = peek {
                advance()
                if b == UInt8(ascii: "\\") { if peek != nil { advance() } } else if b == UInt8(ascii: "\"") { return }
            }
        }

        /// Skips one value, nested ones included.
        mutating func skipValue() {
            skipSpace()
            var depth = 0
            while let b = peek {
                switch b {
                case UInt8(ascii: "\""): skipString(); if depth == 0 { return }; continue
                case UInt8(ascii: "{"), UInt8(ascii: "["): depth += 1
                case UInt8(ascii: "}"), UInt8(ascii: "]"):
                    if depth == 0 { return }
                    depth -= 1
                    if depth == 0 { advance(); return }
                case UInt8(ascii: ","): if depth == 0 { return }
                default: break
                }
                advance()
            }
        }
    }
}
