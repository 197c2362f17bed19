/// What a network is: its name, date and focus, as a dataset's `dataset.yaml` gives them.
public struct NetworkMetadata: Sendable, Hashable {
    /// A short name ("Hong Kong").
    public var name: String
    /// A sentence on what the network holds.
    public var description: String
    /// The date the facts are current to, `YYYY-MM-DD`.
    public var asOf: String?
    /// The entity commands look after by default.
    public var focusID: String?
    /// Entities the focus is compared with.
    public var peerIDs: [String]
    /// Publications cited by short name.
    public var sources: [String: String]
    /// Weights of the candidate-target criteria set by the dataset, by criterion name.
    public var targetWeights: [String: Double]
    /// Regions, sub-regions or groupings the dataset gives priority when ranking targets.
    public var priorityRegions: [String]
    /// The dataset's policy for each rule of the field it sets (`rules:` in `dataset.yaml`); rules
    /// it does not set keep their built-in default (see `RuleBook`).
    public var rulePolicies: [PartnershipRule: RulePolicy]
    /// The folder of a network of China's friendship-city ties that the one-to-one rule consults
    /// (`friendship_network:` in `dataset.yaml`, resolved against the dataset's folder), if any.
    public var friendshipNetwork: String?
    /// How many rows of the dataset's own tables refined (were merged over) a row of an included
    /// folder with the same ID when the network was built: intended, not a problem (see
    /// ``Entity/merged(over:)``). Set by ``NetworkBuilder/build()``.
    public var mergedIncludedRecords = 0

    /// Makes metadata.
    public init(name: String = "", description: String = "", asOf: String? = nil, focusID: String? = nil,
                peerIDs: [String] = [], sources: [String: String] = [:], targetWeights: [String: Double] = [:],
                priorityRegions: [String] = [], rulePolicies: [PartnershipRule: RulePolicy] = [:], friendshipNetwork: String? = nil) {
        self.name = name
        self.description = description
        self.asOf = asOf
        self.focusID = focusID
        self.peerIDs = peerIDs
        self.sources = sources
        self.targetWeights = targetWeights
        self.priorityRegions = priorityRegions
        self.rulePolicies = rulePolicies
        self.friendshipNetwork = friendshipNetwork
    }

    /// The year of `asOf`, when it is set and well formed.
    public var asOfYear: Int? {
        guard let asOf, asOf.count >= 4 else { return nil }
        return Int(asOf.prefix(4))
    }
}
