import LiaisonGraph

/// Quoting for DOT text.
enum DOTText {
    /// A double-quoted DOT string: backslashes and quotes escaped, line breaks written `\n`
    /// (a centred line break in labels, a line break in tooltips), so that every DOT statement
    /// stays on one line.
    static func quoted(_ text: String) -> String {
        // Most text needs no escaping: looked for in the bytes. Escaping goes by Unicode scalar,
        // not Character: a quote followed by a combining mark, or CR LF, is one Character but
        // still a quote or a line break to Graphviz.
        if !text.utf8.contains(where: { $0 == 0x5C || $0 == 0x22 || $0 == 0x0D || $0 == 0x0A }) { return "\"" + text + "\"" }
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\r": continue
            case "\n": out += "\\n"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
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

    /// Text escaped for a DOT HTML-like label.
    static func html(_ text: String) -> String { text.htmlEscaped() }

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
