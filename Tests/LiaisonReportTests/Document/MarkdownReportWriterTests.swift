import Testing
@testable import LiaisonReport

/// `report --format md` copied raw HTML from the data (issue 15, point 9).
@Suite struct MarkdownReportWriterTests {
    @Test func htmlAndLineBreaksFromTheDataAreEscaped() {
        let name = "<script>alert(1)</script>\r\nTown <img src=x onerror=alert(2)>"
        let document = ReportDocument(title: name, sections: [ReportSection(
            heading: name, paragraphs: ["About \(name)."], figures: [ReportFigure(svg: "", caption: name, fileName: "map.svg")],
            tables: [Table(key: "names", title: name, columns: ["name"], rows: [[.text(name)]])])])
        let text = MarkdownReportWriter.markdown(document)
        #expect(!text.contains("<script") && !text.contains("<img"))
        #expect(text.contains("&lt;script&gt;alert(1)&lt;/script&gt;  Town &lt;img src=x onerror=alert(2)&gt;"))
        #expect(text.hasPrefix("# &lt;script&gt;alert(1)&lt;/script&gt;  Town &lt;img src=x onerror=alert(2)&gt;\n\n"), "the title stays on one line")
    }
}

/// A key finding links to the section holding its evidence in Markdown too (issue 17, part 5).
@Suite struct MarkdownReportLinkTests {
    static let document: ReportDocument = {
        var findings = ReportSection(heading: "Key findings", paragraphs: ["Largest gap: Nigeria.", "No link here.", "Leading candidates: Bangkok."])
        findings.paragraphLinks = ["coverage-and-gaps", nil, "candidate-targets"]
        return ReportDocument(title: "Report", sections: [findings, ReportSection(heading: "Coverage and gaps", paragraphs: ["Gaps."]),
                                                          ReportSection(heading: "Candidate targets"), ReportSection(heading: "主要發現")])
    }()

    @Test func findingsLinkToTheirSectionsAnchors() {
        let text = MarkdownReportWriter.markdown(Self.document)
        #expect(text.contains("Largest gap: Nigeria. [→](#coverage-and-gaps)\n\nNo link here.\n\nLeading candidates: Bangkok. [→](#candidate-targets)\n\n"))
        #expect(text.contains("## <a id=\"coverage-and-gaps\"></a>Coverage and gaps\n") && text.contains("## <a id=\"主要發現\"></a>主要發現\n"))
        // Every link finds an anchor of the page.
        let ids = Set(text.matches(of: /<a id="([^"]+)"><\/a>/).map { String($0.output.1) })
        let links = text.matches(of: /\]\(#([^)]+)\)/).map { String($0.output.1) }
        #expect(links == ["coverage-and-gaps", "candidate-targets"] && links.allSatisfy(ids.contains))
    }

    @Test func aHandSetLinkCannotBreakItsMarkdown() {
        #expect(MarkdownReportWriter.destination("a b(c)") == "a%20b%28c%29")
        #expect(MarkdownReportWriter.destination("主要發現-2") == "主要發現-2")
    }
}
