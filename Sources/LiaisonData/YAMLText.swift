import Yams

/// YAML that Liaison writes (an exported `dataset.yaml`, a scenario script), emitted by Yams, the
/// same library that reads it back: so that any text survives the round trip (quotes, backslashes,
/// control characters, a value such as `yes` or `- x` that plain YAML would read otherwise), with
/// one set of quoting rules instead of one per writer.
public enum YAMLText {
    /// A text value, double-quoted, so that no text is read back as a number, a boolean or a list.
    public static func string(_ text: String) -> Node { Node(text, .implicit, .doubleQuoted) }

    /// A whole number or a decimal, plain.
    public static func number<N: LosslessStringConvertible & Numeric>(_ value: N) -> Node { Node(String(value), .implicit, .plain) }

    /// A word of the file format (a key's value such as `proposed`, `enforce`), plain.
    public static func word(_ word: String) -> Node { Node(word, .implicit, .plain) }

    /// A mapping of keys (plain words) to values, in the order given; `flow` writes it on one line
    /// (`{from: "A", to: "B"}`).
    public static func mapping(_ pairs: [(String, Node)], flow: Bool = false) -> Node {
        .mapping(Node.Mapping(pairs.map { (Node($0.0, .implicit, .plain), $0.1) }, .implicit, flow ? .flow : .block))
    }

    /// A sequence; `flow` writes it on one line (`["a", "b"]`).
    public static func sequence(_ nodes: [Node], flow: Bool = false) -> Node {
        .sequence(Node.Sequence(nodes, .implicit, flow ? .flow : .block))
    }

    /// The document's text: `comments` first (each line prefixed with `# `), then the node, with
    /// Unicode written as is and no line folded. Yams's emitter fails only when called out of
    /// order, which these nodes cannot make it; should it fail all the same, the text is a comment
    /// that says so, which the reader then reports as a document with no fields.
    public static func document(_ node: Node, comments: [String] = []) -> String {
        let body: String
        do { body = try Yams.serialize(node: node, indent: 2, width: -1, allowUnicode: true) } catch {
            body = "# Yams could not write this document: \(String(describing: error).split(separator: "\n").joined(separator: " "))\n"
        }
        return comments.map { "# " + $0.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: " ") + "\n" }.joined() + body
    }
}
