import Testing
@testable import LiaisonData

/// `report --format md` copied raw HTML from the data (issue 15, point 9).
@Suite struct MarkdownReportWriterTests {
    @Test func htmlAndLineBreaksFromTheDataAreEscaped() {
        let name = "<script>alert(1)</script>\r\nTown <img src=x onerror=alert(2)>"
        let document = ReportDocument(title: name, sections: [ReportSection(
            heading: name, paragraphs: ["About \(name)."], figures: [ReportFigure(svg: "", caption: name, fileName: "map.svg")],
            tables: [Table(title: name, columns: ["name"], rows: [[name]])])])
        let text = MarkdownReportWriter.markdown(document)
        #expect(!text.contains("<script") && !text.contains("<img"))
        #expect(text.contains("&lt;script&gt;alert(1)&lt;/script&gt;  Town &lt;img src=x onerror=alert(2)&gt;"))
        #expect(text.hasPrefix("# &lt;script&gt;alert(1)&lt;/script&gt;  Town &lt;img src=x onerror=alert(2)&gt;\n\n"), "the title stays on one line")
    }
}
