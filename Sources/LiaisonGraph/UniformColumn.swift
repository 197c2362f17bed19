/// A column that costs nothing while every value equals its common one (a weight of 1, say),
/// and becomes a plain array the first time a value differs.
package struct UniformColumn<Value: Equatable & Sendable>: Sendable {
    private let common: Value
    /// Every value once one differs from `common`; empty until then.
    private var values: [Value] = []
    private var reserved = 0
    /// The number of values.
    package private(set) var count = 0

    /// An empty column whose values are `common` until told otherwise.
    package init(common: Value) { self.common = common }

    /// The value at `i`.
    package subscript(i: Int) -> Value {
        get {
            precondition(i >= 0 && i < count, "index out of range")
            return values.isEmpty ? common : values[i]
        }
        set {
            precondition(i >= 0 && i < count, "index out of range")
            if values.isEmpty {
                if newValue == common { return }
                spread()
            }
            values[i] = newValue
        }
    }

    /// Adds a value at the end.
    package mutating func append(_ value: Value) {
        if values.isEmpty && value != common {
            spread()
        }
        count += 1
        if !values.isEmpty || value != common { values.append(value) }
    }

    /// Room for `n` values in all, used once a value differs.
    package mutating func reserve(_ n: Int) {
        reserved = max(reserved, n)
        if !values.isEmpty { values.reserveCapacity(n) }
    }

    /// Drops the last `k` values.
    package mutating func removeLast(_ k: Int) {
        precondition(k >= 0 && k <= count, "cannot remove \(k) of \(count) values")
        count -= k
        if !values.isEmpty { values.removeLast(k) }
    }

    /// The bytes the column takes (its capacity).
    package var byteCount: Int { values.capacity * MemoryLayout<Value>.stride }

    /// Writes the common value out for every value so far.
    private mutating func spread() {
        values.reserveCapacity(max(reserved, count + 1))
        values.append(contentsOf: repeatElement(common, count: count))
    }
}
