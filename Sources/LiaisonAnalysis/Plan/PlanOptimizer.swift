import LiaisonGraph

/// What a plan tries to raise. Office plans (`eto`) raise a weighted count of the countries newly
/// covered; partner plans (`sister`, `cooperation`) raise what the partners bring (`partner-value`).
public enum PlanObjective: String, Sendable, CaseIterable {
    /// Belt and Road countries newly covered, weighted by their GDP (current US dollars): the market
    /// an office would serve. The default for office plans when the data carry GDP figures.
    case beltAndRoadGDP = "bri-gdp"
    /// Belt and Road countries newly covered, weighted by population.
    case beltAndRoadPopulation = "bri-population"
    /// Belt and Road countries newly covered, each counting one.
    case beltAndRoadCountries = "bri-countries"
    /// Overseas Chinese people in the countries newly covered.
    case diaspora
    /// GDP (current US dollars) of the countries newly covered.
    case gdp
    /// People in the countries newly covered.
    case population
    /// Countries newly covered, each counting one.
    case countries
    /// For partner plans: the target scores of the partners (``TargetRanking``), halved for each
    /// partner the focus already has or gains in the same country, plus 0.1 for each exchange area and
    /// each UN M49 sub-region a partner newly brings.
    case partnerValue = "partner-value"

    /// Whether the objective is one for office plans.
    public var isForOffices: Bool { self != .partnerValue }

    /// A country's weight under an office objective (0 when it does not count, and for `partner-value`).
    public func weight(of country: Entity) -> Double {
        let bri = country.attributes.beltAndRoad?.isMember == true
        switch self {
        case .beltAndRoadGDP: return bri ? country.attributes.gdpUSD ?? 0 : 0
        case .beltAndRoadPopulation: return bri ? Double(country.attributes.population ?? 0) : 0
        case .beltAndRoadCountries: return bri ? 1 : 0
        case .diaspora: return Double(country.attributes.overseasChinese ?? 0)
        case .gdp: return country.attributes.gdpUSD ?? 0
        case .population: return Double(country.attributes.population ?? 0)
        case .countries: return 1
        case .partnerValue: return 0
        }
    }

    /// What one unit of ``unit`` is worth in the objective's own figures: 10⁹ for the GDP objectives
    /// (shown in billions of US dollars), 1 for the others.
    public var unitScale: Double {
        switch self {
        case .beltAndRoadGDP, .gdp: return 1e9
        default: return 1
        }
    }

    /// Whether the objective weighs countries by their GDP.
    public var usesGDP: Bool { self == .beltAndRoadGDP || self == .gdp }

    /// The objective an office plan raises unless asked otherwise: `bri-gdp` when the network's
    /// countries carry GDP figures (`gdp_usd` in `countries.csv`), else `bri-population`.
    /// - Complexity: O(n) over the entities.
    public static func defaultForOffices(in network: PartnershipNetwork) -> PlanObjective {
        network.countriesCarryGDP ? .beltAndRoadGDP : .beltAndRoadPopulation
    }

    /// The unit of the objective, for reports.
    public var unit: String {
        switch self {
        case .beltAndRoadGDP, .gdp: return "US$ billion of GDP"
        case .beltAndRoadPopulation, .population: return "people"
        case .beltAndRoadCountries, .countries: return "countries"
        case .diaspora: return "overseas Chinese"
        case .partnerValue: return "target score, with diminishing returns per country"
        }
    }
}

extension PartnershipNetwork {
    /// Whether any country carries a GDP figure (`gdp_usd`): the one test of whether office plans
    /// and office targets can weigh markets.
    /// - Complexity: O(n) over the entities.
    public var countriesCarryGDP: Bool { entities.contains { $0.kind == .country && $0.attributes.gdpUSD != nil } }
}

/// Which countries a new office would cover.
public enum OfficeReach: String, Sendable, CaseIterable {
    /// Its host country only.
    case country
    /// Its host country and the not yet covered countries of the host's UN M49 sub-region within
    /// ``PlanOptions/maximumDistanceKm`` that weigh most under the objective (up to
    /// ``PlanOptions/maximumCountriesPerOffice``), as the regional offices in Jakarta or Brussels do.
    case subregion
}

/// Options of a plan.
public struct PlanOptions: Sendable {
    /// The layer: `eto` picks offices (a host and the countries it covers); `sister` or `cooperation`
    /// pick partners (cities and provinces).
    public var layer: String
    /// How many to pick.
    public var budget: Int
    /// What to raise; nil for the layer's default (for offices ``PlanObjective/defaultForOffices(in:)``:
    /// `bri-gdp` where the data carry GDP, else `bri-population`; `partner-value` for partners).
    public var objective: PlanObjective?
    /// What a new office covers.
    public var reach: OfficeReach
    /// The most countries one new office covers, its host's included (today's offices cover 1 to 14).
    public var maximumCountriesPerOffice: Int
    /// The farthest a country covered by a new office lies from its host (between capitals), in km.
    public var maximumDistanceKm: Double
    /// The share of a covered neighbour's weight an office counts (its host country counts whole): an
    /// office serves its host market first, so a plan prefers hosts in the larger markets of a region
    /// to small central ones that merely reach more. 1 counts neighbours whole; 0 counts hosts only.
    public var neighbourShare: Double
    /// The rules the picks obey; nil for the dataset's (`rules:` in `dataset.yaml`, else the defaults).
    public var rules: RuleBook?
    /// Plan offices for a focus that has none (a mainland city has no offices; its plans are partners).
    public var allowFirstOffice: Bool
    /// For partner plans: the exchange area the target scores match, if any.
    public var area: String?
    /// For partner plans: the target weights.
    public var weights: TargetWeights

    /// Makes options.
    public init(layer: String = "eto", budget: Int = 5, objective: PlanObjective? = nil, reach: OfficeReach = .subregion,
                maximumCountriesPerOffice: Int = 5, maximumDistanceKm: Double = 2_000, neighbourShare: Double = 0.5,
                rules: RuleBook? = nil, allowFirstOffice: Bool = false,
                area: String? = nil, weights: TargetWeights = TargetWeights()) {
        self.layer = layer
        self.budget = budget
        self.objective = objective
        self.reach = reach
        self.maximumCountriesPerOffice = maximumCountriesPerOffice
        self.maximumDistanceKm = maximumDistanceKm
        self.neighbourShare = neighbourShare
        self.rules = rules
        self.allowFirstOffice = allowFirstOffice
        self.area = area
        self.weights = weights
    }
}

/// The candidate a pick was preferred to.
public struct PlanRunnerUp: Sendable, Hashable {
    /// Its ID.
    public var id: String
    /// Its name.
    public var name: String
    /// Its marginal gain at that step.
    public var gain: Double
}

/// One pick of a plan.
public struct PlanPick: Sendable, Hashable {
    /// The host city (an office) or the partner; for an office in a country with no city in the
    /// dataset, the country itself.
    public var hostID: String
    /// Its name ("Dubai, United Arab Emirates").
    public var hostName: String
    /// The country it lies in.
    public var countryID: String
    /// Why it was chosen: for an office, its host and why (the capital); for a partner, its target
    /// score and what it newly brings.
    public var detail: PickDetail
    /// For an office, the countries it newly covers, sorted; for a partner, the exchange areas and the
    /// sub-region it newly brings.
    public var newlyCovered: [String]
    /// The objective it adds: its marginal gain.
    public var gain: Double
    /// The objective after this pick.
    public var cumulative: Double
    /// The best candidate not taken at this step, with its gain.
    public var runnerUp: PlanRunnerUp?
    /// Rules the pick breaks under a `warn` policy.
    public var warnings: [RuleFinding]
}

/// A plan: picks in order with their marginal gains, and the policies it was made under.
public struct Plan: Sendable {
    /// The focus.
    public var focusID: String
    /// The layer.
    public var layer: String
    /// What was raised.
    public var objective: PlanObjective
    /// The picks, in the order the greedy made them.
    public var picks: [PlanPick]
    /// For office plans, the objective of everything not yet covered: what a plan could reach at most.
    public var uncoveredTotal: Double?
    /// For office plans, the objective already covered before the plan.
    public var coveredBefore: Double?
    /// The rules the picks obey.
    public var rules: RuleBook
    /// The plan's other policies: what an office covers, how equal gains are broken.
    public var policies: [PlanPolicy]
}

/// Chooses K additions that most raise an objective, greedily: each step takes the candidate with
/// the largest marginal gain. Equal gains are broken by a stated secondary criterion, never by ID.
///
/// Both objectives are monotone and submodular (weighted coverage; a sum of target scores with
/// geometrically diminishing returns per country, plus coverage of areas and sub-regions). The greedy
/// therefore reaches at least (1 − 1/e) ≈ 63% of the best possible choice of K (Nemhauser, Wolsey and
/// Fisher 1978), and no polynomial algorithm does better in general (Feige 1998).
public enum PlanOptimizer {
    /// Makes the plan.
    /// - Throws: ``AnalysisError`` for an unknown focus or layer, a budget below 1, an objective that
    ///   does not fit the layer, or an office plan for a focus with no office (unless allowed).
    /// - Complexity: O(K · C · s), C candidates covering at most s countries each.
    public static func run(focus focusQuery: String, in network: PartnershipNetwork, options: PlanOptions = PlanOptions()) throws(AnalysisError) -> Plan {
        let focus = try network.requireEntity(focusQuery)
        guard TargetOptions.targetLayers.contains(options.layer) else {
            throw .invalid("the layer '\(options.layer)' for a plan", expected: "plans pick offices (eto) or partners (sister, cooperation)")
        }
        guard options.budget >= 1 else { throw .missing("budget", expected: "a budget of at least 1") }
        guard (0...1).contains(options.neighbourShare) else {
            throw .invalid("the neighbour share \(options.neighbourShare)", expected: "a share from 0 (hosts only) to 1 (neighbours count whole)")
        }
        let offices = options.layer == Layer.eto.id
        let objective = options.objective ?? (offices ? .defaultForOffices(in: network) : .partnerValue)
        guard objective.isForOffices == offices else {
            throw .invalid("the objective \(objective.rawValue) on the \(options.layer) layer",
                           expected: offices ? "an office objective: \(PlanObjective.allCases.filter(\.isForOffices).map(\.rawValue).joined(separator: ", "))"
                                             : "partner-value, the objective of partner plans")
        }
        var options = options
        options.rules = options.rules ?? RuleBook(dataset: network.metadata.rulePolicies)
        if offices {
            return try OfficePlanner.plan(focus: focus, in: network, options: options, objective: objective)
        }
        return try PartnerPlanner.plan(focus: focus, in: network, options: options)
    }
}
