import Foundation
import LiaisonGraph

/// Ranks candidate partners (or, for the `eto` layer, countries for a new office) for a focus by
/// explicit, weighted criteria, after applying the rules of the field.
///
/// The rules, in the order they are checked (the first that applies is reported):
/// 1. `domestic`: a candidate in the focus's own country (or in a territory it counts as its own)
///    is not a foreign partner.
/// 2. `already-tied`: the focus or one of its agents already has a tie of this layer, in force.
/// 3. `no-diplomatic-relations`: the candidate's country (a territory's sovereign) has no diplomatic
///    relations with the People's Republic of China.
/// 4. `formal-friend-of-another-chinese-city` (sister layer only): the candidate already has a
///    formal friendship tie, in force, with another Chinese city; cooperation ties are exempt.
/// 5. `level-not-comparable` (cities only): a district or county against a focus of sub-provincial
///    tier or above, or populations more than `maximumPopulationRatio` apart.
public enum TargetRanking {
    /// Ranks the candidates.
    /// - Throws: ``AnalysisError`` for an unknown focus, layer, area or region.
    /// - Complexity: O(n + m) plus the link prediction, O(Σ deg) over the focus's neighbours.
    public static func run(focus focusQuery: String, in network: PartnershipNetwork, options: TargetOptions = TargetOptions()) throws(AnalysisError) -> TargetReport {
        let focus = try network.requireEntity(focusQuery)
        guard network.layer(withID: options.layer) != nil else { throw .unknownLayer(options.layer, known: network.layers.map(\.id)) }
        if let area = options.area, !network.areas.contains(area) {
            throw .unknownArea(area, known: network.areas)
        }
        var regionCountries: Set<String>?
        if !options.regions.isEmpty {
            var found = Set<String>()
            for region in options.regions {
                let countries = network.countries(inRegion: region)
                if countries.isEmpty { throw .unknownRegion(region, known: network.regionNames) }
                found.formUnion(countries)
            }
            regionCountries = found
        }
        var priority = Set<String>()
        for region in options.weights.priorityRegions {
            let countries = network.countries(inRegion: region)
            if countries.isEmpty { throw .unknownRegion(region, known: network.regionNames) }
            priority.formUnion(countries)
        }
        let ranksCountries = options.layer == Layer.eto.id
        let inForce: Set<TieStatus> = [.intent, .active, .dormant]
        let agents = Set(network.agents(of: focus.id))
        let coverage = network.coverage(of: focus.id)

        // The structural graph: ties in force on every layer, plus containment (city–province–country),
        // so that "we already cover its country" counts as a shared neighbour.
        let structure = structuralGraph(network, agents: agents, focus: focus.id)
        let source = structure.graph.localIndex(of: focus.id)
        let prediction = source.map { structure.graph.linkPrediction(from: $0) } ?? []

        // Peers' partners.
        let peers = network.metadata.peerIDs.filter { $0 != focus.id }
        var peerTies: [String: Int] = [:]
        for peer in peers {
            var partners = Set<String>()
            for tie in network.ties(of: peer) where inForce.contains(tie.status) && (tie.layer == "sister" || tie.layer == "cooperation") {
                partners.insert(tie.from == peer ? tie.to : tie.from)
            }
            for p in partners { peerTies[p, default: 0] += 1 }
        }
        // Countries reached by peers, for the office layer.
        var peerCountries: [String: Int] = [:]
        if ranksCountries {
            for peer in peers {
                let countries = Set(network.coverage(of: peer).countries(onAnyOf: ["sister", "cooperation"]))
                for c in countries { peerCountries[c, default: 0] += 1 }
            }
        }

        var candidates: [(entity: Entity, raw: [String: (basis: String, value: Double)])] = []
        var excluded: [TargetExclusion] = []
        let pool = network.entities.filter { ranksCountries ? ($0.kind == .country && $0.attributes.politicalStatus != .territory) : $0.kind == .city }
        for entity in pool where entity.id != focus.id && !agents.contains(entity.id) {
            let countryID = entity.kind == .country ? entity.id : (entity.countryID ?? "")
            if let regionCountries, !regionCountries.contains(countryID) { continue }
            let country = network.entity(withID: countryID)
            func exclude(_ rule: TargetRule, _ reason: String) {
                excluded.append(TargetExclusion(entityID: entity.id, name: entity.name, rule: rule, reason: reason))
            }
            if countryID == focus.countryID || countryID == focus.id || (country?.partOfID != nil && country?.partOfID == focus.countryID) {
                exclude(.domestic, "\(entity.name) lies in \(country?.name ?? countryID), the focus's own country")
                continue
            }
            if ranksCountries ? coverage.covers(entity.id, on: options.layer)
                : network.ties(of: entity.id, layer: options.layer).contains(where: { inForce.contains($0.status) && (agents.contains($0.from) || agents.contains($0.to)) }) {
                exclude(.alreadyTied, "\(focus.name) already has a \(options.layer) tie with \(entity.name)")
                continue
            }
            let sovereign = country?.partOfID.flatMap { network.entity(withID: $0) } ?? country
            if sovereign?.attributes.prcRelations == PRCRelations.none {
                exclude(.noDiplomaticRelations, "\(sovereign?.name ?? countryID) has no diplomatic relations with the People's Republic of China")
                continue
            }
            if options.layer == Layer.sister.id, !ranksCountries {
                let formal = network.ties(of: entity.id, layer: Layer.sister.id).filter { inForce.contains($0.status) }.map { $0.from == entity.id ? $0.to : $0.from }
                let chinese = formal.compactMap { network.entity(withID: $0) }.filter { $0.kind == .city && $0.countryID == "CN" && $0.id != focus.id }
                if let other = chinese.first {
                    exclude(.formalFriendElsewhere, "\(entity.name) is already the formal friendship city of \(other.name) (\(other.id)); it can still be a cooperation partner")
                    continue
                }
            }
            if !ranksCountries, let reason = levelMismatch(focus: focus, candidate: entity, ratio: options.maximumPopulationRatio) {
                exclude(.levelNotComparable, reason)
                continue
            }

            var raw: [String: (basis: String, value: Double)] = [:]
            if let local = structure.graph.localIndex(of: entity.id), !prediction.isEmpty {
                let p = prediction[local]
                raw["structure.cn"] = ("\(p.commonNeighbours) common neighbours", Double(p.commonNeighbours))
                raw["structure.aa"] = ("", p.adamicAdar)
                raw["structure.ra"] = ("", p.resourceAllocation)
            }
            let peerCount = ranksCountries ? (peerCountries[entity.id] ?? 0) : (peerTies[entity.id] ?? 0)
            raw["peers"] = ("\(peerCount) of \(peers.count) peers", peers.isEmpty ? 0 : Double(peerCount) / Double(peers.count))
            let bri = country?.attributes.beltAndRoad?.isMember == true
            raw["bri"] = (bri ? "Belt and Road country" : "no Belt and Road document", bri ? 1 : 0)
            let community = country?.attributes.overseasChinese ?? 0
            raw["diaspora"] = (community > 0 ? "\(grouped(community)) overseas Chinese" : "no figure", log10(1 + Double(community)))
            if let area = options.area {
                let tagged = entity.attributes.tags.contains { $0.lowercased() == area.lowercased() }
                let viaTies = network.ties(of: entity.id).contains { $0.areas.contains(area) }
                raw["area"] = (tagged ? "tagged \(area)" : (viaTies ? "ties cover \(area)" : "no \(area) tag"), tagged ? 1 : (viaTies ? 0.5 : 0))
            }
            let population = entity.attributes.population ?? 0
            raw["population"] = (population > 0 ? grouped(population) : "unknown", log10(1 + Double(population)))
            if let here = focus.attributes.location ?? network.entity(withID: focus.countryID ?? "")?.attributes.location,
               let there = entity.attributes.location ?? country?.attributes.location {
                let km = here.distance(to: there)
                raw["distance"] = ("\(Int(km.rounded())) km", max(0, 1 - km / 20_015))
            }
            if !priority.isEmpty { raw["region"] = (priority.contains(countryID) ? "priority region" : "", priority.contains(countryID) ? 1 : 0) }
            candidates.append((entity, raw))
        }

        // Normalise what needs it by the largest value among the candidates.
        func largest(_ key: String) -> Double { candidates.map { $0.raw[key]?.value ?? 0 }.max() ?? 0 }
        let maxima = ["structure.cn", "structure.aa", "structure.ra", "diaspora", "population"].reduce(into: [String: Double]()) { $0[$1] = largest($1) }
        var inUse = TargetWeights.criteria.filter { options.weights[$0] > 0 }
        if options.area == nil { inUse.removeAll { $0 == "area" } }
        if priority.isEmpty { inUse.removeAll { $0 == "region" } }
        let totalWeight = inUse.reduce(0) { $0 + options.weights[$1] }
        var ranked: [TargetCandidate] = []
        for (entity, raw) in candidates {
            var parts: [CriterionScore] = []
            for criterion in inUse {
                let weight = options.weights[criterion]
                var score = 0.0
                var basis = raw[criterion]?.basis ?? "unknown"
                switch criterion {
                case "structure":
                    let keys = ["structure.cn", "structure.aa", "structure.ra"]
                    score = keys.reduce(0) { sum, key in
                        let m = maxima[key] ?? 0
                        return sum + (m > 0 ? (raw[key]?.value ?? 0) / m : 0)
                    } / 3
                    basis = raw["structure.cn"]?.basis ?? "not in the graph"
                case "diaspora", "population":
                    let m = maxima[criterion] ?? 0
                    score = m > 0 ? (raw[criterion]?.value ?? 0) / m : 0
                default:
                    score = raw[criterion]?.value ?? 0
                }
                parts.append(CriterionScore(criterion: criterion, basis: basis, score: score, weight: weight,
                                            contribution: totalWeight > 0 ? score * weight / totalWeight : 0))
            }
            ranked.append(TargetCandidate(entityID: entity.id, name: entity.name, countryID: entity.kind == .country ? entity.id : (entity.countryID ?? ""),
                                          score: parts.reduce(0) { $0 + $1.contribution }, criteria: parts))
        }
        ranked.sort { ($0.score, $1.entityID) > ($1.score, $0.entityID) }
        excluded.sort { (TargetRule.allCases.firstIndex(of: $0.rule)!, $0.entityID) < (TargetRule.allCases.firstIndex(of: $1.rule)!, $1.entityID) }
        return TargetReport(focusID: focus.id, layer: options.layer, weights: options.weights, criteriaInUse: inUse, candidates: ranked, excluded: excluded)
    }

    /// Why two entities' levels are not comparable, or nil when they are.
    static func levelMismatch(focus: Entity, candidate: Entity, ratio: Double) -> String? {
        let minor: Set<String> = ["district", "county"]
        if let tier = focus.attributes.tier, tier >= .subProvincial, let level = candidate.attributes.level, minor.contains(level) {
            return "\(candidate.name) is a \(level); \(focus.name) is a \(tier.rawValue) city"
        }
        if let a = focus.attributes.population, let b = candidate.attributes.population, a > 0, b > 0 {
            let r = Double(max(a, b)) / Double(min(a, b))
            if r > ratio {
                return "populations differ \(Int(r.rounded()))-fold (\(grouped(b)) against \(grouped(a))); at most \(Int(ratio))-fold counts as comparable"
            }
        }
        return nil
    }

    /// Ties in force on every layer plus containment edges, with the focus's agents merged into it.
    static func structuralGraph(_ network: PartnershipNetwork, agents: Set<String>, focus: String) -> (graph: CompactGraph, ids: [String]) {
        // Ties in force, and each city and province joined to its country.
        let ties = network.ties.lazy.filter(\.status.isInForce).map { ($0.from, $0.to) }
        let containment = network.entities.lazy.filter { $0.kind == .city || $0.kind == .province }
            .compactMap { entity in entity.countryID.map { (entity.id, $0) } }
        let graph = AgentMergedGraph.make(ids: network.entities.map(\.id), agents: agents, focus: focus,
                                          pairs: Array(ties) + Array(containment), combining: .max)
        return (graph, graph.entityIDs)
    }
}
