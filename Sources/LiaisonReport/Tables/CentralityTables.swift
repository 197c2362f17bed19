import Foundation
import LiaisonAnalysis
import LiaisonGraph

/// A centrality ranking as a table, for `liaison centrality`.
public enum CentralityTables {
    /// The first `top` entities by the measure (0 for all), with their name, kind and country
    /// (key `ranking`; the measure's value under `value`). The title says on what graph, and for a
    /// sampled measure how close it is, or which α Katz used.
    /// Titles, headings and names are in `wording`'s language.
    public static func table(_ run: CentralityRun, graph: CompactGraph, combining: ParallelTies, in network: PartnershipNetwork, top: Int,
                             wording w: Wording = .english) -> Table {
        var note = ""
        if let samples = run.samples, let bound = run.errorBound {
            note = w[.sampledNote(samples: samples, bound: String(format: "%.4f", bound))]
        }
        if let alpha = run.katzAlpha, let lambda = run.largestEigenvalue {
            note = "; α = " + String(format: "%.6g", alpha) + (run.katzAlphaGiven ? " (given" : " (0.9/λmax") + String(format: ", λmax = %.6g)", lambda)
        }
        let measure = run.measure.rawValue
        let rows = run.scores.ranked(top: top > 0 ? top : nil).map { r -> [TableValue] in
            let entity = network.entity(withID: r.entityID)
            return [.integer(r.rank), .text(r.entityID), .text(entity.map(w.name(of:)) ?? ""), .text(entity.map { w[.entityKind($0.kind)] } ?? ""), .text(entity?.countryID ?? ""),
                    r.value.isNaN ? .missing : .number(r.value, .wholeOrSignificant(6))]
        }
        return Table(key: "ranking", title: w[.centralityTitle(measure: w[.statistic(measure)], entities: graph.nodeCount, ties: graph.edgeCount, combining: combining.rawValue, note: note)],
                     columns: [TableColumn(.rank, w), TableColumn(.id, w), TableColumn(.name, w), TableColumn(.kind, w), TableColumn(.country, w),
                               TableColumn(w[.statistic(measure)], key: "value")],
                     rows: rows)
    }
}
