/// A file, a line and a column, all 1-based.
public struct SourceLocation: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The file's path as the user gave it.
    public var file: String
    /// The 1-based line.
    public var line: Int
    /// The 1-based column, counted in characters.
    public var column: Int

    /// Makes a location.
    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// `file:line:column`, the form editors and compilers use.
    public var description: String { "\(file):\(line):\(column)" }

    /// Orders by file, then line, then column.
    public static func < (a: SourceLocation, b: SourceLocation) -> Bool {
        (a.file, a.line, a.column) < (b.file, b.line, b.column)
    }
}

/// One thing wrong with the input: where, what value, what is wrong and what would be valid.
public struct ValidationProblem: Sendable, Hashable, CustomStringConvertible {
    /// Where the bad value is, when it came from a file.
    public var location: SourceLocation?
    /// The bad value as written.
    public var value: String
    /// What is wrong, in words.
    public var message: String
    /// What would be valid, in words, when that can be said.
    public var expected: String?

    /// Makes a problem.
    public init(location: SourceLocation?, value: String, message: String, expected: String? = nil) {
        self.location = location
        self.value = value
        self.message = message
        self.expected = expected
    }

    /// `file:line:column: message 'value'; expected`, on one line: line breaks and other control
    /// characters in the value or the words are shown escaped (`\n`, `\r`, `\t`, `\u{1B}`), so that
    /// one problem is one line and no raw control byte reaches the terminal.
    public var description: String {
        var text = location.map { "\($0): " } ?? ""
        text += "\(Self.oneLine(message)) '\(Self.oneLine(value))'"
        if let expected { text += "; \(Self.oneLine(expected))" }
        return text
    }

    /// The text with its control characters escaped.
    static func oneLine(_ text: String) -> String {
        // Control characters are C0 (bytes below 0x20), DEL (0x7F) and C1 (U+0080–U+009F, encoded
        // 0xC2 0x80–0x9F): a look at the bytes spares almost every text the scalar walk.
        guard text.utf8.contains(where: { $0 < 0x20 || $0 == 0x7F || $0 == 0xC2 }) else { return text }
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.properties.generalCategory == .control:
                out += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}

/// The problems a builder found; the network was not built.
public struct NetworkError: Error, Sendable, CustomStringConvertible {
    /// Every problem found, in the order of their locations.
    public var problems: [ValidationProblem]

    /// Makes an error from the problems found.
    public init(problems: [ValidationProblem]) { self.problems = problems }

    /// One problem a line, then a count.
    public var description: String {
        let lines = problems.map(\.description)
        return (lines + ["\(problems.count) problem\(problems.count == 1 ? "" : "s") found"]).joined(separator: "\n")
    }
}

/// Words listing the valid choices, shortened when there are many.
package func listOfChoices(_ choices: [String], limit: Int = 12) -> String {
    if choices.count <= limit { return choices.joined(separator: ", ") }
    return choices.prefix(limit).joined(separator: ", ") + " and \(choices.count - limit) more"
}
