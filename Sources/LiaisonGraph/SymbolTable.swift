/// Strings numbered in the order they were first seen, looked up by their UTF-8 bytes.
///
/// A loader interns a field straight from a file's bytes, without making a `String`: the keys
/// live one after another in one byte array, and an open-addressing table of symbol numbers
/// finds them. Symbols are dense, `0 ..< count`, and never change.
package struct SymbolTable: Sendable {
    /// Every key's bytes, one after another; key `k` is `bytes[ends[k] ..< ends[k + 1]]`. Offsets
    /// are whole `Int`s: keys may add up to any length, and none is cut short.
    private var bytes: [UInt8] = []
    private var ends: [Int] = [0]
    /// The table, three words a slot: a meta word, 0 where the slot is empty, else a 24-bit tag
    /// from the key's hash, the key's length (255: longer than 16 bytes) and its symbol + 1;
    /// then the key's first 16 bytes, zero-padded. A key of up to 16 bytes (most IDs) is found by
    /// reading its slot alone. The capacity is a power of two, at most half full.
    private var slots: [UInt64] = Array(repeating: 0, count: 3 * 16)
    private var capacity = 16

    /// A per-process seed, so that no file can be written to collide on purpose.
    private static let seed = UInt64.random(in: 1...UInt64.max)

    package init() {}

    /// The number of keys.
    package var count: Int { ends.count - 1 }

    /// The key of a symbol.
    package subscript(symbol: Int32) -> String {
        let k = Int(symbol)
        return unsafe bytes.withUnsafeBufferPointer { unsafe String(decoding: UnsafeBufferPointer(rebasing: $0[ends[k]..<ends[k + 1]]), as: UTF8.self) }
    }

    /// The symbol of a key, adding it when new.
    package mutating func intern(_ key: UnsafeBufferPointer<UInt8>) -> Int32 {
        let probe = unsafe Probe(key)
        let (found, slot) = unsafe find(probe, key)
        if let found { return found }
        let symbol = Int32(count)
        unsafe bytes.append(contentsOf: key)
        ends.append(bytes.count)
        Self.fill(&slots, slot, probe, symbol)
        if 2 * count > capacity { rehash(capacity * 2) }
        return symbol
    }

    /// The symbol of a key, adding it when new.
    package mutating func intern(_ key: String) -> Int32 {
        var key = key
        return key.withUTF8 { unsafe intern($0) }
    }

    /// The symbol of a key, or nil when it was never interned.
    package func find(_ key: UnsafeBufferPointer<UInt8>) -> Int32? { unsafe find(Probe(key), key).0 }

    /// The symbol of a key, or nil when it was never interned.
    package func find(_ key: String) -> Int32? {
        var key = key
        return key.withUTF8 { unsafe find($0) }
    }

    /// Room for this many keys without growing.
    package mutating func reserve(_ keys: Int) {
        ends.reserveCapacity(keys + 1)
        var wanted = capacity
        while wanted < 2 * keys { wanted *= 2 }
        if wanted > capacity { rehash(wanted) }
    }

    /// What a lookup compares: the hash, the length and the first 16 bytes of a key.
    fileprivate struct Probe {
        let hash: UInt64
        let length: UInt64
        let word0: UInt64, word1: UInt64

        init(_ key: UnsafeBufferPointer<UInt8>) {
            hash = unsafe SymbolTable.hash(key)
            length = key.count <= 16 ? UInt64(key.count) : 255
            var words: (UInt64, UInt64) = (0, 0)
            unsafe withUnsafeMutableBytes(of: &words) { raw in
                for i in 0..<min(16, key.count) { unsafe raw[i] = key[i] }
            }
            word0 = words.0
            word1 = words.1
        }

        /// The high 24 bits of the hash, the length, the symbol + 1.
        var metaWithoutSymbol: UInt64 { (hash >> 40) << 40 | length << 32 }
        func meta(symbol: Int32) -> UInt64 { metaWithoutSymbol | UInt64(UInt32(symbol) + 1) }
    }

    /// The key's symbol, or the empty slot where it would go.
    @inline(__always)
    private func find(_ probe: Probe, _ key: UnsafeBufferPointer<UInt8>) -> (Int32?, Int) {
        withView { unsafe $0.find(probe, key) }
    }

    /// Calls `body` with a view of the table: plain pointers, which threads can copy and read
    /// without touching a reference count, valid inside `body` while the table is not changed.
    package func withView<R>(_ body: (View) -> R) -> R {
        unsafe slots.withUnsafeBufferPointer { slots in
            unsafe bytes.withUnsafeBufferPointer { bytes in
                unsafe ends.withUnsafeBufferPointer { ends in unsafe body(View(slots: slots, bytes: bytes, ends: ends, capacity: capacity)) }
            }
        }
    }

    /// A read-only view of a ``SymbolTable`` (see ``withView(_:)``): a token, safe to copy and
    /// pass between threads, whose pointers only its own marked reads dereference, and only inside
    /// the `withView` body that made it.
    @safe package struct View: @unchecked Sendable {
        fileprivate let slots: UnsafeBufferPointer<UInt64>
        fileprivate let bytes: UnsafeBufferPointer<UInt8>
        fileprivate let ends: UnsafeBufferPointer<Int>
        fileprivate let capacity: Int

        /// The symbol of a key, or nil when it was never interned.
        package func find(_ key: UnsafeBufferPointer<UInt8>) -> Int32? { unsafe find(Probe(key), key).0 }

        @inline(__always)
        fileprivate func find(_ probe: Probe, _ key: UnsafeBufferPointer<UInt8>) -> (Int32?, Int) {
            let mask = capacity - 1
            var slot = Int(truncatingIfNeeded: probe.hash) & mask
            let wanted = probe.metaWithoutSymbol
            while true {
                let meta = unsafe slots[3 * slot]
                if meta == 0 { return (nil, slot) }
                if unsafe meta & ~0xFFFF_FFFF == wanted && slots[3 * slot + 1] == probe.word0 && slots[3 * slot + 2] == probe.word1 {
                    let symbol = Int32(truncatingIfNeeded: meta & 0xFFFF_FFFF) - 1
                    if unsafe probe.length <= 16 || equals(Int(symbol), key) { return (symbol, slot) }
                }
                slot = (slot + 1) & mask
            }
        }

        private func equals(_ symbol: Int, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
            let start = unsafe ends[symbol], end = unsafe ends[symbol + 1]
            guard end - start == key.count else { return false }
            for i in 0..<key.count where unsafe bytes[start + i] != key[i] { return false }
            return true
        }
    }

    /// Writes a key's three words into an empty slot.
    private static func fill(_ table: inout [UInt64], _ slot: Int, _ probe: Probe, _ symbol: Int32) {
        table[3 * slot] = probe.meta(symbol: symbol)
        table[3 * slot + 1] = probe.word0
        table[3 * slot + 2] = probe.word1
    }

    /// Moves every key to a table of `newCapacity` slots, hashing each key's bytes again.
    private mutating func rehash(_ newCapacity: Int) {
        var fresh = [UInt64](repeating: 0, count: 3 * newCapacity)
        let mask = newCapacity - 1
        unsafe bytes.withUnsafeBufferPointer { all in
            for symbol in 0..<count {
                let key = unsafe UnsafeBufferPointer(rebasing: all[ends[symbol]..<ends[symbol + 1]])
                let probe = unsafe Probe(key)
                var slot = Int(truncatingIfNeeded: probe.hash) & mask
                while fresh[3 * slot] != 0 { slot = (slot + 1) & mask }
                Self.fill(&fresh, slot, probe, Int32(symbol))
            }
        }
        slots = fresh
        capacity = newCapacity
    }

    /// A 64-bit hash of the bytes, eight at a time, each word mixed in with SplitMix64's output step.
    fileprivate static func hash(_ key: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h = seed ^ (UInt64(key.count) &* 0x9E37_79B9_7F4A_7C15)
        var i = 0
        let n = key.count
        guard let base = key.baseAddress else { return mix(h) }
        let raw = unsafe UnsafeRawPointer(base)
        while i + 8 <= n {
            h = unsafe mix(h ^ raw.loadUnaligned(fromByteOffset: i, as: UInt64.self))
            i += 8
        }
        if i < n {
            var tail: UInt64 = 0
            var shift: UInt64 = 0
            while i < n {
                unsafe tail |= UInt64(base[i]) << shift
                shift += 8
                i += 1
            }
            h = mix(h ^ tail)
        }
        return h
    }

    @inline(__always)
    private static func mix(_ x: UInt64) -> UInt64 { SplitMix64.output(following: x) }
}
