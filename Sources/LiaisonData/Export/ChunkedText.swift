import Dispatch
import LiaisonGraph

/// A document's long run of similar elements (a node or an edge each) written in chunks on
/// several threads and joined in order, so that the text is the same whatever the number of
/// cores; each chunk counts toward the progress shown.
enum ChunkedText {
    /// Elements written together.
    static let chunkSize = 16_384

    /// The text of elements `0 ..< count`, `append(i, &text)` writing element `i`.
    static func make(count: Int, tally: ProgressTally?, _ append: (Int, inout String) -> Void) -> String {
        let chunks = (count + chunkSize - 1) / chunkSize
        var parts = [String](repeating: "", count: chunks)
        parts.withUnsafeMutableBufferPointer { buffer in
            withoutActuallyEscaping(append) { append in
                // Each chunk writes only its own part; `append` only reads shared state.
                let out = UnsafeSendable(buffer), append = UnsafeSendable(append)
                DispatchQueue.concurrentPerform(iterations: chunks) { @Sendable c in
                    let range = (c * chunkSize)..<min(count, (c + 1) * chunkSize)
                    var text = ""
                    for i in range { append.value(i, &text) }
                    out.value[c] = text
                    tally?.advance(by: range.count)
                }
            }
        }
        return parts.joined()
    }
}
