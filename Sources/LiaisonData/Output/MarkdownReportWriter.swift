/// Writes a ``ReportDocument`` as Markdown: headings, paragraphs, pipe tables, and figures as
/// image links to the SVG files written beside the report. Text from the data is HTML-escaped
/// (`<script>` in a name is shown, never run by a Markdown renderer) and kept on its line.
public enum MarkdownReportWriter {
    /// The report as Markdown text.
    public static func markdown(_ document: ReportDocument) -> String {
        var out = "# \(line(document.title))\n\n"
        if !document.subtitle.isEmpty { out += "_\(line(document.subtitle))_\n\n" }
        for section in document.sections {
            out += "## \(line(section.heading))\n\n"
            for paragraph in section.paragraphs { out += paragraph.htmlEscaped() + "\n\n" }
            for figure in section.figures {
                let caption = line(figure.caption).replacingAll("]", with: "\\]")
                if let file = figure.fileName { out += "![\(caption)](\(file))\n\n" } else { out += "_\(caption) (see the HTML report)_\n\n" }
            }
            for table in section.tables {
                if !table.title.isEmpty { out += "**\(cell(table.title))**\n\n" }
                out += "| " + table.columns.map(cell).joined(separator: " | ") + " |\n"
                out += "|" + table.columns.indices.map { table.numericColumns.contains($0) ? " ---: |" : " --- |" }.joined() + "\n"
                if table.rows.isEmpty { out += "| " + (["none"] + Array(repeating: "", count: max(0, table.columns.count - 1))).joined(separator: " | ") + " |\n" }
                for row in table.rows { out += "| " + row.map(cell).joined(separator: " | ") + " |\n" }
                out += "\n"
            }
        }
        return out
    }

    /// A table cell: HTML escaped, pipes escaped, line breaks as spaces.
    static func cell(_ text: String) -> String {
        line(text).replacingAll("|", with: "\\|")
    }

    /// Text on one line: HTML escaped, carriage returns and line breaks as spaces.
    static func line(_ text: String) -> String {
        // By scalar: "\r\n" is one Character, which neither "\r" nor "\n" matches.
        String(String.UnicodeScalarView(text.htmlEscaped().unicodeScalars.map { $0 == "\r" || $0 == "\n" ? " " : $0 }))
    }
}
