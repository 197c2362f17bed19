import Testing
@testable import LiaisonGraph

@Suite struct SymbolTableTests {
    /// Every key gets the next symbol once, and is found again by its bytes or as a string, across
    /// many growths of the table, against a dictionary as the reference.
    @Test func internsAndFindsAgainstADictionary() {
        var table = SymbolTable()
        var reference: [String: Int32] = [:]
        var generator = SplitMix64(seed: 11)
        for k in 0..<20_000 {
            // Short IDs, IDs of exactly 16 bytes, long keys, non-ASCII keys and repeats.
            let length = [1, 8, 15, 16, 17, 40][k % 6]
            var key = String(generator.next() % 5_000, radix: 36)
            while key.utf8.count < length { key += k % 7 == 0 ? "é" : "x" }
            let symbol = table.intern(key)
            if let known = reference[key] { #expect(symbol == known) } else {
                #expect(symbol == Int32(reference.count))
                reference[key] = symbol
            }
        }
        #expect(table.count == reference.count)
        for (key, symbol) in reference {
            #expect(table.find(key) == symbol)
            #expect(table[symbol] == key)
            var bytes = key
            #expect(bytes.withUTF8 { table.find($0) } == symbol)
        }
        #expect(table.find("never interned") == nil)
    }

    /// Keys that differ only after their sixteenth byte, or only in trailing NUL bytes, stay apart.
    @Test func keysThatShareAPrefixOrPaddingStayApart() {
        var table = SymbolTable()
        let keys = ["0123456789abcdef", "0123456789abcdefX", "0123456789abcdefY", "ab", "ab\u{0}", "ab\u{0}\u{0}", ""]
        let symbols = keys.map { table.intern($0) }
        #expect(Set(symbols).count == keys.count)
        for (key, symbol) in zip(keys, symbols) { #expect(table.find(key) == symbol) }
    }

    @Test func reservingKeepsEverySymbol() {
        var table = SymbolTable()
        let before = (0..<100).map { table.intern("k\($0)") }
        table.reserve(100_000)
        #expect((0..<100).map { table.find("k\($0)") } == before)
    }
}
