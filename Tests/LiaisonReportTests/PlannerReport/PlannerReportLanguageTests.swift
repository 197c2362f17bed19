import Foundation
import LiaisonAnalysis
import LiaisonData
import LiaisonGraph
import Testing
@testable import LiaisonReport
import LiaisonTestSupport
@testable import LiaisonText

/// The planner's report in Chinese, as a Hong Kong planner hands it to their director
/// (`report --lang zh-Hant`) and a Liaocheng planner (`--lang zh-Hans`): every fixed word in the one
/// script, no English left but what the data themselves write.
@Suite struct PlannerReportLanguageTests {
    static func report(_ dataset: String, _ language: Language) throws -> (PlannerReport, PartnershipNetwork) {
        let path = embeddedDataset(dataset)
        let network = try DatasetLoader.load(path)
        var rules = try RuleBook(metadata: network.metadata, overrides: [])
        try rules.consultFriendshipNetwork(of: network.metadata)
        let report = try PlannerReport.make(network, datasetPath: path, options: PlannerReportOptions(rules: rules, mapStem: nil, language: language))
        return (report, network)
    }

    /// The page's own words: title, headings, prose, captions, table titles and column headings.
    static func ownWords(_ document: ReportDocument) -> [String] {
        let sections = document.sections.flatMap { section in
            [section.heading] + section.paragraphs + section.figures.map(\.caption) + section.tables.flatMap { [$0.title] + $0.columns }
        }
        return [document.title] + sections
    }

    @Test(arguments: [("hong-kong", Language.traditionalChinese), ("liaocheng", .simplifiedChinese), ("hong-kong", .simplifiedChinese)])
    func theReportsOwnWordsAreChineseInOneScript(dataset: String, language: Language) throws {
        let (report, network) = try Self.report(dataset, language)
        let document = report.document
        #expect(document.language == language)
        #expect(HTMLReportWriter.html(document).contains("<html lang=\"\(language.rawValue)\">"))
        // English words allowed: the names of entities with no Chinese name anywhere (counted), the
        // dataset's own name and layers' IDs, and the scenario scripts' own names and variants.
        let englishNames = Set(network.entities.filter { $0.chineseNameAsWritten == nil }.flatMap { LatinWords.in($0.name) })
        let dataWords = Set(LatinWords.in(network.metadata.name) + network.layers.map(\.id))
        var left: [String] = []
        for text in Self.ownWords(document) {
            left += LatinWords.in(text).filter { !englishNames.contains($0) && !dataWords.contains($0) }
        }
        // The scenarios' names and variants are the scripts' own words (in the scenario tables' columns
        // and the scenario map's caption).
        let folder = embeddedDataset(dataset) + "/scenarios"
        let scripts = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(".yaml") }
        let scenarioWords = Set(try scripts.flatMap { file in
            try String(contentsOfFile: folder + "/" + file, encoding: .utf8).split(separator: "\n")
                .filter { $0.trimmingCharacters(in: .whitespaces).hasPrefix("name:") || $0.trimmingCharacters(in: .whitespaces).hasPrefix("- name:") }
                .flatMap { LatinWords.in(String($0)) }
        } + scripts.flatMap { LatinWords.in($0) })
        left = left.filter { !scenarioWords.contains($0) }
        #expect(left.isEmpty, "\(dataset) in \(language.rawValue): \(left)")
        // Every word is in the one script (t2hk for Traditional, t2s for Simplified change nothing).
        let configuration = language == .traditionalChinese ? "t2hk.json" : "t2s.json"
        for text in Self.ownWords(document) {
            let words = text.split(separator: " ").filter { !$0.contains("/") }.joined(separator: " ")
            #expect(try OpenCC.convert(words, with: configuration) == words, "\(text)")
        }
    }

    /// The tables' cells: gap reasons, criteria, hosts, picks, policies and rule findings are worded
    /// too; what stays Latin is IDs, rule and policy IDs and the data's own texts (sources,
    /// tags' citations), counted here so that a regression shows.
    @Test func cellsOfTheHongKongReportInTraditionalChinese() throws {
        let (report, _) = try Self.report("hong-kong", .traditionalChinese)
        let tables = report.document.sections.flatMap(\.tables)
        let english = Catalogue(.english)
        // No cell holds a sentence of the English catalogue's.
        let phrases = ["no office of", "overseas Chinese community", "common neighbour", "target score", "the capital", "is already the formal friendship",
                       "has been dormant", "equal gains fall to", "a new office covers"]
        for table in tables {
            for row in table.rows {
                for cell in row { #expect(!phrases.contains { cell.contains($0) }, "\(table.key): \(cell)") }
            }
        }
        #expect(english.text(.noData) == "no data")
        // The gap reasons are Chinese sentences.
        let gaps = try #require(tables.first { $0.key == "bri_without_office" })
        let why = try #require(gaps.fields.firstIndex { $0.key == "why" })
        #expect(gaps.rows.allSatisfy { $0[why].contains("一帶一路合作文件") })
    }
}
