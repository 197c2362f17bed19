import LiaisonAnalysis
import LiaisonData
import LiaisonGraph

/// Runs a scenario script: loads the base, applies each variant's steps as pure edits, compares
/// each with the base, and checks the expectations.
public enum ScenarioRunner {
    /// Runs a script read from a file.
    /// - Throws: ``ScenarioError`` (the script, or an edit, is wrong) or `DatasetError` (the base is).
    /// - Parameter rules: the planner's rule policies, over the base dataset's.
    public static func run(file: String, rules: [PartnershipRule: RulePolicy] = [:]) throws -> ScenarioOutcome {
        let script = try ScenarioParser.parse(file: file)
        let base = try DatasetLoader.load(script.basePath)
        return try run(script, on: base, rules: rules)
    }

    /// A mover is listed when its value changes by at least this share of the measure's largest
    /// value in the base: smaller changes are the noise of a re-normalised measure.
    public static let moverThreshold = 0.01

    /// Runs a parsed script on a base network.
    /// - Throws: ``ScenarioError`` naming every problem at its place in the script, or an analysis
    ///   that failed on a variant (never swallowed: a failed analysis would read as every gap closed).
    public static func run(_ script: ScenarioScript, on base: PartnershipNetwork, rules overrides: [PartnershipRule: RulePolicy] = [:]) throws(ScenarioError) -> ScenarioOutcome {
        guard let focusID = script.focusID ?? base.metadata.focusID else {
            throw ScenarioError(problems: [ValidationProblem(location: SourceLocation(file: script.file, line: 1, column: 1), value: "",
                message: "no focus", expected: "focus: ID in the script, or a focus in the base dataset")])
        }
        guard let focus = base.entity(withID: focusID) ?? (try? base.resolve(focusID)) else {
            throw ScenarioError(problems: [ValidationProblem(location: SourceLocation(file: script.file, line: 1, column: 1), value: focusID,
                message: "unknown focus entity", expected: suggestionText(for: focusID, in: base.entities))])
        }
        let stepsByID = Dictionary(script.steps.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        func analysisFailed(_ error: any Error, at location: SourceLocation, _ what: String) -> ScenarioError {
            ScenarioError(problems: [ValidationProblem(location: location, value: what, message: "the analysis failed: \(error)",
                                                       expected: "a variant the gap analysis and centralities can measure")])
        }
        let scriptStart = SourceLocation(file: script.file, line: 1, column: 1)
        var rules = RuleBook(dataset: base.metadata.rulePolicies, overrides: overrides)
        do { try rules.consultFriendshipNetwork(of: base.metadata) } catch {
            throw ScenarioError(problems: [ValidationProblem(location: scriptStart, value: base.metadata.friendshipNetwork ?? "",
                message: "the base's friendship network cannot be read: \(error)", expected: "a valid dataset folder at friendship_network: in the base's dataset.yaml")])
        }
        let baseGaps: GapReport
        let baseMeasures: FocusMeasures
        do {
            baseGaps = try GapAnalysis.run(focus: focus.id, in: base)
            baseMeasures = try FocusMeasures(base, focus: focus.id)
        } catch { throw analysisFailed(error, at: scriptStart, "base") }
        var variants: [VariantOutcome] = []
        var problems: [ValidationProblem] = []
        for variant in script.variants {
            let steps = variant.stepIDs.compactMap { stepsByID[$0] }
            let network: PartnershipNetwork
            do { network = try ScenarioApplier.apply(steps, to: base, asOf: script.asOf) } catch {
                problems.append(contentsOf: error.problems)
                continue
            }
            let gaps: GapReport
            let measures: FocusMeasures
            do {
                gaps = try GapAnalysis.run(focus: focus.id, in: network)
                measures = try FocusMeasures(network, focus: focus.id)
            } catch { throw analysisFailed(error, at: variant.location, variant.name) }
            let (closed, opened) = compare(baseGaps.gaps, gaps.gaps)
            variants.append(VariantOutcome(name: variant.name, network: network, difference: NetworkDifference(from: base, to: network),
                                           gapsClosed: closed, gapsOpened: opened, coverage: gaps.coverageByRegion,
                                           focusMeasures: baseMeasures.focusChanges(to: measures),
                                           pageRankMovers: baseMeasures.movers(\.pageRank, to: measures, name: "pagerank"),
                                           betweennessMovers: baseMeasures.movers(\.betweenness, to: measures, name: "betweenness"),
                                           ruleFindings: ScenarioRuleCheck.findings(of: steps, base: base, variant: network, focus: focus.id, rules: rules)))
        }
        guard problems.isEmpty else {
            // One step shared by several variants would report its problem once per variant.
            var seen = Set<ValidationProblem>()
            throw ScenarioError(problems: problems.filter { seen.insert($0).inserted }.sortedByLocation())
        }
        var checks: [ExpectationCheck] = []
        for expectation in script.expectations {
            let outcome = variants.first { $0.name == expectation.variant }
            let network = expectation.variant == "base" ? base : (outcome?.network ?? base)
            let value = expectation.metric == .ruleViolations
                ? Double(Set((outcome?.ruleFindings ?? []).filter { $0.finding.policy == .enforce }.map(\.location)).count)
                : measure(expectation.metric, focus: focus.id, in: network)
            let passed = (expectation.atLeast.map { value >= $0 } ?? true) && (expectation.atMost.map { value <= $0 } ?? true)
            checks.append(ExpectationCheck(expectation: expectation, value: value, passed: passed))
        }
        return ScenarioOutcome(script: script, focusID: focus.id, base: base, baseCoverage: baseGaps.coverageByRegion,
                               variants: variants, checks: checks, rules: rules, moverThreshold: moverThreshold)
    }

    /// A metric's value for the focus in a network.
    public static func measure(_ metric: ScenarioMetric, focus: String, in network: PartnershipNetwork) -> Double {
        switch metric {
        case let .coverage(layer, beltAndRoadOnly, region):
            let regionCountries = region.map { network.countries(inRegion: $0) }
            let countries = network.coverage(of: focus).countries(on: layer).filter { id in
                guard let country = network.entity(withID: id) else { return false }
                if beltAndRoadOnly && country.attributes.beltAndRoad?.isMember != true { return false }
                return regionCountries?.contains(id) ?? true
            }
            return Double(countries.count)
        case let .ties(layer, status):
            let agents = network.agents(of: focus)
            var seen = Set<Tie>()
            for agent in agents {
                for tie in network.ties(of: agent) where (layer == nil || tie.layer == layer) && (status == nil || tie.status == status) { seen.insert(tie) }
            }
            return Double(seen.count)
        case .entities:
            return Double(network.entityCount)
        case .ruleViolations:
            return 0  // a property of a variant's steps, not of a network: counted by `run`
        }
    }

    /// Gaps in the first list and not the second (closed), and the reverse (opened), matched by kind and subject.
    static func compare(_ before: [Gap], _ after: [Gap]) -> (closed: [Gap], opened: [Gap]) {
        func key(_ g: Gap) -> String { "\(g.kind.rawValue)|\(g.subject)" }
        let a = Set(before.map(key)), b = Set(after.map(key))
        return (before.filter { !b.contains(key($0)) }, after.filter { !a.contains(key($0)) })
    }
}

/// The measures a scenario comparison reports, on the whole network with the focus's agents merged
/// into it (its offices' ties are its own): PageRank, betweenness, degree, constraint, effective size.
struct FocusMeasures {
    let focus: String
    let pageRank: [String: Double]
    let betweenness: [String: Double]
    let degree: [String: Double]
    let constraint: [String: Double]
    let effectiveSize: [String: Double]

    init(_ network: PartnershipNetwork, focus: String) throws(CentralityError) {
        self.focus = focus
        let graph = ConnectorProfile.graphWithAgentsMerged(network.view, focus: focus)
        pageRank = try SpectralCentrality.pageRank(graph).byEntity
        betweenness = Betweenness.exact(graph).byEntity
        degree = DegreeCentrality.degree(graph).byEntity
        constraint = StructuralHoles.constraint(graph).byEntity
        effectiveSize = StructuralHoles.effectiveSize(graph).byEntity
    }

    func focusChanges(to after: FocusMeasures) -> [MeasureChange] {
        [("degree", \FocusMeasures.degree), ("betweenness", \.betweenness), ("pagerank", \.pageRank),
         ("constraint", \.constraint), ("effective size", \.effectiveSize)].map { name, path in
            MeasureChange(measure: name, entityID: focus, before: self[keyPath: path][focus] ?? 0, after: after[keyPath: path][focus] ?? 0)
        }
    }

    /// The ten entities whose value moved most, ties broken by ID, among those that moved by at least
    /// ``ScenarioRunner/moverThreshold`` of the measure's largest value in the base.
    func movers(_ path: KeyPath<FocusMeasures, [String: Double]>, to after: FocusMeasures, name: String) -> [MeasureChange] {
        let a = self[keyPath: path], b = after[keyPath: path]
        let threshold = ScenarioRunner.moverThreshold * (a.values.map(abs).max() ?? 0)
        let changes = Set(a.keys).union(b.keys).map { MeasureChange(measure: name, entityID: $0, before: a[$0] ?? 0, after: b[$0] ?? 0) }
        return Array(changes.filter { $0.change != 0 && abs($0.change) >= threshold }.sorted { (abs($0.change), $1.entityID) > (abs($1.change), $0.entityID) }.prefix(10))
    }
}
