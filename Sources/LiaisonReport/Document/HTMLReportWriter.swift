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
        for section in document.sections {
            out += "<section id=\"\(section.anchor)\">\n<h2>\(escape(section.heading))</h2>\n"
            for paragraph in section.paragraphs { out += "<p>\(escape(paragraph))</p>\n" }
            for figure in section.figures {
                out += "<figure>\(strippingXMLProlog(figure.svg))<figcaption>\(escape(figure.caption))</figcaption></figure>\n"
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
        for row in table.rows {
            out += "<tr>" + row.enumerated().map { c, value in
                "<td\(table.numericColumns.contains(c) ? " class=\"num\"" : "")>\(linked(value))</td>"
            }.joined() + "</tr>\n"
        }
        return out + "</tbody>\n</table>\n"
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
        th,td{border-bottom:1px solid #dde3ea;padding:.3rem .5rem;text-align:left;vertical-align:top;overflow-wrap:anywhere}
        th{background:#eef2f6}tbody tr:nth-child(even){background:#fafbfc}
        td.num,th.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
        td.none{color:#8a96a3;font-style:italic}
        figure{margin:1rem 0;text-align:center}figure svg{max-width:100%;height:auto;border:1px solid #dde3ea;border-radius:6px}
        figcaption{color:#5b6877;font-size:13px;margin-top:.3rem}
        a{color:#2b6cb0;text-decoration:none}footer{color:#8a96a3;font-size:12px;margin-top:3rem}
        @media print{body{max-width:none;padding:0;font-size:11px}nav{display:none}section{break-inside:auto}table,figure{break-inside:avoid}h2{break-after:avoid}a{color:inherit}}
        """
}
