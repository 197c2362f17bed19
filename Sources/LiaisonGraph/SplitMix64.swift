/// SplitMix64: a small, fast, seeded generator (Steele, Lea and Flood 2014), so that every
/// randomised measure repeats exactly for a seed.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    /// Starts from a seed.
    public init(seed: UInt64) { state = seed }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        defer { state &+= 0x9E37_79B9_7F4A_7C15 }
        return Self.output(following: state)
    }

    /// What the generator returns next from `state`: the state advanced one step, then mixed so
    /// that every input bit moves every output bit (also a good 64-bit hash step).
    @inline(__always)
    package static func output(following state: UInt64) -> UInt64 {
        var z = state &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
