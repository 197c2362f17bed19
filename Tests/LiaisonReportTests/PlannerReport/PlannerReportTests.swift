import Foundation
import LiaisonAnalysis
import LiaisonData
import LiaisonGraph
import LiaisonRender
import Testing
import LiaisonReport
import LiaisonTestSupport

/// The planner's report, assembled by the library as a Swift script would: sections, tables and
/// maps as values.
@Suite struct PlannerReportTests {
    static func report(_ dataset: String, mapStem: String?) throws -> PlannerReport {
        let path = embeddedDataset(dataset)
        let network = try DatasetLoader.load(path)
        var rules = try RuleBook(metadata: network.metadata, overrides: [])
        try rules.consultFriendshipNetwork(of: network.metadata)
        return try PlannerReport.make(network, datasetPath: path, options: PlannerReportOptions(rules: rules, mapStem: mapStem))
    }

    @Test func hongKongsReportHasEverySectionAndOneRuleBook() throws {
        let report = try Self.report("hong-kong", mapStem: "page")
        let document = report.document
        #expect(document.title == "Hong Kong: partnership network report")
        #expect(document.sections.map(\.heading) == ["Key findings", "Summary", "Maps", "Coverage and gaps", "Candidate targets", "An office plan", "What-if scenarios", "Sources"])
        let tables = document.sections.flatMap(\.tables)
        #expect(tables.filter { $0.key == "rules" }.count == 1, "the rule book is printed once, with the plan")
        #expect(tables.filter { $0.key == "candidates" }.count == 2, "sister and cooperation targets")
        let plan = try #require(tables.first { $0.key == "plan" })
        #expect(plan.values.count == 5)
        // The maps beside the page, named by the stem; the scenario map too.
        #expect(report.mapFiles.compactMap(\.fileName).prefix(2) == ["page-coverage-map.svg", "page-network.svg"])
        #expect(report.mapFiles.count == 3 && report.mapFiles.allSatisfy { $0.svg.contains("<svg") })
    }

    /// The coverage map is the map `render --layout geo` draws of the same view: the one default
    /// projection (Robinson), not a projection of the report's own (it was equirectangular).
    @Test func theCoverageMapIsDrawnInRendersDefaultProjection() throws {
        let network = try DatasetLoader.load(embeddedDataset("hong-kong"))
        let figure = try #require(try Self.report("hong-kong", mapStem: "page").mapFiles.first { $0.fileName == "page-coverage-map.svg" })
        let coverage = network.coverage(of: try #require(network.metadata.focusID)).network(in: network).view
        let options = DrawingOptions(layout: try Layout(parsing: "geo"), labels: .english, title: "Hong Kong: coverage by country")
        #expect(figure.svg == String(decoding: try NetworkDrawing(coverage, options: options).render(as: .svg).bytes, as: UTF8.self))
        #expect(figure.svg.contains("Robinson projection") && !figure.svg.contains("equirectangular"))
    }

    @Test func liaochengGetsAPartnerPlanAndNoMapFilesWithoutAStem() throws {
        let report = try Self.report("liaocheng", mapStem: nil)
        #expect(report.document.sections.contains { $0.heading == "A partner plan" })
        #expect(report.mapFiles.isEmpty)
        let markdown = MarkdownReportWriter.markdown(report.document)
        #expect(markdown.hasPrefix("# Liaocheng: partnership network report") && markdown.contains("(see the HTML report)"))
    }

    /// The page inlines several Graphviz drawings, each numbering its nodes from 0: every id must stay
    /// unique, every in-page reference must find its target, and no path of the machine that wrote
    /// the page may show (issue 17, part 5).
    @Test func thePageHasUniqueIDsAndNoAbsolutePaths() throws {
        let report = try Self.report("hong-kong", mapStem: "page")
        let html = HTMLReportWriter.html(report.document)
        let ids = html.matches(of: /\sid="([^"]+)"/).map { String($0.output.1) }
        #expect(ids.count > 100, "the maps' nodes carry ids")
        let repeated = Dictionary(grouping: ids, by: { $0 }).filter { $0.value.count > 1 }.keys.sorted()
        #expect(repeated.isEmpty, "ids used twice: \(repeated.prefix(5))")
        let known = Set(ids)
        let references = html.matches(of: /href="#([^"]+)"/).map { String($0.output.1) } + html.matches(of: /url\(#([^)]+)\)/).map { String($0.output.1) }
        #expect(references.allSatisfy(known.contains), "dangling: \(references.filter { !known.contains($0) }.prefix(5))")
        #expect(!html.contains(repositoryRoot), "the page shows a path of this machine")
        // Prose is rendered: commands are code, not backticks; entities are named, their IDs in tooltips.
        let paragraphs = html.matches(of: /<p>(.*?)<\/p>/).map { String($0.output.1) }
        #expect(!paragraphs.isEmpty && paragraphs.allSatisfy { !$0.contains("`") }, "\(paragraphs.filter { $0.contains("`") }.prefix(2))")
        #expect(html.contains("<code>liaison"))
        #expect(html.contains("<span title=\"AR-BUE\">") && !html.contains("(AR-BUE)"))
    }

    /// The page opens with key findings drawn from its own sections, each linked to the section that
    /// holds its evidence (issue 17, part 5).
    @Test func keyFindingsLeadAndLinkToTheirEvidence() throws {
        let document = try Self.report("hong-kong", mapStem: nil).document
        let findings = try #require(document.sections.first)
        #expect(findings.heading == "Key findings")
        #expect((3...6).contains(findings.paragraphs.count))
        let anchors = Set(document.sections.dropFirst().map(\.anchor))
        #expect(findings.paragraphLinks.count == findings.paragraphs.count && findings.paragraphLinks.allSatisfy { $0.map(anchors.contains) == true })
        let plan = try #require(document.sections.flatMap(\.tables).first { $0.key == "plan" })
        let firstHost = try #require(plan.values.first?[1])
        guard case let .entity(_, name) = firstHost else { Issue.record("\(firstHost)"); return }
        #expect(findings.paragraphs.contains { $0.contains(name.components(separatedBy: ",")[0]) }, "the plan's first host is named: \(name)")
        let gaps = try #require(document.sections.flatMap(\.tables).filter { $0.key != "coverage" && $0.key != "benchmark" }.first { $0.key == "bri_without_office" })
        #expect(findings.paragraphs[0].contains(gaps.title.components(separatedBy: ",")[0]), "\(findings.paragraphs[0]) / \(gaps.title)")
        #expect(findings.paragraphs.count == 5, "gap, peers, candidates, plan, scenario: \(findings.paragraphs)")
    }

    /// The peer finding's figures are the benchmark table's: the (layer, peer) of the widest lead in
    /// countries reached, summed over the table's regions, and the region of its widest lead.
    @Test func thePeerFindingCarriesTheBenchmarksFigures() throws {
        let document = try Self.report("hong-kong", mapStem: nil).document
        let benchmark = try #require(document.sections.flatMap(\.tables).first { $0.key == "benchmark" })
        let names = benchmark.columns.dropFirst(2)
        func count(_ value: TableValue) -> Int? { if case let .integer(n) = value { return n } else { return nil } }
        // Brute force over the table: every layer, every peer with data.
        var best: (lead: Int, text: String)?
        for layer in Array(Set(benchmark.values.map { $0[1].text })).sorted() {
            let rows = benchmark.values.filter { $0[1].text == layer }
            let focus = rows.reduce(0) { $0 + (count($1[2]) ?? 0) }
            for k in 1..<names.count {
                let reached = rows.filter { count($0[2 + k]) != nil }
                guard !reached.isEmpty else { continue }
                let peer = reached.reduce(0) { $0 + count($1[2 + k])! }
                let widest = reached.max { a, b in
                    (count(a[2 + k])! - count(a[2])!, b[0].text) < (count(b[2 + k])! - count(b[2])!, a[0].text)
                }!
                let text = Wording.english[.findingPeerLead(focus: names.first!, layer: layer, countries: focus, peer: names[names.startIndex + k], peerCountries: peer,
                                                              region: widest[0].text, inRegion: count(widest[2])!, peerInRegion: count(widest[2 + k])!)]
                if peer - focus > (best?.lead ?? 0) { best = (peer - focus, text) }
            }
        }
        let expected = try #require(best?.text)
        let findings = try #require(document.sections.first)
        #expect(findings.paragraphs.contains(expected), "\(expected) / \(findings.paragraphs)")
        #expect(expected.hasPrefix("Against its peers, Hong Kong trails most on the sister layer: it reaches 0 countries, Shanghai "))
    }

    /// The scenario finding names the comparison's column that closes most gaps (the cheapest of
    /// equals) with that column's own figures: gaps closed and opened, and the countries covered
    /// on the layer that rises most, base against variant.
    @Test func theScenarioFindingCarriesTheComparisonsFigures() throws {
        let document = try Self.report("hong-kong", mapStem: nil).document
        let comparison = try #require(document.sections.flatMap(\.tables).first { $0.key == "comparison" })
        let findings = try #require(document.sections.first)
        let finding = try #require(findings.paragraphs.last)
        #expect(findings.paragraphLinks.last == document.sections.first { $0.heading == "What-if scenarios" }?.anchor)
        let column = try #require(comparison.columns.indices.dropFirst(2).first { finding.hasPrefix("Of the what-if scenarios, '\(comparison.columns[$0])' does most") })
        #expect(comparison.columns[column] == "eto-expansion-2016: overseas offices", "the cheapest of the three office variants that cover as much")
        func fields(_ row: String) throws -> [String: Int] {
            let cells = try #require(comparison.values.first { $0[0].text == row })
            guard case let .record(fields, _) = cells[column] else { Issue.record("\(cells[column])"); return [:] }
            return Dictionary(uniqueKeysWithValues: fields.compactMap { f in if case let .integer(n) = f.value { (f.key, n) } else { nil } })
        }
        let gaps = try fields("gaps closed / opened")
        let closedByColumn = try comparison.columns.indices.dropFirst(2).map { c -> Int in
            let cells = try #require(comparison.values.first { $0[0].text == "gaps closed / opened" })
            guard case let .record(fields, _) = cells[c], case let .integer(n)? = fields.first(where: { $0.key == "closed" })?.value else { return -1 }
            return n
        }
        #expect(gaps["closed"] == closedByColumn.max(), "no variant closes more")
        #expect(finding.contains("closes \(gaps["closed"]!) gap") && finding.contains("opens " + (gaps["opened"] == 0 ? "none" : "\(gaps["opened"]!)")))
        let eto = try #require(comparison.values.first { $0[0].text == "countries covered: eto" })
        #expect(finding.hasSuffix("raises the countries covered on the eto layer from \(eto[1].text) to \(eto[column].text)."), "\(finding)")
    }
}
