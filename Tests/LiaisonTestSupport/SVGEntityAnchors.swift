import Foundation

/// What a Graphviz SVG shows for each entity of a drawing: Liaison gives every entity's element
/// the ID `entity-N`, a node's or a table cell's (a `dot` drawing's list of entities that share
/// their ties), and Graphviz writes each one's tooltip and text in a group `a_entity-N`.
public enum SVGEntityAnchors {
    /// The anchors Graphviz writes for entities (a node's and a table cell's, id `a_entity-N`):
    /// their tooltip and the text they show, lines joined by spaces.
    public static func read(_ svg: String) -> [Int: (tooltip: String, text: String)] {
        var found: [Int: (tooltip: String, text: String)] = [:]
        for piece in svg.components(separatedBy: "<g id=\"a_entity&#45;").dropFirst() {
            guard let n = Int(piece.prefix { $0.isNumber }),
                  let t0 = piece.range(of: "xlink:title=\""), let t1 = piece[t0.upperBound...].range(of: "\""),
                  let end = piece.range(of: "</a>") else { continue }
            let body = piece[..<end.lowerBound]
            let texts = body.components(separatedBy: "<text").dropFirst().compactMap { chunk -> String? in
                guard let open = chunk.firstIndex(of: ">"), let close = chunk.range(of: "</text>") else { return nil }
                return String(chunk[chunk.index(after: open)..<close.lowerBound])
            }
            found[n] = (unescaped(String(piece[t0.upperBound..<t1.lowerBound])), unescaped(texts.joined(separator: " ")))
        }
        return found
    }

    /// SVG text as read: Graphviz's entities turned back into characters.
    public static func unescaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#45;", with: "-")
            .replacingOccurrences(of: "&#10;", with: "\n").replacingOccurrences(of: "&amp;", with: "&")
    }
}
