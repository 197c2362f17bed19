import LiaisonGraph
import Testing
@testable import LiaisonRender

@Suite("Drawing changes")
struct ChangeTests {
    let before = RenderFixtures.network().view
    let after = RenderFixtures.changedNetwork().view

    @Test("the change lists added and removed entities and ties and status changes")
    func change() {
        let change = NetworkDifference(from: before, to: after)
        #expect(change.addedEntities == ["SG"])
        #expect(change.removedEntities == [])
        #expect(change.addedTies.map { "\($0.from)-\($0.to)" } == ["HK-SG"])
        #expect(change.removedTies.map { "\($0.from)-\($0.to)" } == ["HKETO-BER-DE"])
        #expect(change.statusChanges.map { "\($0.before.status)>\($0.after.status)" } == ["proposed>active"])
        #expect(NetworkDifference(from: before, to: before).isEmpty)
        // Backwards, the added become removed.
        let back = NetworkDifference(from: after, to: before)
        #expect(back.removedEntities == ["SG"] && back.addedTies.count == 1 && back.removedTies.count == 1)
    }

    /// A change map's legend is no wider than its map: with its fifth column (the changes) beside
    /// the notes, a scenario's map of Hong Kong was 1,775 pt wide for a 1,150 pt map, its legend
    /// running past the map's right edge over empty paper; the notes now go below.
    @Test("a change map's legend is no wider than the map")
    func changeMapLegendFits() throws {
        let options = DrawingOptions(layout: .geographic(.robinson), sizing: .degree)
        let svg = String(decoding: try NetworkDrawing(before: before, after: after, options: options).render(as: .svg).bytes, as: UTF8.self)
        let width = try #require(svg.firstMatch(of: /<svg width="([0-9.]+)pt"/).flatMap { Double($0.output.1) })
        #expect(width <= MapPlacement.mapWidth + 2 * 0.3 * 72 + 1, "the drawing is \(width) pt wide")
    }

    @Test("a drawing of changes shows both views' union, each change in its style, and the legend counts them")
    func drawing() throws {
        let drawing = try NetworkDrawing(before: before, after: after, options: DrawingOptions(layout: .dot))
        let svg = try drawing.render(as: .svg)
        let inspector = SVGInspector(svg.bytes)
        #expect(inspector.parsed)
        #expect(inspector.nodeTitles.count == before.entityCount + 1 - 2)  // China and Japan hold no tie: left out
        #expect(inspector.tieCount == after.tieCount + 1)  // the removed tie is drawn too
        #expect(inspector.edgeClasses.filter { $0.contains(" added") }.count == 1)
        #expect(inspector.edgeClasses.filter { $0.contains(" removed") }.count == 1)
        #expect(inspector.edgeClasses.filter { $0.contains(" changed") }.count == 1)
        let text = String(decoding: svg.bytes, as: UTF8.self)
        #expect(text.contains("added: 1 ties, 1 entities"))
        #expect(text.contains("removed: 1 ties, 0 entities"))
        #expect(text.contains("status changed: 1 ties"))
        #expect(drawing.dot.contains("status changed: proposed → active"))
    }
}
