import LiaisonGraph

/// Reads typed values out of one CSV row, collecting a located problem for every bad value.
struct FieldReader {
    let row: CSVRow
    var problems: [ValidationProblem] = []

    init(_ row: CSVRow) { self.row = row }

    private mutating func problem(_ column: String, _ value: String, _ message: String, _ expected: String) {
        problems.append(ValidationProblem(location: row.location(of: column), value: value, message: message, expected: expected))
    }

    /// A required text field.
    mutating func required(_ column: String) -> String? {
        guard let value = row[column] else {
            problem(column, "", "missing \(column)", "a value in column '\(column)'")
            return nil
        }
        return value
    }

    /// An optional text field.
    func text(_ column: String) -> String? { row[column] }

    /// A `;`-separated list.
    func list(_ column: String) -> [String] {
        guard let value = row[column] else { return [] }
        // Split the UTF-8 bytes: `;` is ASCII, so it never falls inside a character, and byte
        // slices avoid String's grapheme-by-grapheme splitting (a tenth of loading 10^6 ties).
        return value.utf8.split(separator: UInt8(ascii: ";")).compactMap { piece in
            let item = String(decoding: piece, as: UTF8.self).trimmingWhitespace()
            return item.isEmpty ? nil : item
        }
    }

    /// A whole number.
    mutating func integer(_ column: String, range: ClosedRange<Int>? = nil) -> Int? {
        guard let value = row[column] else { return nil }
        let cleaned = value.replacingAll(",", with: "").replacingAll("_", with: "")
        guard let number = Int(cleaned), range.map({ $0.contains(number) }) ?? true else {
            problem(column, value, "not a whole number\(range.map { " in \($0.lowerBound)...\($0.upperBound)" } ?? "")",
                    range.map { "a whole number from \($0.lowerBound) to \($0.upperBound)" } ?? "a whole number")
            return nil
        }
        return number
    }

    /// A year, 1000 to 2100.
    mutating func year(_ column: String) -> Int? { integer(column, range: 1000...2100) }

    /// A decimal number within a range.
    mutating func number(_ column: String, range: ClosedRange<Double>) -> Double? {
        guard let value = row[column] else { return nil }
        guard let number = Double(value), range.contains(number) else {
            problem(column, value, "not a number in \(range.lowerBound)...\(range.upperBound)",
                    "a decimal number from \(range.lowerBound) to \(range.upperBound)")
            return nil
        }
        return number
    }

    /// A value of an enumeration, by its raw text, ignoring case.
    mutating func choice<T: RawRepresentable & CaseIterable>(_ column: String, as type: T.Type, required: Bool = false) -> T?
    where T.RawValue == String {
        guard let value = row[column] else {
            if required { problem(column, "", "missing \(column)", "one of: \(T.allCases.map(\.rawValue).joined(separator: ", "))") }
            return nil
        }
        guard let parsed = T(rawValue: value.lowercased()) else {
            problem(column, value, "unknown \(column)", "one of: \(T.allCases.map(\.rawValue).joined(separator: ", "))")
            return nil
        }
        return parsed
    }

    /// A point from a latitude and a longitude column; both or neither.
    mutating func location(latitude: String = "lat", longitude: String = "lon") -> GeoPoint? {
        let lat = number(latitude, range: -90...90), lon = number(longitude, range: -180...180)
        if let lat, let lon { return GeoPoint(latitude: lat, longitude: lon) }
        if (row[latitude] == nil) != (row[longitude] == nil) {
            problem(row[latitude] == nil ? latitude : longitude, "", "only one of \(latitude) and \(longitude) given",
                    "both \(latitude) and \(longitude), or neither")
        }
        return nil
    }

    /// The confidence mark.
    mutating func confidence() -> Confidence? { choice("confidence", as: Confidence.self) }

    /// Columns not in `known`, kept as free attributes.
    func extras(known: Set<String>) -> [String: String] {
        var extra: [String: String] = [:]
        for name in row.columnOfName.keys where !known.contains(name) {
            if let value = row[name] { extra[name] = value }
        }
        return extra
    }
}

extension String {
    /// The string with every occurrence of `target` replaced.
    func replacingAll(_ target: Character, with replacement: String) -> String {
        guard contains(target) else { return self }
        return split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
