import LiaisonGraph

/// Office plans: new offices, each hosted in a city (``OfficeHost``) and covering its host country
/// plus, with ``OfficeReach/subregion``, the nearest uncovered countries of its sub-region.
enum OfficePlanner {
    /// The office plan for a focus.
    /// - Complexity: O(K · C · s) for C uncovered countries, s countries per office, plus O(C² log C) for the reach.
    static func plan(focus: Entity, in network: PartnershipNetwork, options: PlanOptions, objective: PlanObjective) throws(AnalysisError) -> Plan {
        let coverage = network.coverage(of: focus.id)
        let covered = Set(coverage.countries(on: Layer.eto.id))
        if !coverage.hasOffices(in: network) && !options.allowFirstOffice {
            throw .invalid("an office plan for \(focus.name)",
                           expected: "\(focus.name) has no office, so its plans are partners (--layer sister or cooperation); ask for a first office network explicitly (--first-offices) to plan one")
        }
        let checker = RuleChecker(focus: focus, layer: Layer.eto.id, in: network, book: options.rules ?? RuleBook())
        // Countries an office may cover: sovereign states that break no enforced rule but `existing-tie`.
        var findings: [String: [RuleFinding]] = [:]
        let eligible = network.entities.filter { country in
            guard country.kind == .country, country.attributes.politicalStatus != .territory else { return false }
            let found = checker.findings(for: country).filter { $0.rule != .existingTie }
            findings[country.id] = found
            return !found.contains { $0.policy == .enforce }
        }
        let weight = Dictionary(uniqueKeysWithValues: eligible.map { ($0.id, objective.weight(of: $0)) })
        let uncovered = eligible.filter { !covered.contains($0.id) }
        let coveredBefore = eligible.filter { covered.contains($0.id) }.reduce(0) { $0 + (weight[$1.id] ?? 0) }
        let hosts = OfficeHost.hosts(in: network)
        let bySubregion = Dictionary(grouping: uncovered, by: { $0.attributes.subregion ?? $0.id })

        struct Candidate { var country: Entity; var hostID: String; var hostName: String; var detail: PickDetail; var covers: Set<String> }
        var candidates: [Candidate] = []
        // A host is a country with a city in the data to name, and one that counts under the objective
        // (an office for Belt and Road coverage sits in a Belt and Road country); the others can still be covered.
        for country in uncovered where hosts[country.id] != nil && (weight[country.id] ?? 0) > 0 {
            var covers: Set<String> = [country.id]
            if options.reach == .subregion, let here = country.attributes.location {
                // The countries of the sub-region, within reach of the host, that weigh most under the objective (then by
                // population, then name): every host of a sub-region offers the same coverage, so
                // the choice among them falls to the tie-break, the largest host country.
                let neighbours = (bySubregion[country.attributes.subregion ?? country.id] ?? [])
                    .filter { $0.id != country.id && (weight[$0.id] ?? 0) > 0 && $0.attributes.location.map { here.distance(to: $0) <= options.maximumDistanceKm } == true }
                    .sorted { (weight[$0.id] ?? 0, $0.attributes.population ?? 0, $1.name) > (weight[$1.id] ?? 0, $1.attributes.population ?? 0, $0.name) }
                covers.formUnion(neighbours.prefix(max(0, options.maximumCountriesPerOffice - 1)).map(\.id))
            }
            let host = hosts[country.id]
            candidates.append(Candidate(country: country, hostID: host?.city.id ?? country.id,
                                        hostName: host.map { "\($0.city.name), \(country.name)" } ?? country.name,
                                        detail: .office(hostCityID: host?.city.id, reason: host?.reason, countryID: country.id),
                                        covers: covers))
        }
        // Equal gains fall to the more populous host country (a regional office sits in the region's
        // largest market), then the larger population newly covered, then the host's name.
        let population = Dictionary(uniqueKeysWithValues: eligible.map { ($0.id, Double($0.attributes.population ?? 0)) })
        let share = options.neighbourShare
        let chosen = greedyCoverage(candidates: candidates.map { c in
            CoverageCandidate(id: c.hostID, name: c.hostName, covers: c.covers,
                              credits: Dictionary(uniqueKeysWithValues: c.covers.subtracting([c.country.id]).map { ($0, share) }))
        },
                                    weight: { weight[$0] ?? 0 }, budget: options.budget, prefer: { a, b, already in
            let ha = population[candidates[a].country.id] ?? 0, hb = population[candidates[b].country.id] ?? 0
            if ha != hb { return ha > hb }
            let na = candidates[a].covers.filter { already[$0] == nil }, nb = candidates[b].covers.filter { already[$0] == nil }
            let pa = na.reduce(0) { $0 + (population[$1] ?? 0) }, pb = nb.reduce(0) { $0 + (population[$1] ?? 0) }
            if pa != pb { return pa > pb }
            return candidates[a].hostName < candidates[b].hostName
        })
        let picks = chosen.map { step, newly, cumulative -> PlanPick in
            let c = candidates[step.index]
            return PlanPick(hostID: c.hostID, hostName: c.hostName, countryID: c.country.id, detail: c.detail, newlyCovered: newly,
                            gain: step.gain, cumulative: cumulative,
                            runnerUp: step.runnerUp.map { PlanRunnerUp(id: candidates[$0.index].hostID, name: candidates[$0.index].hostName, gain: $0.gain) },
                            warnings: findings[c.country.id] ?? [])
        }
        var policies: [PlanPolicy] = []
        if objective.usesGDP {
            let years = eligible.compactMap(\.attributes.gdpYear)
            let unknown = eligible.filter { $0.attributes.gdpUSD == nil && (objective == .gdp || $0.attributes.beltAndRoad?.isMember == true) }
            policies.append(.gdpSource(firstYear: years.min(), lastYear: years.max(),
                                       countriesWithoutFigure: unknown.sorted { ($0.name, $0.id) < ($1.name, $1.id) }.map(\.id)))
        }
        let reach: PlanPolicy = options.reach == .subregion
            ? .subregionReach(maximumKm: Int(options.maximumDistanceKm), maximumCountries: options.maximumCountriesPerOffice, neighbourShare: share)
            : .hostCountryOnly
        return Plan(focusID: focus.id, layer: Layer.eto.id, objective: objective, picks: picks,
                    uncoveredTotal: uncovered.reduce(0) { $0 + (weight[$1.id] ?? 0) }, coveredBefore: coveredBefore, rules: options.rules ?? RuleBook(),
                    policies: policies + [reach, .hostRule(commercialTags: OfficeHost.commercialTags.sorted()), .officeTieBreak, .officeExclusions])
    }
}
