import Foundation
import Testing
@testable import LiaisonText

@Suite struct ScriptConverterTests {
    @Test func simplifiedBecomesHongKongTraditional() throws {
        let hant = try ScriptConverter(to: .traditionalHongKong)
        #expect(hant.convert("友好合作关系城市") == "友好合作關係城市")
        #expect(hant.convert("经济贸易办事处") == "經濟貿易辦事處")
        #expect(hant.convert("利物浦") == "利物浦")
    }

    @Test func traditionalBecomesSimplified() throws {
        let hans = try ScriptConverter(to: .simplified)
        #expect(hans.convert("超級聯繫人") == "超级联系人")
        #expect(hans.convert("同鄉會") == "同乡会")
    }

    /// Hong Kong's variants, not Taiwan's: 着 stays 着 in Hong Kong and is 著 in Taiwan (OpenCC's
    /// s2tw, for contrast). 里 ("inside") is 裏 in Hong Kong and 裡 in Taiwan, but in a name it is a
    /// sound or a village and stays 里: Mali is 馬里, Yerevan 埃里溫 or 埃里温, not OpenCC's 馬裏.
    @Test func hongKongVariantsNotTaiwans() throws {
        let hant = try ScriptConverter(to: .traditionalHongKong)
        #expect(try OpenCC.convert("里", with: "s2hk.json") == "裏")
        #expect(hant.convert("马里") == "馬里")
        #expect(hant.convert("埃里温").hasPrefix("埃里"))
        #expect(hant.convert("着") == "着")
        #expect(try OpenCC.convert("里", with: "s2tw.json") == "裡")
        #expect(try OpenCC.convert("着", with: "s2tw.json") == "著")
    }

    /// San Francisco is 三藩市 in Hong Kong, 旧金山 on the Mainland, 舊金山 in Taiwan; inside a longer
    /// name too, and in both directions.
    @Test func sanFranciscoAsEachReaderWritesIt() throws {
        let hant = try ScriptConverter(to: .traditionalHongKong)
        let hans = try ScriptConverter(to: .simplified)
        #expect(hant.convert("旧金山") == "三藩市")
        #expect(hant.convert("舊金山") == "三藩市")
        #expect(hant.convert("香港驻旧金山经济贸易办事处") == "香港駐三藩市經濟貿易辦事處")
        #expect(hans.convert("三藩市") == "旧金山")
        #expect(hans.convert("香港駐三藩市經濟貿易辦事處") == "香港驻旧金山经济贸易办事处")
        #expect(try OpenCC.convert("旧金山", with: "s2tw.json") == "舊金山")
    }

    /// Each regional name's converted forms are OpenCC's own.
    @Test(arguments: RegionalName.all) func regionalNameFormsAreOpenCCs(_ name: RegionalName) throws {
        #expect(try OpenCC.convert(name.mainland, with: "s2hk.json") == name.mainlandInTraditional)
        #expect(try OpenCC.convert(name.hongKong, with: "hk2s.json") == name.hongKongInSimplified)
        #expect(name.mainland != name.hongKongInSimplified)
    }

    @Test func textWithoutChineseIsUnchanged() throws {
        for script in ChineseScript.allCases {
            let converter = try ScriptConverter(to: script)
            #expect(converter.convert("") == "")
            #expect(converter.convert("San Francisco, CA-94103") == "San Francisco, CA-94103")
        }
        #expect(try ScriptConverter(to: .simplified).convert("Hong Kong 香港 Macau 澳門") == "Hong Kong 香港 Macau 澳门")
    }

    @Test func scriptsParseByTagInAnyCase() throws {
        #expect(try ChineseScript(parsing: "zh-Hant") == .traditionalHongKong)
        #expect(try ChineseScript(parsing: "ZH-HANS") == .simplified)
        #expect(throws: ScriptError.unknownScript("zh-TW", known: ["zh-Hant", "zh-Hans"])) { try ChineseScript(parsing: "zh-TW") }
        #expect(ScriptError.unknownScript("zh-TW", known: ["zh-Hant", "zh-Hans"]).description == "unknown Chinese script 'zh-TW'; known: zh-Hant, zh-Hans")
    }

    @Test func missingConfigurationSaysWhatOpenCCSaid() {
        #expect {
            try OpenCC.open("no-such-configuration.json")
        } throws: { error in
            guard case let .converterUnavailable(configuration, message)? = error as? ScriptError else { return false }
            return configuration == "no-such-configuration.json" && message.contains("no-such-configuration.json")
                && (error as! ScriptError).description.contains("libopencc-dev")
        }
    }

    /// One handle per configuration, shared by every thread: many tasks converting at once get the
    /// answers one thread gets.
    @Test func concurrentConversionsAgreeWithSequentialOnes() async throws {
        let words = ["旧金山", "友好城市", "经济贸易办事处", "一带一路", "同乡会", "超级联系人", "利物浦", "里", "线"]
        let hant = try ScriptConverter(to: .traditionalHongKong)
        let hans = try ScriptConverter(to: .simplified)
        let expected = words.map { hans.convert(hant.convert($0)) + "|" + hant.convert($0) }
        let results = await withTaskGroup(of: [String].self) { group in
            for _ in 0..<8 {
                group.addTask { (0..<50).flatMap { _ in words.map { hans.convert(hant.convert($0)) + "|" + hant.convert($0) } } }
            }
            return await group.reduce(into: [[String]]()) { $0.append($1) }
        }
        #expect(results.count == 8)
        for result in results { #expect(result == Array((0..<50).flatMap { _ in expected })) }
    }
}
