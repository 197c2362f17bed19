import LiaisonAnalysis
import LiaisonGraph

/// Every message of Liaison's tables and planner's report, typed: the key of the catalogues
/// (``Catalogue``), with the values a message carries as parameters. Each language's words are in
/// its own file (`Catalogue+English.swift`, `+TraditionalChinese.swift`, `+SimplifiedChinese.swift`);
/// every case must be in each, and a test runs every case in every language.
///
/// Entity names and numbers come in already written (a name in the reader's script, a number in
/// its print style), so a catalogue only places them.
public enum Message: Sendable, Hashable {
    // MARK: Words of the field
    /// A column heading.
    case column(ColumnName)
    /// A layer's name: a built-in one by the field's term (``FieldTerm``), a dataset's own by its ID.
    case layer(String)
    /// A tie's status.
    case status(TieStatus)
    /// A kind of entity.
    case entityKind(EntityKind)
    /// A kind of organisation, as a row under the organisations.
    case organisationKind(OrganisationKind)
    /// A UN M49 region or sub-region, by its English name; a name the catalogue does not know is
    /// shown as written.
    case region(String)
    /// A criterion of target ranking.
    case criterion(TargetCriterion)
    /// How brokerage roles group entities (`country`, `region`, `subregion`, or an attribute).
    case grouping(BrokerageGrouping)
    /// Which agents were merged into the entities they act for.
    case merging(AgentMerging)
    /// The place of entities with no region.
    case noRegion
    /// What a rule of the field asks.
    case ruleSummary(PartnershipRule)
    /// Who set a rule's policy: the built-in default, the dataset or the planner's flag.
    case ruleOrigin(RuleBook.Origin)
    /// Every rule's policy and who set it, in one line for a title, with what the one-to-one rule
    /// also consults.
    case rulePolicies(RuleBook)
    /// A gap list's name.
    case gapKind(GapKind)
    /// Why a gap is one, its entities named by `names`.
    case gapReason(GapReason, names: NameTable)
    /// A region on a layer, as a gap's subject (both already worded).
    case regionOnLayer(region: String, layer: String)
    /// How a proposal breaks a rule of the field, its entities named by `names`.
    case ruleBreach(RuleBreach, names: NameTable)
    /// A proposed host city and why it was chosen.
    case hostReason(city: String, HostReason)
    /// An office's host city in its country (both already worded).
    case hostInCountry(city: String, country: String)
    /// Why a pick of a plan was made, its entities named by `names`.
    case pickDetail(PickDetail, names: NameTable)
    /// A policy a plan was made under, its entities named by `names`.
    case planPolicy(PlanPolicy, names: NameTable)
    /// What a criterion's score was computed from.
    case criterionBasis(CriterionBasis)
    /// An exchange area; a dataset's own is shown as written.
    case area(String)
    /// "no data", for a value the data do not give.
    case noData
    /// "none".
    case none
    /// What an empty table shows in place of its rows.
    case noRows
    /// The joiner of a list of items ("; " in English, "；" in Chinese).
    case listSeparator

    // MARK: summary
    /// The dataset table's title.
    case datasetTitle
    /// The row of the dataset's name.
    case datasetName
    /// The row of its date.
    case datasetAsOf
    /// The row of its focus.
    case datasetFocus
    /// The row of its entity count.
    case datasetEntities
    /// The row of its tie count.
    case datasetTies
    /// The row of ties a year filter left out.
    case datasetUndatedTies
    /// The title of entities by kind.
    case entitiesByKindTitle
    /// The title of ties by layer and status.
    case tiesByLayerTitle
    /// The title of entities and ties by region.
    case byRegionTitle
    /// The title of the focus's ties by layer.
    case focusTiesTitle(focus: String)

    // MARK: gaps
    /// The coverage table's title.
    case coverageTitle(focus: String)
    /// A gap list's title with its length.
    case gapListTitle(GapKind, count: Int)
    /// What a shortened list's title adds: the first `shown` lines.
    case firstLines(Int)
    /// The peer benchmark's title.
    case benchmarkTitle
    /// The title of the layers not analysed.
    case layersLeftOutTitle(focus: String)
    /// The title of the countries left out of coverage.
    case countriesLeftOutTitle
    /// Why a country is left out of coverage: no region holds it and no one lives there.
    case outsideCoverage
    /// Why a layer asked for was left out of the gap analysis, its entities named by `names`.
    case layerLeftOut(LeftOutReason, names: NameTable)

    // MARK: targets
    /// The candidates' title; `perCountry`, the cap on candidates of one country in the list (nil for
    /// none), `passedOver`, how many were passed over for it, and `leftToSeats`, how many districts
    /// or suburbs were left to the seat of government whose urban area they lie in.
    case candidatesTitle(offices: Bool, layer: String, focus: String, area: String?, ranked: Int, excluded: Int, perCountry: Int?, passedOver: Int,
                         leftToSeats: Int)
    /// The cell of an office candidate with no city to host it.
    case noHostCity
    /// The weights' title.
    case weightsTitle
    /// The excluded candidates' title.
    case excludedTitle
    /// The title of the excluded candidates counted by rule.
    case excludedByRuleTitle
    /// The rule book's title, with what the one-to-one rule also consults (described, and the
    /// folder of China's friendship network when it is one).
    case rulesTitle(consults: String?, folder: String?, formalFriends: Int)

    // MARK: plan
    /// The plan's title: picks, objective and unit, and what was covered before.
    case planTitle(focus: String, picks: Int, offices: Bool, layer: String, objective: PlanObjective, coveredBefore: String?, uncovered: String?)
    /// How the plan was made.
    case methodTitle

    // MARK: centrality, communities, statistics, connector, timeline
    /// A centrality ranking's title.
    case centralityTitle(measure: String, entities: Int, ties: Int, combining: String, note: String)
    /// The note of a sampled measure.
    case sampledNote(samples: Int, bound: String)
    /// Communities' title.
    case communitiesTitle(count: Int, modularity: String, method: String, resolution: String, seed: UInt64)
    /// The statistics' title.
    case statisticsTitle(name: String)
    /// A statistic's name, by its English name.
    case statistic(String)
    /// The degree distribution's title.
    case degreeDistributionTitle
    /// The connector's settings title.
    case connectorSettingsTitle(focus: String)
    /// A setting of the connector profile: its name, in the settings table's first column.
    case connectorSettingName(ConnectorSetting)
    /// A setting of the connector profile: its value.
    case connectorSetting(ConnectorSetting)
    /// The connector's brokerage title.
    case brokerageTitle(focus: String, layers: String, population: Int, merging: String)
    /// The connector's roles title.
    case rolesTitle(focus: String, groupBy: String, layers: String)
    /// A Gould-Fernandez role's name, by its English name.
    case brokerageRole(String)
    /// The office reach title, when the view holds no office ties.
    case officeReachNoneTitle(layer: String)
    /// The office reach title.
    case officeReachTitle(layer: String, ties: Int, noPeerOffice: Bool)
    /// What a measure's name adds when a lower value is more broker-like.
    case lowerIsBrokerLike
    /// "rank of count".
    case rankOf(rank: Int, count: Int)
    /// A timeline's title for a subject.
    case timelineTitle(subject: String)
    /// The whole network, as a timeline's subject.
    case wholeNetwork
    /// The whole network, as a table's cell.
    case wholeNetworkCell
    /// A subject with its agents merged in.
    case timelineSubjectWithAgents(name: String, id: String, agents: Int)
    /// A layer's new ties in a timeline.
    case newTiesColumn(layer: String)
    /// The undated ties' title.
    case undatedTitle(leftOut: Bool)

    // MARK: scenario
    /// The comparison's title.
    case comparisonTitle(focus: String)
    /// A comparison row.
    case comparisonRow(ComparisonRow)
    /// The coverage changes' title.
    case coverageChangesTitle
    /// A variant's changes.
    case changesTitle(variant: String, count: Int, shown: Int?)
    /// A variant's movers.
    case moversTitle(variant: String, threshold: String)
    /// A variant's rule findings.
    case ruleFindingsTitle(variant: String, rules: String)
    /// A variant's gaps closed and opened.
    case scenarioGapsTitle(variant: String, count: Int, shown: Int?)
    /// A script's expectations.
    case expectationsTitle(script: String)
    /// A kind of change of a scenario.
    case change(ScenarioChange)

    // MARK: the planner's report
    /// The page's title.
    case reportTitle(focus: String)
    /// The line under it.
    case reportSubtitle(dataset: String, asOf: String?)
    /// A section heading.
    case reportHeading(ReportHeading)
    /// The summary's paragraph.
    case reportSummary(dataset: String, entities: Int, ties: Int, asOf: String?)
    /// The coverage map's title.
    case coverageMapTitle(focus: String)
    /// Its caption.
    case coverageMapCaption(focus: String)
    /// The own-network map's title.
    case networkMapTitle(focus: String)
    /// Its caption.
    case networkMapCaption(focus: String)
    /// The gaps' paragraph.
    case reportGaps(focus: String)
    /// The targets' paragraph.
    case reportTargets
    /// The plan's heading.
    case reportPlanHeading(offices: Bool)
    /// The plan's paragraph.
    case reportPlan(offices: Bool, objective: PlanObjective, focus: String)
    /// The scenarios' paragraph.
    case reportScenarios(folder: String)
    /// The scenario map's caption.
    case scenarioMapCaption(script: String, variant: String)
    /// The sources' paragraph.
    case reportSources(dataset: String)
    /// A key finding: the largest gap list (its title, as the gap table words it) and its first entries.
    case findingGap(title: String, first: [String])
    /// A key finding: the leading candidates of a layer.
    case findingTargets(layer: String, names: [String])
    /// A key finding: the plan's picks (host cities, or partners).
    case findingPlan(offices: Bool, picks: [String])
    /// A key finding: the layer where a peer leads the focus most (a ``PeerLead``, with the peer's
    /// name and the region already worded): countries reached in all, and in the region of the widest lead.
    case findingPeerLead(focus: String, layer: String, countries: Int, peer: String, peerCountries: Int, region: String, inRegion: Int, peerInRegion: Int)
    /// A key finding: no peer reaches more countries than the focus on any layer compared.
    case findingNoPeerLead(focus: String)
    /// A key finding: the scenario variant that does most, as the comparison labels it; the gaps it
    /// closes (how many, the first few by name) and opens; the layer whose countries covered rise
    /// most, from `before` to `after` (nil when none rises).
    case findingScenario(variant: String, closed: Int, firstClosed: [String], opened: Int, layer: String?, before: Int, after: Int)
    /// A progress stage of the report.
    case progress(ReportStage)
    /// A stage of loading a dataset, for the progress line.
    case loading(ProgressStage)
    /// The stage of laying out a drawing, for the progress line: how many entities, which Graphviz engine.
    case layingOut(entities: Int, engine: String)
    /// The time a progress line expects the stage to take still ("0:09").
    case timeLeft(String)
}

/// A row of the scenario comparison.
public enum ComparisonRow: Sendable, Hashable {
    /// Entities.
    case entities
    /// Ties.
    case ties
    /// Countries covered on a layer.
    case countriesCovered(layer: String)
    /// Belt and Road countries covered on a layer.
    case beltAndRoadCovered(layer: String)
    /// The focus's ties of a status.
    case focusTies(TieStatus)
    /// Entities added and removed.
    case entitiesAddedRemoved
    /// Ties added, removed and changed.
    case tiesAddedRemovedChanged
    /// Gaps closed and opened.
    case gapsClosedOpened
    /// A measure of the focus, by its English name.
    case focusMeasure(focus: String, measure: String)
}

/// A kind of change a scenario makes, or a check's result.
public enum ScenarioChange: String, Sendable, Hashable, CaseIterable {
    case addedEntity, removedEntity, addedTie, removedTie, changedTie, closed, opened, pass, fail
}

/// A section of the planner's report.
public enum ReportHeading: String, Sendable, Hashable, CaseIterable {
    case findings, summary, maps, gaps, targets, scenarios, sources
}

/// A stage of the report, for the progress line.
public enum ReportStage: Sendable, Hashable {
    /// Drawing a file.
    case drawing(String)
    /// Finding gaps.
    case findingGaps
    /// Ranking a layer's targets.
    case ranking(String)
    /// Planning offices or partners.
    case planning(offices: Bool)
    /// Applying a script.
    case applying(String)
    /// Drawing the scenario map.
    case drawingScenarioMap
}

/// A setting of the connector profile (`liaison connector`), one row of its settings table: the
/// facts, which each catalogue words.
public enum ConnectorSetting: Sendable, Hashable {
    /// The view measured, by its filters as written (none: the whole network).
    case view(filters: [String])
    /// Which agents were merged into the entities they act for, and how many organisations were.
    case agents(AgentMerging, merged: Int)
    /// The partnership measures, on the layers by ID, with the view's ties of those layers.
    case partnershipMeasures(layers: [String], ties: Int)
    /// The entities measured (n), and how many of the view were left out.
    case population(IsolatedEntities, measured: Int, leftOut: Int)
    /// The office reach, on the office layer by ID.
    case officeReach(layer: String)
    /// The peers asked for that are not measured, already named.
    case peersNotMeasured([String])
}
