import LiaisonGraph

/// Which countries an entity reaches on each layer, with the ties that show it.
///
/// A country counts as covered on a layer when the entity or one of its agents (an office that
/// represents it, a unit under such an office, or an organisation hosted in it such as a hometown
/// association) has at least one
/// tie of that layer, in force, to the country or to anything inside it (a province, a city, an
/// organisation hosted there). A tie to an international organisation (kind `other`, such as the
/// WTO) covers no country. A territory is a country of its own here: covering Puerto Rico does not
/// cover the United States, nor the reverse.
public struct Coverage: Sendable {
    /// The entity whose coverage this is.
    public let entityID: String
    /// The entity and the offices that act for it, sorted.
    public let agentIDs: [String]
    /// For each layer, the covered countries and the ties that cover each, ties in network order.
    public let evidence: [String: [String: [Tie]]]

    /// Whether a country is covered on a layer.
    public func covers(_ countryID: String, on layer: String) -> Bool { evidence[layer]?[countryID] != nil }

    /// The countries covered on a layer, sorted.
    public func countries(on layer: String) -> [String] { (evidence[layer] ?? [:]).keys.sorted() }

    /// Whether the entity has offices: an office or liaison unit among its agents, or any country
    /// covered on the `eto` layer. A focus without offices gets no office gaps and no office plan.
    public func hasOffices(in network: PartnershipNetwork) -> Bool {
        evidence[Layer.eto.id]?.isEmpty == false || agentIDs.contains { network.entity(withID: $0)?.organisationKind?.isOffice == true }
    }

    /// The countries covered on any of the layers, sorted.
    public func countries(onAnyOf layers: [String]) -> [String] {
        Set(layers.flatMap { countries(on: $0) }).sorted()
    }
}

/// Which tie statuses count as coverage.
public struct CoverageOptions: Sendable, Hashable {
    /// Statuses that count; by default the ties in force on paper: intent, active and dormant.
    public var statuses: Set<TieStatus>

    /// Makes options.
    public init(statuses: Set<TieStatus> = [.intent, .active, .dormant]) {
        self.statuses = statuses
    }
}

extension PartnershipNetwork {
    /// The entity and every organisation acting for it: organisations whose `represents` is the
    /// entity or one of its agents (an office, a liaison unit under it), and organisations hosted in
    /// the entity (its associations and chambers), sorted by ID.
    /// - Complexity: O(d · o) for o organisations and d the depth of the chain of agents (1 to 3 in practice).
    public func agents(of entityID: String) -> [String] {
        var agents: Set<String> = [entityID]
        var changed = true
        while changed {
            changed = false
            for entity in organisations where !agents.contains(entity.id) {
                let acts = entity.representsID.map(agents.contains) ?? false
                // An association or chamber hosted in the entity is its people's own, whatever home
                // place it links; an office hosted there acts for someone else.
                let hosted = entity.hostCityID == entityID && entity.organisationKind?.isOffice != true
                if acts || hosted { agents.insert(entity.id); changed = true }
            }
        }
        return agents.sorted()
    }

    /// The country a tie's far end stands for, or nil for an international organisation.
    public func coveredCountry(at entityID: String) -> String? {
        guard let entity = entity(withID: entityID) else { return nil }
        if entity.kind == .organisation && entity.organisationKind == .other { return nil }
        return entity.kind == .country ? entity.id : entity.countryID
    }

    /// Which countries an entity covers, per layer.
    /// - Complexity: O(n + t), t the number of ties of the entity and its offices.
    public func coverage(of entityID: String, options: CoverageOptions = CoverageOptions()) -> Coverage {
        let agents = agents(of: entityID)
        let agentSet = Set(agents)
        var evidence: [String: [String: [Tie]]] = [:]
        for agent in agents {
            for tie in ties(of: agent) where options.statuses.contains(tie.status) {
                let far = agentSet.contains(tie.from) && !agentSet.contains(tie.to) ? tie.to : (agentSet.contains(tie.to) && !agentSet.contains(tie.from) ? tie.from : nil)
                guard let far, let country = coveredCountry(at: far) else { continue }
                evidence[tie.layer, default: [:]][country, default: []].append(tie)
            }
        }
        return Coverage(entityID: entityID, agentIDs: agents, evidence: evidence)
    }
}
