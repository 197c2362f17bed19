import Testing
@testable import LiaisonData

@Suite struct CSVTextTests {
    @Test func quotesOnlyWhatMustBeQuoted() {
        #expect(CSVText.field("plain") == "plain")
        #expect(CSVText.field("上海 Shanghai") == "上海 Shanghai")
        #expect(CSVText.field("a,b") == "\"a,b\"")
        #expect(CSVText.field("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(CSVText.field("two\r\nlines") == "\"two\r\nlines\"", "a CR LF pair is one Character, still quoted")
        #expect(CSVText.field(" leading") == "\" leading\"")
        #expect(CSVText.field("trailing ") == "\"trailing \"")
        #expect(CSVText.field("a\"\u{301}b") == "\"a\"\"\u{301}b\"", "a quote with a combining mark is one Character, still doubled")
    }

    @Test func tablesReadBackAsWritten() {
        let rows = [["x, y", "say \"hi\"", "two\nlines"], ["plain", "", "end"], ["a\"\u{301}b", "\r\n", "z"]]
        let text = CSVText.table(header: ["a", "b", "c"], rows: rows.lazy.map { $0 })
        let table = CSVTable(bytes: Array(text.utf8), file: "t.csv")
        #expect(table.problems.isEmpty)
        #expect(table.header == ["a", "b", "c"])
        #expect(table.rows.map(\.fields) == rows)
    }
}
