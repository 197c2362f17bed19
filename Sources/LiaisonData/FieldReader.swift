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

    /// An optional text field.
    func text(_ column: some ColumnReference) -> String? { value(column) }

    /// A `;`-separated list.
    func list(_ column: some ColumnReference) -> [String] {
        guard let value = value(column) else { return [] }
        // Split the UTF-8 bytes: `;` is ASCII, so it never falls inside a character, and byte
        // slices avoid String's grapheme-by-grapheme splitting (a tenth of loading 10^6 ties).
        return value.utf8.split(separator: UInt8(ascii: ";")).compactMap { piece in
            let item = String(decoding: piece, as: UTF8.self).trimmingWhitespace()
            return item.isEmpty ? nil : item
        }
    }

    /// A whole number.
    mutating func integer(_ column: some ColumnReference, range: ClosedRange<Int>? = nil) -> Int? {
        guard let value = value(column) else { return nil }
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

    /// A decimal number within a range.
    mutating func number(_ column: some ColumnReference, range: ClosedRange<Double>) -> Double? {
        guard let value = value(column) else { return nil }
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
    func replacingAll(_ target: Character, with replacement: String) -> String {
        // Most fields lack the character: look for it in the UTF-8 bytes, not grapheme by grapheme.
        if let ascii = target.asciiValue, !utf8.contains(ascii) { return self }
        guard contains(target) else { return self }
        return split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
