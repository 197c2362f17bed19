import Foundation
import LiaisonGraph

/// Ranks candidate partners (cities and provinces, for `sister` and `cooperation`) or countries for
/// a new office (`eto`, each with a proposed host city) for a focus, by explicit weighted criteria
/// (``TargetCriterion``), after the rules of the field (``RuleBook``, checked by ``RuleChecker``):
/// a candidate that breaks an enforced rule is excluded with the reason, one that breaks a rule under
/// `warn` is ranked and flagged.
public enum TargetRanking {
    /// Ranks the candidates.
    /// - Throws: ``AnalysisError`` for an unknown focus, area or region, or a layer with no target meaning.
    /// - Complexity: O(n + m) for the structure graph and the candidates, plus O(Σ deg) for link prediction.
    public static func run(focus focusQuery: String, in network: PartnershipNetwork, options: TargetOptions = TargetOptions()) throws(AnalysisError) -> TargetReport {
        let focus = try network.requireEntity(focusQuery)
        guard TargetOptions.targetLayers.contains(options.layer) else {
            throw .invalid("the layer '\(options.layer)' for targets",
                           expected: "targets exist on sister and cooperation (partner cities and provinces) and eto (countries for a new office); \(options.layer == Layer.bri.id || options.layer == Layer.diaspora.id ? "Belt and Road documents and diaspora communities are facts of a country, not ties a city proposes" : "the layer has no target meaning")")
        }
        if let area = options.area, !network.areas.contains(area) { throw .unknownArea(area, known: network.areas) }
        let regionCountries = try options.regions.isEmpty ? nil : network.requireCountries(inRegions: options.regions)
        let priority = try network.requireCountries(inRegions: options.weights.priorityRegions)
        let ranksCountries = options.layer == Layer.eto.id
        let book = options.rules ?? RuleBook(dataset: network.metadata.rulePolicies)
        let checker = RuleChecker(focus: focus, layer: options.layer, in: network, book: book,
                                  maximumPopulationRatio: options.maximumPopulationRatio)
        let agents = Set(network.agents(of: focus.id))
        let peers = network.metadata.peerIDs.filter { $0 != focus.id && network.entity(withID: $0) != nil }
        let home = RuleChecker.sovereignID(of: focus, in: network)
        let structure = TargetStructure.scores(focus: focus, agents: agents, layer: options.layer,
                                               hubs: Set(peers).union(home.map { [$0] } ?? []), byCountry: ranksCountries, in: network)
        let peerReach = peerPartners(peers, byCountry: ranksCountries, in: network)
        let hosts = ranksCountries ? OfficeHost.hosts(in: network) : [:]

        struct Raw { var entity: Entity; var country: Entity?; var host: (city: Entity, reason: HostReason)?; var warnings: [RuleFinding] }
        var pool: [Raw] = []
        var excluded: [TargetExclusion] = []
        for entity in network.entities where entity.id != focus.id && !agents.contains(entity.id) {
            if ranksCountries {
                guard entity.kind == .country, entity.attributes.politicalStatus != .territory else { continue }
            } else {
                guard entity.kind == .city || entity.kind == .province else { continue }
            }
            let countryID = entity.kind == .country ? entity.id : (entity.countryID ?? "")
            if let regionCountries, !regionCountries.contains(countryID) { continue }
            let findings = checker.findings(for: entity)
            if let rule = findings.first(where: { $0.policy == .enforce }) {
                excluded.append(TargetExclusion(entityID: entity.id, name: entity.name, rule: rule.rule, reason: rule.reason))
                continue
            }
            pool.append(Raw(entity: entity, country: network.entity(withID: countryID), host: hosts[entity.id], warnings: findings))
        }

        // Scales: the largest link-prediction values among the candidates; the log ranges of
        // communities (over every country of the network) and populations (over every entity of the
        // candidates' kinds), so that a score does not swing with the size of the pool.
        let maxima = (
            cn: pool.map { Double(structure[$0.entity.id]?.commonNeighbours ?? 0) }.max() ?? 0,
            aa: pool.map { structure[$0.entity.id]?.adamicAdar ?? 0 }.max() ?? 0,
            ra: pool.map { structure[$0.entity.id]?.resourceAllocation ?? 0 }.max() ?? 0)
        let kinds = Set(pool.map(\.entity.kind))
        let diasporaScale = LogScale(network.entities.lazy.filter { $0.kind == .country }.compactMap(\.attributes.overseasChinese))
        let populationScale = LogScale(network.entities.lazy.filter { kinds.contains($0.kind) }.compactMap(\.attributes.population))
        // GDP in millions of US dollars: whole numbers for the log scale, whose +1 stays negligible.
        let economyScale = LogScale(network.entities.lazy.filter { $0.kind == .country }.compactMap { $0.attributes.gdpUSD.map { Int(($0 / 1e6).rounded()) } })
        var inUse = TargetCriterion.allCases.filter { options.weights[$0] > 0 }
        if options.area == nil { inUse.removeAll { $0 == .area } }
        if priority.isEmpty { inUse.removeAll { $0 == .region } }
        if peers.isEmpty { inUse.removeAll { $0 == .peers } }
        if !ranksCountries || !network.countriesCarryGDP { inUse.removeAll { $0 == .economy } }
        let totalWeight = inUse.reduce(0) { $0 + options.weights[$1] }
        let here = focus.attributes.location ?? network.entity(withID: focus.countryID ?? "")?.attributes.location

        var ranked: [TargetCandidate] = []
        for raw in pool {
            let entity = raw.entity, country = raw.country
            var parts: [CriterionScore] = []
            for criterion in inUse {
                let (found, score) = criterionScore(criterion)
                let basis = criterion == .area ? ExchangeAreaTags.citingOtherStrengths(found, of: raw.host?.city ?? entity, area: options.area ?? "") : found
                let weight = options.weights[criterion]
                parts.append(CriterionScore(criterion: criterion.rawValue, basis: basis, score: score, weight: weight,
                                            contribution: totalWeight > 0 ? score * weight / totalWeight : 0))
            }
            func criterionScore(_ criterion: TargetCriterion) -> (CriterionBasis, Double) {
                switch criterion {
                case .structure:
                    guard let p = structure[entity.id] else { return (.commonNeighbours(0), 0) }
                    let parts = [(Double(p.commonNeighbours), maxima.cn), (p.adamicAdar, maxima.aa), (p.resourceAllocation, maxima.ra)]
                    let score = parts.reduce(0) { $0 + ($1.1 > 0 ? $1.0 / $1.1 : 0) } / 3
                    return (.commonNeighbours(p.commonNeighbours), score)
                case .peers:
                    let count = peerReach[entity.id] ?? 0
                    return (.peersTied(count, of: peers.count), peers.isEmpty ? 0 : Double(count) / Double(peers.count))
                case .bri:
                    let member = country?.attributes.beltAndRoad?.isMember == true
                    return (.beltAndRoad(member: member), member ? 1 : 0)
                case .diaspora:
                    guard let community = country?.attributes.overseasChinese else { return (.diaspora(community: nil, year: nil), 0) }
                    return (.diaspora(community: community, year: country?.attributes.overseasChineseYear), diasporaScale.score(community))
                case .area:
                    let area = options.area ?? ""
                    let tagHolder = raw.host?.city ?? entity
                    let tagged = ExchangeAreaTags.matching(tagHolder, area: area)
                    if !tagged.isEmpty {
                        let strength = tagged.map { ExchangeAreaTags.strength(of: tagHolder, tag: $0) }.max() ?? 1
                        return (.areaTagged(citation: ExchangeAreaTags.citation(of: tagged, for: tagHolder)), strength)
                    }
                    if network.ties(of: entity.id).contains(where: { $0.status.isInForce && $0.areas.contains(area) }) { return (.areaTies(area: area), 0.5) }
                    return (.areaNone(area: area), 0)
                case .population:
                    guard let population = entity.attributes.population else { return (.population(nil), 0) }
                    return (.population(population), populationScale.score(population))
                case .economy:
                    guard let gdp = (country ?? entity).attributes.gdpUSD else { return (.economy(gdpUSD: nil, year: nil), 0) }
                    return (.economy(gdpUSD: gdp, year: (country ?? entity).attributes.gdpYear), economyScale.score(Int((gdp / 1e6).rounded())))
                case .distance:
                    guard let here, let there = raw.host?.city.attributes.location ?? entity.attributes.location ?? country?.attributes.location else { return (.distance(km: nil), 0) }
                    let km = here.distance(to: there)
                    return (.distance(km: km), max(0, 1 - km / 20_015))
                case .region:
                    let inPriority = priority.contains(country?.id ?? entity.id)
                    return (.priorityRegion(inPriority), inPriority ? 1 : 0)
                }
            }
            ranked.append(TargetCandidate(entityID: entity.id, name: entity.name, kind: entity.kind, countryID: country?.id ?? "",
                                          hostCityID: raw.host?.city.id, hostReason: raw.host?.reason,
                                          score: parts.reduce(0) { $0 + $1.contribution }, criteria: parts, warnings: raw.warnings))
        }
        // Equal scores fall to the larger population, then the name: never to the ID, so that
        // renaming IDs leaves the ranking as it is.
        let population = Dictionary(uniqueKeysWithValues: pool.map { ($0.entity.id, $0.entity.attributes.population ?? 0) })
        ranked.sort { a, b in
            if a.score != b.score { return a.score > b.score }
            let pa = population[a.entityID] ?? 0, pb = population[b.entityID] ?? 0
            if pa != pb { return pa > pb }
            return (a.name, a.entityID) < (b.name, b.entityID)
        }
        excluded.sort { ($0.rule, $0.name, $0.entityID) < ($1.rule, $1.name, $1.entityID) }
        return TargetReport(focusID: focus.id, layer: options.layer, area: options.area, weights: options.weights, rules: book,
                            criteriaInUse: inUse.map(\.rawValue), candidates: ranked, excluded: excluded,
                            urbanAreaSeats: ranksCountries ? [:] : UrbanAreaSeats.seats(of: ranked, in: network))
    }

    /// How many peers have a sister or cooperation tie in force with each entity (or, by country,
    /// with anything in each country).
    static func peerPartners(_ peers: [String], byCountry: Bool, in network: PartnershipNetwork) -> [String: Int] {
        var counts: [String: Int] = [:]
        for peer in peers {
            var reached = Set<String>()
            for tie in network.ties(of: peer) where tie.status.isInForce && (tie.layer == Layer.sister.id || tie.layer == Layer.cooperation.id) {
                let far = tie.from == peer ? tie.to : tie.from
                if byCountry { if let country = network.coveredCountry(at: far) { reached.insert(country) } } else { reached.insert(far) }
            }
            for id in reached { counts[id, default: 0] += 1 }
        }
        return counts
    }
}

/// A log scale between the smallest and the largest of some positive figures:
/// (ln(1+x) − ln(1+min)) / (ln(1+max) − ln(1+min)), 1 when all are equal.
struct LogScale {
    let low: Double
    let high: Double

    init(_ values: some Sequence<Int>) {
        let logs = values.filter { $0 > 0 }.map { log1p(Double($0)) }
        low = logs.min() ?? 0
        high = logs.max() ?? 0
    }

    func score(_ value: Int) -> Double {
        guard value > 0 else { return 0 }
        guard high > low else { return 1 }
        return min(1, max(0, (log1p(Double(value)) - low) / (high - low)))
    }
}
