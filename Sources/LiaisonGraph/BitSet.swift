/// A fixed-size set of small integers, one bit each.
package struct BitSet: Sendable, Hashable {
    private var words: [UInt64]
    /// How many integers it can hold: `0 ..< capacity`.
    package let capacity: Int

    /// An empty set, or a full one.
    package init(capacity: Int, filled: Bool = false) {
        self.capacity = capacity
        words = [UInt64](repeating: filled ? ~0 : 0, count: (capacity + 63) / 64)
        if filled, capacity % 64 != 0 { words[words.count - 1] = (1 << UInt64(capacity % 64)) - 1 }
    }

    /// Whether `i` is in the set.
    package subscript(i: Int) -> Bool {
        get { words[i >> 6] & (1 << UInt64(i & 63)) != 0 }
        set {
            if newValue { words[i >> 6] |= 1 << UInt64(i & 63) } else { words[i >> 6] &= ~(1 << UInt64(i & 63)) }
        }
    }

    /// How many integers are in the set.
    package var count: Int { words.reduce(0) { $0 + $1.nonzeroBitCount } }

    /// Keeps only the integers also in `other`.
    package mutating func formIntersection(_ other: BitSet) {
        for i in words.indices { words[i] &= other.words[i] }
    }
}
