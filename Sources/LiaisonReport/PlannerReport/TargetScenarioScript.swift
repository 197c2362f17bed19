import Foundation
import LiaisonAnalysis
import LiaisonGraph
import LiaisonScenario

/// The scenario script `liaison targets --write-scenario` writes: ties to the top candidates,
/// naming its base dataset relative to the script's folder.
public enum TargetScenarioScript {
    /// The script's text for a ranking (its shortlist: the first `top`, at most `perCountry` of one
    /// country), to be written at `scriptPath`, on the dataset at `datasetPath`.
    public static func text(for report: TargetReport, in network: PartnershipNetwork, top: Int, perCountry: Int? = TargetShortlist.defaultPerCountry,
                            scriptPath: String, datasetPath: String) -> String {
        let scriptFolder = URL(fileURLWithPath: scriptPath).deletingLastPathComponent().standardizedFileURL
        let base = URL(fileURLWithPath: datasetPath).standardizedFileURL
        let command = (["liaison targets", "--layer \(report.layer)"] + (report.area.map { ["--area \($0)"] } ?? []) + ["--top \(top)"]
                       + (perCountry != TargetShortlist.defaultPerCountry ? ["--per-country \(perCountry ?? 0)"] : [])).joined(separator: " ")
        // The script is the planner's to edit and share: its descriptions are in English, as its keys.
        return ScenarioWriter.plan(from: report, in: network, top: top, perCountry: perCountry, basePath: relativePath(from: scriptFolder, to: base), command: command,
                                   basis: { Catalogue(.english).text(.criterionBasis($0.basis)) })
    }

    /// The path of `target` relative to the folder `from` ("..", "../hong-kong", or absolute when they share nothing).
    static func relativePath(from folder: URL, to target: URL) -> String {
        let a = folder.pathComponents, b = target.pathComponents
        var common = 0
        while common < min(a.count, b.count) && a[common] == b[common] { common += 1 }
        guard common > 1 else { return target.path }
        let ups = Array(repeating: "..", count: a.count - common)
        let rest = Array(b[common...])
        let parts = ups + rest
        return parts.isEmpty ? "." : parts.joined(separator: "/")
    }
}
