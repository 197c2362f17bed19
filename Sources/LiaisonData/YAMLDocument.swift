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
        do {
            root = try Yams.compose(yaml: text)
        } catch let error as YamlError {
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
