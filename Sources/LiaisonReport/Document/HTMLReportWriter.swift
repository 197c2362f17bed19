import Foundation
import LiaisonGraph

/// Writes a ``ReportDocument`` as one self-contained HTML page: inline styles, inline SVG, no
/// scripts and nothing fetched from the network; readable on a laptop screen and printable.
public enum HTMLReportWriter {
    /// The page as text.
    public static func html(_ document: ReportDocument) -> String {
        var out = """
            <!DOCTYPE html>
            <html lang="\(document.language.rawValue)">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(escape(document.title))</title>
            <style>\(style)</style>
            </head>
            <body>
            <header><h1>\(escape(document.title))</h1><p class="subtitle">\(escape(document.subtitle))</p></header>
            <nav><ol>
            """
        for section in document.sections { out += "<li><a href=\"#\(section.anchor)\">\(escape(section.heading))</a></li>\n" }
        out += "</ol></nav>\n<main>\n"
        var figures = 0
        for section in document.sections {
            out += "<section id=\"\(section.anchor)\">\n<h2>\(escape(section.heading))</h2>\n"
            for (k, paragraph) in section.paragraphs.enumerated() {
                let link = k < section.paragraphLinks.count ? section.paragraphLinks[k] : nil
                out += "<p>\(prose(paragraph))\(link.map { " <a href=\"#\(escape($0))\">→</a>" } ?? "")</p>\n"
            }
            for figure in section.figures {
                figures += 1
                let svg = scopingIDs(strippingXMLProlog(figure.svg), prefix: "figure\(figures)")
                out += "<figure>\(svg)<figcaption>\(escape(figure.caption))</figcaption></figure>\n"
            }
            for table in section.tables { out += html(table) }
            out += "</section>\n"
        }
        out += "</main>\n<footer>Written by liaison report. Every fact row of the dataset names its source; the tables cite them.</footer>\n</body>\n</html>\n"
        return out
    }

    static func html(_ table: Table) -> String {
        var out = "<table>\n"
        if !table.title.isEmpty { out += "<caption>\(escape(table.title))</caption>\n" }
        out += "<thead><tr>" + table.columns.enumerated().map { c, name in
            "<th\(table.numericColumns.contains(c) ? " class=\"num\"" : "")>\(escape(name))</th>"
        }.joined() + "</tr></thead>\n<tbody>\n"
        if table.rows.isEmpty { out += "<tr><td colspan=\"\(table.columns.count)\" class=\"none\">none</td></tr>\n" }
        for row in table.values {
            out += "<tr>" + row.enumerated().map { c, value in
                "<td\(table.numericColumns.contains(c) ? " class=\"num\"" : "")>\(cell(value))</td>"
            }.joined() + "</tr>\n"
        }
        return out + "</tbody>\n</table>\n"
    }

    /// A cell as people read it on a page: an entity by its name, its ID in a tooltip (a reader of a
    /// briefing has no use for `CO-GN3688689`; the text, JSON and CSV forms keep it); a list item by item.
    static func cell(_ value: TableValue) -> String {
        switch value {
        case let .entity(id, name): return "<span title=\"\(escape(id))\">\(escape(name))</span>"
        case let .list(values, separator): return values.map(cell).joined(separator: escape(separator))
        default: return linked(value.text)
        }
    }

    /// A paragraph of the report's prose: escaped, with `code` spans (commands, file names) set as code
    /// rather than shown with their backticks.
    static func prose(_ text: String) -> String {
        var parts = text.split(separator: "`", omittingEmptySubsequences: false).map(String.init)
        // An unpaired last backtick stays as it is.
        if parts.count % 2 == 0 { let last = parts.removeLast(); parts[parts.count - 1] += "`" + last }
        return parts.enumerated().map { k, part in k % 2 == 1 ? "<code>\(escape(part))</code>" : linked(part) }.joined()
    }

    /// Text with `&`, `<`, `>` and quotes escaped.
    static func escape(_ text: String) -> String { text.htmlEscaped() }

    /// Escaped text whose http(s) URLs become links.
    static func linked(_ text: String) -> String {
        var out = ""
        for (k, word) in text.split(separator: " ", omittingEmptySubsequences: false).enumerated() {
            if k > 0 { out += " " }
            if word.hasPrefix("http://") || word.hasPrefix("https://") {
                let url = escape(String(word))
                out += "<a href=\"\(url)\">\(url)</a>"
            } else {
                out += escape(String(word))
            }
        }
        return out
    }

    /// The SVG with every `id` and every reference to one (`href="#…"`, `xlink:href="#…"`, `url(#…)`)
    /// prefixed, so that the ids of several SVGs inlined in one page stay unique (Graphviz numbers
    /// each drawing's nodes and edges from 0).
    static func scopingIDs(_ svg: String, prefix: String) -> String {
        svg.replacingOccurrences(of: " id=\"", with: " id=\"\(prefix)-")
            .replacingOccurrences(of: "href=\"#", with: "href=\"#\(prefix)-")
            .replacingOccurrences(of: "url(#", with: "url(#\(prefix)-")
    }

    static func strippingXMLProlog(_ svg: String) -> String {
        guard let start = svg.range(of: "<svg") else { return svg }
        return String(svg[start.lowerBound...])
    }

    static let style = """
        body{font-family:"Noto Sans","Noto Sans CJK SC","Helvetica Neue",Arial,sans-serif;color:#1d2733;max-width:1180px;margin:0 auto;padding:1.5rem 2rem;line-height:1.45;font-size:15px}
        header h1{margin:.2rem 0;font-size:1.8rem}.subtitle{color:#5b6877;margin:0 0 1rem}
        nav ol{columns:2;background:#f3f6f9;padding:.8rem 2rem;border-radius:6px}
        h2{border-bottom:2px solid #2b6cb0;padding-bottom:.2rem;margin-top:2.2rem}
        table{border-collapse:collapse;width:100%;margin:1rem 0 1.6rem;font-size:13px}
        caption{text-align:left;font-weight:600;padding:.3rem 0;color:#2b3a4a}
        th,td{border-bottom:1px solid #dde3ea;padding:.3rem .5rem;text-align:left;vertical-align:top;overflow-wrap:break-word;hyphens:none}
        th{background:#eef2f6}tbody tr:nth-child(even){background:#fafbfc}
        td.num,th.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
        td.none{color:#8a96a3;font-style:italic}
        figure{margin:1rem 0;text-align:center}figure svg{max-width:100%;height:auto;border:1px solid #dde3ea;border-radius:6px}
        figcaption{color:#5b6877;font-size:13px;margin-top:.3rem}
        a{color:#2b6cb0;text-decoration:none;overflow-wrap:anywhere}code{font-family:"DejaVu Sans Mono",Menlo,monospace;font-size:.9em;background:#f3f6f9;padding:0 .2em;border-radius:3px}footer{color:#8a96a3;font-size:12px;margin-top:3rem}
        @media (max-width:700px){body{padding:.8rem;font-size:14px}header h1{font-size:1.4rem}nav ol{columns:1;padding:.6rem 1.4rem}table{display:block;overflow-x:auto;font-size:12px}}
        @page{size:A4;margin:16mm 14mm}
        @media print{body{max-width:none;padding:0;font-size:10px}nav{display:none}section{break-inside:auto}table{display:table;font-size:9px}figure{break-inside:avoid}figure svg{max-height:230mm;width:auto;max-width:100%}h2{break-after:avoid}a{color:inherit}}
        """
}
