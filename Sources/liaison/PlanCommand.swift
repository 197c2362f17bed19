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
            Picks are greedy by marginal gain; each shows its gain and the runner-up it beat. The objectives are monotone and \
            submodular, so the greedy plan reaches at least 1 - 1/e (about 63%) of the best possible choice of K.

            Office plans (--layer eto; the default when the focus has offices): objectives bri-gdp (the default where the \
            countries carry GDP figures), bri-population (the default otherwise), bri-countries, diaspora, gdp, population, countries. A new office is hosted in the country's largest commercial city in \
            the data, else its capital, and covers its host country or, with --reach subregion (the default), also the \
            uncovered countries of its UN M49 sub-region within --max-distance km that weigh most under the objective, up to \
            --max-countries in all. A focus with no offices gets no office \
            plan unless --first-offices asks for one.

            Partner plans (--layer sister or cooperation): the objective partner-value sums the partners' target scores (see \
            liaison targets), halved for each partner already in the same country, plus 0.1 for each exchange area and each \
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
    @OptionGroup var language: LanguageOptions

    func run() throws {
        let network = try dataset.load(speaking: language)
        let focusEntity = try resolveFocus(focus, in: network)
        let options = PlanOptions(layer: layer ?? PlanOptions.defaultLayer(for: focusEntity.id, in: network), budget: budget, objective: objective,
                                  reach: reach, maximumCountriesPerOffice: maxCountries, maximumDistanceKm: maxDistance,
                                  neighbourShare: neighbourShare, rules: try rules.book(for: network),
                                  allowFirstOffice: firstOffices, area: area,
                                  weights: try TargetWeights(dataset: network.metadata))
        let plan = try PlanOptimizer.run(focus: focusEntity.id, in: network, options: options)
        let wording = try language.wording(dataset: dataset)
        try format.emit(PlanTables.tables(plan, in: network, wording: wording), inputs: [try dataset.path()], wording: wording)
    }
}
