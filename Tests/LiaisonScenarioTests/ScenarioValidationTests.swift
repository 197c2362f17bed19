import Foundation
import Testing
@testable import LiaisonScenario

/// Scenario edits that used to be accepted silently (issue 15, point 5).
@Suite struct ScenarioValidationTests {
    static func problems(_ step: String) throws -> [String] {
        let fixture = try ScenarioFixture(scripts: ["s.yaml": "steps:\n  - id: s\n    \(step)\n"])
        defer { fixture.cleanUp() }
        do { _ = try ScenarioRunner.run(file: fixture.script("s.yaml")); return [] } catch let error as ScenarioError { return error.problems.map(\.description) }
    }

    /// `set_attribute` on id, country or kind became a free attribute.
    @Test(arguments: ["id", "country", "kind", "province", "represents"])
    func structuralAttributesCannotBeSet(_ name: String) throws {
        let found = try Self.problems("set_attribute: {entity: KZ-AST, name: \(name), value: FR}")
        #expect(found.count == 1 && found[0].contains("set_attribute cannot change '\(name)'") && found[0].contains("s.yaml:3:"), "\(found)")
    }

    @Test func aFreeAttributeIsStillSet() throws {
        #expect(try Self.problems("set_attribute: {entity: KZ-AST, name: port_rank, value: \"3\"}").isEmpty)
    }

    /// `close_office` in a year before the office opened rewrote its ties' start year.
    @Test func anOfficeCannotCloseBeforeItOpened() throws {
        let found = try Self.problems("close_office: {id: OFF-BKK, year: 2015}")
        #expect(found.count == 1 && found[0].contains("OFF-BKK would close in 2015, before it opened in 2019"), "\(found)")
        #expect(try Self.problems("close_office: {id: OFF-BKK, year: 2019}").isEmpty)
    }

    /// An edit written inside a variant, and a misspelt key of a variant, were skipped without a word:
    /// the variant then applied nothing and compared equal to the base.
    @Test func aVariantListsStepIDsAndKnownKeysOnly() throws {
        let script = "steps:\n  - id: s\n    close_office: {id: OFF-BKK, year: 2021}\nvariants:\n  - name: v\n    steps:\n      - close_office: {id: OFF-BKK, year: 2021}\n    stepz: [s]\n"
        let fixture = try ScenarioFixture(scripts: ["v.yaml": script])
        defer { fixture.cleanUp() }
        var found: [String] = []
        do { _ = try ScenarioRunner.run(file: fixture.script("v.yaml")) } catch let error as ScenarioError { found = error.problems.map(\.description) }
        #expect(found.count == 2, "\(found)")
        #expect(found.contains { $0.contains("v.yaml:7:9: a variant lists step ids, not edits") }, "\(found)")
        #expect(found.contains { $0.contains("v.yaml:8:5: unknown key of a variant 'stepz'") }, "\(found)")
    }
}
