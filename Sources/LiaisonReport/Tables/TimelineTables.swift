import LiaisonAnalysis

/// A timeline as tables, for `liaison timeline`.
public enum TimelineTables {
    /// One table per subject, a row per year and a pair of columns per layer (key `timeline`,
    /// grouped by `subject` and `name`; in JSON `in_force` and `new` by layer), then the undated
    /// ties (`undated`).
    /// Titles, headings and names are in `wording`'s language.
    public static func tables(_ timeline: Timeline, wording w: Wording = .english) -> [Table] {
        let layers = timeline.layers
        // A total repeats the only layer's columns when there is one.
        let totalled = layers.count > 1
        func layerName(_ id: String) -> String { id == "total" ? w[.column(.total)] : w.layer(id) }
        let columns = [TableColumn(.year, w)] + (layers + (totalled ? ["total"] : [])).flatMap {
            [TableColumn(layerName($0), key: "in_force", member: $0), TableColumn(w[.newTiesColumn(layer: layerName($0))], key: "new", member: $0)]
        }
        var tables = timeline.subjects.map { subject in
            let who = subject.id.map { w[.timelineSubjectWithAgents(name: subject.name, id: $0, agents: max(subject.agentIDs.count - 1, 0))] }
                ?? w[.wholeNetwork]
            let rows = timeline.years.map { year -> [TableValue] in
                let counts = layers.map { subject.row(year: year, layer: $0)! }
                let total = totalled ? [counts.map(\.inForce).reduce(0, +), counts.map(\.new).reduce(0, +)] : []
                return [.integer(year)] + (counts.flatMap { [$0.inForce, $0.new] } + total).map(TableValue.integer)
            }
            return Table(key: "timeline", title: w[.timelineTitle(subject: who)], columns: columns, rows: rows,
                         group: [TableField("subject", subject.id.map(TableValue.text) ?? .missing), TableField("name", .text(subject.name))])
        }
        tables.append(Table(key: "undated", title: w[.undatedTitle(leftOut: timeline.undated == .leftOut)],
                            columns: [TableColumn(.subject, w)] + (layers + (totalled ? ["total"] : [])).map { TableColumn(layerName($0), key: "ties", member: $0) },
                            rows: timeline.subjects.map { subject in
                                let counts = layers.map { subject.undated[$0] ?? 0 }
                                return [subject.id.map(TableValue.text) ?? .notAvailable(w[.wholeNetworkCell])] + (counts + (totalled ? [counts.reduce(0, +)] : [])).map(TableValue.integer)
                            }))
        return tables
    }
}
