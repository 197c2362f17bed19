extension Table {
    /// The table as aligned text: a title, a header, a rule, the rows ("(none)" when there are none).
    public var text: String { text(empty: "(none)") }

    /// The table as aligned text, with `empty` in place of the rows when there are none.
    public func text(empty: String) -> String {
        var widths = columns.map(displayWidth)
        for row in rows { for (c, value) in row.enumerated() { widths[c] = max(widths[c], displayWidth(value)) } }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { c, value in
                let pad = String(repeating: " ", count: widths[c] - displayWidth(value))
                return numericColumns.contains(c) ? pad + value : value + pad
            }.joined(separator: "  ").trimmingTrailingSpaces()
        }
        var lines: [String] = []
        if !title.isEmpty { lines.append(title) }
        lines.append(line(columns))
        lines.append(widths.map { String(repeating: "-", count: $0) }.joined(separator: "  "))
        lines.append(contentsOf: rows.map(line))
        if rows.isEmpty { lines.append(empty) }
        return lines.joined(separator: "\n") + "\n"
    }
}

/// Terminal columns a string takes: East Asian wide characters take two.
func displayWidth(_ text: String) -> Int {
    text.unicodeScalars.reduce(0) { width, scalar in
        let v = scalar.value
        let wide = (0x1100...0x115F).contains(v) || (0x2E80...0xA4CF).contains(v) || (0xAC00...0xD7A3).contains(v)
            || (0xF900...0xFAFF).contains(v) || (0xFE30...0xFE4F).contains(v) || (0xFF00...0xFF60).contains(v)
            || (0xFFE0...0xFFE6).contains(v) || (0x20000...0x3FFFD).contains(v)
        let zeroWidth = scalar.properties.generalCategory == .nonspacingMark || scalar.properties.generalCategory == .enclosingMark
        return width + (zeroWidth ? 0 : (wide ? 2 : 1))
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var s = self
        while s.last == " " { s.removeLast() }
        return s
    }
}
