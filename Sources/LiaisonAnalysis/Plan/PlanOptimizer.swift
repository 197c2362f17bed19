import LiaisonGraph

/// What a plan tries to raise: a weighted count of the countries it newly covers.
public enum PlanObjective: String, Sendable, CaseIterable {
    /// Belt and Road countries newly covered, weighted by population.
    case beltAndRoadPopulation = "bri-population"
    /// Belt and Road countries newly covered, each counting one.
    case beltAndRoadCountries = "bri-countries"
    /// Overseas Chinese people in the countries newly covered.
    case diaspora
    /// People in the countries newly covered.
    case population
    /// Countries newly covered, each counting one.
    case countries

    /// A country's weight under this objective (0 when it does not count).
    public func weight(of country: Entity) -> Double {
        let bri = country.attributes.beltAndRoad?.isMember == true
        switch self {
        case .beltAndRoadPopulation: return bri ? Double(country.attributes.population ?? 0) : 0
        case .beltAndRoadCountries: return bri ? 1 : 0
        case .diaspora: return Double(country.attributes.overseasChinese ?? 0)
        case .population: return Double(country.attributes.population ?? 0)
        case .countries: return 1
        }
    }

    /// The unit of the objective, for reports.
    public var unit: String {
        switch self {
        case .beltAndRoadPopulation, .population: return "people"
        case .beltAndRoadCountries, .countries: return "countries"
        case .diaspora: return "overseas Chinese"
        }
    }
}

/// Which countries a new office would cover.
public enum OfficeReach: String, Sendable, CaseIterable {
    /// Its host country only.
    case country
    /// Its host country and the nearest not yet covered countries of the host's UN M49 sub-region
    /// (up to ``PlanOptions/maximumCountriesPerOffice``), as the regional offices in Jakarta or
    /// Brussels do.
    case subregion
}

/// Options of a plan.
public struct PlanOptions: Sendable {
    /// The layer: `eto` picks offices (a host and the countries it covers); `sister` or `cooperation`
    /// pick partner cities (each covering its country).
    public var layer: String
    /// How many to pick.
    public var budget: Int
    /// What to raise.
    public var objective: PlanObjective
    /// What a new office covers.
    public var reach: OfficeReach
    /// The most countries one new office covers, its host's included (today's offices cover 1 to 14).
    public var maximumCountriesPerOffice: Int

    /// Makes options.
    public init(layer: String = "eto", budget: Int = 5, objective: PlanObjective = .beltAndRoadPopulation, reach: OfficeReach = .subregion,
                maximumCountriesPerOffice: Int = 8) {
        self.layer = layer
        self.budget = budget
        self.objective = objective
        self.reach = reach
        self.maximumCountriesPerOffice = maximumCountriesPerOffice
    }
}

/// One pick of a plan.
public struct PlanPick: Sendable, Hashable {
    /// The host city (an office) or partner city; for an office in a country with no city in the
    /// dataset, the country itself.
    public var hostID: String
    /// Its name.
    public var hostName: String
    /// The countries it newly covers, sorted.
    public var newlyCovered: [String]
    /// The objective it adds: its marginal gain.
    public var gain: Double
    /// The objective after this pick.
    public var cumulative: Double
}

/// A plan: picks in order with their marginal gains.
public struct Plan: Sendable {
    /// The focus.
    public var focusID: String
    /// The options used.
    public var layer: String
    /// What was raised.
    public var objective: PlanObjective
    /// The picks, in the order the greedy made them.
    public var picks: [PlanPick]
    /// The objective of everything not yet covered: what a plan could reach at most.
    public var uncoveredTotal: Double
    /// The objective already covered before the plan.
    public var coveredBefore: Double
}

/// Chooses K additions that most raise a coverage objective, greedily: each step takes the
/// candidate with the largest marginal gain (ties broken by host ID).
///
/// The objective, the total weight of the countries covered, is a weighted coverage function:
/// monotone and submodular. The greedy therefore reaches at least (1 − 1/e) ≈ 63% of the best
/// possible choice of K (Nemhauser, Wolsey and Fisher 1978), and no polynomial algorithm does
/// better in general (Feige 1998).
public enum PlanOptimizer {
    /// Makes the plan.
    /// - Throws: ``AnalysisError`` for an unknown focus or layer, or a budget below 1.
    /// - Complexity: O(K · C · s), C candidates covering at most s countries each.
    public static func run(focus focusQuery: String, in network: PartnershipNetwork, options: PlanOptions = PlanOptions()) throws(AnalysisError) -> Plan {
        let focus = try network.requireEntity(focusQuery)
        guard network.layer(withID: options.layer) != nil else { throw .unknownLayer(options.layer, known: network.layers.map(\.id)) }
        guard options.budget >= 1 else { throw .missing("budget", expected: "a budget of at least 1") }
        let coverage = network.coverage(of: focus.id)
        let covered = Set(options.layer == Layer.eto.id ? coverage.countries(on: Layer.eto.id)
                                                        : coverage.countries(onAnyOf: [options.layer]))
        let eligible = network.entities.filter { country in
            country.kind == .country && country.attributes.politicalStatus != .territory && country.id != focus.countryID
                && country.attributes.prcRelations != PRCRelations.none
        }
        let weight = Dictionary(uniqueKeysWithValues: eligible.map { ($0.id, options.objective.weight(of: $0)) })
        let uncovered = eligible.filter { !covered.contains($0.id) }
        let coveredBefore = eligible.filter { covered.contains($0.id) }.reduce(0) { $0 + (weight[$1.id] ?? 0) }

        // Candidates: for an office, one per uncovered country, hosted in its most populous city in the
        // dataset; for partners, every foreign city in an eligible country not yet tied on the layer.
        struct Candidate { var hostID: String; var hostName: String; var covers: Set<String> }
        var candidates: [Candidate] = []
        let bySubregion = Dictionary(grouping: uncovered, by: { $0.attributes.subregion ?? $0.id })
        if options.layer == Layer.eto.id {
            let citiesByCountry = Dictionary(grouping: network.entities.filter { $0.kind == .city }, by: { $0.countryID ?? "" })
            for country in uncovered {
                let host = citiesByCountry[country.id]?.max { ($0.attributes.population ?? 0, $1.id) < ($1.attributes.population ?? 0, $0.id) }
                var covers: Set<String> = [country.id]
                if options.reach == .subregion, let here = country.attributes.location {
                    // The nearest neighbours in the sub-region, by distance between capitals; ties by ID.
                    let neighbours = (bySubregion[country.attributes.subregion ?? country.id] ?? [])
                        .filter { $0.id != country.id && $0.attributes.location != nil }
                        .map { (id: $0.id, km: here.distance(to: $0.attributes.location!)) }
                        .sorted { ($0.km, $0.id) < ($1.km, $1.id) }
                    covers.formUnion(neighbours.prefix(max(0, options.maximumCountriesPerOffice - 1)).map(\.id))
                }
                candidates.append(Candidate(hostID: host?.id ?? country.id, hostName: host.map { "\($0.name), \(country.name)" } ?? country.name, covers: covers))
            }
        } else {
            let eligibleIDs = Set(eligible.map(\.id))
            let agents = Set(network.agents(of: focus.id))
            for city in network.entities where city.kind == .city && eligibleIDs.contains(city.countryID ?? "") && !covered.contains(city.countryID ?? "") {
                let tied = network.ties(of: city.id, layer: options.layer).contains { agents.contains($0.from) || agents.contains($0.to) }
                if !tied, let country = city.countryID { candidates.append(Candidate(hostID: city.id, hostName: city.name, covers: [country])) }
            }
        }
        candidates.sort { $0.hostID < $1.hostID }

        let picks = greedyCoverage(candidates: candidates.map { CoverageCandidate(id: $0.hostID, name: $0.hostName, covers: $0.covers) },
                                   weight: { weight[$0] ?? 0 }, budget: options.budget)
        let uncoveredTotal = uncovered.reduce(0) { $0 + (weight[$1.id] ?? 0) }
        return Plan(focusID: focus.id, layer: options.layer, objective: options.objective, picks: picks, uncoveredTotal: uncoveredTotal, coveredBefore: coveredBefore)
    }
}

/// A set a greedy coverage may pick: an ID, a name and the elements it covers.
package struct CoverageCandidate: Sendable {
    package var id: String
    package var name: String
    package var covers: Set<String>
}

/// Greedy weighted maximum coverage: up to `budget` picks, each the candidate with the largest
/// marginal gain (ties broken by order in `candidates`), stopping when nothing adds.
/// - Complexity: O(budget · Σ |covers|).
package func greedyCoverage(candidates: [CoverageCandidate], weight: (String) -> Double, budget: Int) -> [PlanPick] {
    var picks: [PlanPick] = []
    var covered = Set<String>()
    var total = 0.0
    var used = Set<Int>()
    for _ in 0..<max(0, budget) {
        var best: (index: Int, gain: Double)?
        for (i, candidate) in candidates.enumerated() where !used.contains(i) {
            let gain = candidate.covers.subtracting(covered).reduce(0) { $0 + weight($1) }
            if best == nil || gain > best!.gain { best = (i, gain) }
        }
        guard let best, best.gain > 0 else { break }
        used.insert(best.index)
        let candidate = candidates[best.index]
        let new = candidate.covers.subtracting(covered)
        covered.formUnion(new)
        total += best.gain
        picks.append(PlanPick(hostID: candidate.id, hostName: candidate.name, newlyCovered: new.sorted(), gain: best.gain, cumulative: total))
    }
    return picks
}
