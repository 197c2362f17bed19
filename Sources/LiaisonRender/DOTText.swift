import LiaisonGraph

/// Quoting for DOT text.
enum DOTText {
    /// A double-quoted DOT string: backslashes and quotes escaped, line breaks written `\n`
    /// (a centred line break in labels, a line break in tooltips), so that every DOT statement
    /// stays on one line; a character XML cannot hold is made visible (see ``xmlSafe(_:)``), so
    /// that the SVG Graphviz writes from it stays well-formed whatever the data hold.
    static func quoted(_ text: String) -> String {
        // Most text needs no escaping: looked for in the bytes. Escaping goes by Unicode scalar,
        // not Character: a quote followed by a combining mark, or CR LF, is one Character but
        // still a quote or a line break to Graphviz.
        if !text.utf8.contains(where: mayNeedEscaping) { return "\"" + text + "\"" }
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\r": continue
            case "\n": out += "\\n"
            default: out.unicodeScalars.append(xmlSafe(scalar))
            }
        }
        return out + "\""
    }

    /// Whether a UTF-8 byte may start something to escape: a backslash, a quote, a control
    /// character, or the lead byte of U+F000–U+FFFF (where U+FFFE and U+FFFF lie).
    private static func mayNeedEscaping(_ byte: UInt8) -> Bool {
        byte == 0x5C || byte == 0x22 || byte < 0x20 || byte == 0xEF
    }

    /// The text with every character XML 1.0 cannot hold made visible: a control character
    /// other than tab and the line breaks as its Control Pictures symbol (U+0001 as ␁), U+FFFE
    /// and U+FFFF as U+FFFD. Graphviz copies names, labels and tooltips into the SVG as they
    /// are, and one such character makes the whole SVG unreadable to an XML parser.
    static func xmlSafe(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 < 0x20 || $0 == 0xEF }) else { return text }
        var out = ""
        out.unicodeScalars.append(contentsOf: text.unicodeScalars.map(xmlSafe))
        return out
    }

    /// One scalar made safe for XML (see ``xmlSafe(_:)``).
    private static func xmlSafe(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: return scalar
        case 0x00..<0x20: return Unicode.Scalar(0x2400 + scalar.value) ?? "\u{FFFD}"
        case 0xFFFE, 0xFFFF: return "\u{FFFD}"
        default: return scalar
        }
    }

    /// A long double-quoted DOT string written as pieces joined by DOT's `+`, each under 8,000
    /// bytes and cut at a space: Graphviz's programs refuse a quoted string longer than 16,384
    /// bytes in a file ("longer than 16384?"), though the library reads it from memory.
    static func quoted(long text: String) -> String {
        var pieces: [String] = []
        var piece = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: false) {
            if piece.utf8.count + word.utf8.count + 1 > 8_000 && !piece.isEmpty {
                pieces.append(piece + " ")
                piece = ""
            } else if !piece.isEmpty {
                piece += " "
            }
            piece += word
        }
        pieces.append(piece)
        return pieces.map { quoted($0) }.joined(separator: " + ")
    }

    /// A double-quoted DOT label of lines, each ended by `\l` (left-justified).
    static func quoted(leftJustifiedLines lines: [String]) -> String {
        "\"" + lines.map { String(quoted($0).dropFirst().dropLast()) + "\\l" }.joined() + "\""
    }

    /// Text escaped for a DOT HTML-like label, with the characters XML cannot hold made visible.
    static func html(_ text: String) -> String { xmlSafe(text).htmlEscaped() }

    /// Text escaped for an attribute of a DOT HTML-like label (a cell's `TOOLTIP`): as ``html(_:)``,
    /// with line breaks written `&#10;`, which the label's XML parser would otherwise read as spaces.
    static func htmlAttribute(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == 0x0A || $0 == 0x0D }) else { return html(text) }
        var out = ""
        for scalar in html(text).unicodeScalars {
            switch scalar {
            case "\r": continue
            case "\n": out += "&#10;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// A number with at most `digits` decimals and no trailing zeros, the same on every machine.
    static func number(_ value: Double, digits: Int = 2) -> String {
        guard value.isFinite else { return "0" }
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        let rounded = (value * scale).rounded() / scale
        if rounded == rounded.rounded() && abs(rounded) < 1e15 { return String(Int(rounded)) }
        var text = String(rounded)
        if text.contains("e") { return String(Int(rounded)) }
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }

    /// A whole number with thousands separators: 7,413,070.
    static func grouped(_ value: Int) -> String {
        let digits = String(abs(value))
        var out = ""
        for (i, ch) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out += "," }
            out.append(ch)
        }
        return value < 0 ? "-" + out : out
    }
}
