import LiaisonGraph

/// The centrality measures a planner can rank by, by their command-line names.
public enum CentralityMeasure: String, Sendable, Hashable, CaseIterable {
    /// Ties per entity (``DegreeCentrality/degree(_:normalized:)``).
    case degree
    /// Summed tie weights (``DegreeCentrality/strength(_:)``).
    case strength
    /// Exact betweenness (``Betweenness/exact(_:options:)``).
    case betweenness
    /// Betweenness estimated from sampled sources (``Betweenness/approximate(_:samples:seed:options:)``).
    case betweennessApproximate = "betweenness-approx"
    /// Closeness (``Closeness/closeness(_:options:)``).
    case closeness
    /// Harmonic closeness (``Closeness/harmonic(_:options:)``).
    case harmonic
    /// Eigenvector centrality (``SpectralCentrality/eigenvector(_:options:)``).
    case eigenvector
    /// PageRank, optionally personalised (``SpectralCentrality/pageRank(_:damping:personalization:options:)``).
    case pagerank
    /// Katz centrality (``SpectralCentrality/katz(_:alpha:beta:options:)``).
    case katz
    /// Core numbers (``CoreNumbers/coreNumbers(_:)``).
    case kcore
    /// Burt's constraint (``StructuralHoles/constraint(_:weighted:)``).
    case constraint
    /// Burt's effective size (``StructuralHoles/effectiveSize(_:weighted:)``).
    case effectiveSize = "effective-size"
}

/// The settings a centrality measure may read; each measure reads only its own.
public struct CentralitySettings: Sendable {
    /// How weights enter path lengths (betweenness, closeness).
    public var weighting: PathWeighting
    /// PageRank's damping factor.
    public var damping: Double
    /// Katz's attenuation, or nil for 0.9/λmax.
    public var katzAlpha: Double?
    /// Sources sampled by approximate betweenness.
    public var samples: Int
    /// The seed of the sampled measures.
    public var seed: UInt64
    /// Entities PageRank is personalised on (uniform when empty).
    public var personalization: [String]
    /// Threads for the measures that split by source.
    public var parallelism: Parallelism

    /// Settings with the command line's defaults.
    public init(weighting: PathWeighting = .unweighted, damping: Double = 0.85, katzAlpha: Double? = nil, samples: Int = 500,
                seed: UInt64 = 1, personalization: [String] = [], parallelism: Parallelism = .allCores) {
        self.weighting = weighting
        self.damping = damping
        self.katzAlpha = katzAlpha
        self.samples = samples
        self.seed = seed
        self.personalization = personalization
        self.parallelism = parallelism
    }
}

/// A measure's scores, with what a reader needs to trust them: the sampling bound or Katz's α.
public struct CentralityRun: Sendable {
    /// The measure.
    public var measure: CentralityMeasure
    /// The scores.
    public var scores: CentralityScores
    /// Sources sampled (approximate betweenness), else nil.
    public var samples: Int?
    /// The half-width within which each sampled value lies of the exact one with probability 0.95, else nil.
    public var errorBound: Double?
    /// Katz's α as used, else nil.
    public var katzAlpha: Double?
    /// Whether α was given (rather than 0.9/λmax).
    public var katzAlphaGiven: Bool
    /// The largest eigenvalue of the adjacency matrix (Katz), else nil.
    public var largestEigenvalue: Double?
}

extension CentralityMeasure {
    /// Computes the measure on a graph.
    /// - Throws: ``CentralityError`` when a spectral measure cannot converge or α is out of range.
    /// - Complexity: that of the measure's own function.
    public func run(_ graph: CompactGraph, settings: CentralitySettings = CentralitySettings()) throws(CentralityError) -> CentralityRun {
        var run = CentralityRun(measure: self, scores: CentralityScores(measure: rawValue, entityIDs: [], values: []), katzAlphaGiven: false)
        let paths = BetweennessOptions(weighting: settings.weighting, parallelism: settings.parallelism)
        let closeness = ClosenessOptions(weighting: settings.weighting, parallelism: settings.parallelism)
        switch self {
        case .degree: run.scores = DegreeCentrality.degree(graph)
        case .strength: run.scores = DegreeCentrality.strength(graph)
        case .betweenness: run.scores = Betweenness.exact(graph, options: paths)
        case .betweennessApproximate:
            run.scores = Betweenness.approximate(graph, samples: settings.samples, seed: settings.seed, options: paths)
            let k = min(settings.samples, graph.nodeCount)
            run.samples = k
            run.errorBound = Betweenness.errorBound(nodes: graph.nodeCount, samples: k, delta: 0.05)
        case .closeness: run.scores = Closeness.closeness(graph, options: closeness)
        case .harmonic: run.scores = Closeness.harmonic(graph, options: closeness)
        case .eigenvector: run.scores = try SpectralCentrality.eigenvector(graph)
        case .pagerank:
            run.scores = try SpectralCentrality.pageRank(graph, damping: settings.damping,
                                                         personalization: Dictionary(uniqueKeysWithValues: settings.personalization.map { ($0, 1.0) }))
        case .katz:
            let lambda = SpectralCentrality.largestEigenvalue(graph, weighted: false)
            let alpha = settings.katzAlpha ?? SpectralCentrality.defaultKatzAlpha(largestEigenvalue: lambda)
            run.scores = try SpectralCentrality.katz(graph, alpha: alpha)
            run.katzAlpha = alpha
            run.katzAlphaGiven = settings.katzAlpha != nil
            run.largestEigenvalue = lambda
        case .kcore: run.scores = CoreNumbers.coreNumbers(graph)
        case .constraint: run.scores = StructuralHoles.constraint(graph)
        case .effectiveSize: run.scores = StructuralHoles.effectiveSize(graph)
        }
        return run
    }
}
