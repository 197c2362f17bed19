import Foundation
import LiaisonGraph

/// Partner plans: new sister or cooperation partners chosen for what they bring, by the
/// `partner-value` objective: each partner's target score (``TargetRanking``, so every enforced rule
/// holds), halved for each partner the focus already has or gains in the same country, plus
/// ``areaBonus`` for each exchange area and ``regionBonus`` for each UN M49 sub-region it newly brings.
/// Places inside a ranked seat's urban area (``UrbanAreaSeats``) are left to the seat.
enum PartnerPlanner {
    /// What a newly covered exchange area adds, on the target score's 0–1 scale.
    static let areaBonus = 0.1
    /// What a newly reached sub-region adds.
    static let regionBonus = 0.1
    /// The factor a partner's score keeps for each partner already in its country.
    static let countryDecay = 0.5

    /// The partner plan for a focus.
    /// - Complexity: that of ``TargetRanking/run(focus:in:options:)``, plus O(K · C) for C candidates.
    static func plan(focus: Entity, in network: PartnershipNetwork, options: PlanOptions) throws(AnalysisError) -> Plan {
        let report = try TargetRanking.run(focus: focus.id, in: network, options: TargetOptions(
            layer: options.layer, area: options.area, weights: options.weights, rules: options.rules))
        // A district or suburb is left to the seat of government whose urban area it lies in.
        let candidates = report.candidates.filter { report.urbanAreaSeats[$0.entityID] == nil }
        // What the greedy reads at every step of every candidate, in flat arrays: copying a ranked
        // candidate (its explanation strings) per look-up cost more than the ranking's own scoring.
        let scores = candidates.map(\.score)
        let entities = candidates.map { network.entity(withID: $0.entityID) }
        let populations = entities.map { $0?.attributes.population ?? 0 }
        var regionOf: [String: String] = [:]
        for country in network.entities where country.kind == .country {
            if let region = country.attributes.subregion ?? country.attributes.region { regionOf[country.id] = region }
        }
        func subregion(_ countryID: String) -> String? { regionOf[countryID] }
        func areas(of entity: Entity?) -> Set<String> {
            guard let entity else { return [] }
            return Set(network.areas.filter { !ExchangeAreaTags.matching(entity, area: $0).isEmpty })
        }

        // What the focus has already: partners per country, exchange areas, sub-regions.
        var perCountry: [String: Int] = [:]
        var partners = Set<String>()
        var areasHeld = Set<String>()
        var regionsHeld = Set<String>()
        for agent in network.agents(of: focus.id) {
            for tie in network.ties(of: agent) where tie.status.isInForce && (tie.layer == Layer.sister.id || tie.layer == Layer.cooperation.id) {
                let far = tie.from == agent ? tie.to : tie.from
                guard let partner = network.entity(withID: far), let country = network.coveredCountry(at: far),
                      RuleChecker.sovereignID(of: partner, in: network) != RuleChecker.sovereignID(of: focus, in: network) else { continue }
                if partners.insert(far).inserted { perCountry[country, default: 0] += 1 }
                areasHeld.formUnion(tie.areas)
                areasHeld.formUnion(areas(of: partner))
                if let region = subregion(country) { regionsHeld.insert(region) }
            }
        }
        // Each candidate's areas, sub-region and country, found once and kept as small integers: the
        // greedy asks for them at every step of every candidate.
        let candidateAreas = entities.map(areas(of:))
        let candidateRegions = candidates.map { subregion($0.countryID) }
        var countryNumbers: [String: Int] = [:]
        let countryNumber = candidates.map { c -> Int in
            if let k = countryNumbers[c.countryID] { return k }
            countryNumbers[c.countryID] = countryNumbers.count
            return countryNumbers.count - 1
        }
        var partnersInCountry = [Int](repeating: 0, count: countryNumbers.count)
        for (country, count) in perCountry { if let k = countryNumbers[country] { partnersInCountry[k] = count } }
        let isPartner = candidates.map { partners.contains($0.entityID) }
        func newAreas(_ i: Int) -> Set<String> { candidateAreas[i].isEmpty ? [] : candidateAreas[i].subtracting(areasHeld) }
        func newRegion(_ i: Int) -> String? { candidateRegions[i].flatMap { regionsHeld.contains($0) ? nil : $0 } }
        // Partners already in the candidate's country, the candidate itself not counted (a cooperation
        // partner proposed as a friendship city is an upgrade, not a second partner).
        func others(_ i: Int) -> Int { partnersInCountry[countryNumber[i]] - (isPartner[i] ? 1 : 0) }
        func gain(_ i: Int) -> Double {
            let decay = pow(countryDecay, Double(others(i)))
            let areaGain = candidateAreas[i].isEmpty ? 0 : areaBonus * Double(newAreas(i).count)
            return scores[i] * decay + areaGain + (newRegion(i) == nil ? 0 : regionBonus)
        }
        var details: [Int: (detail: PickDetail, newly: [String])] = [:]
        let steps = greedySelection(count: candidates.count, budget: options.budget, gain: gain, prefer: { a, b in
            // Equal gains: the higher target score, then the larger population, then the name.
            if scores[a] != scores[b] { return scores[a] > scores[b] }
            if populations[a] != populations[b] { return populations[a] > populations[b] }
            return candidates[a].name < candidates[b].name
        }, take: { i in
            let already = others(i)
            let upgrade = isPartner[i]
            let areas = newAreas(i).sorted()
            let region = newRegion(i)
            let detail = PickDetail.partner(score: candidates[i].score, upgradesTo: upgrade ? options.layer : nil, countryID: candidates[i].countryID,
                                            partnerNumber: already + 1, decay: pow(countryDecay, Double(already)), areas: areas, subregion: region)
            details[i] = (detail, areas + (region.map { [$0] } ?? []))
            if !isPartner[i] { partnersInCountry[countryNumber[i]] += 1 }
            areasHeld.formUnion(areas)
            if let region { regionsHeld.insert(region) }
        })
        var total = 0.0
        let picks = steps.map { step -> PlanPick in
            total += step.gain
            let c = candidates[step.index]
            return PlanPick(hostID: c.entityID, hostName: c.name, countryID: c.countryID, detail: details[step.index]?.detail ?? .partner(score: c.score, upgradesTo: nil, countryID: c.countryID, partnerNumber: 1, decay: 1, areas: [], subregion: nil),
                            newlyCovered: details[step.index]?.newly ?? [], gain: step.gain, cumulative: total,
                            runnerUp: step.runnerUp.map { PlanRunnerUp(id: candidates[$0.index].entityID, name: candidates[$0.index].name, gain: $0.gain) },
                            warnings: c.warnings)
        }
        return Plan(focusID: focus.id, layer: options.layer, objective: .partnerValue, picks: picks, uncoveredTotal: nil, coveredBefore: nil,
                    rules: options.rules ?? RuleBook(),
                    policies: [.partnerCandidates(layer: options.layer, leftToSeats: report.urbanAreaSeats.count), .partnerValue(areaBonus: areaBonus, regionBonus: regionBonus), .partnerTieBreak])
    }
}
