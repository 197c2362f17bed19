/// A column that costs nothing while every value equals its common one (a weight of 1, say),
/// and becomes a plain array the first time a value differs.
package struct UniformColumn<Value: Equatable & Sendable>: Sendable {
    private let common: Value
    /// Every value once one has differed from `common`; nil until then.
    private var values: [Value]?
    private var reserved = 0
    /// The number of values.
    package private(set) var count = 0

    /// An empty column whose values are `common` until told otherwise.
    package init(common: Value) { self.common = common }

    /// The value at `i`.
    package subscript(i: Int) -> Value {
        get {
            precondition(i >= 0 && i < count, "index out of range")
            return values?[i] ?? common
        }
        set {
            precondition(i >= 0 && i < count, "index out of range")
            if values == nil {
                if newValue == common { return }
                spread()
            }
            values![i] = newValue
        }
    }

    /// Adds a value at the end.
    package mutating func append(_ value: Value) {
        if values == nil && value != common { spread() }
        values?.append(value)
        count += 1
    }

    /// Room for `n` values in all, used once a value differs.
    package mutating func reserve(_ n: Int) {
        reserved = max(reserved, n)
        values?.reserveCapacity(n)
    }

    /// Drops the last `k` values.
    package mutating func removeLast(_ k: Int) {
        precondition(k >= 0 && k <= count, "cannot remove \(k) of \(count) values")
        count -= k
        values?.removeLast(k)
    }

    /// The bytes the column takes (its capacity).
    package var byteCount: Int { (values?.capacity ?? 0) * MemoryLayout<Value>.stride }

    /// Writes the common value out for every value so far.
    private mutating func spread() {
        var spread: [Value] = []
        spread.reserveCapacity(max(reserved, count + 1))
        spread.append(contentsOf: repeatElement(common, count: count))
        values = spread
    }
}
