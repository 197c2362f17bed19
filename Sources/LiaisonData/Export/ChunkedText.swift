import LiaisonGraph

/// A document's long run of similar elements (a node or an edge each) written in chunks on
/// several threads and joined in order, so that the text is the same whatever the number of
/// cores; each chunk counts toward the progress shown.
enum ChunkedText {
    /// Elements written together.
    static let chunkSize = 16_384

    /// The text of elements `0 ..< count`, `append(i, &text)` writing element `i`.
    static func make(count: Int, tally: ProgressTally?, _ append: (Int, inout String) -> Void) -> String {
        ConcurrentMap.chunks(of: count, size: chunkSize) { range in
            var text = ""
            for i in range { append(i, &text) }
            tally?.advance(by: range.count)
            return text
        }.joined()
    }
}
