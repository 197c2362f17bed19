import Testing
@testable import LiaisonRender

@Suite struct DOTTextTests {
    @Test func quotedEscapesByScalarNotCharacter() {
        #expect(DOTText.quoted("Hong Kong") == "\"Hong Kong\"")
        #expect(DOTText.quoted("上海") == "\"上海\"")
        #expect(DOTText.quoted("say \"hi\" \\ now") == "\"say \\\"hi\\\" \\\\ now\"")
        #expect(DOTText.quoted("a\"\u{301}b") == "\"a\\\"\u{301}b\"", "a quote with a combining mark is still a quote to Graphviz")
        #expect(DOTText.quoted("two\r\nlines\nhere") == "\"two\\nlines\\nhere\"", "CR LF, one Character, is a line break written \\n")
    }
}
