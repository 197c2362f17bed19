import Testing
@testable import LiaisonData

/// YAML problems at their line and column (issue 15, point 8): a key given twice and a raw control
/// character were reported at 1:1.
@Suite struct YAMLDocumentTests {
    static func problem(_ text: String) -> String? {
        do {
            _ = try YAMLDocument(bytes: Array(text.utf8), file: "dataset.yaml")
            return nil
        } catch {
            return error.problems.first?.description
        }
    }

    @Test func aKeyGivenTwiceIsReportedAtItsSecondOccurrence() {
        #expect(Self.problem("name: x\nas_of: 2026-01-01\nname: y\n")
                == "dataset.yaml:3:1: key given twice in one mapping 'name'; each key once (merge the two values)")
    }

    @Test func aNestedKeyGivenTwiceIsFoundInItsOwnMapping() {
        let text = "name: x\nweights:\n  bri: 1\n  diaspora: 2\nsteps:\n  - add_tie: a\n    note: n\n  - add_tie: b\n    note: m\n    note: o\n"
        #expect(Self.problem(text)?.hasPrefix("dataset.yaml:10:5: key given twice in one mapping 'note'") == true, "\(Self.problem(text) ?? "none")")
        // The same key in two list items, or at two levels, is no duplicate.
        #expect(Self.problem("steps:\n  - note: a\n  - note: b\nnote: c\n") == nil)
    }

    @Test func aControlCharacterIsReportedWhereItIs() {
        #expect(Self.problem("name: x\u{01}z\nas_of: 2026-01-01\n")
                == "dataset.yaml:1:8: control character in YAML 'U+0001'; printable text (a tab, or an escape such as \\u0001 inside double quotes)")
        #expect(Self.problem("name: x\n\tas_of: 1\n")?.contains("control character") != true, "a tab is YAML's to judge, not a control character")
    }
}
