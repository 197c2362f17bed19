/// The English words left in a text: runs of two or more Latin letters, leaving out code in
/// backquotes, command-line options (`--explain`), paths and addresses (a token with `/`), and
/// tokens with a digit (M49, HK-GN1819729); what else a caller allows (IDs, names with no Chinese
/// form) it counts itself.
public enum LatinWords {
    /// The English words of `text`, in order.
    public static func `in`(_ text: String) -> [String] {
        var words: [String] = []
        for (k, part) in text.split(separator: "`", omittingEmptySubsequences: false).enumerated() where k % 2 == 0 {
            for token in part.split(whereSeparator: { $0.isWhitespace || "（）()，,；;：:。、".contains($0) }) {
                if token.hasPrefix("--") || token.contains("/") || token.contains(where: \.isNumber) { continue }
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
