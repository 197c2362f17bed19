import Dispatch
import LiaisonGraph

/// Values computed on every core and returned in index order, so that what is made of them does
/// not depend on the number of cores: the files of a dataset folder, the chunks of a long document.
enum ConcurrentMap {
    /// `transform(0)`, …, `transform(count - 1)`. `transform` runs on several threads at once and
    /// must only read shared state.
    static func map<T>(_ count: Int, _ transform: (Int) -> T) -> [T] {
        unsafe Array(unsafeUninitializedCapacity: count) { buffer, initialized in
            withoutActuallyEscaping(transform) { transform in
                // Each index initialises only its own element.
                let out = unsafe UnsafeSendable(buffer), transform = UnsafeSendable(transform)
                DispatchQueue.concurrentPerform(iterations: count) { @Sendable i in
                    unsafe (out.value.baseAddress! + i).initialize(to: transform.value(i))
                }
            }
            initialized = count
        }
    }

    /// `0 ..< count` cut into ranges of `size` (the last may be shorter), each transformed.
    static func chunks<T>(of count: Int, size: Int, _ transform: (Range<Int>) -> T) -> [T] {
        map((count + size - 1) / size) { c in transform((c * size)..<min(count, (c + 1) * size)) }
    }
}
