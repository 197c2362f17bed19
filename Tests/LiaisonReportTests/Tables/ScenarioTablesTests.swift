import LiaisonScenario
import LiaisonTestSupport
import Testing
@testable import LiaisonReport

/// The 2016 ETO proposals as typed tables: the answers a script reads without parsing text.
@Suite struct ScenarioTablesTests {
    static let outcome = Result { try ScenarioRunner.run(file: embeddedDataset("hong-kong") + "/scenarios/eto-expansion-2016.yaml") }

    /// Kazakhstan's office brings Central Asia into coverage: 0 of 5 countries before, 1 of 5 in every variant.
    @Test func centralAsiaIsCoveredInEveryVariant() throws {
        let tables = ScenarioTables.tables([try Self.outcome.get()], top: 10)
        let changes = try #require(tables.first { $0.key == "coverage_changes" })
        let row = try #require(changes.values.first { $0[0].text == "Central Asia: eto" })
        func covered(_ cell: TableValue) -> [Int] {
            guard case let .record(fields, _) = cell else { return [] }
            return fields.compactMap { if case let .integer(n) = $0.value { n } else { nil } }
        }
        #expect(covered(row[1]) == [0, 5])
        #expect(row.dropFirst(2).map(covered) == [[1, 5], [1, 5], [1, 5]])
        // One table of changes per variant, told apart by their group.
        let perVariant = tables.filter { $0.key == "changes" }
        #expect(perVariant.count == 3 && Set(perVariant.map { $0.group.map(\.value) }).count == 3)
    }

    @Test func theShippedScriptMeetsItsExpectations() throws {
        let outcome = try Self.outcome.get()
        #expect(!outcome.checks.isEmpty)
        #expect(ScenarioFailures.messages([outcome], strict: false).isEmpty)
        let strict = ScenarioFailures.messages([outcome], strict: true)
        #expect(strict.count == Set(outcome.variants.flatMap(\.ruleFindings)).count, "each finding once, however many variants repeat it")
    }
}
