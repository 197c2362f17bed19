/// A column of whole numbers stored in the narrowest width -- 0, 1, 2, 4 or 8 bytes -- that holds
/// every value written so far, widening when a larger value comes.
///
/// Ties repeat a few small values in several columns: area masks over a handful of areas, the
/// index of one of a few sources, "no note", "no end year". Stored this way a million ties cost
/// a megabyte a column, or nothing while every value is the column's zero. `offset` is added to
/// each value before it is stored, so that the zero can be a column's "none" (-1 for a note
/// index, `Int16.min` for an unknown year).
package struct PackedColumn<Element: FixedWidthInteger & Sendable>: Sendable {
    /// The values, `width` bytes each, native byte order.
    private var bytes: [UInt8] = []
    private var width = 0
    private var reserved = 0
    private let offset: Element
    /// The number of values.
    package private(set) var count = 0

    /// An empty column whose zero stands for `-offset`.
    package init(offset: Element = 0) { self.offset = offset }

    /// The value at `i`.
    package subscript(i: Int) -> Element {
        get { Element(truncatingIfNeeded: raw(at: i)) &- offset }
        set { setRaw(stored(newValue), at: i) }
    }

    /// Adds a value at the end.
    package mutating func append(_ value: Element) {
        let raw = stored(value)
        widen(toHold: raw)
        count += 1
        if width > 0 {
            bytes.append(contentsOf: repeatElement(0, count: width))
            write(raw, at: count - 1)
        }
    }

    /// Room for `n` values in all without growing, at the present width.
    package mutating func reserve(_ n: Int) {
        reserved = max(reserved, n)
        bytes.reserveCapacity(n * width)
    }

    /// Drops the last `k` values.
    package mutating func removeLast(_ k: Int) {
        precondition(k >= 0 && k <= count, "cannot remove \(k) of \(count) values")
        count -= k
        bytes.removeLast(k * width)
    }

    /// The bytes the column takes (its capacity, not just its values).
    package var byteCount: Int { bytes.capacity }

    /// The bits of a value as stored: its offset form in the element's own width, unsigned.
    private func stored(_ value: Element) -> UInt64 {
        UInt64(truncatingIfNeeded: Element.Magnitude(truncatingIfNeeded: value &+ offset))
    }

    @inline(__always)
    private func raw(at i: Int) -> UInt64 {
        precondition(i >= 0 && i < count, "index out of range")
        return unsafe bytes.withUnsafeBytes { buffer in
            switch width {
            case 0: return 0
            case 1: return unsafe UInt64(buffer[i])
            case 2: return unsafe UInt64(buffer.loadUnaligned(fromByteOffset: i * 2, as: UInt16.self))
            case 4: return unsafe UInt64(buffer.loadUnaligned(fromByteOffset: i * 4, as: UInt32.self))
            default: return unsafe buffer.loadUnaligned(fromByteOffset: i * 8, as: UInt64.self)
            }
        }
    }

    private mutating func setRaw(_ raw: UInt64, at i: Int) {
        precondition(i >= 0 && i < count, "index out of range")
        widen(toHold: raw)
        if width > 0 { write(raw, at: i) }
    }

    private mutating func write(_ raw: UInt64, at i: Int) {
        let width = self.width
        unsafe bytes.withUnsafeMutableBytes { buffer in
            switch width {
            case 1: unsafe buffer[i] = UInt8(truncatingIfNeeded: raw)
            case 2: unsafe buffer.storeBytes(of: UInt16(truncatingIfNeeded: raw), toByteOffset: i * 2, as: UInt16.self)
            case 4: unsafe buffer.storeBytes(of: UInt32(truncatingIfNeeded: raw), toByteOffset: i * 4, as: UInt32.self)
            default: unsafe buffer.storeBytes(of: raw, toByteOffset: i * 8, as: UInt64.self)
            }
        }
    }

    /// Rewrites every value at a width that holds `value`, when the present one does not.
    private mutating func widen(toHold value: UInt64) {
        let needed = value == 0 ? 0 : value <= UInt64(UInt8.max) ? 1 : value <= UInt64(UInt16.max) ? 2 : value <= UInt64(UInt32.max) ? 4 : 8
        guard needed > width else { return }
        var wider = PackedColumn(offset: offset)
        wider.width = needed
        wider.bytes.reserveCapacity(max(reserved, count + 1) * needed)
        wider.bytes.append(contentsOf: repeatElement(0, count: count * needed))
        wider.count = count
        wider.reserved = reserved
        if width > 0 {
            for i in 0..<count { wider.write(raw(at: i), at: i) }
        }
        self = wider
    }
}
