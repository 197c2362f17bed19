import Foundation
import LiaisonGraph
import Testing
import LiaisonText
@testable import LiaisonRender

@Suite("Rendering through Graphviz")
struct RenderTests {
    let network = RenderFixtures.network()

    @Test("an SVG parses as XML and holds one node group per tied entity (and the focus) and one edge group per tie", arguments: Layout.all + [.geographic(.robinson), .geographic(.mercator)])
    func svgStructure(layout: Layout) throws {
        let view = network.view
        let drawing = try NetworkDrawing(view, options: DrawingOptions(layout: layout))
        let svg = try drawing.render(as: .svg)
        let inspector = SVGInspector(svg.bytes)
        #expect(inspector.parsed, "SVG does not parse: \(inspector.error ?? "")")
        // An entity no tie of the view touches (here the countries CN and JP, containers only) is left out and counted.
        let tied = Set(view.ties.flatMap { [$0.from, $0.to] }).union([network.metadata.focusID ?? ""])
        let drawn = view.entities.map(\.id).filter { tied.contains($0) }
        #expect(inspector.nodeTitles.sorted() == drawn.sorted())
        #expect(drawing.untiedLeftOut == view.entityCount - drawn.count && drawing.untiedLeftOut > 0)
        #expect(drawing.dot.contains("\(drawing.untiedLeftOut) entities with no tie in this view left out"))
        #expect(inspector.tieCount == view.tieCount)
        // The office is drawn with the government it represents, as a line that is not a tie.
        #expect(inspector.edgeClasses.filter { $0.contains("represents") }.count == 1)
    }

    @Test("a view's entities and ties are all drawn, and only they")
    func egoView() throws {
        let view = try network.view([.ego(centre: "CN-SHA", radius: 1)])
        let svg = try NetworkDrawing(view, options: DrawingOptions(layout: .dot)).render(as: .svg)
        let inspector = SVGInspector(svg.bytes)
        #expect(inspector.nodeTitles.sorted() == view.entities.map(\.id).sorted())
        #expect(inspector.tieCount == view.tieCount)
    }

    @Test("the same input renders byte-identical output twice", arguments: Layout.all)
    func deterministic(layout: Layout) throws {
        let options = DrawingOptions(layout: layout, labels: .both, seed: 7)
        let first = try NetworkDrawing(network.view, options: options).render(as: .svg).bytes
        // Another graph in between must not change the next result either.
        _ = try NetworkDrawing(network.view([.layers(["sister"])]), options: options).render(as: .svg)
        let second = try NetworkDrawing(network.view, options: options).render(as: .svg).bytes
        #expect(first == second, "\(layout) gave different SVG for the same input")
    }

    /// Graphviz 2.43's fdp (and dot with clusters) ordered work by memory address; with each
    /// graph in its own arena, what malloc does elsewhere no longer shows in the map.
    @Test("fdp and dot with clusters give one SVG, call after call, while other threads allocate", arguments: [Layout.fdp, .dot])
    func deterministicWithClusters(layout: Layout) async throws {
        let drawing = try NetworkDrawing(network.view, options: DrawingOptions(layout: layout, labels: .both, clusters: .region, seed: 3))
        var outputs = Set<[UInt8]>()
        try await whileAnotherThreadAllocates {
            for _ in 0..<8 { outputs.insert(try drawing.render(as: .svg).bytes) }
        }
        #expect(outputs.count == 1, "\(layout) with clusters gave \(outputs.count) different SVGs in 8 calls")
    }

    @Test("SVG tooltips carry each entity's facts and each tie's")
    func tooltips() throws {
        let svg = try NetworkDrawing(network.view, options: DrawingOptions(layout: .dot)).render(as: .svg)
        let tips = SVGInspector(svg.bytes).tooltips
        #expect(tips.contains { $0.hasPrefix("Hong Kong 香港 (HK)") && $0.contains("population 7,413,070") && $0.contains("degree: 4") })
        #expect(tips.contains { $0.contains("Germany") && $0.contains("member of EU, G20") })
        #expect(tips.contains { $0.hasPrefix("Hong Kong — Berlin") && $0.contains("ended") && $0.contains("until 2000") })
    }

    @Test("a Chinese drawing's tooltips are worded in Chinese, in its script")
    func chineseTooltips() throws {
        for (script, ended, population) in [(ChineseScript.simplified, "已终止", "人口 7,413,070"), (.traditionalHongKong, "已終止", "人口 7,413,070")] {
            let svg = try NetworkDrawing(network.view, options: DrawingOptions(layout: .dot, labels: .chinese, script: script)).render(as: .svg)
            let tips = SVGInspector(svg.bytes).tooltips
            #expect(tips.contains { $0.hasPrefix("Hong Kong 香港 (HK)") && $0.contains(population) && ($0.contains("度数：4") || $0.contains("度數：4")) })
            #expect(tips.contains { $0.contains(ended) && $0.contains("至2000年") }, "\(tips.filter { $0.contains("2000") })")
            #expect(!tips.contains { $0.contains("Asia") || $0.contains("Europe") }, "UN M49 regions are named in Chinese")
            for word in ["population", "until", "member of", "source:", "relations with", "city in", "ended"] {
                #expect(!tips.contains { $0.contains(word) }, "'\(word)' in a \(script) tooltip: \(tips.first { $0.contains(word) } ?? "")")
            }
        }
    }

    @Test("labels in English, Chinese or both")
    func labels() throws {
        let zh = try NetworkDrawing(network.view, options: DrawingOptions(labels: .chinese, labelling: .all)).dot
        #expect(zh.contains("label=\"香港\""))
        let both = try NetworkDrawing(network.view, options: DrawingOptions(labels: .both, labelling: .all)).dot
        #expect(both.contains("label=\"Hong Kong\\n香港\""))
        // Chinese text survives the whole way to an SVG.
        let svg = try NetworkDrawing(network.view, options: DrawingOptions(layout: .dot, labels: .chinese)).render(as: .svg)
        #expect(String(decoding: svg.bytes, as: UTF8.self).contains(">横滨</text>"))
    }

    @Test("a name with quotes and backslashes is quoted, not broken")
    func quoting() throws {
        let svg = try NetworkDrawing(network.view, options: DrawingOptions(layout: .dot, labelling: .all)).render(as: .svg)
        #expect(String(decoding: svg.bytes, as: UTF8.self).contains("Berlin &quot;Spree&quot; \\ Athens"))
    }

    @Test("clusters by country or region are drawn by dot and fdp, refused by the others")
    func clusters() throws {
        let svg = try NetworkDrawing(network.view, options: DrawingOptions(layout: .dot, clusters: .country)).render(as: .svg)
        #expect(SVGInspector(svg.bytes).clusterCount == 3)  // China, Japan, Germany: each holds two or more
        let regions = try NetworkDrawing(network.view, options: DrawingOptions(layout: .fdp, clusters: .region)).render(as: .svg)
        #expect(SVGInspector(regions.bytes).clusterCount == 2)  // Asia, Europe
        #expect(throws: RenderError.clustersNotDrawn(layout: "sfdp", drawnBy: ["dot", "fdp"])) {
            try NetworkDrawing(network.view, options: DrawingOptions(layout: .sfdp, clusters: .country))
        }
    }

    @Test("status sets the line style, layer the colour; ended ties are grey")
    func tieStyles() throws {
        let dot = try NetworkDrawing(network.view).dot
        let line = { (from: String, to: String) in dot.split(separator: "\n").first { $0.contains("\"\(from)\" -- \"\(to)\"") }.map(String.init) ?? "" }
        #expect(!dot.contains("\n\n"))  // one statement per line: line breaks inside strings are written \n
        #expect(line("CN-SHA", "JP-YOK").contains("color=\"#2b6cb0"))  // sister, active: solid
        #expect(!line("CN-SHA", "JP-YOK").contains("style="))
        #expect(line("HK", "JP-OSA").contains("style=\"dotted\""))   // proposed
        #expect(line("HK", "CN-SH").contains("style=\"bold,dotted\""))  // intent
        #expect(line("HK", "DE-BER").contains("color=\"#a0a0a0"))  // ended
        #expect(dot.contains("style=\"dashed\""))  // the dormant cooperation tie
    }

    @Test("node sizes follow any per-entity number")
    func sizes() throws {
        let sizes = ["HK": 10.0, "CN-SHA": 2.5]
        let drawing = try NetworkDrawing(network.view, options: DrawingOptions(sizing: .values(sizes, measure: "betweenness"), labelling: .all))
        let hk = drawing.dot.split(separator: "\n").first { $0.hasPrefix("  \"HK\" [") } ?? ""
        let sha = drawing.dot.split(separator: "\n").first { $0.hasPrefix("  \"CN-SHA\" [") } ?? ""
        #expect(hk.contains("fontsize=20"))    // the largest: 9 + 11
        #expect(sha.contains("fontsize=14.5")) // sqrt(2.5 / 10) = 0.5: 9 + 5.5
        #expect(drawing.dot.contains("size: betweenness (2.5–10)"))
    }

    @Test("geographic layouts pin every entity at its projected place")
    func geographic() throws {
        let dot = try NetworkDrawing(network.view, options: DrawingOptions(layout: .geographic(.equirectangular), isolated: .drawn)).dot
        func position(_ id: String) -> (Double, Double)? {
            guard let line = dot.split(separator: "\n").first(where: { $0.hasPrefix("  \"\(id)\" [") }),
                  let start = line.range(of: "pos=\""), let end = line[start.upperBound...].range(of: "!\"") else { return nil }
            let parts = line[start.upperBound..<end.lowerBound].split(separator: ",").compactMap { Double($0) }
            return parts.count == 2 ? (parts[0], parts[1]) : nil
        }
        let berlin = try #require(position("DE-BER")), osaka = try #require(position("JP-OSA")), hk = try #require(position("HK"))
        #expect(berlin.0 < hk.0 && hk.0 < osaka.0)   // west to east
        #expect(hk.1 < osaka.1 && osaka.1 < berlin.1) // south to north
        // The office has no location: it is drawn beside its host city, and says so.
        #expect(position("HKETO-BER") != nil)
        #expect(dot.contains("no location of its own: drawn beside Berlin"))
        #expect(dot.contains("layout=nop2"))
    }

    @Test("projections: the equator keeps one unit per degree; Robinson's pole and Mercator's clamp")
    func projections() {
        for p in MapProjection.allCases {
            let q = p.project(GeoPoint(latitude: 0, longitude: 90))
            #expect(abs(q.x - 90) < 1e-9 && abs(q.y) < 1e-9)
        }
        let pole = MapProjection.robinson.project(GeoPoint(latitude: 90, longitude: 180))
        #expect(abs(pole.y - 1.3523 / 0.8487 * 180 / Double.pi) < 1e-9)
        #expect(abs(pole.x - 0.5322 * 180) < 1e-9)
        let north = MapProjection.mercator.project(GeoPoint(latitude: 89, longitude: 0))
        let clamp = MapProjection.mercator.project(GeoPoint(latitude: 85, longitude: 0))
        #expect(north == clamp && north.y > 85)
    }
}
