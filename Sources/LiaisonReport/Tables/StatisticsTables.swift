import Foundation
import LiaisonAnalysis

/// A network's statistics as tables, for `liaison stats`.
public enum StatisticsTables {
    /// The statistics, one a row (key `statistics`), and the degree distribution (`degree_distribution`).
    /// Titles, headings and the statistics' names are in `wording`'s language.
    public static func tables(_ s: NetworkStatistics, name: String, wording w: Wording = .english) -> [Table] {
        func f(_ x: Double) -> TableValue { .number(x, .significant(6)) }
        let diameter: TableValue = s.distanceSamples == nil ? .integer(s.diameter)
            : .record([TableField("at_least", .integer(s.diameter)), TableField("at_most", .integer(s.diameterUpperBound ?? s.diameter))],
                      text: "\(s.diameter) to \(s.diameterUpperBound ?? s.diameter) (sampled)")
        let meanDistance: TableValue = s.distanceSamples.map { samples in
            .record([TableField("estimate", .number(s.meanDistance, .significant(6))), TableField("sources", .integer(samples))],
                    text: String(format: "%.6g", s.meanDistance) + " (estimated from \(samples) sources)")
        } ?? f(s.meanDistance)
        let rawRows: [[TableValue]] = [
            [.text("nodes"), .integer(s.nodes)], [.text("edges"), .integer(s.edges)], [.text("density"), f(s.density)],
            [.text("components"), .integer(s.componentSizes.count)], [.text("giant component"), .integer(s.giantComponent)],
            [.text("triangles"), .integer(s.triangles)], [.text("average clustering"), f(s.averageClustering)], [.text("transitivity"), f(s.transitivity)],
            [.text("degree assortativity"), s.assortativity.map(f) ?? .notAvailable("undefined")],
            [.text("diameter (giant component)"), diameter],
            [.text("mean distance (giant component)"), meanDistance],
            [.text("largest degree"), .integer(s.degreeDistribution.keys.max() ?? 0)],
        ]
        let rows = rawRows.map { row in [.text(w[.statistic(row[0].text)]), row[1]] as [TableValue] }
        let distribution = s.degreeDistribution.sorted { $0.key < $1.key }.map { [TableValue.integer($0.key), .integer($0.value)] }
        return [Table(key: "statistics", title: w[.statisticsTitle(name: name)], columns: [TableColumn(.statistic, w), TableColumn(.value, w)], rows: rows),
                Table(key: "degree_distribution", title: w[.degreeDistributionTitle], columns: [TableColumn(.degree, w), TableColumn(.nodes, w)], rows: distribution)]
    }
}
