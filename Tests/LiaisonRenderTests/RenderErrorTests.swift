import Foundation
import LiaisonGraph
import Testing
@testable import LiaisonRender
import Synchronization

@Suite("Render errors")
struct RenderErrorTests {
    @Test("an unknown layout names itself and lists the valid ones")
    func unknownLayout() throws {
        #expect(throws: RenderError.unknownLayout("spiral", valid: Layout.names)) { try Layout(parsing: "spiral") }
        let message = RenderError.unknownLayout("spiral", valid: Layout.names).description
        #expect(message == "unknown layout 'spiral'; valid layouts: dot, neato, fdp, sfdp, circo, twopi, geo, geo:equirectangular, geo:mercator, geo:robinson, geo:equal-earth")
        #expect(throws: RenderError.unknownProjection("peters", valid: ["equirectangular", "mercator", "robinson", "equal-earth"])) { try Layout(parsing: "geo:peters") }
        #expect(throws: RenderError.projectionWithoutMap(layout: "sfdp")) { try Layout(parsing: "sfdp", projection: "robinson") }
        #expect(try Layout(parsing: "geo", projection: "Equal-Earth") == .geographic(.equalEarth))
        // One default projection, for `geo` as for the planner's report.
        #expect(try Layout(parsing: "geo") == .geographic(.default) && MapProjection.default == .robinson)
        #expect(Layout.all.last == .geographic(.default))
        #expect(throws: RenderError.unknownLabels("fr", valid: LabelLanguage.valid)) { try LabelLanguage(parsing: "fr") }
        #expect(throws: RenderError.unknownLayout("spiral", valid: Layout.names)) {
            try GraphvizRenderer.render(dot: "graph { a }", layout: "spiral", format: "svg")
        }
    }

    @Test("an unknown format names itself and lists the valid ones")
    func unknownFormat() throws {
        #expect(throws: RenderError.unknownFormat("gif", valid: ["svg", "png", "pdf", "jpg", "jpeg", "dot", "gv"])) { try OutputFormat(parsing: "gif") }
        // A file's extension names its format; one that is no format is refused, never written as SVG.
        #expect(try OutputFormat(path: "out/map.JPG") == .jpeg)
        #expect(try OutputFormat(path: "out/map") == nil)
        #expect(throws: RenderError.unknownFormat("gif", valid: OutputFormat.names)) { try OutputFormat(path: "map.gif") }
        #expect(RenderError.unknownFormat("gif", valid: ["svg", "png", "pdf", "dot"]).description == "unknown format 'gif'; valid formats: svg, png, pdf, dot")
    }

    @Test("every layout and format name parses back")
    func roundTrip() throws {
        for layout in Layout.all { #expect(try Layout(parsing: layout.description) == layout) }
        for format in OutputFormat.allCases {
            #expect(try OutputFormat(parsing: format.rawValue.uppercased()) == format)
            #expect(try OutputFormat(parsing: format.fileExtension) == format)
        }
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

    /// Graphviz 2.42's circo reads attribute symbols of the graph it laid out before when the next
    /// graph lands at the same address; with other threads reusing the freed memory that crashed
    /// the process (see `GraphvizSession.primeCirco`). Without the primer this dies within a few
    /// layouts.
    @Test("circo, again and again while other threads allocate, does not crash")
    func circoWhileOthersAllocate() async throws {
        let network = RenderFixtures.network()
        var builder = NetworkBuilder(metadata: network.metadata)
        for entity in network.entities { builder.add(entity) }
        for tie in network.ties { builder.add(tie) }
        // A ring of 150 cities, so circo has blocks and articulation points to place.
        for k in 0..<150 { builder.add(Entity(id: "JP-R\(k)", kind: .city, name: "Ring \(k)", countryID: "JP")) }
        for k in 0..<150 { builder.add(Tie(from: "JP-R\(k)", to: "JP-R\((k + 1) % 150)", layer: "sister", source: "test")) }
        builder.add(Tie(from: "JP-R0", to: "HK", layer: "sister", source: "test"))
        let dot = try NetworkDrawing(try builder.build().view, options: DrawingOptions(layout: .circo, labels: .both)).dot
        try await whileAnotherThreadAllocates {
            for _ in 0..<12 { _ = try GraphvizRenderer.render(dot: dot, layout: .circo, format: .svg) }
        }
    }

    @Test("PNG and PDF come out with their magic numbers")
    func binaryFormats() throws {
        let drawing = try NetworkDrawing(RenderFixtures.network().view, options: DrawingOptions(layout: .dot, labels: .both))
        #expect(Array(try drawing.render(as: .png).bytes.prefix(4)) == [0x89, 0x50, 0x4E, 0x47])
        #expect(Array(try drawing.render(as: .pdf).bytes.prefix(4)) == Array("%PDF".utf8))
        #expect(try drawing.render(as: .dot).bytes == Array(drawing.dot.utf8))
    }
}

/// A flag one task sets and another reads.
/// Runs `body` while a detached task allocates and frees memory of many sizes, so that malloc
/// hands Graphviz addresses that differ from one call to the next.
func whileAnotherThreadAllocates(_ body: () throws -> Void) async throws {
    let stop = StopFlag()
    let churn = Task.detached {
        var keep: [[Double]] = Array(repeating: [], count: 64)
        var k = 0
        while !stop.isSet {
            keep[k % 64] = [Double](repeating: 1, count: 16 + (k * 37) % 500)
            k += 1
        }
        return keep.count
    }
    defer { stop.set() }
    try body()
    stop.set()
    _ = await churn.value
}

final class StopFlag: Sendable {
    private let value = Atomic(false)
    var isSet: Bool { value.load(ordering: .acquiring) }
    func set() { value.store(true, ordering: .releasing) }
}
