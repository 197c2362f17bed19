import Testing
@testable import LiaisonGraph

@Suite struct StringHTMLEscapingTests {
    @Test func escapesByScalarAndLeavesPlainTextAlone() {
        #expect("plain 文字".htmlEscaped() == "plain 文字")
        #expect("a & b <c> \"d\"".htmlEscaped() == "a &amp; b &lt;c&gt; &quot;d&quot;")
        #expect("\"\u{301}x".htmlEscaped() == "&quot;\u{301}x", "a quote with a combining mark still ends an attribute")
    }
}
