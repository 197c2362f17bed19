import Foundation
import LiaisonData

/// Writes a ``ReportDocument`` as Markdown: headings with their anchors, paragraphs (a key
/// finding with a link to its section), pipe tables, and figures as image links to the SVG files
/// written beside the report. Text from the data is HTML-escaped
/// (`<script>` in a name is shown, never run by a Markdown renderer) and kept on its line.
public enum MarkdownReportWriter {
    /// The report as Markdown text.
    public static func markdown(_ document: ReportDocument) -> String {
        var out = "# \(line(document.title))\n\n"
        if !document.subtitle.isEmpty { out += "_\(line(document.subtitle))_\n\n" }
        for section in document.sections {
            // The anchor is set, not left to the renderer's own slugs (GitHub's, pandoc's and others
            // differ, on Chinese headings most), so that a finding's link finds its section anywhere.
            out += "## <a id=\"\(section.anchor.htmlEscaped())\"></a>\(line(section.heading))\n\n"
            for (k, paragraph) in section.paragraphs.enumerated() {
                let link = k < section.paragraphLinks.count ? section.paragraphLinks[k] : nil
                out += paragraph.htmlEscaped() + (link.map { " [→](#\(destination($0)))" } ?? "") + "\n\n"
            }
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

    /// An in-page link's destination: the anchor with what would end or break a Markdown link
    /// destination (spaces, parentheses, angle brackets, controls) percent-encoded; letters of any
    /// script stay as they are. ``ReportSection/anchor`` holds only letters, digits and hyphens, so
    /// this guards links set by hand.
    static func destination(_ anchor: String) -> String {
        anchor.unicodeScalars.map { scalar -> String in
            let kept = scalar.value > 0x7F ? !scalar.properties.isWhitespace : CharacterSet.urlFragmentAllowed.contains(scalar) && scalar != "(" && scalar != ")"
            return kept ? String(scalar) : String(scalar).utf8.map { String(format: "%%%02X", $0) }.joined()
        }.joined()
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
