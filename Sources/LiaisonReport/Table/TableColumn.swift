/// A column of a ``Table``: the heading people read and the key programs read.
///
/// Columns that share a `key` and each name a `member` form one object in JSON: the peer
/// benchmark's columns, one per peer, become `"reached": {"HK": 3, "CN-SH": 5}`, so that no
/// JSON key carries data.
public struct TableColumn: Sendable, Hashable {
    /// The snake_case key of the column in JSON and CSV.
    public var key: String
    /// The heading in text, HTML and Markdown.
    public var title: String
    /// The member of the `key` object this column fills, or nil for a plain column.
    public var member: String?

    /// A plain column; the key defaults to the title in snake_case.
    public init(_ title: String, key: String? = nil) {
        self.title = title
        self.key = key ?? Self.snakeCase(title)
        self.member = nil
    }

    /// A column that is one member of an object-valued key.
    public init(_ title: String, key: String, member: String) {
        self.title = title
        self.key = key
        self.member = member
    }

    /// Lowercase words joined by underscores: "rank among peers" → "rank_among_peers".
    public static func snakeCase(_ text: String) -> String {
        let words = text.lowercased().split { !($0.isLetter || $0.isNumber) }
        return words.joined(separator: "_")
    }

    /// The CSV heading: the key, or `key.member`.
    public var csvHeading: String { member.map { "\(key).\($0)" } ?? key }
}
