/// The ties of a network stored column by column on dense indices. Columns that repeat a few
/// small values (areas, sources, notes, end years) are packed to the bytes they need and the
/// weight costs nothing while every tie weighs 1: about 20 bytes a tie in most networks.
package struct TieStore: Sendable {
    package var from: [Int32] = []
    package var to: [Int32] = []
    package var layer: [UInt16] = []
    package var status: [TieStatus] = []
    /// Start years; `TieStore.noYear` where unknown.
    package var since: [Int16] = []
    /// End years; `TieStore.noYear` where unknown.
    package var until = PackedColumn<Int16>(offset: TieStore.noYear)
    /// Years the present status began; `TieStore.noYear` where unknown (most ties: it costs
    /// nothing until a tie has one).
    package var statusSince = PackedColumn<Int16>(offset: TieStore.noYear)
    package var weight = UniformColumn<Double>(common: 1)
    /// Bit `k` set when the tie covers the network's area `k`.
    package var areas = PackedColumn<UInt64>()
    /// Index into the network's string table.
    package var source = PackedColumn<Int32>()
    package var confidence: [Confidence?] = []
    /// Index into the network's string table; -1 where there is no note.
    package var note = PackedColumn<Int32>(offset: 1)

    /// The marker for an unknown year.
    package static let noYear = Int16.min

    package var count: Int { from.count }

    /// The bytes the columns take (their capacities).
    package var byteCount: Int {
        from.capacity * 4 + to.capacity * 4 + layer.capacity * 2 + status.capacity + since.capacity * 2 + until.byteCount + statusSince.byteCount
            + weight.byteCount + areas.byteCount + source.byteCount + confidence.capacity + note.byteCount
    }

    package mutating func reserve(_ n: Int) {
        from.reserveCapacity(n); to.reserveCapacity(n); layer.reserveCapacity(n)
        status.reserveCapacity(n); since.reserveCapacity(n); until.reserve(n); statusSince.reserve(n)
        weight.reserve(n); areas.reserve(n); source.reserve(n)
        confidence.reserveCapacity(n); note.reserve(n)
    }

    /// Writes tie `t` at position `w` (no later than `t`) with resolved ends, layer and areas;
    /// the builder compacts the ties it keeps this way, in place.
    package mutating func place(_ t: Int, at w: Int, from: Int32, to: Int32, layer: UInt16, areas: UInt64) {
        self.from[w] = from; self.to[w] = to; self.layer[w] = layer; self.areas[w] = areas
        guard t != w else { return }
        status[w] = status[t]; since[w] = since[t]; until[w] = until[t]; statusSince[w] = statusSince[t]; weight[w] = weight[t]
        source[w] = source[t]; confidence[w] = confidence[t]; note[w] = note[t]
    }

    /// Keeps the first `n` ties.
    package mutating func truncate(to n: Int) {
        guard n < count else { return }
        let k = count - n
        from.removeLast(k); to.removeLast(k); layer.removeLast(k); status.removeLast(k); since.removeLast(k)
        until.removeLast(k); statusSince.removeLast(k); weight.removeLast(k); areas.removeLast(k); source.removeLast(k); confidence.removeLast(k); note.removeLast(k)
    }

    package static func year(_ stored: Int16) -> Int? { stored == noYear ? nil : Int(stored) }
    package static func stored(_ year: Int?) -> Int16 {
        guard let year, year > Int(Int16.min), year <= Int(Int16.max) else { return noYear }
        return Int16(year)
    }
}

/// Strings stored once and addressed by index (sources and notes repeat across many ties).
package struct StringTable: Sendable {
    package private(set) var strings: [String] = []
    /// Each string's index.
    package private(set) var indices: [String: Int32] = [:]
    private var last: Int32?

    package init() {}

    /// The index of `string`, adding it when new.
    package mutating func intern(_ string: String) -> Int32 {
        // Rows of one source tend to come together: the last string is checked before hashing.
        if let last, strings[Int(last)] == string { return last }
        let i: Int32
        if let known = indices[string] {
            i = known
        } else {
            i = Int32(strings.count)
            strings.append(string)
            indices[string] = i
        }
        last = i
        return i
    }

    package subscript(i: Int32) -> String { strings[Int(i)] }

    /// The index of `string`, or nil when it was never interned.
    package func find(_ string: String) -> Int32? { indices[string] }
}
