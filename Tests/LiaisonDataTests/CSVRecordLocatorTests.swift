import Testing
import LiaisonGraph
@testable import LiaisonData

@Suite struct CSVRecordLocatorTests {
    /// Every field of every record is located where the table's own field ranges put it.
    private func expectSameLocations(_ text: String) {
        let table = CSVTable(bytes: Array(text.utf8), file: "t.csv")
        let locator = CSVRecordLocator(table.storage)
        for (r, row) in table.rows.enumerated() {
            #expect(locator.line(ofRecord: r) == row.line)
            for name in table.header {
                #expect(locator.location(ofField: name, inRecord: r) == row.origin.location(ofField: name), "row \(r), column \(name) of \(text.debugDescription)")
            }
            #expect(locator.location(ofField: "no such column", inRecord: r) == nil)
        }
    }

    @Test func quotedFieldsLineBreaksAndEmptyFields() {
        expectSameLocations("a,b,c\nx,\"two\nlines\",z\n\"q\"\"q\",,w\n\"a,b\",\"\",\n")
        expectSameLocations("\u{FEFF}id,name\r\n\"上海\",\"Shanghai, \"\"the city\"\"\"\r\nX,Y")
        expectSameLocations("a,b\n,\n\n1,2\n")
        expectSameLocations("a,b,c\n\"he said \"\"a, b\"\"\",\"q\"\"\nr\",end\n")
    }

    @Test(arguments: 1...20 as ClosedRange<UInt64>)
    func randomTables(seed: UInt64) {
        var random = SplitMix64(seed: seed)
        let pieces = ["", "x", "上海", "a,b", "say \"hi\"", "two\nlines", " pad ", "é", "\r\n", "he said \"a, b\"", "q\"\nr"]
        let width = Int(random.next() % 4) + 1
        var text = (0..<width).map { "c\($0)" }.joined(separator: ",") + "\n"
        for _ in 0..<Int(random.next() % 12) {
            text += (0..<width).map { _ in CSVText.field(pieces[Int(random.next() % UInt64(pieces.count))]) }.joined(separator: ",")
            text += random.next() % 3 == 0 ? "\r\n" : "\n"
        }
        expectSameLocations(text)
    }
}
