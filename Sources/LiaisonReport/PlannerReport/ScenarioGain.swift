import LiaisonGraph
import LiaisonScenario

/// What one scenario variant gains, in the comparison's own measures: gaps closed and opened, and
/// the layer whose countries covered rise most.
struct ScenarioGain {
    /// The variant's column in the comparison.
    var label: String
    var variant: VariantOutcome
    var base: PartnershipNetwork
    /// The layer of the largest rise in countries covered, nil when none rises.
    var layer: String?
    var before: Int, after: Int
    /// Entities and ties added, removed or changed: what the variant costs.
    var edits: Int

    /// The variant that does most: most gaps closed, then the largest rise in countries covered on
    /// one layer, then fewest gaps opened, then fewest edits (the cheapest way to the same gains),
    /// then script and variant order. Nil without scenarios, or when none closes a gap or covers
    /// a new country.
    static func best(of outcomes: [ScenarioOutcome]) -> ScenarioGain? {
        var gains: [ScenarioGain] = []
        for outcome in outcomes {
            for variant in outcome.variants {
                var gain = ScenarioGain(label: ScenarioTables.variantLabel(outcome, variant, among: outcomes), variant: variant, base: outcome.base,
                                        layer: nil, before: 0, after: 0, edits: edits(variant.difference))
                for layer in ScenarioTables.coveredLayers {
                    func covered(_ network: PartnershipNetwork) -> Int {
                        Int(ScenarioRunner.measure(.coverage(layer: layer, beltAndRoadOnly: false, region: nil), focus: outcome.focusID, in: network))
                    }
                    let before = covered(outcome.base), after = covered(variant.network)
                    if after - before > gain.after - gain.before { (gain.layer, gain.before, gain.after) = (layer, before, after) }
                }
                gains.append(gain)
            }
        }
        func key(_ g: ScenarioGain) -> (Int, Int, Int, Int) { (-g.variant.gapsClosed.count, -(g.after - g.before), g.variant.gapsOpened.count, g.edits) }
        // `min` keeps the first of equals: script and variant order break the last ties.
        guard let best = gains.min(by: { key($0) < key($1) }), best.variant.gapsClosed.count > 0 || best.layer != nil else { return nil }
        return best
    }

    static func edits(_ d: NetworkDifference) -> Int {
        d.addedEntities.count + d.removedEntities.count + d.addedTies.count + d.removedTies.count + d.changedTies.count
    }
}
