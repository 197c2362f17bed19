/// Writing CSV text by RFC 4180: a field with a comma, quote or line break is quoted.
package enum CSVText {
    /// One field, quoted when it must be.
    package static func field(_ value: String) -> String {
        // Looked for in the UTF-8 bytes: the characters are ASCII, and walking grapheme by
        // grapheme was most of writing a large dataset.
        let bytes = value.utf8
        guard bytes.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) || bytes.first == 0x20 || bytes.last == 0x20 else {
            return value
        }
        // Quotes doubled byte by byte too: a quote followed by a combining mark is one Character,
        // which a split on the Character `"` would miss.
        var quoted: [UInt8] = [0x22]
        quoted.reserveCapacity(bytes.count + 4)
        for byte in bytes {
            quoted.append(byte)
            if byte == 0x22 { quoted.append(0x22) }
        }
        quoted.append(0x22)
        return String(decoding: quoted, as: UTF8.self)
    }

    /// A table: the header, then one line per row, LF line ends.
    /// Rows may come lazily, made one at a time as they are written.
    package static func table(header: [String], rows: some Sequence<[String]>) -> String {
        var text = ""
        append(header, to: &text)
        for row in rows { append(row, to: &text) }
        return text
    }

    /// Appends one line, field by field: joining each row first made two strings a row.
    private static func append(_ row: [String], to text: inout String) {
        for (k, value) in row.enumerated() {
            if k > 0 { text += "," }
            text += field(value)
        }
        text += "\n"
    }
}
