extension String {
    /// The text with `&`, `<`, `>` and `"` escaped for HTML and XML-like markup (the report's
    /// page, Graphviz's HTML-like labels).
    ///
    /// Decided on the bytes (most text needs nothing and is returned as is), escaped by Unicode
    /// scalar, not Character: a quote followed by a combining mark is one Character but still a
    /// quote that would end an attribute.
    package func htmlEscaped() -> String {
        if !utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 }) { return self }
        var out = ""
        out.reserveCapacity(utf8.count + 16)
        for scalar in unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
