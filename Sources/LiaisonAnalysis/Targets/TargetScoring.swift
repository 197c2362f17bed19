import Foundation
import LiaisonGraph

/// A criterion of the candidate-target score. Each scores a candidate from 0 to 1 on the scale
/// documented here (and in docs/planning.md); each fact of the data is counted by one criterion only.
public enum TargetCriterion: String, Sendable, Hashable, CaseIterable {
    /// Link prediction (common neighbours, Adamic–Adar and resource allocation, each divided by its
    /// largest value among the candidates, then averaged) on the ties in force of every layer but the
    /// one scored and `bri`, with the focus's agents merged into it. Peers (counted by `peers`) and the
    /// focus's own country (a hub every candidate shares) are not counted as common neighbours, and no
    /// containment edge is added. For a country (a new office), every entity stands for its country.
    case structure
    /// The share of peers with a sister or cooperation tie in force to the candidate (for a country:
    /// to anything in it); not used when the dataset names no peers.
    case peers
    /// 1 when the candidate's country has a Belt and Road cooperation document in force, else 0.
    case bri
    /// The overseas Chinese community of the candidate's country on a log scale between the smallest
    /// and the largest community of any country in the network: (ln(1+x) − ln(1+min)) / (ln(1+max) − ln(1+min));
    /// 0 with no figure.
    case diaspora
    /// The exchange area asked for: 1 when the candidate (for a country: its proposed host city) has a
    /// tag of the area (``ExchangeAreaTags``), 0.5 when one of its ties lists the area, else 0. Used only
    /// when an area is asked for.
    case area
    /// The candidate's population on the same log scale as `diaspora`, between the smallest and largest
    /// population of the network's entities of the candidates' kinds; 0 unknown.
    case population
    /// For a country (a new office): its GDP in current US dollars on the same log scale, between the
    /// smallest and largest GDP of the network's countries; 0 with no figure. An office serves a market.
    /// Used only for office targets, and only when the network's countries carry GDP.
    case economy
    /// 1 − the great-circle distance from the focus ÷ 20,015 km (half the Earth's circumference).
    case distance
    /// 1 when the candidate's country lies in a priority region; used only when some are set.
    case region
}

/// The weights of the candidate-target criteria. A candidate's score is the weighted sum of its
/// criteria divided by the sum of the weights in use, so it lies between 0 and 1 and each
/// criterion's contribution (score × weight ÷ sum) adds up to it. `dataset.yaml` may set them under
/// `weights:` (same names), and command-line flags override both.
public struct TargetWeights: Sendable, Hashable {
    /// The weight of ``TargetCriterion/structure``.
    public var structure = 0.20
    /// The weight of ``TargetCriterion/peers``.
    public var peers = 0.20
    /// The weight of ``TargetCriterion/bri``.
    public var beltAndRoad = 0.10
    /// The weight of ``TargetCriterion/diaspora``.
    public var diaspora = 0.10
    /// The weight of ``TargetCriterion/area``.
    public var area = 0.20
    /// The weight of ``TargetCriterion/population``.
    public var population = 0.10
    /// The weight of ``TargetCriterion/economy``.
    public var economy = 0.10
    /// The weight of ``TargetCriterion/distance``.
    public var distance = 0.05
    /// The weight of ``TargetCriterion/region``.
    public var region = 0.05
    /// Regions, sub-regions or groupings given priority.
    public var priorityRegions: [String] = []

    /// The default weights.
    public init() {}

    /// The criteria by name, in report order.
    public static let criteria = TargetCriterion.allCases.map(\.rawValue)

    /// The weight of a criterion.
    public subscript(criterion: TargetCriterion) -> Double {
        get {
            switch criterion {
            case .structure: return structure
            case .peers: return peers
            case .bri: return beltAndRoad
            case .diaspora: return diaspora
            case .area: return area
            case .population: return population
            case .economy: return economy
            case .distance: return distance
            case .region: return region
            }
        }
        set {
            switch criterion {
            case .structure: structure = newValue
            case .peers: peers = newValue
            case .bri: beltAndRoad = newValue
            case .diaspora: diaspora = newValue
            case .area: area = newValue
            case .population: population = newValue
            case .economy: economy = newValue
            case .distance: distance = newValue
            case .region: region = newValue
            }
        }
    }

    /// The weight of a criterion by name; 0 for a name that is none.
    public subscript(criterion: String) -> Double {
        get { TargetCriterion(rawValue: criterion).map { self[$0] } ?? 0 }
        set { if let c = TargetCriterion(rawValue: criterion) { self[c] = newValue } }
    }
}

/// One criterion's part in a candidate's score.
public struct CriterionScore: Sendable, Hashable {
    /// The criterion's name.
    public var criterion: String
    /// The fact it was computed from (3 common neighbours, a population of 9,392,792), which a
    /// report words in its reader's language.
    public var basis: CriterionBasis
    /// The score, 0 to 1.
    public var score: Double
    /// The weight it carries.
    public var weight: Double
    /// Its share of the total: score × weight ÷ sum of weights in use.
    public var contribution: Double
}

/// A ranked candidate with its score broken down criterion by criterion.
public struct TargetCandidate: Sendable, Hashable {
    /// The candidate's ID: a city or province for a partner, a country for an office.
    public var entityID: String
    /// Its name.
    public var name: String
    /// Its kind.
    public var kind: EntityKind
    /// Its country.
    public var countryID: String
    /// For an office, the proposed host city (see ``OfficeHost``); nil for a partner, or when the
    /// dataset holds no city of the country.
    public var hostCityID: String?
    /// Why the proposed host city was chosen (the largest commercial city in the data, the capital).
    public var hostReason: HostReason?
    /// The total score, 0 to 1: the sum of the criteria's contributions.
    public var score: Double
    /// Every criterion's part, in ``TargetCriterion`` order (criteria not in use left out).
    public var criteria: [CriterionScore]
    /// Rules the candidate breaks under a `warn` policy: kept, but flagged.
    public var warnings: [RuleFinding]
}

/// A candidate left out, and the rule that left it out.
public struct TargetExclusion: Sendable, Hashable {
    /// The candidate's ID.
    public var entityID: String
    /// Its name.
    public var name: String
    /// The rule.
    public var rule: PartnershipRule
    /// Why: the facts, which a report words in its reader's language.
    public var reason: RuleBreach
}

/// Ranked candidates and the ones the rules left out.
public struct TargetReport: Sendable {
    /// The focus.
    public var focusID: String
    /// The layer asked for.
    public var layer: String
    /// The exchange area asked for, if any.
    public var area: String?
    /// The weights used.
    public var weights: TargetWeights
    /// The rules and the policies they were held to.
    public var rules: RuleBook
    /// The criteria in use (weight above zero).
    public var criteriaInUse: [String]
    /// Candidates, best first; equal scores by population, then name (never by ID).
    public var candidates: [TargetCandidate]
    /// Candidates the rules left out, by rule then name.
    public var excluded: [TargetExclusion]
    /// Candidates that are parts of a ranked seat of government's urban area, each with that
    /// seat's ID (``UrbanAreaSeats``): ranked, but left to the seat in shortlists and partner plans.
    public var urbanAreaSeats: [String: String] = [:]
}

/// What to rank.
public struct TargetOptions: Sendable {
    /// The layer of the tie to add: `sister` and `cooperation` rank cities and provinces; `eto` ranks
    /// countries for a new office (with a proposed host city).
    public var layer: String
    /// The exchange area to match, if any.
    public var area: String?
    /// Only candidates in these regions, sub-regions or groupings.
    public var regions: [String]
    /// The weights.
    public var weights: TargetWeights
    /// The rules and their policies; nil for the dataset's (`rules:` in `dataset.yaml`, else the defaults).
    public var rules: RuleBook?
    /// The largest ratio of populations (either way) that still counts as a comparable level.
    public var maximumPopulationRatio: Double

    /// The layers a target means something on.
    public static let targetLayers = [Layer.sister.id, Layer.cooperation.id, Layer.eto.id]

    /// Makes options.
    public init(layer: String = "sister", area: String? = nil, regions: [String] = [], weights: TargetWeights = TargetWeights(),
                rules: RuleBook? = nil, maximumPopulationRatio: Double = 25) {
        self.layer = layer
        self.area = area
        self.regions = regions
        self.weights = weights
        self.rules = rules
        self.maximumPopulationRatio = maximumPopulationRatio
    }
}
