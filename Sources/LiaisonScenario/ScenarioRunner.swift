import LiaisonAnalysis
import LiaisonData
import LiaisonGraph

/// Runs a scenario script: loads the base, applies each variant's steps as pure edits, compares
/// each with the base, and checks the expectations.
public enum ScenarioRunner {
    /// Runs a script read from a file.
    /// - Throws: ``ScenarioError`` (the script, or an edit, is wrong) or `DatasetError` (the base is).
    public static func run(file: String) throws -> ScenarioOutcome {
        let script = try ScenarioParser.parse(file: file)
        let base = try DatasetLoader.load(script.basePath)
        return try run(script, on: base)
    }

    /// Runs a parsed script on a base network.
    /// - Throws: ``ScenarioError`` naming every problem at its place in the script.
    public static func run(_ script: ScenarioScript, on base: PartnershipNetwork) throws(ScenarioError) -> ScenarioOutcome {
        guard let focusID = script.focusID ?? base.metadata.focusID else {
            throw ScenarioError(problems: [ValidationProblem(location: SourceLocation(file: script.file, line: 1, column: 1), value: "",
                message: "no focus", expected: "focus: ID in the script, or a focus in the base dataset")])
        }
        guard let focus = base.entity(withID: focusID) ?? (try? base.resolve(focusID)) else {
            throw ScenarioError(problems: [ValidationProblem(location: SourceLocation(file: script.file, line: 1, column: 1), value: focusID,
                message: "unknown focus entity", expected: suggestionText(for: focusID, in: base.entities))])
        }
        let stepsByID = Dictionary(script.steps.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let baseGaps = (try? GapAnalysis.run(focus: focus.id, in: base)) ?? nil
        let baseMeasures = FocusMeasures(base, focus: focus.id)
        var variants: [VariantOutcome] = []
        var problems: [ValidationProblem] = []
        for variant in script.variants {
            do {
                let network = try ScenarioApplier.apply(variant.stepIDs.compactMap { stepsByID[$0] }, to: base, asOf: script.asOf)
                let gaps = try? GapAnalysis.run(focus: focus.id, in: network)
                let (closed, opened) = compare(baseGaps?.gaps ?? [], gaps?.gaps ?? [])
                let measures = FocusMeasures(network, focus: focus.id)
                variants.append(VariantOutcome(name: variant.name, network: network, difference: NetworkDifference(from: base, to: network),
                                               gapsClosed: closed, gapsOpened: opened, coverage: gaps?.coverageByRegion ?? [],
                                               focusMeasures: baseMeasures.focusChanges(to: measures),
                                               pageRankMovers: baseMeasures.movers(\.pageRank, to: measures, name: "pagerank"),
                                               betweennessMovers: baseMeasures.movers(\.betweenness, to: measures, name: "betweenness")))
            } catch {
                problems.append(contentsOf: error.problems)
            }
        }
        guard problems.isEmpty else {
            // One step shared by several variants would report its problem once per variant.
            var seen = Set<ValidationProblem>()
            throw ScenarioError(problems: problems.filter { seen.insert($0).inserted }.sortedByLocation())
        }
        var checks: [ExpectationCheck] = []
        for expectation in script.expectations {
            let network = expectation.variant == "base" ? base : (variants.first { $0.name == expectation.variant }?.network ?? base)
            let value = measure(expectation.metric, focus: focus.id, in: network)
            let passed = (expectation.atLeast.map { value >= $0 } ?? true) && (expectation.atMost.map { value <= $0 } ?? true)
            checks.append(ExpectationCheck(expectation: expectation, value: value, passed: passed))
        }
        return ScenarioOutcome(script: script, focusID: focus.id, base: base, baseCoverage: baseGaps?.coverageByRegion ?? [],
                               variants: variants, checks: checks)
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

    init(_ network: PartnershipNetwork, focus: String) {
        self.focus = focus
        let graph = ConnectorProfile.graphWithAgentsMerged(network.view, focus: focus)
        pageRank = (try? SpectralCentrality.pageRank(graph))?.byEntity ?? [:]
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

    /// The ten entities whose value moved most, ties broken by ID.
    func movers(_ path: KeyPath<FocusMeasures, [String: Double]>, to after: FocusMeasures, name: String) -> [MeasureChange] {
        let a = self[keyPath: path], b = after[keyPath: path]
        let changes = Set(a.keys).union(b.keys).map { MeasureChange(measure: name, entityID: $0, before: a[$0] ?? 0, after: b[$0] ?? 0) }
        return Array(changes.filter { $0.change != 0 }.sorted { (abs($0.change), $1.entityID) > (abs($1.change), $0.entityID) }.prefix(10))
    }
}
