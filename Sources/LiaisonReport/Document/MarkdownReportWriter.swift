import LiaisonData

/// Writes a ``ReportDocument`` as Markdown: headings, paragraphs, pipe tables, and figures as
/// image links to the SVG files written beside the report.
public enum MarkdownReportWriter {
    /// The report as Markdown text.
    public static func markdown(_ document: ReportDocument) -> String {
        var out = "# \(document.title)\n\n"
        if !document.subtitle.isEmpty { out += "_\(document.subtitle)_\n\n" }
        for section in document.sections {
            out += "## \(section.heading)\n\n"
            for paragraph in section.paragraphs { out += paragraph + "\n\n" }
            for figure in section.figures {
                if let file = figure.fileName { out += "![\(figure.caption)](\(file))\n\n" } else { out += "_\(figure.caption) (see the HTML report)_\n\n" }
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

    /// A table cell: pipes escaped, line breaks as spaces.
    static func cell(_ text: String) -> String {
        text.replacingAll("|", with: "\\|").replacingAll("\n", with: " ")
    }
}
