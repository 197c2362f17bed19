import Foundation
import LiaisonAnalysis
import LiaisonGraph

/// A centrality ranking as a table, for `liaison centrality`.
public enum CentralityTables {
    /// The first `top` entities by the measure (0 for all), with their name, kind and country
    /// (key `ranking`; the measure's value under `value`). The title says on what graph, and for a
    /// sampled measure how close it is, or which α Katz used.
    public static func table(_ run: CentralityRun, graph: CompactGraph, combining: ParallelTies, in network: PartnershipNetwork, top: Int) -> Table {
        var note = ""
        if let samples = run.samples, let bound = run.errorBound {
            note = String(format: "; %d sources sampled: each value within ±%.4f of the exact one with probability 0.95", samples, bound)
        }
        if let alpha = run.katzAlpha, let lambda = run.largestEigenvalue {
            note = "; α = " + String(format: "%.6g", alpha) + (run.katzAlphaGiven ? " (given" : " (0.9/λmax") + String(format: ", λmax = %.6g)", lambda)
        }
        let measure = run.measure.rawValue
        let rows = run.scores.ranked(top: top > 0 ? top : nil).map { r -> [TableValue] in
            let entity = network.entity(withID: r.entityID)
            return [.integer(r.rank), .text(r.entityID), .text(entity?.name ?? ""), .text(entity?.kind.rawValue ?? ""), .text(entity?.countryID ?? ""),
                    r.value.isNaN ? .missing : .number(r.value, .wholeOrSignificant(6))]
        }
        return Table(key: "ranking", title: "\(measure) on \(graph.nodeCount) entities and \(graph.edgeCount) ties (parallel ties: \(combining.rawValue))\(note)",
                     columns: [TableColumn("rank"), TableColumn("id"), TableColumn("name"), TableColumn("kind"), TableColumn("country"), TableColumn(measure, key: "value")],
                     rows: rows)
    }
}
