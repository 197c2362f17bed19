import LiaisonAnalysis
import LiaisonGraph
import LiaisonText

extension Catalogue {
    /// Every message in Traditional Chinese as Hong Kong writes it: the field's terms from
    /// ``FieldTerm`` (友好城市, 經濟貿易辦事處, 一帶一路, 同鄉會), 三藩市 and not 舊金山.
    static func traditionalChinese(_ message: Message) -> String {
        switch message {
        case let .column(name):
            switch name {
            case .after: return "之後"
            case .base: return "基準"
            case .before: return "之前"
            case .bound: return "界限"
            case .candidate: return "候選"
            case .candidates: return "候選數"
            case .change: return "變化"
            case .community: return "社羣"
            case .countries: return "國家數"
            case .country: return "國家"
            case .criterion: return "準則"
            case .cumulative: return "累計"
            case .degree: return "度數"
            case .detail: return "詳情"
            case .entities: return "實體數"
            case .entity: return "實體"
            case .field: return "項目"
            case .gap: return "缺口"
            case .host: return "駐地"
            case .id: return "編號"
            case .kind: return "類別"
            case .layer: return "層"
            case .measure: return "指標"
            case .members: return "成員"
            case .name: return "名稱"
            case .nodes: return "節點數"
            case .partner: return "夥伴"
            case .paths: return "路徑數"
            case .pick: return "次序"
            case .policy: return "政策"
            case .rank: return "排名"
            case .region: return "地區"
            case .result: return "結果"
            case .role: return "角色"
            case .rule: return "規則"
            case .score: return "分數"
            case .setting: return "設定"
            case .size: return "規模"
            case .source: return "來源"
            case .statistic: return "統計量"
            case .step: return "步驟"
            case .subject: return "對象"
            case .ties: return "關係數"
            case .total: return "合計"
            case .value: return "數值"
            case .variant: return "方案"
            case .weight: return "權重"
            case .what: return "對象"
            case .`where`: return "位置"
            case .why: return "原因"
            case .year: return "年份"
            case .gapList: return "缺口清單"
            case .mainCountries: return "主要國家"
            case .marginalGain: return "邊際增益"
            case .newlyBrings: return "新帶來"
            case .newlyCovered: return "新覆蓋"
            case .proposedHost: return "建議駐地"
            case .rankAmongCities: return "城市中排名"
            case .rankAmongPeers: return "同儕中排名"
            case .ruleWarnings: return "規則警示"
            case .runnerUp: return "次選（其增益）"
            case .setBy: return "設定者"
            case .shareOfUncovered: return "佔未覆蓋比例"
            case .whatItAsks: return "要求"
            case .withTies: return "有關係者"
            }
        case let .layer(id): return Words.layer(id)
        case let .status(status): return Words.status(status)
        case let .entityKind(kind): return Words.entityKind(kind)
        case let .organisationKind(kind): return "  機構：" + Words.organisationKind(kind)
        case let .region(name): return Words.region(name)
        case let .criterion(criterion):
            switch criterion {
            case .structure: return "結構"
            case .peers: return "同儕"
            case .bri: return "一帶一路"
            case .diaspora: return "華僑"
            case .area: return "交流領域"
            case .population: return "人口"
            case .economy: return "經濟"
            case .distance: return "距離"
            case .region: return "優先地區"
            }
        case let .grouping(grouping):
            switch grouping {
            case .country: return "國家"
            case .region: return "地區"
            case .subregion: return "次區域"
            case let .attribute(attribute): return "屬性：\(attribute)"
            }
        case let .merging(merging): return merging == .everyEntity ? "全部" : "無"
        case .noRegion: return "（無地區）"
        case let .ruleOrigin(origin):
            switch origin {
            case .builtIn: return "預設"
            case .dataset: return "數據集"
            case .override: return "命令選項"
            }
        case let .ruleSummary(rule):
            switch rule {
            case .domesticPartner: return "焦點所在國家的夥伴不算外國夥伴"
            case .existingTie: return "不建議該層已存在的關係"
            case .diplomaticRelations: return "夥伴所在國家與中華人民共和國有外交關係"
            case .oneToOneFormal: return "一個外國城市只與一個中國城市結為正式友好城市"
            case .comparableLevel: return "雙方的行政級別相當"
            }
        case let .rulePolicies(book):
            let policies = PartnershipRule.allCases.map { rule in
                let origin = switch book.origins[rule] ?? .builtIn {
                case .builtIn: ""
                case .dataset: "（數據集設定）"
                case .override: "（另行指定）"
                }
                let policy = switch book.policy(rule) {
                case .enforce: "強制執行"
                case .warn: "警告"
                case .off: "關閉"
                }
                return "`\(rule.rawValue)` \(policy)\(origin)"
            }
            let source = book.externalFolder.map { "中國友好城市網絡（`\($0)`）" } ?? book.externalSource
            return policies.joined(separator: "、") + (source.map { "；一對一規則亦參考\($0)" } ?? "")
        case let .gapKind(kind):
            switch kind {
            case .beltAndRoadWithoutOffice: return "未有經濟貿易辦事處覆蓋的一帶一路國家"
            case .diasporaWithoutTie: return "有大型華僑社羣但未有同鄉會或夥伴關係的國家"
            case .areaWithoutPartner: return "未有活躍夥伴的交流領域"
            case .regionPeersReach: return "同儕已連繫而焦點未連繫的地區"
            case .tieToActivate: return "待激活的休眠及擬議關係"
            }
        case let .gapReason(reason, names):
            switch reason {
            case let .beltAndRoadWithoutOffice(country, year, focus):
                let signed = year.map { "於\($0)年簽署一帶一路合作文件" } ?? "已簽署一帶一路合作文件"
                return "\(names[country])\(signed)，但\(names[focus])沒有辦事處覆蓋該國"
            case let .diasporaWithoutTie(country, community, year, focus):
                return "\(names[country])有\(NumberStyle.grouped.format(Double(community)))名華僑\(year.map { "（\($0)年）" } ?? "")，但\(names[focus])在當地沒有"
                    + "\(Words.layer("diaspora"))、\(Words.layer("sister"))或\(Words.layer("cooperation"))關係"
            case let .areaWithoutPartner(area, focus, peers):
                return "\(names[focus])與外國夥伴的活躍關係均未列出交流領域「\(Words.area(area))」"
                    + (peers.isEmpty ? "" : "；有此關係的同儕：\(peers.map { names[$0] }.joined(separator: "、"))")
            case let .regionPeersReach(region, layer, focus, peers):
                return "\(names[focus])在\(Words.layer(layer))層未連繫\(Words.region(region))的任何國家；同儕已連繫的國家數："
                    + peers.map { "\(names[$0.peerID]) \($0.countries)" }.joined(separator: "、")
            case let .tieToActivate(layer, partner, status, since, statusSince):
                let state = Words.status(status)
                let history = switch (since, statusSince) {
                case let (start?, began?) where began != start: "始於\(start)年，自\(began)年起\(state)"
                case let (_, began?): "自\(began)年起\(state)"
                case let (start?, nil) where status == .proposed || status == .intent: "自\(start)年起\(state)"
                case let (start?, nil): "始於\(start)年，現為\(state)（起始年份未有記錄）"
                case (nil, nil): "現為\(state)"
                }
                return "與\(names[partner])的\(Words.layer(layer))關係\(history)"
            }
        case let .area(area): return Words.area(area)
        case let .ruleBreach(breach, names):
            func state(_ status: TieStatus, _ since: Int?) -> String { Words.status(status) + (since.map { "，自\($0)年起" } ?? "") }
            switch breach {
            case let .domestic(partner, country, focus):
                return "\(names[partner])位於\(names[focus])所在的國家\(names[country])：屬國內關係，不是外國夥伴"
            case let .alreadyFormalFriend(partner, focus, status, since):
                return "\(names[partner])已是\(names[focus])的正式友好城市（\(state(status, since))），比友好合作更進一步"
            case let .alreadyCovered(partner, office, focus, status, since):
                return "\(names[focus])的辦事處已覆蓋\(names[partner])（\(office)，\(state(status, since))）"
            case let .alreadyTied(partner, focus, layer, status, since):
                return "\(names[focus])與\(names[partner])已有\(Words.layer(layer))關係（\(state(status, since))）"
            case let .noDiplomaticRelations(country): return "\(names[country])與中華人民共和國沒有外交關係"
            case let .formalFriendElsewhere(partner, province, friends):
                let list = friends.map { "\(names[$0.id, or: $0.name])（\($0.id)\($0.fromFriendshipNetwork ? "，中國友好城市網絡" : "")）" }
                return "\(names[partner])已是\(list.joined(separator: "、"))的正式友好\(province ? "省州" : "城市")；仍可成為友好合作關係城市"
            case let .provinceForCity(partner, focus): return "\(names[partner])是省或州；\(names[focus])是省級以下的城市"
            case let .cityForProvince(partner, focus): return "\(names[partner])是城市；\(names[focus])是省（只有國家首都才算相當）"
            case let .minorLevel(partner, level, focus, tier): return "\(names[partner])是\(Words.level(level))；\(names[focus])是\(Words.tier(tier))"
            case let .capitalForLowerRank(partner, focus, level):
                return "\(names[partner])是國家首都；\(names[focus])是\(level.map(Words.level) ?? "城市")，低於省會級別（國家首都與省會及更高級別的城市結好）"
            case let .populations(ratio, partner, focus, maximum):
                return "人口相差\(ratio)倍（\(NumberStyle.grouped.format(Double(partner)))對\(NumberStyle.grouped.format(Double(focus)))）；相差不超過\(maximum)倍才算相當"
            }
        case let .hostReason(city, reason): return "\(city)，" + Words.hostReason(reason)
        case let .hostInCountry(city, country): return "\(city)，\(country)"
        case let .pickDetail(.office(host, reason, country), names):
            guard let host, let reason else { return "數據中沒有\(names[country])的城市；駐地待定" }
            return "駐地：\(names[host])，" + Words.hostReason(reason)
        case let .pickDetail(.partner(score, upgradesTo, country, number, decay, areas, subregion), names):
            var parts = [String(format: "目標分數%.3f", score)]
            if let upgradesTo { parts.append("把現有關係提升為\(Words.layer(upgradesTo))") }
            parts.append(number == 1 ? "\(names[country])的首個夥伴" : "\(names[country])的第\(number)個夥伴，分數 × \(decay)")
            if !areas.isEmpty { parts.append("新交流領域：\(areas.map(Words.area).joined(separator: "、"))") }
            if let subregion { parts.append("新次區域：\(Words.region(subregion))") }
            return parts.joined(separator: "；")
        case let .planPolicy(policy, names):
            switch policy {
            case let .gdpSource(first, last, without):
                return "本地生產總值：現價美元（`countries.csv` 的 `gdp_usd`，世界銀行 `NY.GDP.MKTP.CD`）"
                    + (first.flatMap { f in last.map { "，\(f)–\($0)年" } } ?? "")
                    + (without.isEmpty ? "" : "；\(without.count)個應計入的國家沒有數字，以0計：\(without.map { names[$0] }.joined(separator: "、"))")
            case let .subregionReach(km, countries, share):
                return "新辦事處覆蓋其駐在國，以及其聯合國M49次區域內\(km)公里以內、按目標計權重最大的未覆蓋國家，合共最多\(countries)個；駐在國全數計算，其兼顧的每個鄰國"
                    + (share == 1 ? "亦全數計算" : "按其權重的\(Int((share * 100).rounded()))%計算") + "（辦事處首先服務駐在國市場；其後自設辦事處的鄰國自此全數計算）"
            case .hostCountryOnly: return "新辦事處只覆蓋其駐在國"
            case let .hostRule(tags):
                return "駐地：數據中最大的商業城市（標記為\(tags.map(Words.tag).joined(separator: "、"))），包括全球金融中心指數的中心（僅有貨櫃港的城市不作駐地），否則為首都，再否則為人口最多的城市；數據中沒有城市的國家，或按目標不計入的國家，可被覆蓋但不能作駐地"
            case .officeTieBreak: return "增益相同時，先取人口較多的駐在國，再取新覆蓋人口較多者，再按駐地名稱"
            case .officeExclusions: return "違反強制執行規則的國家（與中華人民共和國沒有外交關係、焦點所在國家）既不作駐地，也不計覆蓋"
            case let .partnerCandidates(layer, leftToSeats):
                return "候選為不違反強制執行規則的\(Words.layer(layer))目標（`liaison targets --layer \(layer)`）"
                    + (leftToSeats > 0 ? "，但" + leftToSeatsPhrase(leftToSeats) : "")
            case let .partnerValue(area, region):
                return "夥伴的價值為其目標分數，焦點在其國家每已有或新增一個夥伴即減半，另每個新交流領域加\(area)，每個新聯合國M49次區域加\(region)"
            case .partnerTieBreak: return "增益相同時，先取目標分數較高者，再取人口較多者，再按名稱"
            }
        case let .criterionBasis(basis):
            switch basis {
            case let .commonNeighbours(n): return n == 0 ? "沒有共同鄰居" : "\(n)個共同鄰居"
            case let .peersTied(n, count): return "\(count)個同儕中的\(n)個"
            case let .beltAndRoad(member): return member ? "一帶一路國家" : "沒有一帶一路合作文件"
            case let .diaspora(community?, year): return "華僑\(NumberStyle.grouped.format(Double(community)))人\(year.map { "（\($0)年）" } ?? "")"
            case .diaspora(nil, _): return "沒有數字"
            case let .areaTagged(citation): return "標記為\(citation)"
            case let .areaTies(area): return "關係涵蓋\(Words.area(area))"
            case let .alsoCited(base, citation): return traditionalChinese(.criterionBasis(base)) + "；另有\(citation)"
            case let .areaNone(area): return "沒有\(Words.area(area))標記或關係"
            case let .population(population?): return "人口\(NumberStyle.grouped.format(Double(population)))"
            case .population(nil), .distance(nil): return "不詳"
            case let .economy(gdp?, year):
                let billions = gdp >= 10e9 ? NumberStyle.grouped.format((gdp / 1e9).rounded()) : String(format: "%.1f", gdp / 1e9)
                return "本地生產總值\(billions)十億美元\(year.map { "（\($0)年）" } ?? "")"
            case .economy(nil, _): return "沒有本地生產總值數字"
            case let .distance(km?): return "\(NumberStyle.grouped.format(km.rounded()))公里"
            case let .priorityRegion(yes): return yes ? "優先地區" : "非優先地區"
            }
        case let .regionOnLayer(region, layer): return "\(region)（\(layer)）"
        case .noData: return "無數據"
        case .none: return "無"
        case .noRows: return "（無）"
        case .listSeparator: return "；"

        case .datasetTitle: return "數據集"
        case .datasetName: return "名稱"
        case .datasetAsOf: return "數據截至"
        case .datasetFocus: return "焦點"
        case .datasetEntities: return "實體數"
        case .datasetTies: return "關係數"
        case .datasetUndatedTies: return "未計入的關係（無開始年份）"
        case .entitiesByKindTitle: return "按類別劃分的實體"
        case .tiesByLayerTitle: return "按層及狀態劃分的關係"
        case .byRegionTitle: return "按地區劃分（聯合國M49）"
        case let .focusTiesTitle(focus): return "焦點\(focus)的關係，包括其辦事處的覆蓋"

        case let .coverageTitle(focus): return "\(focus)的覆蓋：已連繫國家／地區內國家"
        case let .gapListTitle(kind, count): return traditionalChinese(.gapKind(kind)) + "（\(count)）"
        case let .firstLines(shown): return "，首\(shown)項"
        case .benchmarkTitle: return "同儕比較：按地區及層已連繫的國家數"
        case let .layersLeftOutTitle(focus): return "未為\(focus)分析的層"
        case .countriesLeftOutTitle: return "不計入覆蓋的國家"
        case .outsideCoverage: return "聯合國M49不把它劃入任何地區，亦無人居住"

        case let .layerLeftOut(.noOfficePowers(focus), names): return "\(names[focus])沒有辦事處，亦沒有自行開設辦事處的對外事務權力"
        case let .candidatesTitle(offices, layer, focus, area, ranked, excluded, perCountry, passedOver, leftToSeats):
            let what = offices ? "新設經濟貿易辦事處的候選國家" : "候選\(Words.layer(layer))夥伴"
            let areaText = area.map { "，交流領域：\(Words.area($0))" } ?? ""
            let cap = perCountry.map { "；每個國家最多列出\($0)個，排名為整體排名" + (passedOver > 0 ? "（另有\(passedOver)個從略；--per-country 0 全部列出）" : "") } ?? ""
            let seats = leftToSeats > 0 ? "；" + leftToSeatsPhrase(leftToSeats) : ""
            return "\(focus)的\(what)\(areaText)：排名\(ranked)個，\(excluded)個因強制執行的規則而排除\(cap)\(seats)；每項準則列出其貢獻（及依據），各貢獻之和即分數"
        case .noHostCity: return "數據中沒有該國城市"
        case .weightsTitle: return "所用權重"
        case .excludedTitle: return "被排除的候選"
        case .excludedByRuleTitle: return "按規則排除（--explain 逐一列出）"
        case let .rulesTitle(consults, folder, formalFriends):
            let source = folder.map { "中國友好城市網絡（`\($0)`）" } ?? consults
            return "所用的規則（強制執行：排除並説明原因；警告：保留並標示；關閉：不檢查）"
                + (source.map { "；一對一規則亦參考\($0)，其中\(formalFriends)個外國地方已有中國正式友好城市" } ?? "")

        case let .planTitle(focus, picks, offices, layer, objective, before, uncovered):
            let what = offices ? "個新經濟貿易辦事處" : "個新\(Words.layer(layer))夥伴"
            var title = "\(focus)的計劃：\(picks)\(what)，目標\(Words.objective(objective))（\(Words.unit(objective))）"
            if let before, let uncovered { title += "；已覆蓋\(before)，仍未覆蓋\(uncovered)" }
            return title
        case .methodTitle: return "計劃的制訂方法"

        case let .centralityTitle(measure, entities, ties, combining, note):
            return "\(measure)：\(entities)個實體、\(ties)條關係（平行關係：\(combining)）\(note)"
        case let .sampledNote(samples, bound):
            return "；抽樣\(samples)個起點：每個數值以0.95的機率與精確值相差不超過±\(bound)"
        case let .communitiesTitle(count, modularity, method, resolution, seed):
            return "\(count)個社羣，模組度\(modularity)（\(method)，解析度\(resolution)，種子\(seed)）"
        case let .statisticsTitle(name): return "\(name)的統計"
        case let .statistic(name): return Words.statistic(name)
        case .degreeDistributionTitle: return "度數分佈"
        case let .connectorSettingsTitle(focus): return "\(focus)及其同儕的量度方法"
        case let .connectorSettingName(setting):
            switch setting {
            case .view: return "視圖"
            case .agents: return "代理"
            case .partnershipMeasures: return "夥伴量度"
            case .population: return "樣本"
            case .officeReach: return "辦事處覆蓋"
            case .peersNotMeasured: return "未量度的同儕"
            }
        case let .connectorSetting(setting):
            switch setting {
            case let .view(filters): return filters.isEmpty ? "整個網絡" : "`\(filters.joined(separator: " "))`"
            case let .agents(.everyEntity, merged):
                return "各實體的辦事處、聯絡處及其接待的同鄉會併入該實體（\(merged)個機構）；`--merge-agents all`"
            case .agents(.noEntity, _): return "不合併任何實體的代理，每個機構自成節點；`--merge-agents none`"
            case let .partnershipMeasures(layers, ties):
                return "度數、介數中心性（除以 (n-1)(n-2)/2 標準化，與 `NetworkX` 相同）、網頁排名、約束度、有效規模、\(layers.map(Words.layer).joined(separator: "、"))關係上的中介路徑數（視圖內\(ties)條）"
            case let .population(.excluded, measured, leftOut):
                return "\(measured)個有夥伴關係的實體（及比較的實體）；\(leftOut)個沒有夥伴關係的實體未計入（`--include-isolated` 計入）"
            case let .population(.included, measured, leftOut): return "視圖中的\(measured)個實體，\(leftOut)個未計入；包括孤立的實體"
            case let .officeReach(layer):
                return "各實體或代其行事的任何機構生效中（意向、活躍、休眠）的\(Words.layer(layer))關係覆蓋的國家，不論 `--merge-agents` 如何設定"
            case let .peersNotMeasured(names): return names.joined(separator: "、") + "（不在視圖內，或代另一實體行事）"
            }
        case let .brokerageTitle(focus, layers, population, merging):
            return "\(focus)的夥伴中介（\(layers)關係；樣本\(population)個；合併代理：\(merging)）"
        case let .rolesTitle(focus, groupBy, layers):
            return "\(focus)的中介角色（古爾德－費爾南德斯分類，按\(groupBy)分組；經其在\(layers)關係上的開放兩步路徑）"
        case let .brokerageRole(name): return Words.brokerageRole(name)
        case let .officeReachNoneTitle(layer): return "辦事處覆蓋：未量度，此視圖沒有\(layer)關係"
        case let .officeReachTitle(layer, ties, noPeerOffice):
            return "辦事處覆蓋：各實體及代其行事的機構透過\(layer)關係覆蓋的國家（視圖內共\(ties)條）"
                + (noPeerOffice ? "；本數據集中沒有同儕設有辦事處，這或更多反映數據而非同儕" : "")
        case .lowerIsBrokerLike: return "（越低越具中介性）"
        case let .rankOf(rank, count): return "\(count)之中第\(rank)"
        case let .timelineTitle(subject): return "\(subject)：每年年底生效的關係及當年新增的關係"
        case .wholeNetwork, .wholeNetworkCell: return "整個網絡"
        case let .timelineSubjectWithAgents(name, id, agents):
            return "\(name)（\(id)）" + (agents > 0 ? "連同其\(agents)個代理" : "")
        case let .newTiesColumn(layer): return "\(layer)新增"
        case let .undatedTitle(leftOut):
            return "無開始年份的關係，" + (leftOut
                ? "未計入上表（--assume-in-force 計入）"
                : "在上表中計作結束前每年生效，從不計作新增")

        case let .comparisonTitle(focus): return "\(focus)的情景，與基準比較（中心性已將其辦事處及社團併入）"
        case let .comparisonRow(row):
            switch row {
            case .entities: return "實體數"
            case .ties: return "關係數"
            case let .countriesCovered(layer): return "已覆蓋國家：\(Words.layer(layer))"
            case let .beltAndRoadCovered(layer): return "已覆蓋一帶一路國家：\(Words.layer(layer))"
            case let .focusTies(status): return "焦點\(Words.status(status))的關係"
            case .entitiesAddedRemoved: return "新增／移除的實體"
            case .tiesAddedRemovedChanged: return "新增／移除／變更的關係"
            case .gapsClosedOpened: return "填補／新增的缺口"
            case let .focusMeasure(focus, measure): return "\(focus)：\(Words.statistic(measure))"
            }
        case .coverageChangesTitle: return "按地區及層的覆蓋：已覆蓋國家，只列有變化的行"
        case let .changesTitle(variant, count, shown): return "\(variant)：變化（\(count)\(shown.map { "，首\($0)項" } ?? "")）"
        case let .moversTitle(variant, threshold): return "\(variant)：變動最大者（變化至少為該指標在基準中最大值的\(threshold)%）"
        case let .ruleFindingsTitle(variant, rules): return "\(variant)：其步驟違反的規則（\(rules)）"
        case let .scenarioGapsTitle(variant, count, shown): return "\(variant)：填補及新增的缺口（\(count)\(shown.map { "，首\($0)項" } ?? "")）"
        case let .expectationsTitle(script): return "\(script)：預期"
        case let .change(change):
            switch change {
            case .addedEntity: return "新增實體"
            case .removedEntity: return "移除實體"
            case .addedTie: return "新增關係"
            case .removedTie: return "移除關係"
            case .changedTie: return "變更關係"
            case .closed: return "填補"
            case .opened: return "新增"
            case .pass: return "通過"
            case .fail: return "未通過"
            }

        case let .reportTitle(focus): return "\(focus)：夥伴網絡報告"
        case let .reportSubtitle(dataset, asOf): return "\(dataset)數據集，數據截至\(asOf ?? "不詳")"
        case let .reportHeading(heading):
            switch heading {
            case .findings: return "主要發現"
            case .summary: return "概要"
            case .maps: return "地圖"
            case .gaps: return "覆蓋與缺口"
            case .targets: return "候選目標"
            case .scenarios: return "假設情景"
            case .sources: return "資料來源"
            }
        case let .reportSummary(dataset, entities, ties, asOf):
            return "\(dataset)：\(entities)個實體、\(ties)條關係，數據截至\(asOf ?? "未註明的日期")。"
        case let .coverageMapTitle(focus): return "\(focus)：按國家的覆蓋"
        case let .coverageMapCaption(focus):
            return "\(focus)的覆蓋範圍：其本身、其辦事處及其社團在世界地圖上按層連繫的國家（生效中的關係）。"
        case let .networkMapTitle(focus): return "\(focus)：自身網絡"
        case let .networkMapCaption(focus): return "\(focus)的自身網絡：其夥伴、其辦事處及其覆蓋的地方。"
        case let .reportGaps(focus):
            return "若\(focus)或代其行事的辦事處或社團與某國家或其境內地方有該層生效中的關係（意向、活躍或休眠），該國家即算在該層已覆蓋。每個缺口均説明原因並引用所據數據。"
        case .reportTargets:
            return "候選按明確的準則評分，每項準則列出其貢獻及依據（各貢獻之和即分數），並先按下文計劃所列的規則篩選：強制執行的規則排除候選，警告的規則保留並標示候選。`liaison targets --explain` 列出被排除者及原因。"
        case let .reportPlanHeading(offices): return offices ? "經濟貿易辦事處計劃" : "夥伴計劃"
        case let .reportPlan(offices, objective, focus):
            let gdp = objective.usesGDP
            guard offices else {
                return "\(focus)沒有辦事處，因此其計劃為最多五個新友好城市夥伴（以規則容許者為限），按其帶來的價值逐一貪婪選取：目標分數在同一國家內遞減，並計及其新覆蓋的交流領域及地區。每個選擇均列出被其勝過的次選。"
            }
            return (gdp
                ? "按新覆蓋的一帶一路國家的本地生產總值（世界銀行，現價美元）的邊際增益，逐一貪婪選取五個新經濟貿易辦事處（\(Words.objective(objective))）：辦事處全數計算駐在國，並以一半計算其兼顧的鄰國，因為它首先服務駐在國市場。"
                : "按新覆蓋的一帶一路國家的人口的邊際增益，逐一貪婪選取五個新經濟貿易辦事處（\(Words.objective(objective))）。")
                + "貪婪計劃至少達到最佳五項選擇的63%（1 - 1/e）。每個選擇列出其駐在城市及被其勝過的次選。數據沒有雙邊貿易數字，而數據中沒有城市的國家不能作駐地：請把計劃理解為此目標的推論，並以 `liaison plan --objective` 比較其他目標。"
        case let .reportScenarios(folder):
            return "\(folder)中的情景作為純粹修改套用於數據集，並與之比較：覆蓋、關係、焦點的中心性（其辦事處併入其中）、填補及新增的缺口。`liaison scenario FILE` 列出完整比較。"
        case let .scenarioMapCaption(script, variant): return "\(script)，\(variant)：新增以綠色、移除以橙紅色、狀態變更以紫色顯示。"
        case let .findingGap(title, first):
            return "最大缺口：\(title)" + (first.isEmpty ? "。" : "，首先是\(first.joined(separator: "、"))。")
        case let .findingTargets(layer, names):
            return names.isEmpty ? "按規則沒有餘下的\(Words.layer(layer))候選。" : "首選\(Words.layer(layer))候選：\(names.joined(separator: "、"))。"
        case let .findingPlan(offices, picks):
            return picks.isEmpty ? "沒有計劃：規則容許的選項都不能提高目標。"
                : offices ? "計劃依次建議在\(picks.joined(separator: "、"))設立新辦事處。" : "計劃依次建議新夥伴：\(picks.joined(separator: "、"))。"
        case let .findingPeerLead(focus, layer, countries, peer, peerCountries, region, inRegion, peerInRegion):
            return "與同儕相比，\(focus)在\(Words.layer(layer))方面落後最多：\(focus)連繫\(countries)個國家，\(peer)連繫\(peerCountries)個；差距最大的地區是\(region)（\(inRegion)比\(peerInRegion)）。"
        case let .findingNoPeerLead(focus): return "在所比較的各層，沒有同儕連繫的國家多於\(focus)。"
        case let .findingScenario(variant, closed, firstClosed, opened, layer, before, after):
            guard closed > 0 || layer != nil else { return "各假設情景均沒有填補缺口或覆蓋新國家。" }
            let closes = closed == 0 ? "沒有填補缺口" : "填補\(closed)個缺口（\(firstClosed.joined(separator: "、"))\(firstClosed.count < closed ? "等" : "")）"
            return "在各假設情景中，「\(variant)」成效最大：\(closes)，\(opened == 0 ? "沒有新增缺口" : "新增\(opened)個缺口")"
                + (layer.map { "，並把\(Words.layer($0))已覆蓋的國家由\(before)個增至\(after)個。" } ?? "。")
        case let .reportSources(dataset):
            return "數據集的每行事實均註明其來源（網址或刊物），不確定者另有可信度標記；上表引用其所據事實的來源。數據集：\(dataset)。"
        case let .layingOut(entities, engine): return "正以 `\(engine)` 佈局 \(entities) 個實體"
        case let .timeLeft(clock): return "尚餘 \(clock)"
        case let .loading(stage):
            switch stage {
            case let .reading(file): return "正在讀取\(file)"
            case .buildingNetwork: return "正在建立網絡"
            }
        case let .progress(stage):
            switch stage {
            case let .drawing(file): return "報告：正在繪製\(file)"
            case .findingGaps: return "報告：正在尋找缺口"
            case let .ranking(layer): return "報告：正在排列\(Words.layer(layer))目標"
            case let .planning(offices): return offices ? "報告：正在規劃辦事處" : "報告：正在規劃夥伴"
            case let .applying(script): return "報告：正在套用\(script)"
            case .drawingScenarioMap: return "報告：正在繪製情景地圖"
            }
        }
    }
}

/// The Traditional catalogue's words for the field's values: layers by ``FieldTerm``, statuses,
/// kinds, regions, measures, objectives and areas.
private enum Words {
    /// A layer: a built-in one by the field's term, a dataset's own by its ID.
    static func layer(_ id: String) -> String {
        FieldTerm.term(forLayer: id)?.text(in: .traditionalHongKong) ?? id
    }

    static func status(_ status: TieStatus) -> String { ValueWords.status(status, in: .traditionalChinese) }

    static func entityKind(_ kind: EntityKind) -> String { ValueWords.entityKind(kind, in: .traditionalChinese) }

    static func organisationKind(_ kind: OrganisationKind) -> String { ValueWords.organisationKind(kind, in: .traditionalChinese) }

    /// UN M49 regions and sub-regions; a name not listed is shown as written.
    static func region(_ name: String) -> String {
        RegionName.name(name, in: .traditionalHongKong) ?? name
    }


    /// A statistic or measure by its English name; a name not listed is shown as written.
    static func statistic(_ name: String) -> String {
        statistics[name] ?? name
    }

    static let statistics: [String: String] = [
        "nodes": "節點數", "edges": "邊數", "density": "密度", "components": "連通分量數", "giant component": "最大連通分量",
        "triangles": "三角形數", "average clustering": "平均聚類係數", "transitivity": "傳遞性", "degree assortativity": "度數同配性",
        "diameter (giant component)": "直徑（最大連通分量）", "mean distance (giant component)": "平均距離（最大連通分量）",
        "largest degree": "最大度數", "degree": "度數", "betweenness": "介數中心性", "pagerank": "網頁排名",
        "effective-size": "有效規模", "constraint": "約束度", "effective size": "有效規模", "brokerage paths": "中介路徑數",
    ]

    static func brokerageRole(_ name: String) -> String {
        switch name {
        case "coordinator": return "協調者"
        case "gatekeeper or representative": return "守門人或代表"
        case "consultant": return "顧問"
        case "liaison": return "聯絡人"
        case "total": return "合計"
        default: return name
        }
    }

    static func objective(_ objective: PlanObjective) -> String {
        switch objective {
        case .beltAndRoadGDP: return "一帶一路國家本地生產總值"
        case .beltAndRoadPopulation: return "一帶一路國家人口"
        case .beltAndRoadCountries: return "一帶一路國家數"
        case .diaspora: return "華僑人數"
        case .gdp: return "本地生產總值"
        case .population: return "人口"
        case .countries: return "國家數"
        case .partnerValue: return "夥伴價值"
        }
    }

    static func unit(_ objective: PlanObjective) -> String {
        switch objective {
        case .beltAndRoadGDP, .gdp: return "本地生產總值，十億美元"
        case .beltAndRoadPopulation, .population: return "人"
        case .beltAndRoadCountries, .countries: return "國家"
        case .diaspora: return "華僑"
        case .partnerValue: return "目標分數，同一國家內遞減"
        }
    }

    /// A city's level (district, county).
    static func level(_ level: String) -> String {
        switch level {
        case "district": return "區"
        case "county": return "縣"
        case "prefecture": return "地級市"
        default: return level
        }
    }

    /// A Chinese city's political tier.
    static func tier(_ tier: CityTier) -> String { ValueWords.tier(tier, in: .traditionalChinese) }

    /// Why a city hosts an office.
    static func hostReason(_ reason: HostReason) -> String {
        switch reason {
        case let .commercialCentre(tags): return "數據中最大的商業城市（\(tags.map(tag).joined(separator: "、"))）"
        case .capital: return "首都"
        case .mostPopulous: return "數據中人口最多的城市"
        }
    }

    /// A city's tag; a dataset's own is shown as written.
    static func tag(_ tag: String) -> String { ValueWords.tag(tag, in: .traditionalChinese) }

    /// An exchange area; a dataset's own is shown as written.
    static func area(_ area: String) -> String { ValueWords.area(area, in: .traditionalChinese) }
}

/// How many districts or suburbs a list or a plan left to the seat whose urban area they lie in
/// (``UrbanAreaSeats``): one wording for the candidates' title and the partner plan's method.
fileprivate func leftToSeatsPhrase(_ leftToSeats: Int) -> String {
    "\(leftToSeats)個市區或郊區歸入其所在城市（據地名數據庫並非政府所在地，距該市\(Int(UrbanAreaSeats.radiusKm))公里內）"
}
