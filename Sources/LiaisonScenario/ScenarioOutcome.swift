import LiaisonAnalysis
import LiaisonGraph

/// The networks of a scenario: the base and each variant, with what changed and what was measured.
public struct ScenarioOutcome: Sendable {
    /// The script.
    public var script: ScenarioScript
    /// The focus.
    public var focusID: String
    /// The base network, untouched.
    public var base: PartnershipNetwork
    /// The focus's coverage per region and layer in the base.
    public var baseCoverage: [RegionCoverage]
    /// Each variant's network and its comparison with the base, in script order.
    public var variants: [VariantOutcome]
    /// Every expectation with its measured value and verdict.
    public var checks: [ExpectationCheck]
    /// The rules the steps were checked against.
    public var rules: RuleBook
    /// Movers are listed when they change by at least this share of the measure's largest base value.
    public var moverThreshold: Double

    /// Whether every expectation holds.
    public var passed: Bool { checks.allSatisfy(\.passed) }
}

/// One variant: its network and how it differs from the base.
public struct VariantOutcome: Sendable {
    /// The variant's name.
    public var name: String
    /// Its network.
    public var network: PartnershipNetwork
    /// What differs from the base.
    public var difference: NetworkDifference
    /// The focus's gaps that the variant closes (present in the base, absent here), by kind then subject.
    public var gapsClosed: [Gap]
    /// The gaps the variant opens.
    public var gapsOpened: [Gap]
    /// The focus's coverage per region and layer in the variant.
    public var coverage: [RegionCoverage]
    /// The focus's centralities and brokerage in the base and the variant.
    public var focusMeasures: [MeasureChange]
    /// The entities whose PageRank moved most, largest change first.
    public var pageRankMovers: [MeasureChange]
    /// The entities whose betweenness moved most, largest change first.
    public var betweennessMovers: [MeasureChange]
    /// The rules of the field the variant's steps break (under `enforce` or `warn`), each at its step.
    public var ruleFindings: [StepFinding]
}

/// A measure of one entity before and after.
public struct MeasureChange: Sendable, Hashable {
    /// The measure.
    public var measure: String
    /// The entity.
    public var entityID: String
    /// The value in the base (0 when the entity is new).
    public var before: Double
    /// The value in the variant (0 when the entity is gone).
    public var after: Double
    /// after − before.
    public var change: Double { after - before }
}

/// An expectation, what was measured, and whether it holds.
public struct ExpectationCheck: Sendable, Hashable {
    /// The expectation.
    public var expectation: ScenarioExpectation
    /// The value measured on its variant.
    public var value: Double
    /// Whether the value lies within the bounds.
    public var passed: Bool
}
