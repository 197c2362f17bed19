import LiaisonScenario

/// Whether what-if outcomes fail as checks: the expectations they miss and, when strict, the rules
/// their steps break.
public enum ScenarioFailures {
    /// What fails, one sentence each with its file:line: every expectation missed, then (when
    /// `strict`) every distinct step finding, enforced or warned. Empty when all pass.
    public static func messages(_ outcomes: [ScenarioOutcome], strict: Bool) -> [String] {
        let failed = outcomes.flatMap(\.checks).filter { !$0.passed }
        var messages = failed.map { "expectation failed at \($0.expectation.location): \($0.expectation.metric) is \(Int($0.value))" }
        if strict {
            var seen = Set<StepFinding>()
            for outcome in outcomes {
                for finding in outcome.variants.flatMap(\.ruleFindings) where seen.insert(finding).inserted {
                    // An error message, so in English whatever the language.
                    let reason = RuleTables.reason(finding.finding.reason, in: outcome.base)
                    messages.append("\(finding.location): step \(finding.stepID) breaks \(finding.finding.rule.rawValue) (\(finding.finding.policy.rawValue)): \(reason)")
                }
            }
        }
        return messages
    }
}
