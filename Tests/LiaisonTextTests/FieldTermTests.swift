import Foundation
import Testing
import LiaisonGraph
@testable import LiaisonText

/// The field's terms: one table, the glossary page in step with it, each form OpenCC's conversion
/// of the other.
@Suite struct FieldTermTests {
    static let glossary: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return try! String(contentsOfFile: url.path + "/docs/glossary.md", encoding: .utf8)
    }()

    /// The issue's six terms, and each in both scripts as the issue writes them.
    @Test func theSixTermsOfTheIssueAreThere() {
        let expected = [("友好城市", "友好城市"), ("友好合作關係城市", "友好合作关系城市"), ("經濟貿易辦事處", "经济贸易办事处"),
                        ("一帶一路", "一带一路"), ("同鄉會", "同乡会"), ("超級聯繫人", "超级联系人")]
        for (traditional, simplified) in expected {
            #expect(FieldTerm.all.contains { $0.traditional == traditional && $0.simplified == simplified }, "\(traditional)")
        }
        #expect(Set(FieldTerm.all.map(\.id)).count == FieldTerm.all.count)
        #expect(FieldTerm.term(withID: "belt-and-road")?.text(in: .simplified) == "一带一路")
        #expect(FieldTerm.term(withID: "belt-and-road")?.text(in: .traditionalHongKong) == "一帶一路")
    }

    /// Each Simplified form is OpenCC's conversion of the Traditional one, and back.
    @Test(arguments: FieldTerm.all) func formsAgreeWithOpenCC(_ term: FieldTerm) throws {
        #expect(try ScriptConverter(to: .simplified).convert(term.traditional) == term.simplified)
        #expect(try ScriptConverter(to: .traditionalHongKong).convert(term.simplified) == term.traditional)
        if let short = term.shortTraditional {
            #expect(try ScriptConverter(to: .simplified).convert(short) == term.shortSimplified)
            #expect(try ScriptConverter(to: .traditionalHongKong).convert(term.shortSimplified ?? "") == short)
        }
    }

    /// A map names an office by the short form, and a layer by the first term that names it.
    @Test func shortFormsAndLayerTerms() {
        #expect(FieldTerm.economicAndTradeOffice.shortText(in: .traditionalHongKong) == "經貿辦")
        #expect(FieldTerm.economicAndTradeOffice.shortText(in: .simplified) == "经贸办")
        #expect(FieldTerm.beltAndRoad.shortText(in: .simplified) == "一带一路")
        #expect(FieldTerm.term(forLayer: "sister")?.id == "sister-city")
        #expect(FieldTerm.term(forLayer: "eto")?.id == "economic-and-trade-office")
        #expect(FieldTerm.term(forLayer: "cooperation")?.simplified == "友好合作关系城市")
        #expect(FieldTerm.term(forLayer: "stewardship") == nil)
    }

    /// The glossary has one row per term with its English, both scripts, its layer and its usage.
    @Test(arguments: FieldTerm.all) func glossaryRowMatchesTheTable(_ term: FieldTerm) {
        let row = "| \(term.english) | \(term.traditional) | \(term.simplified) | \(term.layerID.map { "`\($0)`" } ?? "—") | \(term.usage) |"
        #expect(Self.glossary.contains(row), "\(term.id)")
    }

    /// No row on the page that the table lacks: the term table's rows have five cells.
    @Test func glossaryRowsAreExactlyTheTable() {
        let termRows = Self.glossary.split(separator: "\n").filter { line in
            line.hasPrefix("| ") && !line.hasPrefix("| English") && line.filter { $0 == "|" }.count == 6
        }
        #expect(termRows.count == FieldTerm.all.count, "\(termRows)")
    }

    @Test func layersNamedByTermsExist() {
        let builtIn = Set(Layer.builtIn.map(\.id))
        for term in FieldTerm.all { if let layer = term.layerID { #expect(builtIn.contains(layer), "\(term.id)") } }
    }

    /// The place-name table on the glossary page is `RegionalName.all`.
    @Test(arguments: RegionalName.all) func glossaryListsEachRegionalName(_ name: RegionalName) {
        #expect(Self.glossary.contains("| \(name.english) | \(name.hongKong) | \(name.mainland) |"))
    }
}
