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

    /// Graphviz's programs refuse quoted strings over 16,384 bytes in a file; a map's background is
    /// about 100 kB, so it is written in pieces that DOT's `+` joins back.
    @Test func longStringsAreWrittenInPieces() {
        let text = (0..<5_000).map { "P 3 \($0) 1 2 3" }.joined(separator: " ")
        let written = DOTText.quoted(long: text)
        let pieces = written.components(separatedBy: "\" + \"")
        #expect(pieces.count > 5)
        #expect(pieces.allSatisfy { $0.utf8.count < 8_100 })
        #expect(String(pieces.joined().dropFirst().dropLast()) == text)
    }
}

extension DOTTextTests {
    /// A table cell's tooltip is an attribute of an HTML-like label: markup escaped, line breaks
    /// kept as character references (the label's parser would read a raw one as a space).
    @Test func htmlAttributesKeepLineBreaks() {
        #expect(DOTText.htmlAttribute("A & <B> \"C\"\r\nline") == "A &amp; &lt;B&gt; &quot;C&quot;&#10;line")
        #expect(DOTText.htmlAttribute("plain") == "plain")
    }
}
