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
