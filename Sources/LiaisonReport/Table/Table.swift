/// A table of results with typed cells: printed as aligned text, HTML or Markdown for people,
/// and as JSON or CSV with stable keys and numbers as numbers for programs.
///
/// A table has a stable `key` (snake_case, the same whatever the data) and a `title` that may
/// carry data ("Belt and Road countries with no ETO coverage (114), first 15"). Tables repeated
/// once per variant or subject share a key and differ by their `group`.
public struct Table: Sendable, Hashable {
    /// The stable name of the table: its key in JSON, its file name in CSV, `--table NAME`.
    public var key: String
    /// A title printed above the text form.
    public var title: String
    /// What sets this table apart from others of the same key (a scenario variant, a timeline's
    /// subject); empty for a table that appears once.
    public var group: [TableField]
    /// How many rows there are in all when only the first ones are shown, else nil.
    public var totalRows: Int?
    /// The typed columns.
    public let fields: [TableColumn]
    /// The typed rows, each as wide as ``fields``.
    public let values: [[TableValue]]
    /// The column headings, as people read them.
    public let columns: [String]
    /// The rows as text, each as wide as ``columns``.
    public let rows: [[String]]
    /// Which columns hold numbers (right-aligned in text): those whose every non-empty cell reads
    /// as a number.
    public let numericColumns: Set<Int>

    /// Makes a table of typed cells.
    /// - Complexity: O(cells), to print each cell once.
    public init(key: String, title: String, columns: [TableColumn], rows: [[TableValue]],
                group: [TableField] = [], totalRows: Int? = nil) {
        precondition(rows.allSatisfy { $0.count == columns.count }, "every row of table \(key) is as wide as its columns")
        self.key = key
        self.title = title
        self.group = group
        self.totalRows = totalRows
        fields = columns
        values = rows
        self.columns = columns.map(\.title)
        let text = rows.map { $0.map(\.text) }
        self.rows = text
        numericColumns = Set(columns.indices.filter { c in
            let cells = text.lazy.map { $0[c] }.filter { !$0.isEmpty }
            return !cells.isEmpty && cells.allSatisfy { Double($0) != nil }
        })
    }

    /// Makes a table of plain columns, each keyed by its title in snake_case.
    public init(key: String, title: String, columns: [String], rows: [[TableValue]],
                group: [TableField] = [], totalRows: Int? = nil) {
        self.init(key: key, title: title, columns: columns.map { TableColumn($0) }, rows: rows, group: group, totalRows: totalRows)
    }
}
