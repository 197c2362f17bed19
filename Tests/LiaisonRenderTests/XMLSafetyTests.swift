import LiaisonGraph
import Testing
@testable import LiaisonRender

/// An SVG stays well-formed XML whatever the data hold: a name with a control character (which
/// XML 1.0 cannot hold, escaped or not) reaches the SVG made visible, never raw.
@Suite struct XMLSafetyTests {
    /// The fixture with control characters in a city's English and Chinese names, a tie's note
    /// and the dataset's name (the legend's title).
    static func network() throws -> PartnershipNetwork {
        var b = RenderFixtures.builder()
        b.metadata.name = "Fixture\u{1}"
        b.add(Entity(id: "JP-KOB", kind: .city, name: "Ko\u{1}be\u{0B}", nameZh: "神\u{1}户", countryID: "JP",
                     attributes: EntityAttributes(location: GeoPoint(latitude: 34.7, longitude: 135.2))))
        b.add(Tie(from: "HK", to: "JP-KOB", layer: "sister", since: 1999, source: RenderFixtures.source, note: "signed\u{1}\u{FFFE}"))
        return try b.build()
    }

    @Test func controlCharactersAreMadeVisible() {
        #expect(DOTText.quoted("Ko\u{1}be") == "\"Ko\u{2401}be\"")
        #expect(DOTText.quoted("a\tb\u{FFFF}") == "\"a\tb\u{FFFD}\"", "a tab is kept; U+FFFF is no XML character")
        #expect(DOTText.quoted("（香港）") == "\"（香港）\"", "full-width punctuation shares U+FFFF's lead byte and is kept")
        #expect(DOTText.html("<Fixture\u{1}>") == "&lt;Fixture\u{2401}&gt;")
        #expect(DOTText.xmlSafe("plain") == "plain")
    }

    @Test("an SVG parses with a control character in names, a note and the title",
          arguments: [(Layout.dot, NameLanguage.english, LegendVisibility.shown), (.geographic(.robinson), .both, .shown), (.sfdp, .chinese, .plain)])
    func svgParses(layout: Layout, labels: NameLanguage, legend: LegendVisibility) throws {
        let drawing = try NetworkDrawing(Self.network().view, options: DrawingOptions(layout: layout, labels: labels, labelling: .all, legend: legend))
        #expect(!drawing.dot.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" && $0 != "\t" })
        let svg = try drawing.render(as: .svg)
        let inspector = SVGInspector(svg.bytes)
        #expect(inspector.parsed, "SVG does not parse: \(inspector.error ?? "")")
        #expect(inspector.nodeTitles.contains("JP-KOB"))
        let text = String(decoding: svg.bytes, as: UTF8.self)
        #expect(!text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" && $0 != "\t" && $0 != "\r" })
        switch labels {
        case .english: #expect(text.contains("Ko\u{2401}be\u{240B}"))
        case .both, .chinese: #expect(text.contains("神\u{2401}户") || text.contains("神\u{2401}戶"))
        }
    }
}
