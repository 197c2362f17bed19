import Testing
@testable import LiaisonData

@Suite struct CSVTableTests {
    @Test func readsQuotedFieldsWithCommasQuotesAndLineBreaks() {
        let table = CSVTable(bytes: Array("a,b,c\n\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\nplain,,end\n".utf8), file: "t.csv")
        #expect(table.problems.isEmpty)
        #expect(table.header == ["a", "b", "c"])
        #expect(table.rows.map(\.fields) == [["x, y", "say \"hi\"", "two\nlines"], ["plain", "", "end"]])
        #expect(table.rows.map(\.line) == [2, 4])
        #expect(table.rows[1].columns == [1, 7, 8])
    }

    /// Origins find a field's line and column only when asked, from the bytes: a field after a
    /// quoted line break is on a later line than its row.
    @Test func originsLocateFieldsOnTheirOwnLines() {
        let table = CSVTable(bytes: Array("a,b,c\nx,\"two\nlines\",z\n\"q\"\"q\",,w\n".utf8), file: "t.csv")
        #expect(table.problems.isEmpty)
        let first = table.rows[0].origin, second = table.rows[1].origin
        #expect(first.line == 2 && first.file == "t.csv")
        #expect(first.location(ofField: "b").description == "t.csv:2:3")
        #expect(first.location(ofField: "c").description == "t.csv:3:8")
        #expect(second.location(ofField: "a").description == "t.csv:4:1")
        #expect(second.location(ofField: "c").description == "t.csv:4:9")
        #expect(second.location(ofField: "no such column").description == "t.csv:4:1")
        #expect(table.rows[1][table.column("a")] == "q\"q")
        #expect(table.rows[1].isEmpty(table.column("b")) && !table.rows[1].isEmpty(table.column("c")))
    }

    @Test func acceptsByteOrderMarkAndCRLF() {
        let table = CSVTable(bytes: [0xEF, 0xBB, 0xBF] + Array("id,name\r\nCN,China\r\nJP,\"Japan\"\r\n".utf8), file: "t.csv")
        #expect(table.problems.isEmpty)
        #expect(table.header == ["id", "name"])
        #expect(table.rows.map(\.fields) == [["CN", "China"], ["JP", "Japan"]])
    }

    @Test func columnsCountCharactersNotBytes() {
        let table = CSVTable(bytes: Array("a,b\n香港,x\n".utf8), file: "t.csv")
        #expect(table.rows[0].columns == [1, 4])
    }

    @Test func wrongFieldCountNamesLineAndColumn() {
        let table = CSVTable(bytes: Array("a,b\n1,2,3\n4\n5,6\n".utf8), file: "t.csv")
        #expect(table.rows.map(\.fields) == [["5", "6"]])
        #expect(table.problems.map(\.description) == [
            "t.csv:2:5: wrong number of fields '3 fields'; 2 fields, as the header has (a,b)",
            "t.csv:3:2: wrong number of fields '1 fields'; 2 fields, as the header has (a,b)",
        ])
    }

    @Test func unbalancedQuoteIsReportedWhereItOpens() {
        let table = CSVTable(bytes: Array("a,b\n1,\"open\n2,3\n".utf8), file: "t.csv")
        #expect(table.problems.count == 1)
        #expect(table.problems[0].description.hasPrefix("t.csv:2:3: unbalanced quote"))
    }

    @Test func quoteInsideUnquotedFieldAndTextAfterQuote() {
        let table = CSVTable(bytes: Array("a,b\nx\"y,1\n\"q\"z,2\nok,3\n".utf8), file: "t.csv")
        #expect(table.rows.map(\.fields) == [["ok", "3"]])
        #expect(table.problems.map { $0.location!.description } == ["t.csv:2:2", "t.csv:3:4"])
    }

    @Test func invalidUTF8IsReportedWithItsField() {
        let bytes = Array("a,b\n1,".utf8) + [0xFF, 0xFE] + Array("\n2,ok\n".utf8)
        let table = CSVTable(bytes: bytes, file: "t.csv")
        #expect(table.rows.map(\.fields) == [["2", "ok"]])
        #expect(table.problems.map(\.description).first?.hasPrefix("t.csv:2:3: invalid UTF-8") == true)
    }

    @Test func blankLinesAndMissingFinalNewlineAreFine() {
        let table = CSVTable(bytes: Array("a,b\n\n1,2\n\n3,4".utf8), file: "t.csv")
        #expect(table.problems.isEmpty)
        #expect(table.rows.map(\.fields) == [["1", "2"], ["3", "4"]])
    }

    @Test func emptyFileHasNoRows() {
        let table = CSVTable(bytes: [], file: "t.csv")
        #expect(table.rows.isEmpty && table.problems.isEmpty && table.header.isEmpty)
    }

    @Test func trailingEmptyFieldIsKept() {
        let table = CSVTable(bytes: Array("a,b\n1,\n".utf8), file: "t.csv")
        #expect(table.problems.isEmpty)
        #expect(table.rows.map(\.fields) == [["1", ""]])
    }

    /// Random bytes never crash the reader, and every problem has a location inside the input.
    @Test(arguments: 1...30)
    func randomBytesNeverCrash(seed: Int) {
        var state = UInt64(seed) &* 0x9E37_79B9_7F4A_7C15
        let alphabet: [UInt8] = Array("a,\"\n\r;é".utf8) + [0xFF, 0xC3]
        var bytes: [UInt8] = []
        for _ in 0..<200 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            bytes.append(alphabet[Int(state >> 33) % alphabet.count])
        }
        let table = CSVTable(bytes: bytes, file: "r.csv")
        let lines = bytes.filter { $0 == UInt8(ascii: "\n") }.count + 1
        for problem in table.problems { #expect(problem.location!.line <= lines) }
        for row in table.rows { #expect(row.fields.count == table.header.count) }
    }
}
