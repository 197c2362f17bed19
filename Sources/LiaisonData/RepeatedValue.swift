/// The value decoded from one column of the last row, reused while later rows repeat its bytes.
///
/// Sources, layers, countries and tiers repeat from row to row in most tables; comparing the
/// bytes is cheaper than making, hashing or interning the same string again.
struct RepeatedValue<Value> {
    private var field = -1
    private var value: Value?

    /// The value of `column` in `row`: the last one when the bytes are the same, else `make()`.
    mutating func value(in row: CSVRow, _ column: CSVColumn, make: () -> Value) -> Value {
        guard let k = column.index else { return make() }
        let storage = row.storage
        let here = row.row * storage.width + k
        if field >= 0, let value, storage.sameBytes(field, here) {
            field = here
            return value
        }
        let made = make()
        field = here
        value = made
        return made
    }
}
