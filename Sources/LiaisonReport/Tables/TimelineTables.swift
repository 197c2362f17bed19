import LiaisonAnalysis

/// A timeline as tables, for `liaison timeline`.
public enum TimelineTables {
    /// One table per subject, a row per year and a pair of columns per layer (key `timeline`,
    /// grouped by `subject` and `name`; in JSON `in_force` and `new` by layer), then the undated
    /// ties (`undated`).
    public static func tables(_ timeline: Timeline) -> [Table] {
        let layers = timeline.layers
        // A total repeats the only layer's columns when there is one.
        let totalled = layers.count > 1
        let columns = [TableColumn("year")] + (layers + (totalled ? ["total"] : [])).flatMap {
            [TableColumn($0, key: "in_force", member: $0), TableColumn("\($0) new", key: "new", member: $0)]
        }
        var tables = timeline.subjects.map { subject in
            let who = subject.id.map { "\(subject.name) (\($0))" + (subject.agentIDs.count > 1 ? " with its \(subject.agentIDs.count - 1) agents" : "") }
                ?? "The whole network"
            let rows = timeline.years.map { year -> [TableValue] in
                let counts = layers.map { subject.row(year: year, layer: $0)! }
                let total = totalled ? [counts.map(\.inForce).reduce(0, +), counts.map(\.new).reduce(0, +)] : []
                return [.integer(year)] + (counts.flatMap { [$0.inForce, $0.new] } + total).map(TableValue.integer)
            }
            return Table(key: "timeline", title: "\(who): ties in force at the end of each year, and new that year", columns: columns, rows: rows,
                         group: [TableField("subject", subject.id.map(TableValue.text) ?? .missing), TableField("name", .text(subject.name))])
        }
        let handling = timeline.undated == .leftOut
            ? "left out of the counts above (--assume-in-force counts them)"
            : "counted above as in force in every year before they ended, never as new"
        tables.append(Table(key: "undated", title: "Ties with no start year, \(handling)",
                            columns: [TableColumn("subject")] + (layers + (totalled ? ["total"] : [])).map { TableColumn($0, key: "ties", member: $0) },
                            rows: timeline.subjects.map { subject in
                                let counts = layers.map { subject.undated[$0] ?? 0 }
                                return [subject.id.map(TableValue.text) ?? .notAvailable("whole network")] + (counts + (totalled ? [counts.reduce(0, +)] : [])).map(TableValue.integer)
                            }))
        return tables
    }
}
