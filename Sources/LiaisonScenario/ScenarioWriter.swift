import LiaisonAnalysis
import LiaisonData
import LiaisonGraph
import Yams

/// Writes scenario scripts from analysis results, so that a ranking becomes a plan to compare.
public enum ScenarioWriter {
    /// A script that proposes ties to the top candidates of a target ranking (the shortlist shown,
    /// at most `perCountry` of one country: ``TargetReport/shortlist(top:perCountry:)``), with
    /// variants for the top 3, top 5 and all `top`, and an expectation that the last variant
    /// proposes them all.
    /// - Parameters:
    ///   - basePath: the base dataset's folder as the script should name it (relative to the script).
    ///   - basis: a criterion's basis in words, for each step's description.
    public static func plan(from report: TargetReport, in network: PartnershipNetwork, top: Int, perCountry: Int? = TargetShortlist.defaultPerCountry,
                            basePath: String, command: String, basis: (CriterionScore) -> String) -> String {
        let chosen = report.shortlist(top: max(1, top), perCountry: perCountry).candidates
        let focusName = network.entity(withID: report.focusID)?.name ?? report.focusID
        typealias Y = YAMLText
        let steps = chosen.map { candidate -> Node in
            let why = candidate.criteria.sorted { $0.contribution > $1.contribution }.prefix(3).map { "\($0.criterion) \(basis($0))" }.joined(separator: "; ")
            let score = String(format: "%.3f", candidate.score)
            return Y.mapping([
                ("id", Y.string(stepID(candidate.entityID))),
                ("description", Y.string("\(candidate.name), score \(score): \(why)")),
                ("add_tie", Y.mapping([("from", Y.string(report.focusID)), ("to", Y.string(candidate.entityID)), ("layer", Y.string(report.layer)),
                                       ("status", Y.word(TieStatus.proposed.rawValue)), ("source", Y.string("\(command), score \(score)"))], flow: true)),
            ])
        }
        let variants = Array(Set([3, 5, chosen.count].filter { $0 <= chosen.count })).sorted().map { size in
            Y.mapping([("name", Y.string("top \(size)")), ("steps", Y.sequence(chosen.prefix(size).map { Y.string(stepID($0.entityID)) }, flow: true))])
        }
        let expectation = Y.mapping([("variant", Y.string("top \(chosen.count)")),
                                     ("ties", Y.mapping([("layer", Y.string(report.layer)), ("status", Y.word(TieStatus.proposed.rawValue))], flow: true)),
                                     ("at_least", Y.number(chosen.count))])
        let script = Y.mapping([("name", Y.string("Top \(report.layer) targets for \(focusName)")), ("base", Y.string(basePath)),
                                ("focus", Y.string(report.focusID)), ("steps", Y.sequence(steps)), ("variants", Y.sequence(variants)),
                                ("expect", Y.sequence([expectation]))])
        return Y.document(script, comments: [
            "Proposed \(report.layer) ties to the top \(chosen.count) candidates of `\(command)`.",
            "Written by liaison targets --write-scenario; the scores are those of the dataset as of \(network.metadata.asOf ?? "its date").",
        ])
    }

    static func stepID(_ entityID: String) -> String { "propose-" + entityID.lowercased() }
}
