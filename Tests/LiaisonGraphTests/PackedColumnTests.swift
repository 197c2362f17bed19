import Testing
@testable import LiaisonGraph

@Suite struct PackedColumnTests {
    /// Random appends, writes and truncations agree with a plain array, across every width.
    @Test(arguments: [UInt64(0), 1, 200, 60_000, 4_000_000_000, UInt64.max])
    func agreesWithAnArray(largest: UInt64) {
        var random = SplitMix64(seed: largest)
        var column = PackedColumn<UInt64>()
        var reference: [UInt64] = []
        for step in 0..<3_000 {
            let value = largest == 0 ? 0 : random.next() % largest &+ (random.next() % 50 == 0 ? 1 : 0)
            switch random.next() % 10 {
            case 0 where !reference.isEmpty:
                let i = Int(random.next() % UInt64(reference.count))
                column[i] = value
                reference[i] = value
            case 1 where reference.count > 3 && step % 7 == 0:
                column.removeLast(3)
                reference.removeLast(3)
            default:
                column.append(value)
                reference.append(value)
            }
        }
        #expect(column.count == reference.count)
        #expect((0..<column.count).allSatisfy { column[$0] == reference[$0] })
    }

    @Test func anOffsetMakesNoneTheFreeZero() {
        var notes = PackedColumn<Int32>(offset: 1)
        for _ in 0..<1_000 { notes.append(-1) }
        #expect(notes.byteCount == 0, "nothing stored while every tie has no note")
        notes.append(7)
        #expect(notes[999] == -1 && notes[1_000] == 7)
        #expect(notes.byteCount >= 1_001 && notes.byteCount < 2_002, "one byte a value")

        var years = PackedColumn<Int16>(offset: TieStore.noYear)
        years.append(TieStore.noYear)
        years.append(1_999)
        years.append(Int16.max)
        #expect([years[0], years[1], years[2]] == [TieStore.noYear, 1_999, Int16.max])
    }
}
