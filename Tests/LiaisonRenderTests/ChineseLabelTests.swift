import LiaisonGraph
import LiaisonText
import Testing
@testable import LiaisonRender

/// Chinese labels in the script asked for: the fixture's names mix the scripts (横滨, 德国 and 中国
/// Simplified), and one drawing writes them all in one.
@Suite struct ChineseLabelTests {
    static func dot(_ labels: NameLanguage, _ script: ChineseScript, clusters: Clustering = .none, layout: Layout = .sfdp) throws -> NetworkDrawing {
        try NetworkDrawing(RenderFixtures.network().view, options: DrawingOptions(layout: layout, labels: labels, clusters: clusters, labelling: .all, script: script))
    }

    @Test func traditionalLabelsAreAllTraditional() throws {
        let drawing = try Self.dot(.chinese, .traditionalHongKong)
        // The countries have no tie in the fixture's view, so they are not drawn (their names show as
        // cluster labels below); the cities are.
        for name in ["橫濱", "香港", "大阪"] { #expect(drawing.dot.contains("\"\(name)\""), "\(name)") }
        for name in ["横滨", "德国", "中国"] { #expect(!drawing.dot.contains("\"\(name)\""), "\(name)") }
    }

    @Test func simplifiedLabelsAreAllSimplified() throws {
        let drawing = try Self.dot(.chinese, .simplified)
        for name in ["横滨", "香港", "大阪"] { #expect(drawing.dot.contains("\"\(name)\""), "\(name)") }
        for name in ["橫濱", "德國", "中國"] { #expect(!drawing.dot.contains(name), "\(name)") }
    }

    @Test func bothLanguagesPutTheScriptUnderTheEnglish() throws {
        let drawing = try Self.dot(.both, .traditionalHongKong)
        #expect(drawing.dot.contains("\"Yokohama\\n橫濱\""))
    }

    @Test func countryClustersAreNamedInTheScript() throws {
        let drawing = try Self.dot(.chinese, .traditionalHongKong, clusters: .country, layout: .fdp)
        #expect(drawing.dot.contains("label=\"日本\""))
        #expect(drawing.dot.contains("label=\"中國\""))
    }

    /// The labelled entities with no Chinese name are listed: Shanghai Municipality (a province
    /// without one) and the Berlin office; none for English labels.
    @Test func entitiesLabelledInEnglishAreListed() throws {
        #expect(try Self.dot(.chinese, .simplified).labelledInEnglish == ["CN-SH", "HKETO-BER"])
        #expect(try Self.dot(.english, .simplified).labelledInEnglish.isEmpty)
    }
}
