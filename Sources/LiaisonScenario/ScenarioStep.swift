import LiaisonGraph

/// One edit a scenario makes to a network. Steps are pure: applying them builds a new network
/// and leaves the base untouched.
public enum ScenarioEdit: Sendable, Hashable {
    /// Add an entity (a city, an organisation, …).
    case addEntity(Entity)
    /// Remove an entity and every tie that touches it.
    case removeEntity(id: String)
    /// Add a tie.
    case addTie(Tie)
    /// Remove the ties between two entities on a layer.
    case removeTie(from: String, to: String, layer: String)
    /// Change the ties between two entities on a layer: any field given replaces the old value.
    case changeTie(from: String, to: String, layer: String, change: TieChangeRequest)
    /// Open an office: an organisation of kind `eto` or `liaison-unit` hosted in a city, acting for
    /// an entity, with `eto` ties to the places it covers.
    case openOffice(office: Entity, covers: [String], since: Int?, source: String)
    /// Close an office: its coverage ties end (status `ended`, until the given year) and it gets an
    /// end year; the entity stays, as history.
    case closeOffice(id: String, year: Int?)
    /// Turn every dormant tie of an entity and its agents (optionally only on some layers) active.
    case activateDormant(entity: String, layers: [String])
    /// Set an attribute of an entity: a known one (population, tier, level, tags, …) or a free one.
    case setAttribute(entity: String, name: String, value: String)
}

/// The fields of a tie a `change_tie` step replaces; nil leaves a field as it was.
public struct TieChangeRequest: Sendable, Hashable {
    /// The new status.
    public var status: TieStatus?
    /// The new start year.
    public var since: Int?
    /// The new end year.
    public var until: Int?
    /// The new exchange areas.
    public var areas: [String]?
    /// The new weight.
    public var weight: Double?

    /// Makes a change.
    public init(status: TieStatus? = nil, since: Int? = nil, until: Int? = nil, areas: [String]? = nil, weight: Double? = nil) {
        self.status = status
        self.since = since
        self.until = until
        self.areas = areas
        self.weight = weight
    }
}

/// A named step of a script: one or more edits, and where it was written.
public struct ScenarioStep: Sendable, Hashable {
    /// The step's name, used by variants.
    public var id: String
    /// The edits, in order.
    public var edits: [ScenarioEdit]
    /// Where each edit was written, in the same order.
    public var locations: [SourceLocation]

    /// Makes a step.
    public init(id: String, edits: [ScenarioEdit], locations: [SourceLocation]) {
        self.id = id
        self.edits = edits
        self.locations = locations
    }
}

/// A named variant: the steps it applies, in order.
public struct ScenarioVariant: Sendable, Hashable {
    /// The variant's name ("plan A").
    public var name: String
    /// The steps' names.
    public var stepIDs: [String]
    /// Where it was written.
    public var location: SourceLocation
}

/// An assertion about a variant, so that scripts double as checks.
public struct ScenarioExpectation: Sendable, Hashable {
    /// The variant it is about (or `base`).
    public var variant: String
    /// What is measured.
    public var metric: ScenarioMetric
    /// The smallest value that passes, if any.
    public var atLeast: Double?
    /// The largest value that passes, if any.
    public var atMost: Double?
    /// Where it was written.
    public var location: SourceLocation
}

/// A number measured on a network, for expectations and comparisons.
public enum ScenarioMetric: Sendable, Hashable, CustomStringConvertible {
    /// Countries the focus covers on a layer, optionally only Belt and Road countries or one region.
    case coverage(layer: String, beltAndRoadOnly: Bool, region: String?)
    /// Ties of the focus and its agents on a layer with a status.
    case ties(layer: String?, status: TieStatus?)
    /// Entities in the network.
    case entities
    /// The variant's steps that break an enforced rule of the field (``RuleBook``).
    case ruleViolations

    /// The metric in words.
    public var description: String {
        switch self {
        case let .coverage(layer, bri, region):
            return "\(layer) coverage of \(bri ? "Belt and Road " : "")countries\(region.map { " in \($0)" } ?? "")"
        case let .ties(layer, status):
            return "\(status?.rawValue ?? "all") \(layer ?? "") ties of the focus".replacingOccurrences(of: "  ", with: " ")
        case .entities:
            return "entities"
        case .ruleViolations:
            return "steps breaking an enforced rule"
        }
    }
}

/// A scenario script: a base dataset, a focus, named steps, named variants and expectations.
public struct ScenarioScript: Sendable {
    /// The script's name.
    public var name: String
    /// The script's file.
    public var file: String
    /// The base dataset's folder, resolved against the script's folder.
    public var basePath: String
    /// The focus (default: the base dataset's).
    public var focusID: String?
    /// The date the variants describe, `YYYY-MM-DD` (default: the base's as-of date); planned ties
    /// may start up to its year.
    public var asOf: String?
    /// The steps, in file order.
    public var steps: [ScenarioStep]
    /// The variants, in file order; a script without variants has one, "scenario", applying every step.
    public var variants: [ScenarioVariant]
    /// The expectations.
    public var expectations: [ScenarioExpectation]
}
