import Testing
import LiaisonGraph
@testable import LiaisonText

/// Names in one script, converted lazily: Traditional names never open `s2hk`'s phrases.
@Suite struct EntityNameWriterTests {
    static func city(_ id: String, _ name: String, zh: String?) -> Entity {
        Entity(id: id, kind: .city, name: name, nameZh: zh)
    }

    @Test func namesAreWrittenInTheScript() {
        let hant = EntityNameWriter(.traditionalHongKong)
        #expect(hant.name(of: Self.city("AR-BUE", "Buenos Aires", zh: "布宜诺斯艾利斯")) == "布宜諾斯艾利斯")
        #expect(hant.name(of: Self.city("HK", "Hong Kong", zh: "香港")) == "香港")
        #expect(hant.name(of: Self.city("US-SFO", "San Francisco", zh: "旧金山")) == "三藩市")
        #expect(hant.name(of: Self.city("US-SFO", "San Francisco", zh: "舊金山")) == "三藩市", "Hong Kong's place name on a Traditional one too")
        #expect(hant.name(of: Self.city("UG-KLA", "Kampala", zh: "乌干达")) == "烏干達")
        #expect(hant.name(of: Self.city("X", "Nowhere", zh: nil)) == "Nowhere", "no Chinese name: English")
        let hans = EntityNameWriter(.simplified)
        #expect(hans.name(of: Self.city("X", "Office", zh: "香港駐倫敦經濟貿易辦事處")) == "香港驻伦敦经济贸易办事处")
        #expect(hans.name(of: Self.city("US-SFO", "San Francisco", zh: "三藩市")) == "旧金山")
    }

    /// The character probe leaves Traditional and neutral text alone and changes Simplified text.
    @Test func theProbeTellsSimplifiedFromTraditional() throws {
        let probe = try #require(ChineseScript.traditionalHongKong.characterProbe)
        #expect(try OpenCC.convert("香港駐倫敦經濟貿易辦事處", with: probe) == "香港駐倫敦經濟貿易辦事處")
        #expect(try OpenCC.convert("香港", with: probe) == "香港")
        #expect(try OpenCC.convert("布宜诺斯艾利斯", with: probe) != "布宜诺斯艾利斯")
        #expect(ChineseScript.simplified.characterProbe == nil)
    }

    /// A cited title is quoted: its characters take the script's forms, its words stay the author's
    /// (a name is localised, 三藩市; a title keeps 舊金山).
    @Test func quotedTextKeepsItsWords() {
        let hant = EntityNameWriter(.traditionalHongKong)
        #expect(hant.convertCharacters("外交国别速查表") == "外交國別速查表")
        #expect(hant.convertCharacters("旧金山华人史") == "舊金山華人史")
        #expect(hant.convertCharacters("no Chinese") == "no Chinese")
        #expect(EntityNameWriter(.simplified).convertCharacters("外交國別速查表") == "外交国别速查表")
    }
}
