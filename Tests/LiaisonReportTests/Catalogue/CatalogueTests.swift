import Foundation
import Synchronization
import Testing
import LiaisonAnalysis
import LiaisonData
import LiaisonGraph
import LiaisonTestSupport
@testable import LiaisonText
@testable import LiaisonReport

/// Every message in every language: written (no empty text, no English left in a Chinese
/// catalogue), each Chinese catalogue in its own script, and every case of ``Message`` run.
@Suite struct CatalogueTests {
    /// One sample of every message, with Chinese values where a message places values, so that any
    /// Latin word in a Chinese text comes from the catalogue itself.
    static let samples: [Message] = {
        var all: [Message] = ColumnName.allCases.map { .column($0) }
        all += ["sister", "cooperation", "eto", "bri", "diaspora"].map { .layer($0) }
        all += TieStatus.allCases.map { .status($0) } + EntityKind.allCases.map { .entityKind($0) }
        all += OrganisationKind.allCases.map { .organisationKind($0) }
        all += ["Africa", "Americas", "Asia", "Europe", "Oceania", "Northern Africa", "Sub-Saharan Africa", "Latin America and the Caribbean",
                "Northern America", "Central Asia", "Eastern Asia", "South-eastern Asia", "Southern Asia", "Western Asia", "Eastern Europe",
                "Northern Europe", "Southern Europe", "Western Europe", "Australia and New Zealand", "Melanesia", "Micronesia", "Polynesia",
                "(no region)"].map { .region($0) }
        all += TargetCriterion.allCases.map { .criterion($0) } + [BrokerageGrouping.country, .region, .subregion, .attribute("香港")].map { .grouping($0) }
        all += [AgentMerging.everyEntity, .noEntity].map { .merging($0) }
        all += [.noRegion] + PartnershipRule.allCases.map { .ruleSummary($0) } + [RuleBook.Origin.builtIn, .dataset, .override].map { .ruleOrigin($0) } + [.layingOut(entities: 2000, engine: "sfdp"), .timeLeft("0:09")] + GapKind.allCases.map { .gapKind($0) }
        all += gapReasons.map { .gapReason($0, names: NameTable(["KZ": "香港", "F": "香港", "P": "香港", "Q": "香港"])) }
        all += ruleBreaches.map { .ruleBreach($0, names: NameTable(["KZ": "香港", "F": "香港", "P": "香港"])) }
        all += [HostReason.commercialCentre(tags: ["trade", "port"]), .capital, .mostPopulous].map { .hostReason(city: "迪拜", $0) }
        all += [.hostInCountry(city: "迪拜", country: "迪拜")]
        all += pickDetails.map { .pickDetail($0, names: NameTable(["AE-DXB": "迪拜", "AE": "迪拜", "TH": "香港"])) }
        all += planPolicies.map { .planPolicy($0, names: NameTable(["KZ": "香港"])) }
        all += [CriterionBasis.commonNeighbours(0), .commonNeighbours(3), .peersTied(2, of: 6), .beltAndRoad(member: true), .beltAndRoad(member: false),
                .diaspora(community: 9_392_792, year: 2012), .diaspora(community: nil, year: nil), .areaTagged(citation: "香港"), .areaTies(area: "culture"),
                .areaNone(area: "technology"), .alsoCited(.areaNone(area: "technology"), citation: "香港"), .population(5_104_476), .population(nil), .economy(gdpUSD: 5.1e11, year: 2023), .economy(gdpUSD: nil, year: nil),
                .distance(km: 1727.4), .distance(km: nil), .priorityRegion(true), .priorityRegion(false)].map { .criterionBasis($0) }
        all += ["culture", "education", "business", "technology"].map { .area($0) } + [.regionOnLayer(region: "香港", layer: "香港")]
        all += [.noData, .none, .noRows, .listSeparator, .datasetTitle, .datasetName, .datasetAsOf, .datasetFocus, .datasetEntities, .datasetTies,
                .datasetUndatedTies, .entitiesByKindTitle, .tiesByLayerTitle, .byRegionTitle, .focusTiesTitle(focus: "香港"),
                .coverageTitle(focus: "香港"), .firstLines(15), .benchmarkTitle, .layersLeftOutTitle(focus: "香港"),
                .countriesLeftOutTitle, .outsideCoverage]
        all += GapKind.allCases.map { .gapListTitle($0, count: 3) }
        all += [.candidatesTitle(offices: true, layer: "eto", focus: "香港", area: nil, ranked: 3, excluded: 1, perCountry: nil, passedOver: 0, leftToSeats: 0),
                .candidatesTitle(offices: false, layer: "sister", focus: "香港", area: "technology", ranked: 3, excluded: 1, perCountry: 3, passedOver: 12, leftToSeats: 4),
                .noHostCity, .weightsTitle, .excludedTitle, .excludedByRuleTitle,
                .rulesTitle(consults: nil, folder: nil, formalFriends: 0), .rulesTitle(consults: "香港", folder: nil, formalFriends: 12),
                .rulesTitle(consults: "the China friendship network (china-network)", folder: "china-network", formalFriends: 12)]
        all += PlanObjective.allCases.map {
            .planTitle(focus: "香港", picks: 5, offices: $0 != .partnerValue, layer: "sister", objective: $0, coveredBefore: "1.0", uncovered: "2.0")
        }
        all += [.methodTitle, .centralityTitle(measure: "香港", entities: 3, ties: 2, combining: "香港", note: ""),
                .sampledNote(samples: 10, bound: "0.0100"), .communitiesTitle(count: 3, modularity: "0.4", method: "香港", resolution: "1.00", seed: 1),
                .statisticsTitle(name: "香港")]
        all += ["nodes", "edges", "density", "components", "giant component", "triangles", "average clustering", "transitivity",
                "degree assortativity", "diameter (giant component)", "mean distance (giant component)", "largest degree", "degree",
                "betweenness", "pagerank", "constraint", "effective-size", "effective size", "brokerage paths"].map { .statistic($0) }
        all += [.degreeDistributionTitle, .connectorSettingsTitle(focus: "香港"),
                .brokerageTitle(focus: "香港", layers: "香港", population: 100, merging: "香港"),
                .rolesTitle(focus: "香港", groupBy: "香港", layers: "香港")]
        all += ["coordinator", "gatekeeper or representative", "consultant", "liaison", "total"].map { .brokerageRole($0) }
        all += [.officeReachNoneTitle(layer: "香港"), .officeReachTitle(layer: "香港", ties: 3, noPeerOffice: true),
                .lowerIsBrokerLike, .rankOf(rank: 1, count: 7), .timelineTitle(subject: "香港"), .wholeNetwork, .wholeNetworkCell,
                .timelineSubjectWithAgents(name: "香港", id: "CN-44", agents: 2), .newTiesColumn(layer: "香港"), .undatedTitle(leftOut: true),
                .undatedTitle(leftOut: false), .comparisonTitle(focus: "香港")]
        all += [ComparisonRow.entities, .ties, .countriesCovered(layer: "eto"), .beltAndRoadCovered(layer: "eto"), .focusTies(.active),
                .entitiesAddedRemoved, .tiesAddedRemovedChanged, .gapsClosedOpened, .focusMeasure(focus: "香港", measure: "betweenness")]
            .map { .comparisonRow($0) }
        all += [.coverageChangesTitle, .changesTitle(variant: "方案", count: 3, shown: 2), .moversTitle(variant: "方案", threshold: "1"),
                .ruleFindingsTitle(variant: "方案", rules: "香港"), .scenarioGapsTitle(variant: "方案", count: 3, shown: nil),
                .expectationsTitle(script: "情景")]
        all += ScenarioChange.allCases.map { .change($0) }
        all += [.reportTitle(focus: "香港"), .reportSubtitle(dataset: "香港", asOf: nil), .reportSubtitle(dataset: "香港", asOf: "2026-06-30")]
        all += ReportHeading.allCases.map { .reportHeading($0) }
        all += [.reportSummary(dataset: "香港", entities: 3, ties: 2, asOf: nil), .coverageMapTitle(focus: "香港"), .coverageMapCaption(focus: "香港"),
                .networkMapTitle(focus: "香港"), .networkMapCaption(focus: "香港"), .reportGaps(focus: "香港"), .reportTargets,
                .reportPlanHeading(offices: true), .reportPlanHeading(offices: false),
                .reportPlan(offices: true, objective: .beltAndRoadGDP, focus: "香港"), .reportPlan(offices: true, objective: .beltAndRoadPopulation, focus: "香港"),
                .reportPlan(offices: false, objective: .partnerValue, focus: "聊城"), .reportScenarios(folder: "情景"),
                .scenarioMapCaption(script: "情景", variant: "方案"), .reportSources(dataset: "香港"),
                .findingGap(title: "缺口", first: ["香港", "上海"]), .findingGap(title: "缺口", first: []),
                .findingTargets(layer: "sister", names: ["香港"]), .findingTargets(layer: "cooperation", names: []),
                .findingPlan(offices: true, picks: ["香港", "上海", "聊城"]), .findingPlan(offices: false, picks: ["香港"]), .findingPlan(offices: true, picks: []),
                .findingPeerLead(focus: "香港", layer: "sister", countries: 1, peer: "上海", peerCountries: 61, region: "香港", inRegion: 0, peerInRegion: 7),
                .findingNoPeerLead(focus: "香港"),
                .findingScenario(variant: "方案", closed: 3, firstClosed: ["埃及", "伊朗"], opened: 0, layer: "eto", before: 58, after: 60),
                .findingScenario(variant: "方案", closed: 0, firstClosed: [], opened: 2, layer: "sister", before: 0, after: 1),
                .findingScenario(variant: "方案", closed: 1, firstClosed: ["埃及"], opened: 1, layer: nil, before: 0, after: 0),
                .findingScenario(variant: "方案", closed: 0, firstClosed: [], opened: 0, layer: nil, before: 0, after: 0)]
        all += [ReportStage.drawing("香港"), .findingGaps, .ranking("sister"), .planning(offices: true), .planning(offices: false),
                .applying("情景"), .drawingScenarioMap].map { .progress($0) }
        all += [ProgressStage.reading(file: "datasets/香港/ties.csv"), .buildingNetwork].map { .loading($0) }
        all += ruleBooks.map { .rulePolicies($0) } + [.layerLeftOut(.noOfficePowers(focusID: "F"), names: NameTable(["F": "聊城"]))]
        all += connectorSettings.flatMap { [Message.connectorSettingName($0), .connectorSetting($0)] }
        return all
    }()

    /// Rule books: built-in, set by a dataset and a flag, and consulting China's friendship network.
    static let ruleBooks: [RuleBook] = {
        var consulting = RuleBook(dataset: [.oneToOneFormal: .warn], overrides: [.comparableLevel: .off])
        consulting.externalSource = "the China friendship network (china-network)"
        consulting.externalFolder = "china-network"
        return [RuleBook(), consulting]
    }()

    /// Every setting of the connector profile, each branch of its policies.
    static let connectorSettings: [ConnectorSetting] = [
        .view(filters: []), .view(filters: ["layer:sister", "year:2020"]), .agents(.everyEntity, merged: 45), .agents(.noEntity, merged: 0),
        .partnershipMeasures(layers: ["sister", "cooperation"], ties: 223), .population(.excluded, measured: 196, leftOut: 12_400),
        .population(.included, measured: 196, leftOut: 0), .officeReach(layer: "eto"), .peersNotMeasured(["香港", "上海"]),
    ]

    /// The settings, the rule book's line and the left-out layer in English are the sentences the
    /// connector, `RuleBook.summary` and the gap analysis used to write.
    @Test func analysisSentencesInEnglish() {
        let english = Catalogue(.english)
        #expect(english.text(.connectorSetting(Self.connectorSettings[2]))
                == "every entity's offices, liaison units and hosted associations merged into it (45 organisations); --merge-agents all")
        #expect(english.text(.connectorSetting(Self.connectorSettings[4]))
                == "degree, betweenness (normalised by (n-1)(n-2)/2, as NetworkX), PageRank, constraint, effective size, brokerage paths on sister, cooperation ties (223 in the view)")
        #expect(english.text(.connectorSetting(Self.connectorSettings[5]))
                == "196 entities with a partnership tie (and the entities compared); 12400 without one left out (--include-isolated counts them)")
        #expect(english.text(.connectorSettingName(Self.connectorSettings[5])) == "n")
        #expect(english.text(.connectorSetting(Self.connectorSettings[0])) == "the whole network")
        #expect(english.text(.rulePolicies(Self.ruleBooks[0]))
                == "domestic-partner enforce, existing-tie enforce, diplomatic-relations enforce, one-to-one enforce, comparable-level enforce")
        #expect(english.text(.rulePolicies(Self.ruleBooks[1])) == "domestic-partner enforce, existing-tie enforce, diplomatic-relations enforce, one-to-one warn (dataset), "
                + "comparable-level off (flag); one-to-one also consults the China friendship network (china-network)")
        #expect(english.text(.layerLeftOut(.noOfficePowers(focusID: "F"), names: NameTable(["F": "Liaocheng"])))
                == "Liaocheng has no office and no external-relations powers of its own to open one")
        #expect(english.text(.loading(.reading(file: "ties.csv"))) == "reading ties.csv")
        #expect(Catalogue(.traditionalChinese).text(.rulePolicies(Self.ruleBooks[1])).hasSuffix("；一對一規則亦參考中國友好城市網絡（`china-network`）"))
        #expect(Catalogue(.simplifiedChinese).text(.connectorSetting(Self.connectorSettings[8])) == "香港、上海（不在视图内，或代另一实体行事）")
    }

    /// The loader names every stage as a value, which each catalogue words: the progress line
    /// speaks the reader's language (a file's name aside).
    @Test func theLoadersStagesAreWorded() throws {
        let updates = Mutex<[ProgressUpdate]>([])
        _ = try DatasetLoader.load(embeddedDataset("sample"), progress: { update in updates.withLock { $0.append(update) } })
        let all = updates.withLock { $0 }
        #expect(!all.isEmpty && all.allSatisfy { $0.known != nil }, "\(all.filter { $0.known == nil }.map(\.stage))")
        #expect(all.contains { $0.known == .buildingNetwork })
        for update in all {
            guard let known = update.known else { continue }
            #expect(Catalogue(.english).text(.loading(known)) == update.stage)
            let file = if case let .reading(file) = known { file } else { "" }
            for language in [Language.traditionalChinese, .simplifiedChinese] {
                let text = Catalogue(language).text(.loading(known)).replacingOccurrences(of: file, with: "")
                #expect(LatinWords.in(text).isEmpty, "\(text)")
            }
        }
    }

    /// Every kind of gap reason, with each branch of a tie's dates.
    static let gapReasons: [GapReason] = [
        .beltAndRoadWithoutOffice(countryID: "KZ", signedIn: 2017, focusID: "F"), .beltAndRoadWithoutOffice(countryID: "KZ", signedIn: nil, focusID: "F"),
        .diasporaWithoutTie(countryID: "KZ", community: 1_234_567, year: 2020, focusID: "F"), .diasporaWithoutTie(countryID: "KZ", community: 1, year: nil, focusID: "F"),
        .areaWithoutPartner(area: "technology", focusID: "F", peerIDs: []), .areaWithoutPartner(area: "culture", focusID: "F", peerIDs: ["P", "Q"]),
        .regionPeersReach(region: "Central Asia", layer: "sister", focusID: "F", peers: [PeerReach(peerID: "P", countries: 3)]),
        .tieToActivate(layer: "sister", partnerID: "P", status: .dormant, since: 2011, statusSince: 2021),
        .tieToActivate(layer: "sister", partnerID: "P", status: .dormant, since: nil, statusSince: 2021),
        .tieToActivate(layer: "cooperation", partnerID: "P", status: .proposed, since: 2024, statusSince: nil),
        .tieToActivate(layer: "sister", partnerID: "P", status: .dormant, since: 2011, statusSince: nil),
        .tieToActivate(layer: "sister", partnerID: "P", status: .intent, since: nil, statusSince: nil),
    ]

    /// Every kind of rule breach.
    static let ruleBreaches: [RuleBreach] = [
        .domestic(partnerID: "P", countryID: "KZ", focusID: "F"), .alreadyFormalFriend(partnerID: "P", focusID: "F", status: .active, since: 2001),
        .alreadyCovered(partnerID: "KZ", officeID: "ETO-1", focusID: "F", status: .active, since: nil),
        .alreadyTied(partnerID: "P", focusID: "F", layer: "cooperation", status: .dormant, since: 1999), .noDiplomaticRelations(countryID: "KZ"),
        .formalFriendElsewhere(partnerID: "P", province: false, friends: [ChineseFriend(id: "F", name: "Jinan", fromFriendshipNetwork: false),
                                                                          ChineseFriend(id: "CN-1", name: "香港", fromFriendshipNetwork: true)]),
        .formalFriendElsewhere(partnerID: "P", province: true, friends: [ChineseFriend(id: "F", name: "Jinan", fromFriendshipNetwork: false)]),
        .provinceForCity(partnerID: "P", focusID: "F"), .cityForProvince(partnerID: "P", focusID: "F"),
        .minorLevel(partnerID: "P", level: "district", focusID: "F", tier: .subProvincial),
        .capitalForLowerRank(partnerID: "P", focusID: "F", focusLevel: "prefecture"), .populations(ratio: 12, partner: 100_000, focus: 1_200_000, maximum: 10),
    ]

    /// Every kind of pick detail.
    static let pickDetails: [PickDetail] = [
        .office(hostCityID: "AE-DXB", reason: .commercialCentre(tags: ["trade", "port"]), countryID: "AE"), .office(hostCityID: nil, reason: nil, countryID: "AE"),
        .partner(score: 0.581, upgradesTo: "sister", countryID: "TH", partnerNumber: 2, decay: 0.5, areas: ["culture", "technology"], subregion: "South-eastern Asia"),
        .partner(score: 0.5, upgradesTo: nil, countryID: "TH", partnerNumber: 1, decay: 1, areas: [], subregion: nil),
    ]

    /// Every kind of plan policy.
    static let planPolicies: [PlanPolicy] = [
        .gdpSource(firstYear: 2022, lastYear: 2024, countriesWithoutFigure: ["KZ"]), .gdpSource(firstYear: nil, lastYear: nil, countriesWithoutFigure: []),
        .subregionReach(maximumKm: 2000, maximumCountries: 5, neighbourShare: 0.5), .subregionReach(maximumKm: 2000, maximumCountries: 5, neighbourShare: 1),
        .hostCountryOnly, .hostRule(commercialTags: ["business", "finance", "financial-centre", "trade"]), .officeTieBreak, .officeExclusions,
        .partnerCandidates(layer: "sister", leftToSeats: 0), .partnerValue(areaBonus: 0.1, regionBonus: 0.1), .partnerTieBreak,
        .partnerCandidates(layer: "sister", leftToSeats: 3),
    ]

    /// A plan's words in English are those the planners used to write.
    @Test func planWordsInEnglish() {
        let names = NameTable(["AE-DXB": "Dubai", "AE": "United Arab Emirates", "KZ": "Kazakhstan"])
        let english = Catalogue(.english)
        #expect(english.text(.pickDetail(Self.pickDetails[0], names: names)) == "host: Dubai, the largest commercial city in the data (trade, port)")
        #expect(english.text(.pickDetail(Self.pickDetails[1], names: names)) == "no city of United Arab Emirates in the data; host to be chosen")
        #expect(english.text(.pickDetail(Self.pickDetails[2], names: names))
                == "target score 0.581; upgrades an existing tie to sister; partner 2 in TH, score × 0.5; new areas: culture, technology; new sub-region: South-eastern Asia")
        #expect(english.text(.planPolicy(Self.planPolicies[0], names: names))
                == "GDP: current US dollars (gdp_usd in countries.csv, the World Bank's NY.GDP.MKTP.CD), years 2022–2024; 1 countries that would count carry no figure and weigh 0: Kazakhstan")
        #expect(english.text(.planPolicy(Self.planPolicies[2], names: names)).hasSuffix("each neighbour it covers at 50% of its weight (an office serves its host market first; a neighbour that later hosts an office counts whole from then)"))
        #expect(english.text(.planPolicy(Self.planPolicies[9], names: names))
                == "a partner's value is its target score, halved for each partner the focus already has or gains in its country, plus 0.1 for each exchange area and 0.1 for each UN M49 sub-region it newly brings")
        #expect(english.text(.hostReason(city: "Dubai", .capital)) == "Dubai, the capital")
        #expect(Catalogue(.traditionalChinese).text(.pickDetail(Self.pickDetails[0], names: NameTable(["AE-DXB": "迪拜"]))) == "駐地：迪拜，數據中最大的商業城市（貿易、港口）")
    }

    /// A rule's breach in English is the sentence the checker used to write.
    @Test func ruleBreachesInEnglish() {
        let names = NameTable(["P": "Nizhny Novgorod", "F": "Jinan", "KZ": "Kazakhstan"])
        let english = Self.ruleBreaches.map { Catalogue(.english).text(.ruleBreach($0, names: names)) }
        #expect(english[0] == "Nizhny Novgorod lies in Kazakhstan, Jinan's own country: a domestic tie, not a foreign partner")
        #expect(english[2] == "an office of Jinan already covers Kazakhstan (ETO-1, active)")
        #expect(english[3] == "Jinan already has a cooperation tie with Nizhny Novgorod (dormant since 1999)")
        #expect(english[5] == "Nizhny Novgorod is already the formal friendship city of Jinan (F), 香港 (CN-1, China friendship network); it can still be a friendly-cooperation partner")
        #expect(english[10] == "Nizhny Novgorod is a national capital; Jinan is a prefecture-level city below provincial-capital rank (national capitals pair with provincial capitals and cities of higher rank)")
        #expect(english[11] == "populations differ 12-fold (100,000 against 1,200,000); at most 10-fold counts as comparable")
        let hans = Catalogue(.simplifiedChinese).text(.ruleBreach(Self.ruleBreaches[5], names: NameTable(["P": "下诺夫哥罗德", "F": "济南"])))
        #expect(hans == "下诺夫哥罗德已是济南（F）、香港（CN-1，中国友好城市网络）的正式友好城市；仍可成为友好合作关系城市")
    }

    /// A gap's reason in English is the sentence the analysis used to write.
    @Test func gapReasonsInEnglish() {
        let names = NameTable(["KZ": "Kazakhstan", "F": "Focus", "P": "Shanghai", "Q": "Beijing"])
        let english = Self.gapReasons.map { Catalogue(.english).text(.gapReason($0, names: names)) }
        #expect(english[0] == "Kazakhstan signed a Belt and Road cooperation document in 2017, and no office of Focus covers it")
        #expect(english[1] == "Kazakhstan has signed a Belt and Road cooperation document, and no office of Focus covers it")
        #expect(english[2] == "Kazakhstan has an overseas Chinese community of 1,234,567 (2020), but Focus has no diaspora, sister or cooperation tie there")
        #expect(english[5] == "no active tie of Focus with a foreign partner lists the exchange area 'culture'; peers with one: Shanghai, Beijing")
        #expect(english[6] == "on the sister layer Focus reaches no country of Central Asia; countries reached by peers: Shanghai 3")
        #expect(english[7] == "the sister tie with Shanghai began in 2011 and has been dormant since 2021")
        #expect(english[10] == "the sister tie with Shanghai began in 2011 and is dormant (since a year not recorded)")
        let hant = Catalogue(.traditionalChinese).text(.gapReason(Self.gapReasons[7], names: NameTable(["P": "上海"])))
        #expect(hant == "與上海的友好城市關係始於2011年，自2021年起休眠")
        let hans = Catalogue(.simplifiedChinese).text(.gapReason(Self.gapReasons[0], names: NameTable(["KZ": "哈萨克斯坦", "F": "香港"])))
        #expect(hans == "哈萨克斯坦于2017年签署一带一路合作文件，但香港没有办事处覆盖该国")
    }

    /// The name of a message's case.
    static func caseName(_ message: Message) -> String {
        Mirror(reflecting: message).children.first?.label ?? String(describing: message)
    }

    /// Every case of `Message`, read from its source: a case added there and missing here fails.
    @Test func samplesRunEveryCaseOfMessage() throws {
        let declared = try declaredCases(ofEnum: "Message", inFile: "Sources/LiaisonReport/Catalogue/Message.swift")
        #expect(declared.count > 60)
        #expect(Set(Self.samples.map(Self.caseName)) == declared)
    }

    /// Every message has words in every language; a Chinese one is never the English one.
    @Test(arguments: Language.allCases) func everyMessageIsWritten(_ language: Language) {
        let catalogue = Catalogue(language)
        for message in Self.samples {
            let text = catalogue.text(message)
            if message != .listSeparator { #expect(!text.trimmingCharacters(in: .whitespaces).isEmpty, "\(message) in \(language.rawValue)") }
            if language != .english && message != .listSeparator {
                #expect(text != Catalogue(.english).text(message) || text.unicodeScalars.allSatisfy { !$0.properties.isAlphabetic || $0.value > 0x2E80 },
                        "\(message) is English in \(language.rawValue)")
            }
        }
    }

    /// No English word in a Chinese catalogue: only code (`liaison targets --explain`), options,
    /// and tokens with digits (M49) are Latin.
    @Test(arguments: [Language.traditionalChinese, .simplifiedChinese]) func noEnglishInChinese(_ language: Language) {
        let catalogue = Catalogue(language)
        for message in Self.samples {
            let words = LatinWords.in(catalogue.text(message))
            #expect(words.isEmpty, "\(message) in \(language.rawValue): \(words)")
        }
    }

    /// Each Chinese catalogue is in its own script: OpenCC's conversion into it changes nothing, from
    /// either script (s2hk and t2hk, hk2s and t2s).
    @Test(arguments: [Language.traditionalChinese, .simplifiedChinese]) func chineseIsInItsOwnScript(_ language: Language) throws {
        let converter = try ScriptConverter(to: language.script!)
        let configuration = language == .traditionalChinese ? "t2hk.json" : "t2s.json"
        let catalogue = Catalogue(language)
        for message in Self.samples {
            let text = catalogue.text(message)
            #expect(converter.convert(text) == text, "\(message) in \(language.rawValue)")
            #expect(try OpenCC.convert(text, with: configuration) == text, "\(message) in \(language.rawValue), \(configuration)")
        }
    }

    /// The field's terms are the glossary's.
    @Test func fieldTermsAreTheGlossarys() {
        #expect(Catalogue(.traditionalChinese).text(.layer("eto")) == "經濟貿易辦事處")
        #expect(Catalogue(.simplifiedChinese).text(.layer("cooperation")) == "友好合作关系城市")
        #expect(Catalogue(.traditionalChinese).text(.layer("bri")) == "一帶一路")
        #expect(Catalogue(.simplifiedChinese).text(.organisationKind(.association)).contains("同乡会"))
        #expect(Catalogue(.english).text(.layer("business")) == "business")
        #expect(Catalogue(.traditionalChinese).text(.layer("business")) == "business")
    }

    /// A column's key is the same in every language; only its heading changes.
    @Test(arguments: ColumnName.allCases) func columnKeysDoNotChange(_ name: ColumnName) {
        let keys = Language.allCases.map { TableColumn(name, Wording($0)).key }
        #expect(Set(keys) == [name.rawValue])
        #expect(TableColumn(name, Wording(.traditionalChinese)).title != TableColumn(name, .english).title)
    }
}
