import LiaisonAnalysis
import LiaisonGraph
import LiaisonScenario

/// The key findings that open the planner's report (issue 17: three to six sentences drawn from
/// the gaps, the targets, the plan, the peers and the scenarios), each linked to the section that
/// holds its evidence and carrying that section's own figures.
enum KeyFindings {
    /// What the findings read, from the sections already assembled.
    struct Evidence {
        var gaps: GapReport
        var leadingSister: [String]
        var plan: Plan
        var offices: Bool
        var outcomes: [ScenarioOutcome]
    }

    /// The findings section: the longest gap list, where a peer leads most, the leading sister
    /// candidates, the plan's picks and, when the report holds scenarios, the variant that does most.
    static func section(_ evidence: Evidence, sections: [ReportSection], in network: PartnershipNetwork, wording w: Wording) -> ReportSection {
        func anchor(_ heading: ReportHeading) -> String? { anchor(w[.reportHeading(heading)]) }
        func anchor(_ heading: String) -> String? { sections.first { $0.heading == heading }?.anchor }
        let gaps = evidence.gaps
        var findings: [(text: String, anchor: String?)] = []
        if let kind = GapKind.allCases.max(by: { gaps.gaps($0).count < gaps.gaps($1).count }), !gaps.gaps(kind).isEmpty {
            let list = gaps.gaps(kind)
            findings.append((w[.findingGap(title: w[.gapListTitle(kind, count: list.count)],
                                           first: list.prefix(3).map { GapTables.subjectName($0, in: network, wording: w) })], anchor(.gaps)))
        }
        if !gaps.peerIDs.isEmpty {
            let focus = w.name(of: gaps.focusID, in: network)
            let text = gaps.widestPeerLead.map { lead in
                w[.findingPeerLead(focus: focus, layer: lead.layer, countries: lead.focusCountries, peer: w.name(of: lead.peerID, in: network),
                                   peerCountries: lead.peerCountries, region: w[.region(lead.region)], inRegion: lead.focusInRegion, peerInRegion: lead.peerInRegion)]
            } ?? w[.findingNoPeerLead(focus: focus)]
            findings.append((text, anchor(.gaps)))
        }
        findings.append((w[.findingTargets(layer: "sister", names: evidence.leadingSister)], anchor(.targets)))
        findings.append((w[.findingPlan(offices: evidence.offices, picks: evidence.plan.picks.map { w.name(of: $0.hostID, in: network) })],
                         anchor(w[.reportPlanHeading(offices: evidence.offices)])))
        if let best = ScenarioGain.best(of: evidence.outcomes) {
            findings.append((w[.findingScenario(variant: best.label, closed: best.variant.gapsClosed.count,
                                                firstClosed: best.variant.gapsClosed.prefix(3).map { GapTables.subjectName($0, in: best.base, wording: w) },
                                                opened: best.variant.gapsOpened.count, layer: best.layer, before: best.before, after: best.after)],
                             anchor(.scenarios)))
        }
        var section = ReportSection(heading: w[.reportHeading(.findings)], paragraphs: findings.map(\.text))
        section.paragraphLinks = findings.map(\.anchor)
        return section
    }
}
