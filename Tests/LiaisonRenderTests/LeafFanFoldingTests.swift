import Foundation
import LiaisonGraph
import LiaisonTestSupport
import Testing
@testable import LiaisonRender

/// A `dot` drawing lists entities that share all their ties in one table (LeafFanFolding), and
/// stands the focus in the middle of its network (FocusSides).
@Suite struct LeafFanFoldingTests {
    static let source = "test fixture"

    /// A network around HK: an office O covering five provinces alone (a fan), four provinces
    /// also tied to HK (twins), the peer among the office's provinces, three cities (too few),
    /// two and two provinces in different statuses, four provinces each with a second tie of its
    /// own, and a chain of cities that makes the drawing large enough to fold.
    static func network(leafName: String = "Leaf 1") -> PartnershipNetwork {
        var b = NetworkBuilder(metadata: NetworkMetadata(name: "Fans", asOf: "2024-12-31", focusID: "HK", peerIDs: ["PEER"]))
        func add(_ id: String, _ kind: EntityKind, _ name: String? = nil) {
            b.add(Entity(id: id, kind: kind, name: name ?? id, countryID: kind == .organisation ? nil : "CN",
                         hostCityID: kind == .organisation ? "HK" : nil))
        }
        b.add(Entity(id: "CN", kind: .country, name: "China"))
        func tie(_ a: String, _ b2: String, _ layer: String = "eto", _ status: TieStatus = .active) {
            b.add(Tie(from: a, to: b2, layer: layer, status: status, source: source))
        }
        add("HK", .city, "Hong Kong")
        add("O", .organisation, "Office")
        tie("HK", "O", "cooperation")
        for i in 1...5 { add("L\(i)", .province, i == 1 ? leafName : "Leaf \(i)"); tie("O", "L\(i)") }
        add("PEER", .province, "Peer"); tie("O", "PEER")
        for i in 1...4 { add("T\(i)", .province, "Twin \(i)"); tie("O", "T\(i)"); tie("HK", "T\(i)", "sister") }
        for i in 1...3 { add("M\(i)", .city, "Few \(i)"); tie("O", "M\(i)") }
        for i in 1...4 { add("A\(i)", .province, "Mixed \(i)"); tie("O", "A\(i)", "cooperation", i <= 2 ? .active : .dormant) }
        for i in 1...4 { add("D\(i)", .province, "Degree two \(i)"); add("DX\(i)", .city, "Other \(i)"); tie("O", "D\(i)"); tie("D\(i)", "DX\(i)") }
        add("Z0", .city, "Chain 0"); tie("HK", "Z0", "sister")
        for i in 1...6 { add("Z\(i)", .city, "Chain \(i)"); tie("Z\(i - 1)", "Z\(i)", "sister") }
        return try! b.build()
    }

    func folding(_ network: PartnershipNetwork) -> (LeafFanFolding, DrawingModel) {
        let model = DrawingModel(network.view, options: DrawingOptions(layout: .dot))
        return (LeafFanFolding(model), model)
    }

    @Test func foldsEntitiesThatShareAllTheirTies() {
        let (folding, model) = folding(Self.network())
        func members(_ fold: LeafFanFolding.Fold) -> Set<String> { Set(fold.members.map { model.nodes[$0].entity.id }) }
        #expect(folding.folds.count == 2)
        #expect(members(folding.folds[0]) == ["L1", "L2", "L3", "L4", "L5"], "a fan of leaves, the peer left out")
        #expect(folding.folds[0].ties.map(\.neighbour) == ["O"])
        #expect(members(folding.folds[1]) == ["T1", "T2", "T3", "T4"], "entities with two identical ties fold too")
        #expect(Set(folding.folds[1].ties.map(\.neighbour)) == ["HK", "O"])
        for id in ["HK", "O", "PEER", "M1", "A1", "A3", "D1", "DX1", "Z3"] {
            #expect(folding.foldOfEntity[id] == nil, "\(id) is not folded")
        }
        #expect(folding.foldedEdges.count == 5 + 8)
        for fold in folding.folds { for tie in fold.ties { #expect(tie.edges.count == fold.members.count) } }
    }

    /// A view with no tie draws every entity, all on one rank: they are listed by kind instead.
    @Test func entitiesWithoutTiesAreListedByKind() {
        var b = NetworkBuilder(metadata: NetworkMetadata(name: "Countries", asOf: "2024-12-31", focusID: "C0"))
        for i in 0..<30 { b.add(Entity(id: "C\(i)", kind: .country, name: "Country \(i)")) }
        let (folding, model) = folding(try! b.build())
        #expect(model.nodes.count == 30)
        #expect(folding.folds.count == 1 && folding.folds[0].ties.isEmpty)
        #expect(folding.foldedCount == 29 && folding.foldOfEntity["C0"] == nil, "the focus keeps its node")
    }

    @Test func smallDrawingsAndOtherLayoutsAreNotFolded() throws {
        let small = try Self.network().view([.ego(centre: "O", radius: 1)])
        #expect(small.entityCount <= LeafFanFolding.largestUnfolded)
        #expect(!(try NetworkDrawing(small, options: DrawingOptions(layout: .dot)).dot.contains("fold-")))
        for layout in [Layout.sfdp, .neato, .geographic(.robinson)] {
            #expect(!(try NetworkDrawing(Self.network().view, options: DrawingOptions(layout: layout)).dot.contains("fold-")))
        }
        #expect(!(try NetworkDrawing(Self.network().view, options: DrawingOptions(layout: .dot, clusters: .country)).dot.contains("fold-")))
    }

    /// The table's cells keep each entity's ID, tooltip (with its tie's facts) and name; the
    /// shared tie is drawn once with its count, in its layer's colour; names are escaped.
    @Test func eachFoldedEntityKeepsItsIDTooltipAndName() throws {
        let network = Self.network(leafName: "Leaf & <One> \"A\"")
        let drawing = try NetworkDrawing(network.view, options: DrawingOptions(layout: .dot))
        #expect(drawing.dot.contains("Leaf &amp; &lt;One&gt; &quot;A&quot;"))
        #expect(drawing.dot.contains("lists of entities with the same ties: 2 (9 entities)"))
        let svg = String(decoding: try drawing.render(as: .svg).bytes, as: UTF8.self)
        let inspector = SVGInspector(Array(svg.utf8))
        #expect(inspector.parsed, "\(inspector.error ?? "")")
        let anchors = SVGEntityAnchors.read(svg)
        let model = DrawingModel(network.view, options: DrawingOptions(layout: .dot))
        #expect(anchors.count == model.nodes.count, "one element per entity")
        for (i, node) in model.nodes.enumerated() {
            guard let anchor = anchors[i] else { Issue.record("no element for \(node.entity.id)"); continue }
            #expect(anchor.tooltip.hasPrefix("\(node.entity.name) (\(node.entity.id))"), "\(anchor.tooltip)")
            #expect(anchor.text == node.entity.name, "\(anchor.text) for \(node.entity.name)")
            #expect(anchors.values.filter { $0.text == node.entity.name }.count == 1, "\(node.entity.name) shown once")
        }
        let l1 = try #require(model.nodes.firstIndex { $0.entity.id == "L1" })
        #expect(anchors[l1]?.tooltip.contains("Office — Leaf & <One> \"A\"") == true, "its tie's facts too")
        #expect(drawing.dot.contains("id=\"fold-0-tie-0\", class=\"tie fold layer-eto status-active\", color=\"#d08a00c0\""))
        #expect(drawing.dot.contains("label=\"5\", labelfontsize=11"))
        #expect(drawing.dot.contains("label=\"4\", labelfontsize=11"))
    }

    @Test func theFocusStandsInTheMiddleOfALargeNetwork() {
        // Two parts of thirty leaves behind two offices: one on each side.
        var edges: [(String, String)] = [("F", "A"), ("F", "B")]
        for i in 0..<30 { edges.append(("A", "a\(i)")); edges.append(("b\(i)", "B")) }
        let sides = FocusSides(focus: "F", weights: [:], edges: edges)
        #expect(sides.rank["F"] == 0)
        #expect(Set([sides.rank["A"], sides.rank["B"]]) == [1, -1])
        #expect(sides.rank["a0"] == 2 * sides.rank["A"]!)
        // An edge is written from left to right.
        let leftOffice = sides.rank["A"] == -1 ? "A" : "B"
        #expect(sides.reversed("F", leftOffice))
        #expect(!sides.reversed(leftOffice, "F"))
    }

    @Test func aSmallStarStaysOnOneSide() {
        let sides = FocusSides(focus: "F", weights: [:], edges: (0..<9).map { ("F", "p\($0)") })
        #expect((0..<9).allSatisfy { sides.rank["p\($0)"] == 1 })
        #expect(!sides.reversed("F", "p0"))
        #expect(sides.reversed("p0", "F"))
    }

    @Test func aReversedOfficeTieKeepsItsArrowOnThePlace() throws {
        let drawing = try NetworkDrawing(Self.network().view, options: DrawingOptions(layout: .dot))
        let lines = drawing.dot.split(separator: "\n").filter {
            ($0.contains("\"O\" -- ") || $0.contains(" -- \"O\"")) && ($0.contains("class=\"tie layer-eto") || $0.contains("class=\"tie fold layer-eto"))
        }
        #expect(!lines.isEmpty)
        for line in lines {
            // Written office first with the arrow forward, or the other way with the arrow back.
            #expect(line.hasPrefix("  \"O\" -- ") == line.contains("dir=forward"), "\(line)")
            #expect(line.hasPrefix("  \"O\" -- ") != line.contains("dir=back"), "\(line)")
        }
    }
}
