import Foundation
import LiaisonGraph
import Testing
@testable import LiaisonRender

@Suite("Render errors")
struct RenderErrorTests {
    @Test("an unknown layout names itself and lists the valid ones")
    func unknownLayout() {
        #expect(throws: RenderError.unknownLayout("spiral", valid: Layout.names)) { try Layout(parsing: "spiral") }
        let message = RenderError.unknownLayout("spiral", valid: Layout.names).description
        #expect(message == "unknown layout 'spiral'; valid layouts: dot, neato, fdp, sfdp, circo, twopi, geo, geo:equirectangular, geo:mercator, geo:robinson")
        #expect(throws: RenderError.unknownProjection("peters", valid: ["equirectangular", "mercator", "robinson"])) { try Layout(parsing: "geo:peters") }
        #expect(throws: RenderError.unknownLayout("spiral", valid: Layout.names)) {
            try GraphvizRenderer.render(dot: "graph { a }", layout: "spiral", format: "svg")
        }
    }

    @Test("an unknown format names itself and lists the valid ones")
    func unknownFormat() {
        #expect(throws: RenderError.unknownFormat("gif", valid: ["svg", "png", "pdf", "dot"])) { try OutputFormat(parsing: "gif") }
        #expect(RenderError.unknownFormat("gif", valid: ["svg", "png", "pdf", "dot"]).description == "unknown format 'gif'; valid formats: svg, png, pdf, dot")
    }

    @Test("every layout and format name parses back")
    func roundTrip() throws {
        for layout in Layout.all { #expect(try Layout(parsing: layout.description) == layout) }
        for format in OutputFormat.allCases { #expect(try OutputFormat(parsing: format.rawValue.uppercased()) == format) }
    }

    @Test("a DOT syntax error throws in Graphviz's words, and the next render still works")
    func graphvizErrors() throws {
        let error = #expect(throws: RenderError.self) {
            try GraphvizRenderer.render(dot: "graph { a -- ; }", layout: .dot, format: .svg)
        }
        guard case let .graphviz(stage, messages)? = error else {
            Issue.record("expected a Graphviz error, got \(String(describing: error))")
            return
        }
        #expect(stage == .parse)
        #expect(messages.contains { $0.contains("syntax error") }, "\(messages)")
        // Graphviz's error count was reset, so a good graph renders.
        let ok = try GraphvizRenderer.render(dot: "graph { a -- b }", layout: .dot, format: .svg)
        #expect(SVGInspector(ok.bytes).nodeTitles == ["a", "b"])
        // Twice, to be sure the failure left nothing behind.
        _ = try? GraphvizRenderer.render(dot: "graph {", layout: .dot, format: .svg)
        #expect(try GraphvizRenderer.render(dot: "graph { c }", layout: .neato, format: .svg).bytes.count > 100)
    }

    @Test("renders from many tasks at once all succeed, serialised on the one context")
    func concurrent() async throws {
        let dot = try NetworkDrawing(RenderFixtures.network().view, options: DrawingOptions(layout: .sfdp)).dot
        let expected = try GraphvizRenderer.render(dot: dot, layout: .sfdp, format: .svg).bytes
        let results = try await withThrowingTaskGroup(of: [UInt8].self) { group in
            for _ in 0..<8 {
                group.addTask { try GraphvizRenderer.render(dot: dot, layout: .sfdp, format: .svg).bytes }
            }
            var all: [[UInt8]] = []
            for try await bytes in group { all.append(bytes) }
            return all
        }
        #expect(results.count == 8)
        #expect(results.allSatisfy { $0 == expected }, "concurrent renders gave different SVG")
    }

    @Test("PNG and PDF come out with their magic numbers")
    func binaryFormats() throws {
        let drawing = try NetworkDrawing(RenderFixtures.network().view, options: DrawingOptions(layout: .dot, labels: .both))
        #expect(Array(try drawing.render(as: .png).bytes.prefix(4)) == [0x89, 0x50, 0x4E, 0x47])
        #expect(Array(try drawing.render(as: .pdf).bytes.prefix(4)) == Array("%PDF".utf8))
        #expect(try drawing.render(as: .dot).bytes == Array(drawing.dot.utf8))
    }
}
