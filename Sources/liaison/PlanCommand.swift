import ArgumentParser
import Foundation
import Liaison

extension PlanObjective: ExpressibleByArgument {}
extension OfficeReach: ExpressibleByArgument {}

/// `liaison plan`: the best additions by marginal gain.
struct PlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Choose K new offices (a host and the countries it covers) or K new partners that most raise an objective.",
        discussion: """
            Picks are greedy by marginal gain. The objectives are weighted coverage functions (monotone and submodular), so the
            greedy plan reaches at least 1 - 1/e (about 63%) of the best possible choice of K. Objectives: bri-population,
            bri-countries, diaspora, population, countries. A new office covers its host country, or with --reach subregion
            (the default) also the nearest uncovered countries of its UN M49 sub-region, up to --max-countries in all, as
            regional offices do.
            """)

    @OptionGroup var dataset: DatasetOptions

    @Option(name: .long, help: "The focus entity (default: the dataset's focus).")
    var focus: String?

    @Option(name: .long, help: "eto for offices; sister or cooperation for partner cities.")
    var layer: String = "eto"

    @Option(name: .long, help: "How many to pick.")
    var budget: Int = 5

    @Option(name: .long, help: "What to raise: \(PlanObjective.allCases.map(\.rawValue).joined(separator: ", ")).")
    var objective: PlanObjective = .beltAndRoadPopulation

    @Option(name: .long, help: "What a new office covers: country or subregion.")
    var reach: OfficeReach = .subregion

    @Option(name: .long, help: "The most countries one new office covers, its host's included.")
    var maxCountries: Int = 8

    @OptionGroup var format: FormatOptions

    func run() throws {
        let network = try dataset.load()
        guard let focusID = focus ?? network.metadata.focusID else { throw CommandFailure(message: "no focus: pass --focus ID") }
        let options = PlanOptions(layer: layer, budget: budget, objective: objective, reach: reach, maximumCountriesPerOffice: maxCountries)
        let plan = try PlanOptimizer.run(focus: focusID, in: network, options: options)
        try format.emit(PlanTables.tables(plan, in: network), inputs: [try dataset.path()])
    }
}

/// A plan as tables, shared by `plan` and `report`.
enum PlanTables {
    static func tables(_ plan: Plan, in network: PartnershipNetwork) -> [Table] {
        let focusName = network.entity(withID: plan.focusID)?.name ?? plan.focusID
        let rows = plan.picks.enumerated().map { k, pick -> [String] in
            let share = plan.uncoveredTotal > 0 ? String(format: "%.1f%%", 100 * pick.cumulative / plan.uncoveredTotal) : ""
            return [String(k + 1), "\(pick.hostName) (\(pick.hostID))", pick.newlyCovered.joined(separator: " "),
                    grouped(pick.gain), grouped(pick.cumulative), share]
        }
        let what = plan.layer == Layer.eto.id ? "offices" : "\(plan.layer) partners"
        return [Table(title: "Plan for \(focusName): \(plan.picks.count) new \(what), objective \(plan.objective.rawValue) (\(plan.objective.unit)); already covered \(grouped(plan.coveredBefore)), still uncovered \(grouped(plan.uncoveredTotal))",
                      columns: ["pick", "host", "newly covered", "marginal gain", "cumulative", "share of uncovered"], rows: rows)]
    }

    static func grouped(_ x: Double) -> String {
        let rounded = Int(x.rounded())
        var digits = String(abs(rounded)), out = ""
        while digits.count > 3 { out = "," + digits.suffix(3) + out; digits = String(digits.dropLast(3)) }
        return (rounded < 0 ? "-" : "") + digits + out
    }
}
