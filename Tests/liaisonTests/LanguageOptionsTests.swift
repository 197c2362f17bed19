import Foundation
import Testing
import LiaisonTestSupport
@testable import LiaisonText

/// `--lang` on every command a planner reads: each command's output in each language, English
/// unchanged, JSON keys the same in every language, each Chinese output in its own script, and the
/// default from `LIAISON_LANG` and `language:` in `dataset.yaml`.
@Suite struct LanguageOptionsTests {
    typealias CLI = CommandLineTests

    /// A planner's command and the words that show its output is in each language.
    struct Case: Sendable, CustomStringConvertible {
        var arguments: [String]
        var english: String
        var traditional: String
        var simplified: String
        var description: String { arguments[0] }
    }

    static let scenario = "datasets/hong-kong/scenarios/eto-expansion-2016.yaml"

    static let cases: [Case] = [
        Case(arguments: ["summary"], english: "Ties by layer and status", traditional: "按層及狀態劃分的關係", simplified: "按层及状态划分的关系"),
        Case(arguments: ["targets"], english: "Weights in use", traditional: "所用權重", simplified: "所用权重"),
        Case(arguments: ["plan"], english: "How the plan was made", traditional: "計劃的制訂方法", simplified: "计划的制订方法"),
        Case(arguments: ["gaps"], english: "Peer benchmark", traditional: "同儕比較", simplified: "同侪比较"),
        Case(arguments: ["connector"], english: "Partnership brokerage of Hong Kong", traditional: "香港的夥伴中介", simplified: "香港的伙伴中介"),
        Case(arguments: ["centrality", "--measure", "degree", "--top", "5"], english: "entities and", traditional: "個實體", simplified: "个实体"),
        Case(arguments: ["timeline"], english: "ties in force at the end of each year", traditional: "每年年底生效的關係", simplified: "每年年底生效的关系"),
        Case(arguments: ["scenario", scenario], english: "compared with the base", traditional: "與基準比較", simplified: "与基准比较"),
        Case(arguments: ["report", "-o", "-", "--quiet"], english: "partnership network report", traditional: "香港：夥伴網絡報告", simplified: "香港：伙伴网络报告"),
        // The map's legend; its tooltips keep the data's English facts and sources' addresses as written.
        Case(arguments: ["render", "--format", "dot", "-o", "-", "--quiet"], english: "ETO coverage (office → place)", traditional: "經濟貿易辦事處（辦事處 → 地區）",
             simplified: "经济贸易办事处（办事处 → 地区）"),
    ]

    /// Each command, in each language: the language's own words, never another's.
    @Test(arguments: cases) func everyPlannerCommandSpeaksEachLanguage(_ c: Case) throws {
        let english = try CLI.run(c.arguments, unset: [Language.environmentVariable])
        let hant = try CLI.run(c.arguments + ["--lang", "zh-Hant"], unset: [Language.environmentVariable])
        let hans = try CLI.run(c.arguments + ["--lang", "zh-Hans"], unset: [Language.environmentVariable])
        for run in [english, hant, hans] { #expect(run.status == 0, "\(c.arguments): \(run.stderr)") }
        #expect(english.stdout.contains(c.english))
        #expect(hant.stdout.contains(c.traditional) && !hant.stdout.contains(c.simplified) && !hant.stdout.contains(c.english))
        #expect(hans.stdout.contains(c.simplified) && !hans.stdout.contains(c.traditional) && !hans.stdout.contains(c.english))
    }

    /// `--lang en` is the default: the same bytes as no flag.
    @Test(arguments: ["summary", "plan", "gaps"]) func englishIsTheDefaultAndUnchanged(_ command: String) throws {
        let plain = try CLI.run([command], unset: [Language.environmentVariable])
        let english = try CLI.run([command, "--lang", "en"], unset: [Language.environmentVariable])
        #expect(plain.status == 0 && plain.stdout == english.stdout)
    }

    /// Converting a Chinese output into its own script with OpenCC changes nothing: no word in the
    /// other script, names and sources' titles included (addresses are left as written).
    @Test(arguments: ["summary", "plan", "gaps", "targets"]) func chineseOutputIsInOneScript(_ command: String) throws {
        for language in [Language.traditionalChinese, .simplifiedChinese] {
            let run = try CLI.run([command, "--lang", language.rawValue], unset: [Language.environmentVariable])
            // Traditional text through t2hk (Hong Kong's variants of Traditional characters), Simplified
            // through t2s: s2hk is for Simplified input, and would "convert" 烏干達 to 烏乾達.
            let configuration = language == .traditionalChinese ? "t2hk.json" : "t2s.json"
            let lines = run.stdout.split(separator: "\n").map(String.init)
            // Addresses (words with a /) are the data's own, never converted.
            let words = lines.map { $0.split(separator: " ").filter { !$0.contains("/") }.joined(separator: " ") }
            let changed = try words.filter { try OpenCC.convert($0, with: configuration) != $0 }
            #expect(changed.isEmpty, "\(command) in \(language.rawValue): \(changed.prefix(3))")
        }
    }

    /// The JSON document has the same keys in every language; only titles, headings and words change.
    @Test(arguments: ["summary", "plan", "gaps", "targets", "connector"]) func jsonKeysAreTheSameInEveryLanguage(_ command: String) throws {
        func keys(_ value: Any, _ path: String = "") -> Set<String> {
            if let object = value as? [String: Any] {
                return object.reduce(into: Set<String>()) { all, member in all.insert(path + "/" + member.key); all.formUnion(keys(member.value, path + "/" + member.key)) }
            }
            if let array = value as? [Any] { return array.reduce(into: Set<String>()) { $0.formUnion(keys($1, path + "[]")) } }
            return []
        }
        let english = try CLI.json([command, "--lang", "en"]).tables
        let hant = try CLI.json([command, "--lang", "zh-Hant"]).tables
        let hans = try CLI.json([command, "--lang", "zh-Hans"]).tables
        #expect(keys(english) == keys(hant) && keys(english) == keys(hans))
        #expect((english.values.first as? [String: Any])?["title"] as? String != (hant.values.first as? [String: Any])?["title"] as? String)
    }

    /// The summary in Chinese holds no English word but the dataset's own name and its own layer's ID.
    @Test func summaryInChineseHasNoEnglishWords() throws {
        for language in ["zh-Hant", "zh-Hans"] {
            let run = try CLI.run(["summary", "--lang", language], unset: [Language.environmentVariable])
            let words = LatinWords.in(run.stdout)
            // "Hong Kong": the dataset's name (dataset.yaml's name:); "HK": the focus's ID; "business": the ID
            // of the dataset's own layer (it has an English name only).
            #expect(Set(words) == ["Hong", "Kong", "HK", "business"], "\(language): \(words)")
            #expect(words.count == 5)
        }
    }

    /// The tables that used to keep the analysis's English sentences hold none in Chinese: the
    /// connector's settings and, for a mainland focus with no office powers, the layers left out of
    /// its gaps (options and code in backticks aside).
    @Test(arguments: [(["connector"], "settings", 5), (["gaps", "--dataset", "liaocheng"], "layers_left_out", 1)])
    func sentencesOfTheAnalysisAreWordedInChinese(_ arguments: [String], table: String, rows: Int) throws {
        for language in ["zh-Hant", "zh-Hans"] {
            let tables = try CLI.json(arguments + ["--lang", language]).tables
            let found = try #require(tables[table] as? [String: Any], "\(arguments) has no \(table) table")
            let cells = try #require(found["rows"] as? [[String: Any]]).flatMap { $0.values.compactMap { $0 as? String } }
            #expect(cells.count == rows * 2, "\(arguments) \(language): \(cells)")
            for cell in cells { #expect(LatinWords.in(cell).isEmpty, "\(arguments) \(language): \(cell)") }
        }
        let english = try CLI.json(arguments + ["--lang", "en"]).tables[table] as? [String: Any]
        let sentences = (english?["rows"] as? [[String: Any]] ?? []).flatMap { $0.values.compactMap { $0 as? String } }
        #expect(sentences.contains { $0.hasPrefix("no entity's agents") || $0.hasPrefix("every entity's offices") || $0.hasSuffix("external-relations powers of its own to open one") },
                "English keeps the analysis's sentences: \(sentences)")
    }

    /// The flag wins over the environment, the environment over the dataset, the dataset over English.
    @Test func theDefaultComesFromTheEnvironmentThenTheDataset() throws {
        let folder = try TemporaryFolder(files: ["dataset.yaml": """
            name: Sample in Chinese
            as_of: 2026-06-30
            focus: HK
            includes: [\(embeddedDataset("sample"))]
            language: zh-Hant
            """])
        defer { folder.cleanUp() }
        let variable = Language.environmentVariable
        let fromDataset = try CLI.run(["summary", "--dataset", folder.path], unset: [variable])
        #expect(fromDataset.status == 0, "\(fromDataset.stderr)")
        #expect(fromDataset.stdout.contains("按層及狀態劃分的關係"))
        let fromEnvironment = try CLI.run(["summary", "--dataset", folder.path], set: [variable: "zh-Hans"])
        #expect(fromEnvironment.stdout.contains("按层及状态划分的关系"))
        let fromFlag = try CLI.run(["summary", "--dataset", folder.path, "--lang", "en"], set: [variable: "zh-Hans"])
        #expect(fromFlag.stdout.contains("Ties by layer and status"))
        let plain = try CLI.run(["summary", "--dataset", embeddedDataset("sample")], unset: [variable])
        #expect(plain.stdout.contains("Ties by layer and status"))
        let empty = try CLI.run(["summary", "--dataset", folder.path], set: [variable: ""])
        #expect(empty.stdout.contains("按層及狀態劃分的關係"), "an empty variable counts as unset")
    }

    /// A language that is not one: an error in English, naming the known ones; likewise in dataset.yaml.
    @Test func anUnknownLanguageIsAnError() throws {
        let run = try CLI.run(["summary", "--lang", "fr"], unset: [Language.environmentVariable])
        #expect(run.status == 1)
        #expect(run.stderr.contains("unknown language 'fr'; known: en, zh-Hant, zh-Hans"))
        let environment = try CLI.run(["summary"], set: [Language.environmentVariable: "zh-TW"])
        #expect(environment.status == 1 && environment.stderr.contains("unknown language 'zh-TW'"))
        let folder = try TemporaryFolder(files: ["dataset.yaml": "name: X\nas_of: 2026-06-30\nlanguage: klingon\n"])
        defer { folder.cleanUp() }
        let dataset = try CLI.run(["summary", "--dataset", folder.path], unset: [Language.environmentVariable])
        #expect(dataset.status == 2 && dataset.stderr.contains("unknown language") && dataset.stderr.contains("zh-Hant"))
    }
}
