import LiaisonAnalysis
import LiaisonGraph

extension Catalogue {
    /// Why a city hosts an office, in English.
    /// Items as English lists them: "A", "A and B", "A, B and C".
    private static func englishList(_ items: [String]) -> String {
        items.count <= 2 ? items.joined(separator: " and ") : items.dropLast().joined(separator: ", ") + " and " + items.last!
    }

    /// A count with its noun: "1 country", "3 countries".
    private static func counted(_ n: Int, _ one: String, _ many: String) -> String { "\(n) \(n == 1 ? one : many)" }

    private static func englishHostReason(_ reason: HostReason) -> String {
        switch reason {
        case let .commercialCentre(tags): return "the largest commercial city in the data (\(tags.joined(separator: ", ")))"
        case .capital: return "the capital"
        case .mostPopulous: return "the most populous city in the data"
        }
    }

    /// Every message in English.
    static func english(_ message: Message) -> String {
        switch message {
        case let .column(name):
            switch name {
            case .gapList: return "gap list"
            case .mainCountries: return "main countries"
            case .marginalGain: return "marginal gain"
            case .newlyBrings: return "newly brings"
            case .newlyCovered: return "newly covered"
            case .proposedHost: return "proposed host"
            case .rankAmongCities: return "rank among cities"
            case .rankAmongPeers: return "rank among peers"
            case .ruleWarnings: return "rule warnings"
            case .runnerUp: return "runner-up (its gain)"
            case .setBy: return "set by"
            case .shareOfUncovered: return "share of uncovered"
            case .whatItAsks: return "what it asks"
            case .withTies: return "with ties"
            default: return name.rawValue
            }
        case let .layer(id): return id
        case let .status(status): return status.rawValue
        case let .entityKind(kind): return kind.rawValue
        case let .organisationKind(kind): return "  organisation: \(kind.rawValue)"
        case let .region(name): return name
        case .noRegion: return "(no region)"
        case let .criterion(criterion): return criterion.rawValue
        case let .grouping(grouping):
            switch grouping {
            case .country: return "country"
            case .region: return "region"
            case .subregion: return "subregion"
            case let .attribute(attribute): return "attribute:\(attribute)"
            }
        case let .merging(merging): return merging.rawValue
        case let .ruleOrigin(origin):
            switch origin {
            case .builtIn: return "default"
            case .dataset: return "dataset"
            case .override: return "flag"
            }
        case let .ruleSummary(rule): return rule.summary
        case let .rulePolicies(book):
            return PartnershipRule.allCases.map { rule in
                let origin = book.origins[rule] ?? .builtIn
                return "\(rule.rawValue) \(book.policy(rule).rawValue)\(origin == .builtIn ? "" : " (\(origin.rawValue))")"
            }.joined(separator: ", ") + (book.externalSource.map { "; one-to-one also consults \($0)" } ?? "")
        case let .gapKind(kind): return kind.title
        case let .gapReason(reason, names):
            switch reason {
            case let .beltAndRoadWithoutOffice(country, year, focus):
                let signed = year.map { "signed a Belt and Road cooperation document in \($0)" } ?? "has signed a Belt and Road cooperation document"
                return "\(names[country]) \(signed), and no office of \(names[focus]) covers it"
            case let .diasporaWithoutTie(country, community, year, focus):
                return "\(names[country]) has an overseas Chinese community of \(NumberStyle.grouped.format(Double(community)))\(year.map { " (\($0))" } ?? ""), but \(names[focus]) has no diaspora, sister or cooperation tie there"
            case let .areaWithoutPartner(area, focus, peers):
                return "no active tie of \(names[focus]) with a foreign partner lists the exchange area '\(area)'"
                    + (peers.isEmpty ? "" : "; peers with one: \(peers.map { names[$0] }.joined(separator: ", "))")
            case let .regionPeersReach(region, layer, focus, peers):
                return "on the \(layer) layer \(names[focus]) reaches no country of \(region); countries reached by peers: "
                    + peers.map { "\(names[$0.peerID]) \($0.countries)" }.joined(separator: ", ")
            case let .tieToActivate(layer, partner, status, since, statusSince):
                let history = switch (since, statusSince) {
                case let (start?, began?) where began != start: "began in \(start) and has been \(status.rawValue) since \(began)"
                case let (_, began?): "has been \(status.rawValue) since \(began)"
                case let (start?, nil) where status == .proposed || status == .intent: "has been \(status.rawValue) since \(start)"
                case let (start?, nil): "began in \(start) and is \(status.rawValue) (since a year not recorded)"
                case (nil, nil): "is \(status.rawValue)"
                }
                return "the \(layer) tie with \(names[partner]) \(history)"
            }
        case let .area(area): return area
        case let .ruleBreach(breach, names):
            func state(_ status: TieStatus, _ since: Int?) -> String { status.rawValue + (since.map { " since \($0)" } ?? "") }
            switch breach {
            case let .domestic(partner, country, focus):
                return "\(names[partner]) lies in \(names[country]), \(names[focus])'s own country: a domestic tie, not a foreign partner"
            case let .alreadyFormalFriend(partner, focus, status, since):
                return "\(names[partner]) is already \(names[focus])'s formal friendship city (\(state(status, since))), which goes further than friendly cooperation"
            case let .alreadyCovered(partner, office, focus, status, since):
                return "an office of \(names[focus]) already covers \(names[partner]) (\(office), \(state(status, since)))"
            case let .alreadyTied(partner, focus, layer, status, since):
                return "\(names[focus]) already has a \(layer) tie with \(names[partner]) (\(state(status, since)))"
            case let .noDiplomaticRelations(country): return "\(names[country]) has no diplomatic relations with the People's Republic of China"
            case let .formalFriendElsewhere(partner, province, friends):
                let list = friends.map { "\(names[$0.id, or: $0.name]) (\($0.id)\($0.fromFriendshipNetwork ? ", China friendship network" : ""))" }
                return "\(names[partner]) is already the formal friendship \(province ? "province" : "city") of \(list.joined(separator: ", ")); it can still be a friendly-cooperation partner"
            case let .provinceForCity(partner, focus): return "\(names[partner]) is a province or state; \(names[focus]) is a city below provincial level"
            case let .cityForProvince(partner, focus):
                return "\(names[partner]) is a city; \(names[focus]) is a province (only a national capital counts as comparable)"
            case let .minorLevel(partner, level, focus, tier): return "\(names[partner]) is a \(level); \(names[focus]) is a \(tier.rawValue) city"
            case let .capitalForLowerRank(partner, focus, level):
                return "\(names[partner]) is a national capital; \(names[focus]) is a \(level.map { $0 == "prefecture" ? "prefecture-level city" : $0 } ?? "city") below provincial-capital rank (national capitals pair with provincial capitals and cities of higher rank)"
            case let .populations(ratio, partner, focus, maximum):
                return "populations differ \(ratio)-fold (\(NumberStyle.grouped.format(Double(partner))) against \(NumberStyle.grouped.format(Double(focus)))); at most \(maximum)-fold counts as comparable"
            }
        case let .hostReason(city, reason): return "\(city), " + englishHostReason(reason)
        case let .hostInCountry(city, country): return "\(city), \(country)"
        case let .pickDetail(.office(host, reason, country), names):
            guard let host, let reason else { return "no city of \(names[country]) in the data; host to be chosen" }
            return "host: \(names[host]), " + englishHostReason(reason)
        case let .pickDetail(.partner(score, upgradesTo, country, number, decay, areas, subregion), _):
            var parts = [String(format: "target score %.3f", score)]
            if let upgradesTo { parts.append("upgrades an existing tie to \(upgradesTo)") }
            parts.append(number == 1 ? "first partner in \(country)" : "partner \(number) in \(country), score × \(decay)")
            if !areas.isEmpty { parts.append("new areas: \(areas.joined(separator: ", "))") }
            if let subregion { parts.append("new sub-region: \(subregion)") }
            return parts.joined(separator: "; ")
        case let .planPolicy(policy, names):
            switch policy {
            case let .gdpSource(first, last, without):
                return "GDP: current US dollars (gdp_usd in countries.csv, the World Bank's NY.GDP.MKTP.CD)"
                    + (first.flatMap { f in last.map { ", years \(f)–\($0)" } } ?? "")
                    + (without.isEmpty ? "" : "; \(without.count) countries that would count carry no figure and weigh 0: \(without.map { names[$0] }.joined(separator: ", "))")
            case let .subregionReach(km, countries, share):
                return "a new office covers its host country and the uncovered countries of its UN M49 sub-region within \(km) km that weigh most under the objective, up to \(countries) in all; "
                    + "its host country counts whole and each neighbour it covers \(share == 1 ? "whole too" : "at \(Int((share * 100).rounded()))% of its weight") (an office serves its host market first; a neighbour that later hosts an office counts whole from then)"
            case .hostCountryOnly: return "a new office covers its host country only"
            case let .hostRule(tags):
                return "host: the largest commercial city in the data (tagged \(tags.joined(separator: ", "))), a Global Financial Centres Index centre among them (a container port alone hosts no office), else the capital, else the most populous city; a country with no city in the data, or one that does not count under the objective, can be covered but not host"
            case .officeTieBreak: return "equal gains fall to the more populous host country, then the larger population newly covered, then the host's name"
            case .officeExclusions: return "countries that break an enforced rule (no diplomatic relations with the PRC, the focus's own country) are neither hosts nor covered"
            case let .partnerCandidates(layer, leftToSeats):
                return "candidates are the \(layer) targets that break no enforced rule (liaison targets --layer \(layer))"
                    + (leftToSeats > 0 ? ", but for " + leftToSeatsPhrase(leftToSeats) : "")
            case let .partnerValue(area, region):
                return "a partner's value is its target score, halved for each partner the focus already has or gains in its country, plus \(area) for each exchange area and \(region) for each UN M49 sub-region it newly brings"
            case .partnerTieBreak: return "equal gains fall to the higher target score, then the larger population, then the name"
            }
        case let .criterionBasis(basis):
            switch basis {
            case let .commonNeighbours(n): return n == 0 ? "no common neighbour" : "\(n) common neighbour\(n == 1 ? "" : "s")"
            case let .peersTied(n, count): return "\(n) of \(count) peers"
            case let .beltAndRoad(member): return member ? "Belt and Road country" : "no Belt and Road document"
            case let .diaspora(community?, year): return "\(NumberStyle.grouped.format(Double(community))) overseas Chinese\(year.map { ", \($0)" } ?? "")"
            case .diaspora(nil, _): return "no figure"
            case let .areaTagged(citation): return "tagged \(citation)"
            case let .areaTies(area): return "ties cover \(area)"
            case let .alsoCited(base, citation): return english(.criterionBasis(base)) + "; also \(citation)"
            case let .areaNone(area): return "no \(area) tag or tie"
            case let .population(population?): return NumberStyle.grouped.format(Double(population))
            case .population(nil), .distance(nil): return "unknown"
            case let .economy(gdp?, year):
                let billions = gdp >= 10e9 ? NumberStyle.grouped.format((gdp / 1e9).rounded()) : String(format: "%.1f", gdp / 1e9)
                return "US$\(billions) bn GDP\(year.map { ", \($0)" } ?? "")"
            case .economy(nil, _): return "no GDP figure"
            case let .distance(km?): return "\(NumberStyle.grouped.format(km.rounded())) km"
            case let .priorityRegion(yes): return yes ? "priority region" : "not a priority region"
            }
        case let .regionOnLayer(region, layer): return "\(region) (\(layer))"
        case .noData: return "no data"
        case .none: return "none"
        case .noRows: return "(none)"
        case .listSeparator: return "; "

        case .datasetTitle: return "Dataset"
        case .datasetName: return "name"
        case .datasetAsOf: return "as of"
        case .datasetFocus: return "focus"
        case .datasetEntities: return "entities"
        case .datasetTies: return "ties"
        case .datasetUndatedTies: return "ties left out (no start year)"
        case .entitiesByKindTitle: return "Entities by kind"
        case .tiesByLayerTitle: return "Ties by layer and status"
        case .byRegionTitle: return "By region (UN M49)"
        case let .focusTiesTitle(focus): return "Ties of the focus, \(focus), with its offices' coverage"

        case let .coverageTitle(focus): return "Coverage of \(focus): countries reached / countries in the region"
        case let .gapListTitle(kind, count): return "\(kind.title) (\(count))"
        case let .firstLines(shown): return ", first \(shown)"
        case .benchmarkTitle: return "Peer benchmark: countries reached per region and layer"
        case let .layersLeftOutTitle(focus): return "Layers not analysed for \(focus)"
        case .countriesLeftOutTitle: return "Countries left out of coverage"
        case .outsideCoverage: return "no UN M49 region holds it and no one lives there"
        case let .layerLeftOut(.noOfficePowers(focus), names): return "\(names[focus]) has no office and no external-relations powers of its own to open one"

        case let .candidatesTitle(offices, layer, focus, area, ranked, excluded, perCountry, passedOver, leftToSeats):
            let what = offices ? "countries for a new office" : "\(layer) partners"
            let areaText = area.map { ", exchange area \($0)" } ?? ""
            let cap = perCountry.map { "; at most \($0) per country shown, by rank in the whole ranking" + (passedOver > 0 ? " (\(passedOver) passed over; --per-country 0 lists all)" : "") } ?? ""
            let seats = leftToSeats > 0 ? "; " + leftToSeatsPhrase(leftToSeats) : ""
            return "Candidate \(what) for \(focus)\(areaText): \(ranked) ranked, \(excluded) excluded by enforced rules\(cap)\(seats); each criterion shows its contribution (and basis), and the contributions add up to the score"
        case .noHostCity: return "no city of the country in the data"
        case .weightsTitle: return "Weights in use"
        case .excludedTitle: return "Excluded candidates"
        case .excludedByRuleTitle: return "Excluded by rule (--explain lists them)"
        case let .rulesTitle(consults, _, formalFriends):
            return "Rules of the field in use (enforce: excluded, with the reason; warn: kept and flagged; off: not checked)"
                + (consults.map { "; the one-to-one rule also consults \($0), \(formalFriends) foreign places with a Chinese formal friend" } ?? "")

        case let .planTitle(focus, picks, offices, layer, objective, before, uncovered):
            let what = offices ? "offices" : "\(layer) partners"
            var title = "Plan for \(focus): \(picks) new \(what), objective \(objective.rawValue) (\(objective.unit))"
            if let before, let uncovered { title += "; already covered \(before), still uncovered \(uncovered)" }
            return title
        case .methodTitle: return "How the plan was made"

        case let .centralityTitle(measure, entities, ties, combining, note):
            return "\(measure) on \(entities) entities and \(ties) ties (parallel ties: \(combining))\(note)"
        case let .sampledNote(samples, bound):
            return "; \(samples) sources sampled: each value within ±\(bound) of the exact one with probability 0.95"
        case let .communitiesTitle(count, modularity, method, resolution, seed):
            return "\(count) communities, modularity \(modularity) (\(method), resolution \(resolution), seed \(seed))"
        case let .statisticsTitle(name): return "Statistics of \(name)"
        case let .statistic(name): return name
        case .degreeDistributionTitle: return "Degree distribution"
        case let .connectorSettingsTitle(focus): return "How \(focus) and its peers were measured"
        case let .connectorSettingName(setting):
            switch setting {
            case .view: return "view"
            case .agents: return "agents"
            case .partnershipMeasures: return "partnership measures"
            case .population: return "n"
            case .officeReach: return "office reach"
            case .peersNotMeasured: return "peers not measured"
            }
        case let .connectorSetting(setting):
            switch setting {
            case let .view(filters): return filters.isEmpty ? "the whole network" : filters.joined(separator: " ")
            case let .agents(.everyEntity, merged):
                return "every entity's offices, liaison units and hosted associations merged into it (\(merged) organisations); --merge-agents all"
            case .agents(.noEntity, _): return "no entity's agents merged; each organisation is its own node; --merge-agents none"
            case let .partnershipMeasures(layers, ties):
                return "degree, betweenness (normalised by (n-1)(n-2)/2, as NetworkX), PageRank, constraint, effective size, brokerage paths on \(layers.joined(separator: ", ")) ties (\(ties) in the view)"
            case let .population(.excluded, measured, leftOut):
                return "\(measured) entities with a partnership tie (and the entities compared); \(leftOut) without one left out (--include-isolated counts them)"
            case let .population(.included, measured, leftOut): return "\(measured) entities of the view, \(leftOut) left out; isolated ones included"
            case let .officeReach(layer):
                return "countries covered by \(layer) ties in force (intent, active, dormant) of each entity or any organisation acting for it, whatever --merge-agents says"
            case let .peersNotMeasured(names): return names.joined(separator: ", ") + " (not in the view, or acting for another entity)"
            }
        case let .brokerageTitle(focus, layers, population, merging):
            return "Partnership brokerage of \(focus) (\(layers) ties; n = \(population); agents merged: \(merging))"
        case let .rolesTitle(focus, groupBy, layers):
            return "Brokerage roles of \(focus) (Gould-Fernandez, groups by \(groupBy); open two-paths through it on \(layers) ties)"
        case let .brokerageRole(name): return name
        case let .officeReachNoneTitle(layer): return "Office reach: not measured, the view holds no \(layer) ties"
        case let .officeReachTitle(layer, ties, noPeerOffice):
            return "Office reach: countries covered through \(layer) ties of each entity and the organisations acting for it (\(ties) in the view)"
                + (noPeerOffice ? "; no peer has an office in this dataset, which may say more about the data than about the peers" : "")
        case .lowerIsBrokerLike: return " (lower is more broker-like)"
        case let .rankOf(rank, count): return "\(rank) of \(count)"
        case let .timelineTitle(subject): return "\(subject): ties in force at the end of each year, and new that year"
        case .wholeNetwork: return "The whole network"
        case .wholeNetworkCell: return "whole network"
        case let .timelineSubjectWithAgents(name, id, agents):
            return "\(name) (\(id))" + (agents > 0 ? " with its \(agents) agents" : "")
        case let .newTiesColumn(layer): return "\(layer) new"
        case let .undatedTitle(leftOut):
            return "Ties with no start year, " + (leftOut
                ? "left out of the counts above (--assume-in-force counts them)"
                : "counted above as in force in every year before they ended, never as new")

        case let .comparisonTitle(focus):
            return "Scenarios for \(focus), compared with the base (centralities with its offices and associations merged into it)"
        case let .comparisonRow(row):
            switch row {
            case .entities: return "entities"
            case .ties: return "ties"
            case let .countriesCovered(layer): return "countries covered: \(layer)"
            case let .beltAndRoadCovered(layer): return "Belt and Road countries covered: \(layer)"
            case let .focusTies(status): return "\(status.rawValue) ties of the focus"
            case .entitiesAddedRemoved: return "entities added / removed"
            case .tiesAddedRemovedChanged: return "ties added / removed / changed"
            case .gapsClosedOpened: return "gaps closed / opened"
            case let .focusMeasure(focus, measure): return "\(focus): \(measure)"
            }
        case .coverageChangesTitle: return "Coverage by region and layer: countries covered, on the rows that change"
        case let .changesTitle(variant, count, shown): return "\(variant): changes (\(count)\(shown.map { ", first \($0)" } ?? ""))"
        case let .moversTitle(variant, threshold):
            return "\(variant): top movers (changes of at least \(threshold)% of the measure's largest value in the base)"
        case let .ruleFindingsTitle(variant, rules): return "\(variant): rules of the field broken by its steps (\(rules))"
        case let .scenarioGapsTitle(variant, count, shown): return "\(variant): gaps closed and opened (\(count)\(shown.map { ", first \($0)" } ?? ""))"
        case let .expectationsTitle(script): return "\(script): expectations"
        case let .change(change):
            switch change {
            case .addedEntity: return "added entity"
            case .removedEntity: return "removed entity"
            case .addedTie: return "added tie"
            case .removedTie: return "removed tie"
            case .changedTie: return "changed tie"
            case .closed: return "closed"
            case .opened: return "opened"
            case .pass: return "pass"
            case .fail: return "FAIL"
            }

        case let .reportTitle(focus): return "\(focus): partnership network report"
        case let .reportSubtitle(dataset, asOf): return "\(dataset) dataset, facts as of \(asOf ?? "unknown")"
        case let .reportHeading(heading):
            switch heading {
            case .findings: return "Key findings"
            case .summary: return "Summary"
            case .maps: return "Maps"
            case .gaps: return "Coverage and gaps"
            case .targets: return "Candidate targets"
            case .scenarios: return "What-if scenarios"
            case .sources: return "Sources"
            }
        case let .reportSummary(dataset, entities, ties, asOf):
            return "\(dataset): \(entities) entities and \(ties) ties, facts as of \(asOf ?? "an unstated date")."
        case let .coverageMapTitle(focus): return "\(focus): coverage by country"
        case let .coverageMapCaption(focus):
            return "Where \(focus) reaches: the countries it, its offices and its associations are tied to, by layer, on a world map (ties in force)."
        case let .networkMapTitle(focus): return "\(focus): its own network"
        case let .networkMapCaption(focus): return "\(focus)'s own network: its partners, its offices and the places they cover."
        case let .reportGaps(focus):
            return "A country counts as covered on a layer when \(focus), or an office or association acting for it, has a tie of that layer in force (intent, active or dormant) to the country or to a place in it. Each gap says why it is one and cites the data behind it."
        case .reportTargets:
            return "Candidates are scored by explicit criteria, each shown with its contribution and basis (the contributions add up to the score), after the rules of the field listed with the plan below: a rule enforced leaves a candidate out, a rule under warn keeps it flagged. `liaison targets --explain` lists who was excluded and why."
        case let .reportPlanHeading(offices): return offices ? "An office plan" : "A partner plan"
        case let .reportPlan(offices, objective, focus):
            let gdp = objective.usesGDP
            guard offices else {
                return "\(focus) has no offices, so its plan is up to five new friendship (sister) partners (as many as the rules leave), chosen greedily by what they bring: their target scores with diminishing returns in one country, and the exchange areas and regions they newly cover. Each pick shows the runner-up it beat."
            }
            return (gdp
                ? "Five new offices chosen greedily by marginal gain in the GDP (World Bank, current US dollars) of the Belt and Road countries they newly cover (\(objective.rawValue)): an office counts its host country whole and each neighbour it also covers at half, since it serves its host market first. "
                : "Five new offices chosen greedily by marginal gain in the population of the Belt and Road countries they newly cover (\(objective.rawValue)). ")
                + "The greedy plan reaches at least 63% (1 - 1/e) of the best possible choice of five. Each pick names its host city and the runner-up it beat. The data carry no bilateral trade figures, and a country with no city in the data cannot host: read the plan as what this objective implies, and compare others with `liaison plan --objective`."
        case let .reportScenarios(folder):
            return "The scenarios in \(folder) applied as pure edits to the dataset and compared with it: coverage, ties, the focus's centralities (its offices merged into it), gaps closed and opened. `liaison scenario FILE` gives the full comparison."
        case let .scenarioMapCaption(script, variant): return "\(script), \(variant): added in green, removed in orange-red, changed status in purple."
        case let .findingGap(title, first):
            return "Largest gap: \(title)" + (first.isEmpty ? "." : ", led by \(englishList(first)).")
        case let .findingTargets(layer, names):
            return names.isEmpty ? "No \(layer) candidate is left by the rules." : "Leading \(layer) candidates: \(englishList(names))."
        case let .findingPlan(offices, picks):
            return picks.isEmpty ? "No plan: nothing the rules leave adds to the objective."
                : offices ? "The plan proposes new offices in \(englishList(picks)), in that order." : "The plan proposes new partners: \(englishList(picks)), in that order."
        case let .findingPeerLead(focus, layer, countries, peer, peerCountries, region, inRegion, peerInRegion):
            return "Against its peers, \(focus) trails most on the \(layer) layer: it reaches \(counted(countries, "country", "countries")), \(peer) \(peerCountries); "
                + "the widest gap is in \(region) (\(inRegion) against \(peerInRegion))."
        case let .findingNoPeerLead(focus): return "No peer reaches more countries than \(focus) on any layer compared."
        case let .findingScenario(variant, closed, firstClosed, opened, layer, before, after):
            guard closed > 0 || layer != nil else { return "None of the what-if scenarios closes a gap or covers a new country." }
            let closes = closed == 0 ? "closes no gap" : "closes \(counted(closed, "gap", "gaps")) (\(englishList(firstClosed))\(firstClosed.count < closed ? ", …" : ""))"
            return "Of the what-if scenarios, '\(variant)' does most: it \(closes) and opens \(opened == 0 ? "none" : String(opened))"
                + (layer.map { ", and raises the countries covered on the \($0) layer from \(before) to \(after)." } ?? ".")
        case let .reportSources(dataset):
            return "Every fact row of the dataset names its source (a URL or a publication) and, where unsure, a confidence mark; the tables above cite the sources of the facts they rest on. Dataset: \(dataset)."
        case let .layingOut(entities, engine): return "laying out \(entities) entities with \(engine)"
        case let .timeLeft(clock): return "\(clock) left"
        case let .loading(stage): return stage.description
        case let .progress(stage):
            switch stage {
            case let .drawing(file): return "report: drawing \(file)"
            case .findingGaps: return "report: finding gaps"
            case let .ranking(layer): return "report: ranking \(layer) targets"
            case let .planning(offices): return offices ? "report: planning offices" : "report: planning partners"
            case let .applying(script): return "report: applying \(script)"
            case .drawingScenarioMap: return "report: drawing the scenario map"
            }
        }
    }
}

/// How many districts or suburbs a list or a plan left to the seat whose urban area they lie in
/// (``UrbanAreaSeats``): one wording for the candidates' title and the partner plan's method.
fileprivate func leftToSeatsPhrase(_ leftToSeats: Int) -> String {
    "\(leftToSeats) districts or suburbs left to the city whose urban area they lie in (no seat of government in GeoNames, within \(Int(UrbanAreaSeats.radiusKm)) km)"
}
