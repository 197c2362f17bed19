import ArgumentParser
import Foundation
import Liaison

extension PlanObjective: ExpressibleByArgument {}
extension OfficeReach: ExpressibleByArgument {}

/// `liaison plan`: the best additions by marginal gain.
struct PlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Choose K new offices (a host city and the countries it covers) or K new partners that most raise an objective.",
        discussion: """
            Picks are greedy by marginal gain; each shows its gain and the runner-up it beat. The objectives are monotone and
            submodular, so the greedy plan reaches at least 1 - 1/e (about 63%) of the best possible choice of K.
            Office plans (--layer eto; the default when the focus has offices): objectives bri-gdp (the default where the
            countries carry GDP figures), bri-population (the default otherwise), bri-countries, diaspora, gdp, population, countries. A new office is hosted in the country's largest commercial city in
            the data, else its capital, and covers its host country or, with --reach subregion (the default), also the
            uncovered countries of its UN M49 sub-region within --max-distance km that weigh most under the objective, up to
            --max-countries in all. A focus with no offices gets no office
            plan unless --first-offices asks for one.
            Partner plans (--layer sister or cooperation): the objective partner-value sums the partners' target scores (see
            liaison targets), halved for each partner already in the same country, plus 0.1 for each exchange area and each
            sub-region a partner newly brings. Every pick obeys the rules of the field (--rule RULE=POLICY; docs/planning.md).
            """)

    @OptionGroup var dataset: DatasetOptions

    @Option(name: .long, help: "The focus entity (default: the dataset's focus).")
    var focus: String?

    @Option(name: .long, help: "eto for offices; sister or cooperation for partners (default: eto when the focus has offices, else sister).")
    var layer: String?

    @Option(name: .long, help: "How many to pick.")
    var budget: Int = 5

    @Option(name: .long, help: "What to raise: \(PlanObjective.allCases.map(\.rawValue).joined(separator: ", ")) (default: bri-gdp for offices where the data carry GDP, else bri-population; partner-value for partners).")
    var objective: PlanObjective?

    @Option(name: .long, help: "What a new office covers: country or subregion.")
    var reach: OfficeReach = .subregion

    @Option(name: .long, help: "The most countries one new office covers, its host's included.")
    var maxCountries: Int = 5

    @Option(name: .long, help: "The farthest a country covered by a new office lies from its host, in km (between capitals).")
    var maxDistance: Double = 2_000

    @Option(name: .long, help: "The share of a covered neighbour's weight a new office counts; its host country counts whole (0 to 1).")
    var neighbourShare: Double = 0.5

    @Option(name: .long, help: "For partner plans: an exchange area the partners' target scores match.")
    var area: String?

    @Flag(name: .long, help: "Plan offices for a focus that has none yet.")
    var firstOffices = false

    @OptionGroup var rules: RuleOptions

    @OptionGroup var format: FormatOptions

    func run() throws {
        let network = try dataset.load()
        let focusEntity = try resolveFocus(focus, in: network)
        let options = PlanOptions(layer: layer ?? PlanTables.defaultLayer(for: focusEntity.id, in: network), budget: budget, objective: objective,
                                  reach: reach, maximumCountriesPerOffice: maxCountries, maximumDistanceKm: maxDistance,
                                  neighbourShare: neighbourShare, rules: try rules.book(for: network),
                                  allowFirstOffice: firstOffices, area: area,
                                  weights: try TargetWeights.parse(dataset: network.metadata, overrides: [], priority: []))
        let plan = try PlanOptimizer.run(focus: focusEntity.id, in: network, options: options)
        try format.emit(PlanTables.tables(plan, in: network), inputs: [try dataset.path()])
    }
}

/// A plan as tables, shared by `plan` and `report`.
enum PlanTables {
    /// Offices for a focus that has any, partners otherwise.
    static func defaultLayer(for focus: String, in network: PartnershipNetwork) -> String {
        network.coverage(of: focus).hasOffices(in: network) ? Layer.eto.id : Layer.sister.id
    }

    static func tables(_ plan: Plan, in network: PartnershipNetwork) -> [Table] {
        let focusName = network.entity(withID: plan.focusID)?.name ?? plan.focusID
        let offices = plan.layer == Layer.eto.id
        let scale = plan.objective.unitScale
        let number: (Double) -> String = !offices ? { String(format: "%.3f", $0) } : scale == 1 ? { grouped($0) } : { String(format: "%.1f", $0 / scale) }
        let rows = plan.picks.enumerated().map { k, pick -> [String] in
            let share = plan.uncoveredTotal.map { $0 > 0 ? String(format: "%.1f%%", 100 * pick.cumulative / $0) : "" }
            return [String(k + 1), "\(pick.hostName) (\(pick.hostID))", pick.newlyCovered.joined(separator: offices ? " " : "; "),
                    number(pick.gain), number(pick.cumulative)] + (share.map { [$0] } ?? [])
                + [pick.runnerUp.map { "\($0.name) (\(number($0.gain)))" } ?? "none", pick.detail,
                   pick.warnings.map { "\($0.rule.rawValue): \($0.reason)" }.joined(separator: "; ")]
        }
        let what = offices ? "offices" : "\(plan.layer) partners"
        var title = "Plan for \(focusName): \(plan.picks.count) new \(what), objective \(plan.objective.rawValue) (\(plan.objective.unit))"
        if let before = plan.coveredBefore, let total = plan.uncoveredTotal { title += "; already covered \(number(before)), still uncovered \(number(total))" }
        let columns = ["pick", offices ? "host" : "partner", offices ? "newly covered" : "newly brings", "marginal gain", "cumulative"]
            + (plan.uncoveredTotal == nil ? [] : ["share of uncovered"]) + ["runner-up (its gain)", "why", "rule warnings"]
        return [Table(title: title, columns: columns, rows: rows),
                Table(title: "How the plan was made", columns: ["policy"], rows: plan.policies.map { [$0] }),
                RuleTables.table(plan.rules)]
    }

    static func grouped(_ x: Double) -> String {
        let rounded = Int(x.rounded())
        var digits = String(abs(rounded)), out = ""
        while digits.count > 3 { out = "," + digits.suffix(3) + out; digits = String(digits.dropLast(3)) }
        return (rounded < 0 ? "-" : "") + digits + out
    }
}
