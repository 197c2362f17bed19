import LiaisonGraph
import Testing
@testable import LiaisonRender
@testable import LiaisonText

/// A Chinese map is in one script: every phrase of its legend, every name and every field term.
/// Converting a zh-Hant map's text to Hong Kong's Traditional with OpenCC changes nothing, and
/// converting a zh-Hans map's text to Simplified changes nothing either.
@Suite struct MapTextScriptTests {
    /// Every phrase MapText writes for a Chinese drawing in `script`.
    static func phrases(_ script: ChineseScript) throws -> [String] {
        let text = try MapText(DrawingOptions(labels: .chinese, script: script))
        var all = [
            text.entitiesHeading, text.tiesHeading, text.statusHeading, text.notesHeading,
            text.changesHeading(none: true), text.changesHeading(none: false), text.none, text.unchanged, text.bordersToo,
            text.peer, text.basemapCredit, text.longTies, text.bundled, text.representsRow(count: 3),
            text.added(ties: 1, entities: 2), text.removed(ties: 3, entities: 4), text.statusChanged(5),
            text.labelsShown(6, hidden: 7), text.borrowed(8), text.unplaced(9), text.isolatedLeftOut(10),
            text.centred(on: 150), text.centred(on: -30), text.subtitle(entities: 3, ties: 2, layout: .sfdp, asOf: "2024-12-31"),
            text.focus("香港"), text.size(.degree, low: "1", high: "2"), text.size(.population, low: "1", high: "2"),
        ]
        all += EntityKind.allCases.map { text.kindRow($0, shape: "circle", count: 1) }
        all += DrawingStyle.legendShapes.map { text[.shape($0)] }
        all += DrawingStyle.colourWords.map(text.colour)
        all += Layer.builtIn.map { text.layerRow($0, count: 1) }
        all += TieStatus.allCases.map { text.statusRow($0, count: 1) }
        all += MapProjection.allCases.map(text.projection)
        all += [NodeSizing.uniform, .degree, .strength, .population].map(text.measure)
        return all
    }

    /// Whether `text` is unchanged by OpenCC's conversions into `script`: `t2hk` for Hong Kong's
    /// Traditional (`s2hk` too, where the text holds no names: it reads its input as Simplified),
    /// `hk2s` and `t2s` for Simplified.
    static func unchanged(_ text: String, in script: ChineseScript, namesToo: Bool) throws -> Bool {
        let configurations = switch script {
        case .traditionalHongKong: namesToo ? ["t2hk.json"] : ["t2hk.json", "s2hk.json"]
        case .simplified: ["hk2s.json", "t2s.json"]
        }
        return try configurations.allSatisfy { try OpenCC.convert(text, with: $0) == text }
    }

    @Test(arguments: ChineseScript.allCases)
    func everyPhraseIsChineseInTheScript(_ script: ChineseScript) throws {
        for phrase in try Self.phrases(script) {
            #expect(phrase.unicodeScalars.contains { $0.properties.isIdeographic }, "no Chinese in '\(phrase)'")
            #expect(try Self.unchanged(phrase, in: script, namesToo: false), "'\(phrase)' is not all \(script.rawValue)")
        }
        // The phrases are converted, not left in the script they are written in.
        let hant = try Self.phrases(.traditionalHongKong), hans = try Self.phrases(.simplified)
        #expect(zip(hant, hans).filter { $0 != $1 }.count > hant.count / 2)
    }

    /// Built-in layers and offices are named by the glossary's terms, in the script.
    @Test func layersAndOfficesUseTheGlossary() throws {
        let hant = try MapText(DrawingOptions(labels: .chinese, script: .traditionalHongKong))
        let hans = try MapText(DrawingOptions(labels: .chinese, script: .simplified))
        #expect(hant.layer(.cooperation) == "友好合作關係城市" && hans.layer(.cooperation) == "友好合作关系城市")
        #expect(hant.layer(.eto) == "經濟貿易辦事處" && hans.layer(.eto) == "经济贸易办事处")
        #expect(hant.layer(.diaspora) == "同鄉會" && hans.layer(.bri) == "一带一路")
        let english = MapText(language: .english, names: nil)
        #expect(english.layer(.eto) == Layer.eto.name)
        // An office on a map: "駐" + its host city + the short form.
        let network = RenderFixtures.network()
        let model = DrawingModel(network.view, options: DrawingOptions())
        let office = try #require(network.entity(withID: "HKETO-BER"))
        #expect(hant.label(of: office, in: model, onMap: true) == "駐柏林經貿辦")
        #expect(hans.label(of: office, in: model, onMap: true) == "驻柏林经贸办")
    }

    /// Every run of non-ASCII text in a whole Chinese map and a change map of the fixture (labels,
    /// legend, tooltips' Chinese names) is unchanged by the conversion into its script.
    @Test(arguments: ChineseScript.allCases)
    func aWholeMapIsInOneScript(_ script: ChineseScript) throws {
        let network = RenderFixtures.network()
        let options = DrawingOptions(layout: .geographic(.robinson), labels: .chinese, labelling: .all, script: script)
        let before = try network.view([.layers(["sister"])])
        let dots = [try NetworkDrawing(network.view, options: options).dot,
                    try NetworkDrawing(before: before, after: network.view, options: options).dot]
        for dot in dots {
            var runs: [String] = []
            var run = ""
            for scalar in dot.unicodeScalars {
                if scalar.value >= 0x80 { run.unicodeScalars.append(scalar) } else if !run.isEmpty { runs.append(run); run = "" }
            }
            #expect(runs.count > 10)
            // The fixture's names (香港, 橫濱, 德國…) are ones `s2hk` leaves alone, so every run is
            // checked with it too: a Simplified word left in a zh-Hant map fails here.
            for run in Set(runs) { #expect(try Self.unchanged(run, in: script, namesToo: false), "'\(run)' is not all \(script.rawValue)") }
            #expect(dot.contains(FieldTerm.friendlyCooperationCity.text(in: script)))
        }
        #expect(dots[1].contains(script == .simplified ? "变化" : "變化"), "the change map's legend is Chinese")
    }
}
