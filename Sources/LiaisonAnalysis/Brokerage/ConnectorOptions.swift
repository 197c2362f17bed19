import LiaisonGraph

/// Whether the organisations that act for an entity (its offices, liaison units and hosted
/// associations: ``LiaisonGraph/PartnershipNetwork/agents(of:)``) count as the entity itself.
///
/// The same policy applies to every entity measured, the focus and its peers alike, so that no
/// entity is credited with its agents' ties while another is not.
public enum AgentMerging: String, Sendable, Hashable, CaseIterable {
    /// Every entity's agents in the view are merged into it: one node, their ties its own.
    case everyEntity = "all"
    /// No agent is merged: each office or association is a node of its own.
    case noEntity = "none"
}

/// Whether entities without a tie in the view take part in the measures.
public enum IsolatedEntities: String, Sendable, Hashable, CaseIterable {
    /// Only entities with at least one tie in the view are measured, as NetworkX does on a graph
    /// built from an edge list; the entities compared are kept even without ties.
    case excluded
    /// Every entity of the view is a node, tied or not; normalised measures then divide by more pairs.
    case included
}

/// The choices behind a ``ConnectorProfile``; every one is stated with the result.
public struct ConnectorOptions: Sendable, Hashable {
    /// Whose agents are merged into their principals.
    public var merging: AgentMerging
    /// Whether isolated entities count.
    public var isolated: IsolatedEntities
    /// The layers whose ties are partnerships, measured for brokerage (sister and friendly cooperation).
    public var partnershipLayers: [String]
    /// The layer whose ties are an office's coverage of countries (ETO coverage).
    public var officeLayer: String
    /// The groups of the brokerage roles.
    public var grouping: BrokerageGrouping
    /// Threads for betweenness.
    public var parallelism: Parallelism

    /// Makes options; by default every entity's agents are merged, isolated entities are left out,
    /// partnerships are the sister and cooperation layers and office reach the ETO layer.
    public init(merging: AgentMerging = .everyEntity, isolated: IsolatedEntities = .excluded,
                partnershipLayers: [String] = ["sister", "cooperation"], officeLayer: String = "eto",
                grouping: BrokerageGrouping = .country, parallelism: Parallelism = .allCores) {
        self.merging = merging
        self.isolated = isolated
        self.partnershipLayers = partnershipLayers
        self.officeLayer = officeLayer
        self.grouping = grouping
        self.parallelism = parallelism
    }
}
