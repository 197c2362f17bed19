import Testing
import LiaisonGraph
@testable import LiaisonData

@Suite struct FieldReaderTests {
    /// A reader on the first data row of a one-column table holding `value`.
    private func reader(_ value: String) -> (FieldReader, CSVColumn) {
        let table = CSVTable(bytes: Array("v,w\n\"\(value)\",x\n".utf8), file: "t.csv")
        return (FieldReader(table.rows[0]), table.column("v"))
    }

    @Test func listsAreSplitTrimmedAndEmptyItemsDropped() {
        let cases: [(String, [String])] = [
            ("", []), (";", []), ("a", ["a"]), ("a;b", ["a", "b"]), (" a ; b ;; c ", ["a", "b", "c"]),
            ("\u{3000}文化\u{3000}; 商务", ["文化", "商务"]), ("a;\u{3000};b", ["a", "b"]), ("é;ü", ["é", "ü"]),
            ("port;\u{0B}tech\u{0C};\u{0C}", ["port", "tech"]), ("a\u{7F};b", ["a\u{7F}", "b"]),
        ]
        for (value, expected) in cases {
            let (r, column) = reader(value)
            #expect(r.list(column) == expected, "list of '\(value)'")
        }
    }

    @Test func integersFromDigitsAndFromTheSlowPathAgree() {
        let cases: [(String, Int?)] = [("0", 0), ("007", 7), ("1234", 1234), ("1,234", 1234), ("1_000", 1000), ("-5", -5),
                                       ("999999999999999999", 999_999_999_999_999_999), ("12a", nil), ("", nil)]
        for (value, expected) in cases {
            var (r, column) = reader(value)
            #expect(r.integer(column) == expected, "integer '\(value)'")
            #expect(r.problems.count == (expected == nil && !value.isEmpty ? 1 : 0))
        }
        var (r, column) = reader("2150")
        #expect(r.year(column) == nil, "out of range, though plain digits")
        #expect(r.problems.map(\.message) == ["not a whole number in 1000...2100"])
    }

    /// The fast path must give exactly what the standard library's correctly rounding parser gives.
    @Test func plainDecimalsEqualTheStandardParser() {
        var random = SplitMix64(seed: 42)
        var texts = ["0", "-0", "0.0", "1", "-1.5", "0.1", "0.3", "37.3185", "-122.4194", "179.99999999999", "123456789012345",
                     "0.000000000000000000001", "9007199254740993", "1.7976931348623157", "00012.50"]
        for _ in 0..<20_000 {
            let integerDigits = Int(random.next() % 6), fractionDigits = Int(random.next() % 12)
            var text = random.next() % 2 == 0 ? "-" : ""
            text += String((0..<max(1, integerDigits)).map { _ in Character(String(random.next() % 10)) })
            if fractionDigits > 0 { text += "." + String((0..<fractionDigits).map { _ in Character(String(random.next() % 10)) }) }
            texts.append(text)
        }
        var fastPathTaken = 0
        for text in texts {
            let fast = Array(text.utf8).withUnsafeBufferPointer { FieldReader.plainDecimal($0) }
            guard let fast else { continue }
            fastPathTaken += 1
            let reference = Double(text)!
            #expect(fast.bitPattern == reference.bitPattern, "\(text): \(fast) vs \(reference)")
        }
        #expect(fastPathTaken > texts.count * 9 / 10)
        for text in ["1e5", ".5", "5.", "-", "", ".", "1.2.3", "inf", "nan", "0x10", "1234567890123456", "+1", " 1"] {
            #expect(Array(text.utf8).withUnsafeBufferPointer { FieldReader.plainDecimal($0) } == nil, "'\(text)' is left to the standard parser")
        }
    }

    @Test func numbersOutOfRangeAreProblemsWhateverThePath() {
        var (r, column) = reader("95.5")
        #expect(r.number(column, range: -90...90) == nil)
        #expect(r.problems.count == 1)
        var (s, other) = reader("1e2")
        #expect(s.number(other, range: 0...1000) == 100)
        #expect(s.problems.isEmpty)
    }
}
