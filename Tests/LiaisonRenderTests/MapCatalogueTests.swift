import Foundation
import LiaisonGraph
import LiaisonTestSupport
import Testing
@testable import LiaisonRender
@testable import LiaisonText

/// Every word a drawing writes is in every language's catalogue, in the right script, with no
/// English left in a Chinese one (issue 18: a missing translation is a failure, not a fallback).
@Suite struct MapCatalogueTests {
    /// One message of every case, with values that show what each places (names written alike in
    /// both scripts, so that a message is checked in each).
    static let samples: [MapMessage] = {
        var all: [MapMessage] = [
            .subtitle(entities: 3, ties: 2, layout: "sfdp"), .asOf("2026-11-30"), .entitiesHeading, .tiesHeading,
            .statusHeading, .notesHeading, .changesHeading, .changesNone, .none,
            .kindRow(kind: "城市", shape: "方形", count: 5), .officeArrow, .valueRow(label: "人口", value: "12"),
            .representsRow(count: 3), .added(ties: 1, entities: 2), .removed(ties: 3, entities: 4), .statusChanged(ties: 5),
            .unchanged, .bordersToo, .measureUniform, .measureDegree, .measureStrength, .measurePopulation,
            .size(measure: "人口", low: "1", high: "2"), .focus(name: "香港"), .peer, .labelsShown(shown: 6, hidden: 7),
            .centred(degrees: 150, east: true), .centred(degrees: 30, east: false), .basemapCredit, .longTies, .bundled,
            .borrowed(count: 8), .unplaced(count: 9), .isolatedLeftOut(count: 10), .folded(entities: 92, tables: 9), .officeLabel(host: "柏林"),
            .population(figure: "1,234", year: 2020), .population(figure: "1,234", year: nil), .memberOf(["G20"]),
            .prcRelationsSince(year: 1972), .noPRCRelations, .beltAndRoadSigned(year: 2017), .beltAndRoadSignedYearUnknown,
            .beltAndRoadWithdrawn, .overseasChinese(figure: "9,392,792", year: 2012), .open(years: "1996–"),
            .strengths(["port"]), .unknown, .drawnBeside(name: "柏林"), .addedInChange, .removedInChange,
            .statusChange(from: "休眠", to: "意向"), .confidence("中"), .source("https://example.org"), .since(year: 2017),
            .until(year: 2021), .weight("2"), .areas(["culture"]), .territory, .partOf("日本"), .regions(["非洲", "大洋洲"]),
            .provinceOf(country: "日本"), .cityIn(places: ["神奈川", "日本"]), .organisationIn(kind: "其他", host: "柏林"),
            .representing("香港"), .represents(office: "柏林", represented: "香港"),
        ]
        all += DrawingStyle.legendShapes.map(MapMessage.shape)
        all += MapProjection.allCases.map(MapMessage.projection)
        all += DrawingStyle.colourWords.map(MapMessage.colour)
        return all
    }()

    /// A message's case name: `subtitle` for `.subtitle(entities: 3, …)`.
    static func caseName(_ message: MapMessage) -> String {
        String(String(describing: message).prefix { $0.isLetter || $0.isNumber })
    }

    /// The samples run every case `MapMessage.swift` declares, so the checks below see every word.
    @Test func samplesRunEveryCase() throws {
        let declared = try declaredCases(ofEnum: "MapMessage", inFile: "Sources/LiaisonRender/MapCatalogue/MapMessage.swift")
        #expect(declared.count > 60)
        #expect(Set(Self.samples.map(Self.caseName)) == declared)
    }

    /// Latin words a Chinese map may hold: the basemap's and a projection's own names, the layout
    /// engine's name (Graphviz's), and the samples' own placed values.
    static let latinAllowed: Set<String> = ["Natural", "Earth", "Equal", "sfdp", "port", "culture", "https", "example", "org"]

    @Test(arguments: Language.allCases) func everyMessageIsWritten(_ language: Language) throws {
        let catalogue = MapCatalogue(language: language)
        for message in Self.samples {
            let text = catalogue[message]
            #expect(!text.trimmingCharacters(in: .whitespaces).isEmpty, "\(message) in \(language.rawValue)")
            guard let script = language.script else { continue }
            let english = latinWords(text).filter { !Self.latinAllowed.contains($0) }
            #expect(english.isEmpty, "\(message) in \(language.rawValue): English left: \(english)")
            #expect(try MapTextScriptTests.unchanged(text, in: script, namesToo: false), "\(message): '\(text)' is not all \(language.rawValue)")
        }
        if language == .traditionalChinese {
            let hans = MapCatalogue(language: .simplifiedChinese)
            #expect(Self.samples.filter { catalogue[$0] != hans[$0] }.count > Self.samples.count / 2, "the two scripts' words differ")
        }
    }

    /// A name in Latin letters is set apart from the Chinese words around it.
    @Test func latinNamesAreSpacedFromChineseWords() {
        let hant = MapCatalogue(language: .traditionalChinese)
        #expect(hant[.represents(office: "Riyadh Office", represented: "香港")] == "Riyadh Office 代表香港")
        #expect(hant[.represents(office: "駐倫敦經貿辦", represented: "香港")] == "駐倫敦經貿辦代表香港")
        #expect(hant[.officeLabel(host: "Riyadh")] == "駐 Riyadh 經貿辦")
        #expect(MapCatalogue(language: .english)[.represents(office: "ETO London", represented: "Hong Kong")] == "ETO London represents Hong Kong")
    }

    private func latinWords(_ text: String) -> [String] {
        text.split(whereSeparator: { !($0.isASCII && $0.isLetter) }).map(String.init).filter { $0.count >= 2 }
    }
}
