import Foundation
import Testing

/// `--focus` takes a Chinese name in either script; `--labels` takes a script.
@Suite struct ChineseFocusTests {
    typealias CLI = CommandLineTests

    /// The same gaps for Hong Kong named by ID, in Traditional and in Simplified (香港 is both), and
    /// for Shanghai named 上海; a Traditional typo suggests in either script.
    @Test func focusByChineseName() throws {
        let byID = try CLI.run(["gaps", "--focus", "HK", "--top", "3"])
        let byChinese = try CLI.run(["gaps", "--focus", "香港", "--top", "3"])
        #expect(byID.status == 0 && byChinese.status == 0, "\(byChinese.stderr)")
        #expect(byChinese.stdout == byID.stdout)
        let office = try CLI.run(["gaps", "--focus", "香港驻伦敦经济贸易办事处", "--top", "3"])
        #expect(office.status == 0, "\(office.stderr)")
        let typo = try CLI.run(["gaps", "--focus", "香港駐倫敦經濟貿易辦事"])
        #expect(typo.status == 1)
        #expect(typo.stderr.contains("no entity is called '香港駐倫敦經濟貿易辦事'; did you mean HKETO-LON"), "\(typo.stderr)")
    }

    @Test func labelsNameAScriptOrSayWhatIsValid() throws {
        let hant = try CLI.run(["render", "--labels", "zh-Hant", "--format", "dot", "-o", "-", "--labelled", "all"])
        #expect(hant.status == 0, "\(hant.stderr)")
        #expect(hant.stdout.contains("\"香港駐倫敦經濟貿易辦事處\"") && hant.stdout.contains("\"德國\"") && !hant.stdout.contains("\"德国\""))
        #expect(hant.stderr.contains("labelled in English: AE-DUBAI-CHAMBERS, HKETO-RUH"), "\(hant.stderr)")
        let bad = try CLI.run(["render", "--labels", "zh-TW"])
        #expect(bad.status == 1)
        #expect(bad.stderr.contains("unknown label language 'zh-TW'; valid: en, zh, zh-Hans, zh-Hant, both, both-Hans, both-Hant"))
    }
}
