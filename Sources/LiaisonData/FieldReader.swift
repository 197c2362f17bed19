import LiaisonGraph

/// A column given by name, or already looked up in the table (``CSVColumn``: no hashing per row).
protocol ColumnReference {
    /// The column in a row's table.
    func resolved(in row: CSVRow) -> CSVColumn
}

extension String: ColumnReference {
    func resolved(in row: CSVRow) -> CSVColumn { row.storage.column(named: self) }
}

extension CSVColumn: ColumnReference {
    func resolved(in row: CSVRow) -> CSVColumn { self }
}

/// Reads typed values out of one CSV row, collecting a located problem for every bad value.
struct FieldReader {
    let row: CSVRow
    var problems: [ValidationProblem] = []

    init(_ row: CSVRow) { self.row = row }

    private mutating func problem(_ column: some ColumnReference, _ value: String, _ message: String, _ expected: String) {
        problems.append(ValidationProblem(location: row.location(of: column.resolved(in: row)), value: value, message: message, expected: expected))
    }

    /// The trimmed field, nil when absent or empty.
    private func value(_ column: some ColumnReference) -> String? { row[column.resolved(in: row)] }

    /// A required text field.
    mutating func required(_ column: some ColumnReference) -> String? {
        guard let value = value(column) else {
            let name = column.resolved(in: row).name
            problem(column, "", "missing \(name)", "a value in column '\(name)'")
            return nil
        }
        return value
    }

    /// A required ID: one line of text, no control characters (a quoted field may hold a line break,
    /// which would make the ID print over two lines and match nothing typed).
    mutating func identifier(_ column: some ColumnReference) -> String? {
        guard let id = required(column) else { return nil }
        guard !id.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else {
            problem(column, id, "ID holds a line break or control character", "an ID on one line, of printable characters")
            return nil
        }
        return id
    }

    /// An optional text field.
    func text(_ column: some ColumnReference) -> String? { value(column) }

    /// A `;`-separated list, each item trimmed of white space, empty items dropped.
    func list(_ column: some ColumnReference) -> [String] {
        // Split the field's bytes in place: `;` is ASCII, so it never falls inside a character,
        // and no string is made for the whole field or its pieces before they are trimmed.
        unsafe row.withValueBytes(column.resolved(in: row)) { bytes -> [String] in
            var items: [String] = []
            var start = 0
            for end in 0...bytes.count where unsafe end == bytes.count || bytes[end] == UInt8(ascii: ";") {
                var lower = start, upper = end
                start = end + 1
                while unsafe lower < upper && CSVStorage.isASCIISpace(bytes[lower]) { lower += 1 }
                while unsafe upper > lower && CSVStorage.isASCIISpace(bytes[upper - 1]) { upper -= 1 }
                guard lower < upper else { continue }
                let piece = unsafe UnsafeBufferPointer(rebasing: bytes[lower..<upper])
                let item = unsafe String(decoding: piece, as: UTF8.self)
                if unsafe CSVStorage.hasVisibleASCIIEnds(piece) {
                    items.append(item)
                } else {
                    // Other white space (an ideographic space, a form feed) is rare: trim it the slow way.
                    let trimmed = item.trimmingWhitespace()
                    if !trimmed.isEmpty { items.append(trimmed) }
                }
            }
            return items
        } ?? []
    }

    /// A whole number.
    mutating func integer(_ column: some ColumnReference, range: ClosedRange<Int>? = nil) -> Int? {
        let resolved = column.resolved(in: row)
        // Most numbers are plain digits: read them from the bytes without making a string.
        if let plain = unsafe row.withValueBytes(resolved, Self.plainInteger), let number = plain,
           range.map({ $0.contains(number) }) ?? true {
            return number
        }
        guard let value = value(resolved) else { return nil }
        let cleaned = value.replacingAll(",", with: "").replacingAll("_", with: "")
        guard let number = Int(cleaned), range.map({ $0.contains(number) }) ?? true else {
            problem(column, value, "not a whole number\(range.map { " in \($0.lowerBound)...\($0.upperBound)" } ?? "")",
                    range.map { "a whole number from \($0.lowerBound) to \($0.upperBound)" } ?? "a whole number")
            return nil
        }
        return number
    }

    /// A year, 1000 to 2100.
    mutating func year(_ column: some ColumnReference) -> Int? { integer(column, range: 1000...2100) }

    /// The value of up to 18 ASCII digits, or nil for anything else.
    private static func plainInteger(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard !bytes.isEmpty, bytes.count <= 18 else { return nil }
        var value = 0
        for unsafe byte in unsafe bytes {
            let digit = Int(byte) &- 0x30
            guard digit >= 0 && digit <= 9 else { return nil }
            value = value &* 10 &+ digit
        }
        return value
    }

    /// The value of a plain decimal (`-12.345`: an optional minus, digits, an optional point and
    /// digits) of at most 15 significant digits, or nil for anything else. Such a value is an
    /// integer below 2^53 divided by a power of ten up to 10^22, both exact as doubles, so the one
    /// division rounds correctly: the result equals `Double(String)`'s, as in every correctly
    /// rounding parser's fast path (Clinger, 1990).
    static func plainDecimal(_ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
        var i = 0
        let negative = unsafe bytes.first == UInt8(ascii: "-")
        if negative { i = 1 }
        var mantissa = 0, digits = 0, fractionDigits = 0, sawPoint = false, leadingZeros = true
        while i < bytes.count {
            let byte = unsafe bytes[i]
            i += 1
            if byte == UInt8(ascii: ".") {
                guard !sawPoint else { return nil }
                sawPoint = true
                continue
            }
            let digit = Int(byte) &- 0x30
            guard digit >= 0 && digit <= 9 else { return nil }
            if sawPoint { fractionDigits += 1 }
            if leadingZeros && digit == 0 { continue }
            leadingZeros = false
            digits += 1
            guard digits <= 15 else { return nil }
            mantissa = mantissa * 10 + digit
        }
        let integerDigits = bytes.count - (negative ? 1 : 0) - (sawPoint ? 1 : 0) - fractionDigits
        guard integerDigits + fractionDigits > 0, fractionDigits <= 22,
              !(sawPoint && (integerDigits == 0 || fractionDigits == 0)) else { return nil }
        let magnitude = Double(mantissa) / powersOfTen[fractionDigits]
        return negative ? -magnitude : magnitude
    }

    /// 10^0 to 10^22, every one exact as a double.
    private static let powersOfTen: [Double] = (0...22).map { k in (0..<k).reduce(1.0) { value, _ in value * 10 } }

    /// A decimal number within a range.
    mutating func number(_ column: some ColumnReference, range: ClosedRange<Double>) -> Double? {
        let resolved = column.resolved(in: row)
        if let plain = unsafe row.withValueBytes(resolved, Self.plainDecimal), let number = plain, range.contains(number) {
            return number
        }
        guard let value = value(resolved) else { return nil }
        guard let number = Double(value), range.contains(number) else {
            problem(column, value, "not a number in \(range.lowerBound)...\(range.upperBound)",
                    "a decimal number from \(range.lowerBound) to \(range.upperBound)")
            return nil
        }
        return number
    }

    /// A value of an enumeration, by its raw text, ignoring case.
    mutating func choice<T: RawRepresentable & CaseIterable>(_ column: some ColumnReference, as type: T.Type, required: Bool = false) -> T?
    where T.RawValue == String {
        guard let value = value(column) else {
            if required { problem(column, "", "missing \(column.resolved(in: row).name)", "one of: \(T.allCases.map(\.rawValue).joined(separator: ", "))") }
            return nil
        }
        guard let parsed = T(rawValue: value) ?? T(rawValue: value.lowercased()) else {
            problem(column, value, "unknown \(column.resolved(in: row).name)", "one of: \(T.allCases.map(\.rawValue).joined(separator: ", "))")
            return nil
        }
        return parsed
    }

    /// A point from a latitude and a longitude column; both or neither.
    mutating func location(latitude: some ColumnReference = "lat", longitude: some ColumnReference = "lon") -> GeoPoint? {
        let latitude = latitude.resolved(in: row), longitude = longitude.resolved(in: row)
        if row.isEmpty(latitude) && row.isEmpty(longitude) { return nil }
        let lat = number(latitude, range: -90...90), lon = number(longitude, range: -180...180)
        if let lat, let lon { return GeoPoint(latitude: lat, longitude: lon) }
        if row.isEmpty(latitude) != row.isEmpty(longitude) {
            problem(row.isEmpty(latitude) ? latitude : longitude, "", "only one of \(latitude.name) and \(longitude.name) given",
                    "both \(latitude.name) and \(longitude.name), or neither")
        }
        return nil
    }

    /// The confidence mark.
    mutating func confidence(_ column: some ColumnReference = "confidence") -> Confidence? { choice(column, as: Confidence.self) }

    /// The non-empty fields of the given columns, by name: columns the loader does not know,
    /// kept as free attributes.
    func extras(_ columns: [CSVColumn]) -> [String: String] {
        var extra: [String: String] = [:]
        for column in columns {
            if let value = row[column] { extra[column.name] = value }
        }
        return extra
    }
}

extension String {
    /// The string with every occurrence of `target` replaced.
    package func replacingAll(_ target: Character, with replacement: String) -> String {
        // Most fields lack the character: look for it in the UTF-8 bytes, not grapheme by grapheme.
        if let ascii = target.asciiValue, !utf8.contains(ascii) { return self }
        guard contains(target) else { return self }
        return split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
