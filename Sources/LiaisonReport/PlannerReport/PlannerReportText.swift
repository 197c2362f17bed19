import LiaisonAnalysis
import LiaisonGraph

/// Every sentence of the planner's report in one place, so that a translation replaces this file's
/// words and nothing else. The tables' own titles are in their builders (`Tables/`).
enum PlannerReportText {
    /// The page's title.
    static func title(focus: String) -> String { "\(focus): partnership network report" }

    /// The line under the title.
    static func subtitle(dataset: String, asOf: String?) -> String { "\(dataset) dataset, facts as of \(asOf ?? "unknown")" }

    static let summaryHeading = "Summary"
    static func summary(_ metadata: NetworkMetadata, entities: Int, ties: Int) -> String {
        "\(metadata.name): \(entities) entities and \(ties) ties, facts as of \(metadata.asOf ?? "an unstated date"). \(metadata.description)"
    }

    static let mapsHeading = "Maps"
    static func coverageMapTitle(focus: String) -> String { "\(focus): coverage by country" }
    static func coverageMapCaption(focus: String) -> String {
        "Where \(focus) reaches: the countries it, its offices and its associations are tied to, by layer, on a world map (ties in force)."
    }
    static func networkMapTitle(focus: String) -> String { "\(focus): its own network" }
    static func networkMapCaption(focus: String) -> String { "\(focus)'s own network: its partners, its offices and the places they cover." }

    static let gapsHeading = "Coverage and gaps"
    static func gaps(focus: String) -> String {
        "A country counts as covered on a layer when \(focus), or an office or association acting for it, has a tie of that layer in force (intent, active or dormant) to the country or to a place in it. Each gap says why it is one and cites the data behind it."
    }

    static let targetsHeading = "Candidate targets"
    static let targets = "Candidates are scored by explicit criteria, each shown with its contribution and basis (the contributions add up to the score), after the rules of the field listed with the plan below: a rule enforced leaves a candidate out, a rule under warn keeps it flagged. `liaison targets --explain` lists who was excluded and why."

    static func planHeading(offices: Bool) -> String { offices ? "An office plan" : "A partner plan" }
    static func plan(offices: Bool, objective: PlanObjective, focus: String) -> String {
        guard offices else {
            return "\(focus) has no offices, so its plan is up to five new friendship (sister) partners (as many as the rules leave), chosen greedily by what they bring: their target scores with diminishing returns in one country, and the exchange areas and regions they newly cover. Each pick shows the runner-up it beat."
        }
        return (objective.usesGDP
            ? "Five new offices chosen greedily by marginal gain in the GDP (World Bank, current US dollars) of the Belt and Road countries they newly cover (\(objective.rawValue)): an office counts its host country whole and each neighbour it also covers at half, since it serves its host market first. "
            : "Five new offices chosen greedily by marginal gain in the population of the Belt and Road countries they newly cover (\(objective.rawValue)). ")
            + "The greedy plan reaches at least 63% (1 - 1/e) of the best possible choice of five. Each pick names its host city and the runner-up it beat. The data carry no bilateral trade figures, and a country with no city in the data cannot host: read the plan as what this objective implies, and compare others with `liaison plan --objective`."
    }

    static let scenariosHeading = "What-if scenarios"
    static func scenarios(folder: String) -> String {
        "The scenarios in \(folder) applied as pure edits to the dataset and compared with it: coverage, ties, the focus's centralities (its offices merged into it), gaps closed and opened. `liaison scenario FILE` gives the full comparison."
    }
    static func scenarioMapCaption(script: String, variant: String) -> String {
        "\(script), \(variant): added in green, removed in orange-red, changed status in purple."
    }

    static let sourcesHeading = "Sources"
    static func sources(dataset: String) -> String {
        "Every fact row of the dataset names its source (a URL or a publication) and, where unsure, a confidence mark; the tables above cite the sources of the facts they rest on. Dataset: \(dataset)."
    }

    /// The progress stages.
    static func drawing(_ file: String) -> String { "drawing \(file)" }
    static let findingGaps = "finding gaps"
    static func ranking(_ layer: String) -> String { "ranking \(layer) targets" }
    static func planning(offices: Bool) -> String { offices ? "planning offices" : "planning partners" }
    static func applying(_ script: String) -> String { "applying \(script)" }
    static let drawingScenarioMap = "drawing the scenario map"
}
