import LiaisonAnalysis
import LiaisonGraph

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
        var lines = [
            "# Proposed \(report.layer) ties to the top \(chosen.count) candidates of `\(command)`.",
            "# Written by liaison targets --write-scenario; the scores are those of the dataset as of \(network.metadata.asOf ?? "its date").",
            "name: \(quoted("Top \(report.layer) targets for \(focusName)"))",
            "base: \(quoted(basePath))",
            "focus: \(quoted(report.focusID))",
            "steps:",
        ]
        for candidate in chosen {
            let why = candidate.criteria.sorted { $0.contribution > $1.contribution }.prefix(3).map { "\($0.criterion) \(basis($0))" }.joined(separator: "; ")
            lines.append("  - id: \(quoted(stepID(candidate.entityID)))")
            lines.append("    description: \(quoted("\(candidate.name), score \(String(format: "%.3f", candidate.score)): \(why)"))")
            lines.append("    add_tie: {from: \(quoted(report.focusID)), to: \(quoted(candidate.entityID)), layer: \(quoted(report.layer)), status: proposed, source: \(quoted("\(command), score \(String(format: "%.3f", candidate.score))"))}")
        }
        lines.append("variants:")
        for size in Array(Set([3, 5, chosen.count].filter { $0 <= chosen.count })).sorted() {
            lines.append("  - name: \(quoted("top \(size)"))")
            lines.append("    steps: [\(chosen.prefix(size).map { quoted(stepID($0.entityID)) }.joined(separator: ", "))]")
        }
        lines.append("expect:")
        lines.append("  - variant: \(quoted("top \(chosen.count)"))")
        lines.append("    ties: {layer: \(quoted(report.layer)), status: proposed}")
        lines.append("    at_least: \(chosen.count)")
        return lines.joined(separator: "\n") + "\n"
    }

    static func stepID(_ entityID: String) -> String { "propose-" + entityID.lowercased() }

    /// A YAML double-quoted scalar.
    static func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"").replacingOccurrences(of: "\n", with: "\\n") + "\""
    }
}
