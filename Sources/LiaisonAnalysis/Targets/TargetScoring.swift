import Foundation
import LiaisonGraph

/// The weights of the candidate-target criteria. Each criterion scores 0 to 1; a candidate's score
/// is the weighted sum divided by the sum of the weights in use. `dataset.yaml` may set them under
/// `weights:` (same names), and command-line flags override both.
public struct TargetWeights: Sendable, Hashable {
    /// Link prediction over the multiplex and containment (mean of common neighbours, Adamic–Adar and
    /// resource allocation, each divided by its largest value among the candidates).
    public var structure = 0.25
    /// The share of peers already tied to the candidate (sister or cooperation).
    public var peers = 0.20
    /// 1 when the candidate's country has a Belt and Road cooperation document.
    public var beltAndRoad = 0.10
    /// The overseas Chinese community of the candidate's country, on a log scale against the largest.
    public var diaspora = 0.10
    /// 1 when the candidate's tags name the exchange area asked for, 0.5 when its existing ties cover it;
    /// used only when an area is asked for.
    public var area = 0.15
    /// The candidate's population on a log scale against the largest.
    public var population = 0.10
    /// 1 minus the great-circle distance from the focus over half the Earth's circumference.
    public var distance = 0.05
    /// 1 when the candidate's country lies in one of the priority regions; used only when some are set.
    public var region = 0.05
    /// Regions, sub-regions or groupings given priority.
    public var priorityRegions: [String] = []

    /// The default weights.
    public init() {}

    /// The criteria by name, in report order.
    public static let criteria = ["structure", "peers", "bri", "diaspora", "area", "population", "distance", "region"]

    /// The weight of a criterion by name.
    public subscript(criterion: String) -> Double {
        get {
            switch criterion {
            case "structure": return structure
            case "peers": return peers
            case "bri": return beltAndRoad
            case "diaspora": return diaspora
            case "area": return area
            case "population": return population
            case "distance": return distance
            case "region": return region
            default: return 0
            }
        }
        set {
            switch criterion {
            case "structure": structure = newValue
            case "peers": peers = newValue
            case "bri": beltAndRoad = newValue
            case "diaspora": diaspora = newValue
            case "area": area = newValue
            case "population": population = newValue
            case "distance": distance = newValue
            case "region": region = newValue
            default: break
            }
        }
    }
}

/// One criterion's part in a candidate's score.
public struct CriterionScore: Sendable, Hashable {
    /// The criterion's name.
    public var criterion: String
    /// The value it was computed from, as text ("3 common neighbours", "9,392,792").
    public var basis: String
    /// The score, 0 to 1.
    public var score: Double
    /// The weight it carries.
    public var weight: Double
    /// Its share of the total: score × weight ÷ sum of weights in use.
    public var contribution: Double
}

/// A ranked candidate with its score broken down criterion by criterion.
public struct TargetCandidate: Sendable, Hashable {
    /// The candidate's ID.
    public var entityID: String
    /// Its name.
    public var name: String
    /// Its country.
    public var countryID: String
    /// The total score, 0 to 1.
    public var score: Double
    /// Every criterion's part, in ``TargetWeights/criteria`` order (criteria not in use left out).
    public var criteria: [CriterionScore]
}

/// A rule of the field that excludes a candidate (the Liaocheng briefing, 2022).
public enum TargetRule: String, Sendable, Hashable, CaseIterable {
    /// The candidate's country has no diplomatic relations with the People's Republic of China.
    case noDiplomaticRelations = "no-diplomatic-relations"
    /// The candidate is already the formal friendship city of another Chinese city (one-to-one rule;
    /// friendly-cooperation ties are exempt).
    case formalFriendElsewhere = "formal-friend-of-another-chinese-city"
    /// The candidate's administrative level is not comparable with the focus's.
    case levelNotComparable = "level-not-comparable"
    /// The candidate is already tied to the focus on this layer.
    case alreadyTied = "already-tied"
    /// The candidate lies in the focus's own country: not a foreign partner.
    case domestic
}

/// A candidate left out, and the rule that left it out.
public struct TargetExclusion: Sendable, Hashable {
    /// The candidate's ID.
    public var entityID: String
    /// Its name.
    public var name: String
    /// The rule.
    public var rule: TargetRule
    /// Why, citing the data.
    public var reason: String
}

/// Ranked candidates and the ones the rules left out.
public struct TargetReport: Sendable {
    /// The focus.
    public var focusID: String
    /// The layer asked for.
    public var layer: String
    /// The weights used.
    public var weights: TargetWeights
    /// The criteria in use (weight above zero).
    public var criteriaInUse: [String]
    /// Candidates, best first, ties broken by ID.
    public var candidates: [TargetCandidate]
    /// Candidates the rules left out, by rule then ID.
    public var excluded: [TargetExclusion]
}

/// What to rank.
public struct TargetOptions: Sendable {
    /// The layer of the tie to add: `sister` and `cooperation` rank cities; `eto` ranks countries
    /// for a new office.
    public var layer: String
    /// The exchange area to match, if any.
    public var area: String?
    /// Only candidates in these regions, sub-regions or groupings.
    public var regions: [String]
    /// The weights.
    public var weights: TargetWeights
    /// The largest ratio of populations (either way) that still counts as a comparable level.
    public var maximumPopulationRatio: Double

    /// Makes options.
    public init(layer: String = "sister", area: String? = nil, regions: [String] = [], weights: TargetWeights = TargetWeights(),
                maximumPopulationRatio: Double = 25) {
        self.layer = layer
        self.area = area
        self.regions = regions
        self.weights = weights
        self.maximumPopulationRatio = maximumPopulationRatio
    }
}
