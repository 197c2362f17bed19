import LiaisonGraph
import Yams

/// A YAML file parsed to nodes that remember their line and column, for located errors.
/// Dataset manifests and scenario scripts read through it.
package struct YAMLDocument {
    /// The file's path, as given.
    package let file: String
    /// The root node, nil for an empty file.
    package let root: Node?

    /// Parses YAML text.
    /// - Throws: ``DatasetError`` with the parser's location and words.
    package init(bytes: [UInt8], file: String) throws(DatasetError) {
        self.file = file
        var bytes = bytes
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            let (line, column) = Self.firstInvalidUTF8(in: bytes)
            throw DatasetError(ValidationProblem(location: SourceLocation(file: file, line: line, column: column),
                value: String(decoding: bytes.prefix(40), as: UTF8.self), message: "invalid UTF-8", expected: "UTF-8 text"))
        }
        if let (line, column, scalar) = Self.firstControlCharacter(in: text) {
            throw DatasetError(ValidationProblem(location: SourceLocation(file: file, line: line, column: column),
                value: "U+" + String(repeating: "0", count: max(0, 4 - String(scalar.value, radix: 16).count)) + String(scalar.value, radix: 16, uppercase: true), message: "control character in YAML",
                expected: "printable text (a tab, or an escape such as \\u0001 inside double quotes)"))
        }
        do {
            root = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            if "\(error)".contains("duplicated key"), let (line, column, key) = Self.firstDuplicateKey(in: text) {
                throw DatasetError(ValidationProblem(location: SourceLocation(file: file, line: line, column: column), value: key,
                    message: "key given twice in one mapping", expected: "each key once (merge the two values)"))
            }
            throw DatasetError(Self.problem(from: error, file: file))
        } catch {
            throw DatasetError(ValidationProblem(location: SourceLocation(file: file, line: 1, column: 1),
                value: "", message: "cannot read YAML: \(error)", expected: "valid YAML"))
        }
    }

    /// The location of a node.
    package func location(of node: Node?) -> SourceLocation {
        SourceLocation(file: file, line: node?.mark?.line ?? 1, column: node?.mark?.column ?? 1)
    }

    private static func problem(from error: YamlError, file: String) -> ValidationProblem {
        switch error {
        case let .scanner(context, problem, mark, yaml), let .parser(context, problem, mark, yaml), let .composer(context, problem, mark, yaml):
            let line = yaml.split(separator: "\n", omittingEmptySubsequences: false)
            let text = mark.line - 1 < line.count ? String(line[mark.line - 1]) : ""
            return ValidationProblem(location: SourceLocation(file: file, line: mark.line, column: mark.column),
                value: text.trimmingWhitespace(), message: "YAML syntax error: \(problem)\(context.map { " \($0.text)" } ?? "")",
                expected: "valid YAML (check indentation, colons and quotes)")
        default:
            return ValidationProblem(location: SourceLocation(file: file, line: 1, column: 1), value: "",
                message: "cannot read YAML: \(error)", expected: "valid YAML")
        }
    }

    /// The line, column and scalar of the first control character other than tab, line feed and
    /// carriage return, which YAML does not allow raw.
    static func firstControlCharacter(in text: String) -> (Int, Int, Unicode.Scalar)? {
        var line = 1, column = 1
        for scalar in text.unicodeScalars {
            if scalar == "\n" { line += 1; column = 1; continue }
            if scalar.properties.generalCategory == .control && scalar != "\t" && scalar != "\r" { return (line, column, scalar) }
            column += 1
        }
        return nil
    }

    /// The line, column and text of the second occurrence of a key in one block mapping, found by
    /// indentation (block style, as manifests and scenarios are written); nil when none is found.
    static func firstDuplicateKey(in text: String) -> (Int, Int, String)? {
        // Open mappings, innermost last: their indentation and the keys seen in them.
        var open: [(indent: Int, keys: Set<String>)] = []
        for (n, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var line = Substring(raw)
            var indent = line.prefix { $0 == " " }.count
            line = line.dropFirst(indent)
            guard !line.isEmpty, !line.hasPrefix("#") else { continue }
            var startsItem = false
            while line.hasPrefix("- ") {
                startsItem = true
                line = line.dropFirst(2)
                let more = line.prefix { $0 == " " }.count
                line = line.dropFirst(more)
                indent += 2 + more
            }
            guard let colon = line.firstIndex(of: ":"), line.index(after: colon) == line.endIndex || line[line.index(after: colon)] == " ",
                  !line.hasPrefix("\""), !line.hasPrefix("'"), !line.hasPrefix("{"), !line.hasPrefix("[") else { continue }
            let key = String(line[..<colon]).trimmingWhitespace()
            while let last = open.last, last.indent > indent || (startsItem && last.indent == indent) { open.removeLast() }
            if let last = open.last, last.indent == indent {
                if last.keys.contains(key) { return (n + 1, indent + 1, key) }
                open[open.count - 1].keys.insert(key)
            } else {
                open.append((indent, [key]))
            }
        }
        return nil
    }

    private static func firstInvalidUTF8(in bytes: [UInt8]) -> (Int, Int) {
        var line = 1, start = 0
        for (i, b) in bytes.enumerated() where b == UInt8(ascii: "\n") {
            if String(validating: bytes[start..<i], as: UTF8.self) == nil { break }
            line += 1
            start = i + 1
        }
        return (line, 1)
    }
}

extension Node {
    /// The scalar's text, or nil for a mapping or sequence.
    package var text: String? { scalar?.string }

    /// The mapping's pairs in file order, keys as text.
    package var pairs: [(key: String, keyNode: Node, value: Node)] {
        guard let mapping else { return [] }
        return mapping.map { (key: $0.key.string ?? "", keyNode: $0.key, value: $0.value) }
    }

    /// A sequence's items, or a lone scalar as a one-item list.
    package var items: [Node] {
        if let sequence { return Array(sequence) }
        return [self]
    }
}
