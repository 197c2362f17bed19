import Foundation
import Testing
@testable import LiaisonScenario
import LiaisonAnalysis
import LiaisonData
import LiaisonGraph

/// A base dataset written to a temporary folder, with scripts beside it in `scenarios/`.
struct ScenarioFixture {
    let root: String

    static let files: [String: String] = [
        "base/dataset.yaml": "name: Base\nas_of: 2024-12-31\nfocus: F\n",
        "base/countries.csv": """
            id,name,region,subregion,prc_relations_since,bri_since,source
            CN,China,Asia,Eastern Asia,,,s
            KZ,Kazakhstan,Asia,Central Asia,1992,2014,s
            TH,Thailand,Asia,South-eastern Asia,1975,yes,s
            FR,France,Europe,Western Europe,1964,,s

            """,
        "base/cities.csv": """
            id,name,country,population,source
            F,Focus,CN,7000000,s
            KZ-AST,Astana,KZ,1500000,s
            TH-BKK,Bangkok,TH,5000000,s
            FR-PAR,Paris,FR,2100000,s

            """,
        "base/organisations.csv": "id,kind,name,city,represents,since,source\nOFF-BKK,eto,Office Bangkok,TH-BKK,F,2019,s\n",
        "base/ties.csv": """
            from,to,layer,status,since,until,weight,areas,source
            OFF-BKK,TH,eto,active,2019,,,,s
            F,FR-PAR,cooperation,dormant,2005,,,culture,s
            F,TH-BKK,cooperation,active,2010,,,,s

            """,
    ]

    init(scripts: [String: String] = [:]) throws {
        root = NSTemporaryDirectory() + "liaison-scenario-" + UUID().uuidString
        for (name, text) in Self.files.merging(scripts.mapKeys { "base/scenarios/" + $0 }, uniquingKeysWith: { _, b in b }) {
            let url = URL(fileURLWithPath: root + "/" + name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
    }

    func script(_ name: String) -> String { root + "/base/scenarios/" + name }
    func cleanUp() { try? FileManager.default.removeItem(atPath: root) }
}

extension Dictionary {
    func mapKeys<K: Hashable>(_ f: (Key) -> K) -> [K: Value] { Dictionary<K, Value>(uniqueKeysWithValues: map { (f($0.key), $0.value) }) }
}

@Suite struct ScenarioTests {
    static let plan = """
        name: Plan
        steps:
          - id: astana
            open_office: {id: OFF-AST, kind: eto, name: Office Astana, city: KZ-AST, represents: F, covers: [KZ], since: 2024}
          - id: wake
            activate_dormant: {entity: F}
          - id: edits
            edits:
              - change_tie: {from: TH-BKK, to: F, layer: cooperation, status: dormant, areas: [business]}
              - remove_tie: {from: F, to: FR-PAR, layer: cooperation}
              - add_tie: {from: F, to: KZ-AST, layer: sister, status: intent, since: 2024, source: letter of intent}
              - set_attribute: {entity: KZ-AST, name: population, value: 1600000}
        variants:
          - name: office
            steps: [astana]
          - name: all
            steps: [astana, wake, edits]
        expect:
          - variant: office
            coverage: {layer: eto, bri: true}
            at_least: 2
          - variant: all
            ties: {layer: cooperation, status: dormant}
            at_most: 1

        """

    @Test func variantsApplyAndExpectationsHold() throws {
        let fixture = try ScenarioFixture(scripts: ["plan.yaml": Self.plan])
        defer { fixture.cleanUp() }
        let outcome = try ScenarioRunner.run(file: fixture.script("plan.yaml"))
        #expect(outcome.variants.map(\.name) == ["office", "all"])
        #expect(outcome.passed, "\(outcome.checks)")
        let office = outcome.variants[0]
        #expect(office.difference.addedEntities == ["OFF-AST"])
        #expect(office.difference.addedTies.map(\.to) == ["KZ"])
        #expect(office.gapsClosed.map(\.subject) == ["KZ"], "Kazakhstan's Belt and Road gap closes")
        #expect(outcome.base.entity(withID: "OFF-AST") == nil, "the base is untouched")
        let all = outcome.variants[1].network
        #expect(all.ties(of: "F", layer: "cooperation").map(\.status) == [.dormant], "Paris removed, Bangkok made dormant")
        #expect(all.entity(withID: "KZ-AST")?.attributes.population == 1_600_000)
        // The new office's coverage is the focus's own: its degree rises by the country it covers.
        let degree = office.focusMeasures.first { $0.measure == "degree" }!
        #expect(degree.after == degree.before + 1)
        #expect(office.pageRankMovers.first?.entityID != nil)
        #expect(office.betweennessMovers.allSatisfy { $0.change != 0 })
    }

    /// Applying a scenario gives the same network as building the edited dataset from scratch.
    @Test func applicationEqualsAFullRebuild() throws {
        let fixture = try ScenarioFixture(scripts: ["plan.yaml": Self.plan])
        defer { fixture.cleanUp() }
        let outcome = try ScenarioRunner.run(file: fixture.script("plan.yaml"))
        var files = ScenarioFixture.files
        files["base/cities.csv"] = files["base/cities.csv"]!.replacingOccurrences(of: "KZ-AST,Astana,KZ,1500000,s", with: "KZ-AST,Astana,KZ,1600000,s")
        files["base/organisations.csv"]! += "OFF-AST,eto,Office Astana,KZ-AST,F,2024,scenario plan.yaml\n"
        files["base/ties.csv"] = """
            from,to,layer,status,since,until,weight,areas,source
            OFF-BKK,TH,eto,active,2019,,,,s
            F,TH-BKK,cooperation,dormant,2010,,,business,s
            OFF-AST,KZ,eto,active,2024,,,,scenario plan.yaml
            F,KZ-AST,sister,intent,2024,,,,letter of intent

            """
        let edited = try ScenarioFixture(scripts: [:])
        defer { edited.cleanUp() }
        for (name, text) in files { try text.write(toFile: edited.root + "/" + name, atomically: true, encoding: .utf8) }
        let rebuilt = try DatasetLoader.load(edited.root + "/base")
        let applied = outcome.variants[1].network
        #expect(applied.entities == rebuilt.entities)
        #expect(Set(applied.ties) == Set(rebuilt.ties))
        #expect(applied.tieCount == rebuilt.tieCount)
    }

    @Test func problemsPointAtTheScriptAndNothingIsApplied() throws {
        let broken = """
            name: Broken
            steps:
              - id: one
                add_tie: {from: F, to: KZ-ASTANA, layer: sister}
              - id: two
                remove_entity: TH-BKK
              - id: three
                remove_tie: {from: F, to: FR-PAR, layer: sister}
              - id: four
                open_ofice: {id: X}
            variants:
              - name: v
                steps: [one, two, three, fiv]

            """
        let fixture = try ScenarioFixture(scripts: ["broken.yaml": broken])
        defer { fixture.cleanUp() }
        #expect(throws: ScenarioError.self) { try ScenarioParser.parse(file: fixture.script("broken.yaml")) }
        do {
            _ = try ScenarioParser.parse(file: fixture.script("broken.yaml"))
        } catch {
            let text = error.problems.map { $0.description.replacingOccurrences(of: fixture.root + "/base/scenarios/", with: "") }
            #expect(text.contains { $0.hasPrefix("broken.yaml:10:5: unknown edit 'open_ofice'") && $0.hasSuffix("did you mean open_office?") }, "\(text)")
            #expect(text.contains { $0.hasPrefix("broken.yaml:13:30: unknown step 'fiv'") && $0.hasSuffix("did you mean five?") == false }, "\(text)")
        }
        // Without the parse errors, the application errors point at their edits.
        let second = broken.replacingOccurrences(of: "open_ofice: {id: X}", with: "activate_dormant: F").replacingOccurrences(of: ", fiv]", with: "]")
        let again = try ScenarioFixture(scripts: ["broken.yaml": second])
        defer { again.cleanUp() }
        do {
            _ = try ScenarioRunner.run(file: again.script("broken.yaml"))
            Issue.record("a broken scenario applied")
        } catch let error as ScenarioError {
            let text = error.problems.map { $0.description.replacingOccurrences(of: again.root + "/base/scenarios/", with: "") }
            #expect(text.contains { $0.hasPrefix("broken.yaml:4:5: unknown entity 'KZ-ASTANA'") && $0.contains("did you mean KZ-AST") }, "\(text)")
            #expect(text.contains { $0.hasPrefix("broken.yaml:6:5: cannot remove an entity others lie in or act for: OFF-BKK") }, "\(text)")
            #expect(text.contains { $0.hasPrefix("broken.yaml:8:5: no sister tie between these entities") && $0.contains("cooperation") }, "\(text)")
        }
    }

    @Test func closingAnOfficeEndsItsCoverage() throws {
        let script = "steps:\n  - id: close\n    close_office: {id: OFF-BKK, year: 2024}\n"
        let fixture = try ScenarioFixture(scripts: ["close.yaml": script])
        defer { fixture.cleanUp() }
        let outcome = try ScenarioRunner.run(file: fixture.script("close.yaml"))
        let network = outcome.variants[0].network
        #expect(network.ties(of: "OFF-BKK").map(\.status) == [.ended])
        #expect(network.entity(withID: "OFF-BKK")?.attributes.until == 2024)
        #expect(network.coverage(of: "F").countries(on: "eto").isEmpty)
        #expect(outcome.variants[0].difference.changedTies.count == 1)
    }

    @Test(arguments: ["eto-expansion-2016.yaml", "activate-dormant.yaml", "targets-plan.yaml"])
    func shippedScenariosRunAndPass(name: String) throws {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        let outcome = try ScenarioRunner.run(file: url.path + "/datasets/hong-kong/scenarios/" + name)
        #expect(!outcome.variants.isEmpty)
        #expect(outcome.passed, "\(outcome.checks.filter { !$0.passed })")
        for variant in outcome.variants { #expect(!(variant.difference.addedTies.isEmpty && variant.difference.changedTies.isEmpty)) }
    }
}
