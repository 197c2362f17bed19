/// The English words left in a text: runs of two or more Latin letters, leaving out code in
/// backquotes, command-line options (`--explain`) and tokens with a digit (M49, IDs such as CN-SHA
/// are counted by the caller's own rules).
enum LatinWords {
    /// The English words of `text`, in order.
    static func `in`(_ text: String) -> [String] {
        var words: [String] = []
        for (k, part) in text.split(separator: "`", omittingEmptySubsequences: false).enumerated() where k % 2 == 0 {
            for token in part.split(whereSeparator: { $0.isWhitespace || "（）()，,；;：:。/、".contains($0) }) {
                if token.hasPrefix("--") || token.contains(where: \.isNumber) { continue }
                var run = ""
                for c in token + " " {
                    if c.isASCII && c.isLetter { run.append(c); continue }
                    if run.count >= 2 { words.append(run) }
                    run = ""
                }
            }
        }
        return words
    }
}
