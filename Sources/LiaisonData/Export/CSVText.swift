/// Writing CSV text by RFC 4180: a field with a comma, quote or line break is quoted.
enum CSVText {
    /// One field, quoted when it must be.
    static func field(_ value: String) -> String {
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) || value.first == " " || value.last == " " else {
            return value
        }
        return "\"" + value.split(separator: "\"", omittingEmptySubsequences: false).joined(separator: "\"\"") + "\""
    }

    /// A table: the header, then one line per row, LF line ends.
    static func table(header: [String], rows: [[String]]) -> String {
        var text = header.map(field).joined(separator: ",") + "\n"
        for row in rows { text += row.map(field).joined(separator: ",") + "\n" }
        return text
    }
}
