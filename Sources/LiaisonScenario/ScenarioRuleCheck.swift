import LiaisonAnalysis
import LiaisonGraph

/// A rule of the field that a scenario step breaks, at the step's place in the script.
public struct StepFinding: Sendable, Hashable {
    /// The step's ID.
    public var stepID: String
    /// Where the edit was written.
    public var location: SourceLocation
    /// The rule, its policy and the reason.
    public var finding: RuleFinding
}

/// Checks every tie a scenario proposes against the rule book, as targets and plans are: each
/// `add_tie` of a partnership layer, and each country an `open_office` covers. The proposer is the
/// end that is the focus or acts for it (else the end in China); the other end is the partner,
/// read from the variant (it may be new) and checked against the base (so the tie itself does not
/// count as existing).
enum ScenarioRuleCheck {
    /// The findings of the steps, for one variant's network; each edit once.
    /// - Complexity: O(e · (n + d)) for e edits.
    static func findings(of steps: [ScenarioStep], base: PartnershipNetwork, variant: PartnershipNetwork, focus: String,
                         rules: RuleBook) -> [StepFinding] {
        let agents = Set(base.agents(of: focus)).union(variant.agents(of: focus))
        var result: [StepFinding] = []
        var checkers: [String: RuleChecker] = [:]
        func check(stepID: String, location: SourceLocation, from: String, to: String, layer: String) {
            guard TargetOptions.targetLayers.contains(layer) else { return }
            let (proposerID, partnerID): (String, String)
            if agents.contains(from) { (proposerID, partnerID) = (focus, to) }
            else if agents.contains(to) { (proposerID, partnerID) = (focus, from) }
            else if let a = variant.entity(withID: from), RuleChecker.sovereignID(of: a, in: variant) == RuleChecker.prc { (proposerID, partnerID) = (from, to) }
            else if let b = variant.entity(withID: to), RuleChecker.sovereignID(of: b, in: variant) == RuleChecker.prc { (proposerID, partnerID) = (to, from) }
            else { return }
            guard let proposer = base.entity(withID: proposerID) ?? variant.entity(withID: proposerID),
                  var partner = variant.entity(withID: partnerID) else { return }
            if layer == Layer.eto.id, let country = variant.coveredCountry(at: partnerID), let entity = variant.entity(withID: country) { partner = entity }
            let key = proposer.id + "|" + layer
            let checker = checkers[key] ?? RuleChecker(focus: proposer, layer: layer, in: base, book: rules)
            checkers[key] = checker
            for finding in checker.findings(for: partner) {
                result.append(StepFinding(stepID: stepID, location: location, finding: finding))
            }
        }
        for step in steps {
            for (edit, location) in zip(step.edits, step.locations) {
                switch edit {
                case .addTie(let tie): check(stepID: step.id, location: location, from: tie.from, to: tie.to, layer: tie.layer)
                case let .openOffice(office, covers, _, _):
                    for place in covers { check(stepID: step.id, location: location, from: office.id, to: place, layer: Layer.eto.id) }
                default: break
                }
            }
        }
        var seen = Set<StepFinding>()
        return result.filter { seen.insert($0).inserted }
    }
}
