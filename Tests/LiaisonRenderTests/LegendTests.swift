import Foundation
import LiaisonGraph
import LiaisonText
import Testing
@testable import LiaisonRender

@Suite("Legend and defaults")
struct LegendTests {
    let network = RenderFixtures.network()

    @Test("the legend names the view's own focus: an ego map of Shanghai is about Shanghai")
    func egoFocus() throws {
        let shanghai = try network.view([.ego(centre: "CN-SHA", radius: 1)])
        let dot = try NetworkDrawing(shanghai, options: DrawingOptions(layout: .sfdp)).dot
        #expect(dot.contains("focus: Shanghai"))
        #expect(!dot.contains("focus: Hong Kong"))
        #expect(!dot.contains("double border: peer"))  // Hong Kong's peers are not Shanghai's
        let own = try NetworkDrawing(network.view, options: DrawingOptions()).dot
        #expect(own.contains("focus: Hong Kong"))
    }

    @Test("legend and names in one language and one script", arguments: ChineseScript.allCases)
    func chinese(script: ChineseScript) throws {
        let dot = try NetworkDrawing(network.view, options: DrawingOptions(layout: .geographic(.robinson), labels: .chinese, script: script)).dot
        let english = ["Entities", "Ties, by colour", "Status, by line", "Notes", "focus:", "projection"]
        for word in english { #expect(!dot.contains(word), "English '\(word)' in a Chinese legend") }
        if script == .simplified {
            #expect(dot.contains("实体") && dot.contains("横滨") && !dot.contains("實體") && !dot.contains("橫濱"))
        } else {
            #expect(dot.contains("實體") && dot.contains("橫濱") && !dot.contains("实体") && !dot.contains("横滨"))
        }
    }

    @Test("entities with no tie in the view are left out unless asked for, and counted")
    func isolated() throws {
        let left = try NetworkDrawing(network.view, options: DrawingOptions(layout: .dot))
        #expect(left.entityCount == network.entityCount - 2)  // China and Japan hold no tie
        #expect(left.dot.contains("2 entities with no tie in this view left out"))
        let all = try NetworkDrawing(network.view, options: DrawingOptions(layout: .dot, isolated: .drawn))
        #expect(all.entityCount == network.entityCount)
    }

    @Test("a view too dense to read is steered to countries, with a note; a readable one is kept")
    func steering() throws {
        var b = NetworkBuilder(metadata: NetworkMetadata(name: "Dense", focusID: "AA-0"))
        for c in ["AA", "BB", "CC"] { b.add(Entity(id: c, kind: .country, name: "Country \(c)")) }
        for i in 0..<400 {
            let country = ["AA", "BB", "CC"][i % 3]
            b.add(Entity(id: "\(country)-\(i)", kind: .city, name: "City \(i)", countryID: country))
        }
        for i in 1..<400 { b.add(Tie(from: "\(["AA", "BB", "CC"][i % 3])-\(i)", to: "\(["AA", "BB", "CC"][(i / 2) % 3])-\(i / 2)", layer: "sister", source: "t")) }
        let dense = try b.build().view
        let readable = dense.readable()
        #expect(readable.view.entityCount == 3)
        #expect(readable.note?.contains("aggregated by country") == true)
        let small = network.view.readable()
        #expect(small.note == nil && small.view.entityCount == network.entityCount)
    }
}
