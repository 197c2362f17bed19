import LiaisonAnalysis
import LiaisonGraph
import LiaisonText

extension Catalogue {
    /// Every message in Simplified Chinese as the Mainland writes it: the field's terms from
    /// ``FieldTerm`` (友好城市, 经济贸易办事处, 一带一路, 同乡会), 旧金山 and not 三藩市.
    static func simplifiedChinese(_ message: Message) -> String {
        switch message {
        case let .column(name):
            switch name {
            case .after: return "之后"
            case .base: return "基准"
            case .before: return "之前"
            case .bound: return "界限"
            case .candidate: return "候选"
            case .candidates: return "候选数"
            case .change: return "变化"
            case .community: return "社群"
            case .countries: return "国家数"
            case .country: return "国家"
            case .criterion: return "准则"
            case .cumulative: return "累计"
            case .degree: return "度数"
            case .detail: return "详情"
            case .entities: return "实体数"
            case .entity: return "实体"
            case .field: return "项目"
            case .gap: return "缺口"
            case .host: return "驻地"
            case .id: return "编号"
            case .kind: return "类别"
            case .layer: return "层"
            case .measure: return "指标"
            case .members: return "成员"
            case .name: return "名称"
            case .nodes: return "节点数"
            case .partner: return "伙伴"
            case .paths: return "路径数"
            case .pick: return "次序"
            case .policy: return "政策"
            case .rank: return "排名"
            case .region: return "地区"
            case .result: return "结果"
            case .role: return "角色"
            case .rule: return "规则"
            case .score: return "分数"
            case .setting: return "设定"
            case .size: return "规模"
            case .source: return "来源"
            case .statistic: return "统计量"
            case .step: return "步骤"
            case .subject: return "对象"
            case .ties: return "关系数"
            case .total: return "合计"
            case .value: return "数值"
            case .variant: return "方案"
            case .weight: return "权重"
            case .what: return "对象"
            case .`where`: return "位置"
            case .why: return "原因"
            case .year: return "年份"
            case .gapList: return "缺口清单"
            case .mainCountries: return "主要国家"
            case .marginalGain: return "边际增益"
            case .newlyBrings: return "新带来"
            case .newlyCovered: return "新覆盖"
            case .proposedHost: return "建议驻地"
            case .rankAmongCities: return "城市中排名"
            case .rankAmongPeers: return "同侪中排名"
            case .ruleWarnings: return "规则警示"
            case .runnerUp: return "次选（其增益）"
            case .setBy: return "设定者"
            case .shareOfUncovered: return "占未覆盖比例"
            case .whatItAsks: return "要求"
            case .withTies: return "有关系者"
            }
        case let .layer(id): return Words.layer(id)
        case let .status(status): return Words.status(status)
        case let .entityKind(kind): return Words.entityKind(kind)
        case let .organisationKind(kind): return "  机构：" + Words.organisationKind(kind)
        case let .region(name): return Words.region(name)
        case let .criterion(criterion):
            switch criterion {
            case .structure: return "结构"
            case .peers: return "同侪"
            case .bri: return "一带一路"
            case .diaspora: return "华侨"
            case .area: return "交流领域"
            case .population: return "人口"
            case .economy: return "经济"
            case .distance: return "距离"
            case .region: return "优先地区"
            }
        case let .grouping(grouping):
            switch grouping {
            case .country: return "国家"
            case .region: return "地区"
            case .subregion: return "次区域"
            case let .attribute(attribute): return "属性：\(attribute)"
            }
        case let .merging(merging): return merging == .everyEntity ? "全部" : "无"
        case .noRegion: return "（无地区）"
        case let .ruleOrigin(origin):
            switch origin {
            case .builtIn: return "默认"
            case .dataset: return "数据集"
            case .override: return "命令选项"
            }
        case let .ruleSummary(rule):
            switch rule {
            case .domesticPartner: return "焦点所在国家的伙伴不算外国伙伴"
            case .existingTie: return "不建议该层已存在的关系"
            case .diplomaticRelations: return "伙伴所在国家与中华人民共和国有外交关系"
            case .oneToOneFormal: return "一个外国城市只与一个中国城市结为正式友好城市"
            case .comparableLevel: return "双方的行政级别相当"
            }
        case let .rulePolicies(book):
            let policies = PartnershipRule.allCases.map { rule in
                let origin = switch book.origins[rule] ?? .builtIn {
                case .builtIn: ""
                case .dataset: "（数据集设定）"
                case .override: "（另行指定）"
                }
                let policy = switch book.policy(rule) {
                case .enforce: "强制执行"
                case .warn: "警告"
                case .off: "关闭"
                }
                return "`\(rule.rawValue)` \(policy)\(origin)"
            }
            let source = book.externalFolder.map { "中国友好城市网络（`\($0)`）" } ?? book.externalSource
            return policies.joined(separator: "、") + (source.map { "；一对一规则亦参考\($0)" } ?? "")
        case let .gapKind(kind):
            switch kind {
            case .beltAndRoadWithoutOffice: return "未有经济贸易办事处覆盖的一带一路国家"
            case .diasporaWithoutTie: return "有大型华侨社群但未有同乡会或伙伴关系的国家"
            case .areaWithoutPartner: return "未有活跃伙伴的交流领域"
            case .regionPeersReach: return "同侪已联系而焦点未联系的地区"
            case .tieToActivate: return "待激活的休眠及拟议关系"
            }
        case let .gapReason(reason, names):
            switch reason {
            case let .beltAndRoadWithoutOffice(country, year, focus):
                let signed = year.map { "于\($0)年签署一带一路合作文件" } ?? "已签署一带一路合作文件"
                return "\(names[country])\(signed)，但\(names[focus])没有办事处覆盖该国"
            case let .diasporaWithoutTie(country, community, year, focus):
                return "\(names[country])有\(NumberStyle.grouped.format(Double(community)))名华侨\(year.map { "（\($0)年）" } ?? "")，但\(names[focus])在当地没有"
                    + "\(Words.layer("diaspora"))、\(Words.layer("sister"))或\(Words.layer("cooperation"))关系"
            case let .areaWithoutPartner(area, focus, peers):
                return "\(names[focus])与外国伙伴的活跃关系均未列出交流领域「\(Words.area(area))」"
                    + (peers.isEmpty ? "" : "；有此关系的同侪：\(peers.map { names[$0] }.joined(separator: "、"))")
            case let .regionPeersReach(region, layer, focus, peers):
                return "\(names[focus])在\(Words.layer(layer))层未联系\(Words.region(region))的任何国家；同侪已联系的国家数："
                    + peers.map { "\(names[$0.peerID]) \($0.countries)" }.joined(separator: "、")
            case let .tieToActivate(layer, partner, status, since, statusSince):
                let state = Words.status(status)
                let history = switch (since, statusSince) {
                case let (start?, began?) where began != start: "始于\(start)年，自\(began)年起\(state)"
                case let (_, began?): "自\(began)年起\(state)"
                case let (start?, nil) where status == .proposed || status == .intent: "自\(start)年起\(state)"
                case let (start?, nil): "始于\(start)年，现为\(state)（起始年份未有记录）"
                case (nil, nil): "现为\(state)"
                }
                return "与\(names[partner])的\(Words.layer(layer))关系\(history)"
            }
        case let .area(area): return Words.area(area)
        case let .ruleBreach(breach, names):
            func state(_ status: TieStatus, _ since: Int?) -> String { Words.status(status) + (since.map { "，自\($0)年起" } ?? "") }
            switch breach {
            case let .domestic(partner, country, focus):
                return "\(names[partner])位于\(names[focus])所在的国家\(names[country])：属国内关系，不是外国伙伴"
            case let .alreadyFormalFriend(partner, focus, status, since):
                return "\(names[partner])已是\(names[focus])的正式友好城市（\(state(status, since))），比友好合作更进一步"
            case let .alreadyCovered(partner, office, focus, status, since):
                return "\(names[focus])的办事处已覆盖\(names[partner])（\(office)，\(state(status, since))）"
            case let .alreadyTied(partner, focus, layer, status, since):
                return "\(names[focus])与\(names[partner])已有\(Words.layer(layer))关系（\(state(status, since))）"
            case let .noDiplomaticRelations(country): return "\(names[country])与中华人民共和国没有外交关系"
            case let .formalFriendElsewhere(partner, province, friends):
                let list = friends.map { "\(names[$0.id, or: $0.name])（\($0.id)\($0.fromFriendshipNetwork ? "，中国友好城市网络" : "")）" }
                return "\(names[partner])已是\(list.joined(separator: "、"))的正式友好\(province ? "省州" : "城市")；仍可成为友好合作关系城市"
            case let .provinceForCity(partner, focus): return "\(names[partner])是省或州；\(names[focus])是省级以下的城市"
            case let .cityForProvince(partner, focus): return "\(names[partner])是城市；\(names[focus])是省（只有国家首都才算相当）"
            case let .minorLevel(partner, level, focus, tier): return "\(names[partner])是\(Words.level(level))；\(names[focus])是\(Words.tier(tier))"
            case let .capitalForLowerRank(partner, focus, level):
                return "\(names[partner])是国家首都；\(names[focus])是\(level.map(Words.level) ?? "城市")，低于省会级别（国家首都与省会及更高级别的城市结好）"
            case let .populations(ratio, partner, focus, maximum):
                return "人口相差\(ratio)倍（\(NumberStyle.grouped.format(Double(partner)))对\(NumberStyle.grouped.format(Double(focus)))）；相差不超过\(maximum)倍才算相当"
            }
        case let .hostReason(city, reason): return "\(city)，" + Words.hostReason(reason)
        case let .hostInCountry(city, country): return "\(city)，\(country)"
        case let .pickDetail(.office(host, reason, country), names):
            guard let host, let reason else { return "数据中没有\(names[country])的城市；驻地待定" }
            return "驻地：\(names[host])，" + Words.hostReason(reason)
        case let .pickDetail(.partner(score, upgradesTo, country, number, decay, areas, subregion), names):
            var parts = [String(format: "目标分数%.3f", score)]
            if let upgradesTo { parts.append("把现有关系提升为\(Words.layer(upgradesTo))") }
            parts.append(number == 1 ? "\(names[country])的首个伙伴" : "\(names[country])的第\(number)个伙伴，分数 × \(decay)")
            if !areas.isEmpty { parts.append("新交流领域：\(areas.map(Words.area).joined(separator: "、"))") }
            if let subregion { parts.append("新次区域：\(Words.region(subregion))") }
            return parts.joined(separator: "；")
        case let .planPolicy(policy, names):
            switch policy {
            case let .gdpSource(first, last, without):
                return "国内生产总值：现价美元（`countries.csv` 的 `gdp_usd`，世界银行 `NY.GDP.MKTP.CD`）"
                    + (first.flatMap { f in last.map { "，\(f)–\($0)年" } } ?? "")
                    + (without.isEmpty ? "" : "；\(without.count)个应计入的国家没有数字，以0计：\(without.map { names[$0] }.joined(separator: "、"))")
            case let .subregionReach(km, countries, share):
                return "新办事处覆盖其驻在国，以及其联合国M49次区域内\(km)公里以内、按目标计权重最大的未覆盖国家，合共最多\(countries)个；驻在国全数计算，其兼顾的每个邻国"
                    + (share == 1 ? "亦全数计算" : "按其权重的\(Int((share * 100).rounded()))%计算") + "（办事处首先服务驻在国市场；其后自设办事处的邻国自此全数计算）"
            case .hostCountryOnly: return "新办事处只覆盖其驻在国"
            case let .hostRule(tags):
                return "驻地：数据中最大的商业城市（标记为\(tags.map(Words.tag).joined(separator: "、"))），包括全球金融中心指数的中心（仅有集装箱港的城市不作驻地），否则为首都，再否则为人口最多的城市；数据中没有城市的国家，或按目标不计入的国家，可被覆盖但不能作驻地"
            case .officeTieBreak: return "增益相同时，先取人口较多的驻在国，再取新覆盖人口较多者，再按驻地名称"
            case .officeExclusions: return "违反强制执行规则的国家（与中华人民共和国没有外交关系、焦点所在国家）既不作驻地，也不计覆盖"
            case let .partnerCandidates(layer, leftToSeats):
                return "候选为不违反强制执行规则的\(Words.layer(layer))目标（`liaison targets --layer \(layer)`）"
                    + (leftToSeats > 0 ? "，但" + leftToSeatsPhrase(leftToSeats) : "")
            case let .partnerValue(area, region):
                return "伙伴的价值为其目标分数，焦点在其国家每已有或新增一个伙伴即减半，另每个新交流领域加\(area)，每个新联合国M49次区域加\(region)"
            case .partnerTieBreak: return "增益相同时，先取目标分数较高者，再取人口较多者，再按名称"
            }
        case let .criterionBasis(basis):
            switch basis {
            case let .commonNeighbours(n): return n == 0 ? "没有共同邻居" : "\(n)个共同邻居"
            case let .peersTied(n, count): return "\(count)个同侪中的\(n)个"
            case let .beltAndRoad(member): return member ? "一带一路国家" : "没有一带一路合作文件"
            case let .diaspora(community?, year): return "华侨\(NumberStyle.grouped.format(Double(community)))人\(year.map { "（\($0)年）" } ?? "")"
            case .diaspora(nil, _): return "没有数字"
            case let .areaTagged(citation): return "标记为\(citation)"
            case let .areaTies(area): return "关系涵盖\(Words.area(area))"
            case let .alsoCited(base, citation): return simplifiedChinese(.criterionBasis(base)) + "；另有\(citation)"
            case let .areaNone(area): return "没有\(Words.area(area))标记或关系"
            case let .population(population?): return "人口\(NumberStyle.grouped.format(Double(population)))"
            case .population(nil), .distance(nil): return "不详"
            case let .economy(gdp?, year):
                let billions = gdp >= 10e9 ? NumberStyle.grouped.format((gdp / 1e9).rounded()) : String(format: "%.1f", gdp / 1e9)
                return "国内生产总值\(billions)十亿美元\(year.map { "（\($0)年）" } ?? "")"
            case .economy(nil, _): return "没有国内生产总值数字"
            case let .distance(km?): return "\(NumberStyle.grouped.format(km.rounded()))公里"
            case let .priorityRegion(yes): return yes ? "优先地区" : "非优先地区"
            }
        case let .regionOnLayer(region, layer): return "\(region)（\(layer)）"
        case .noData: return "无数据"
        case .none: return "无"
        case .noRows: return "（无）"
        case .listSeparator: return "；"

        case .datasetTitle: return "数据集"
        case .datasetName: return "名称"
        case .datasetAsOf: return "数据截至"
        case .datasetFocus: return "焦点"
        case .datasetEntities: return "实体数"
        case .datasetTies: return "关系数"
        case .datasetUndatedTies: return "未计入的关系（无开始年份）"
        case .entitiesByKindTitle: return "按类别划分的实体"
        case .tiesByLayerTitle: return "按层及状态划分的关系"
        case .byRegionTitle: return "按地区划分（联合国M49）"
        case let .focusTiesTitle(focus): return "焦点\(focus)的关系，包括其办事处的覆盖"

        case let .coverageTitle(focus): return "\(focus)的覆盖：已联系国家／地区内国家"
        case let .gapListTitle(kind, count): return simplifiedChinese(.gapKind(kind)) + "（\(count)）"
        case let .firstLines(shown): return "，首\(shown)项"
        case .benchmarkTitle: return "同侪比较：按地区及层已联系的国家数"
        case let .layersLeftOutTitle(focus): return "未为\(focus)分析的层"
        case .countriesLeftOutTitle: return "不计入覆盖的国家"
        case .outsideCoverage: return "联合国M49不把它划入任何地区，亦无人居住"

        case let .layerLeftOut(.noOfficePowers(focus), names): return "\(names[focus])没有办事处，亦没有自行开设办事处的对外事务权力"
        case let .candidatesTitle(offices, layer, focus, area, ranked, excluded, perCountry, passedOver, leftToSeats):
            let what = offices ? "新设经济贸易办事处的候选国家" : "候选\(Words.layer(layer))伙伴"
            let areaText = area.map { "，交流领域：\(Words.area($0))" } ?? ""
            let cap = perCountry.map { "；每个国家最多列出\($0)个，排名为整体排名" + (passedOver > 0 ? "（另有\(passedOver)个从略；--per-country 0 全部列出）" : "") } ?? ""
            let seats = leftToSeats > 0 ? "；" + leftToSeatsPhrase(leftToSeats) : ""
            return "\(focus)的\(what)\(areaText)：排名\(ranked)个，\(excluded)个因强制执行的规则而排除\(cap)\(seats)；每项准则列出其贡献（及依据），各贡献之和即分数"
        case .noHostCity: return "数据中没有该国城市"
        case .weightsTitle: return "所用权重"
        case .excludedTitle: return "被排除的候选"
        case .excludedByRuleTitle: return "按规则排除（--explain 逐一列出）"
        case let .rulesTitle(consults, folder, formalFriends):
            let source = folder.map { "中国友好城市网络（`\($0)`）" } ?? consults
            return "所用的规则（强制执行：排除并说明原因；警告：保留并标示；关闭：不检查）"
                + (source.map { "；一对一规则亦参考\($0)，其中\(formalFriends)个外国地方已有中国正式友好城市" } ?? "")

        case let .planTitle(focus, picks, offices, layer, objective, before, uncovered):
            let what = offices ? "个新经济贸易办事处" : "个新\(Words.layer(layer))伙伴"
            var title = "\(focus)的计划：\(picks)\(what)，目标\(Words.objective(objective))（\(Words.unit(objective))）"
            if let before, let uncovered { title += "；已覆盖\(before)，仍未覆盖\(uncovered)" }
            return title
        case .methodTitle: return "计划的制订方法"

        case let .centralityTitle(measure, entities, ties, combining, note):
            return "\(measure)：\(entities)个实体、\(ties)条关系（平行关系：\(combining)）\(note)"
        case let .sampledNote(samples, bound):
            return "；抽样\(samples)个起点：每个数值以0.95的机率与精确值相差不超过±\(bound)"
        case let .communitiesTitle(count, modularity, method, resolution, seed):
            return "\(count)个社群，模组度\(modularity)（\(method)，解析度\(resolution)，种子\(seed)）"
        case let .statisticsTitle(name): return "\(name)的统计"
        case let .statistic(name): return Words.statistic(name)
        case .degreeDistributionTitle: return "度数分布"
        case let .connectorSettingsTitle(focus): return "\(focus)及其同侪的量度方法"
        case let .connectorSettingName(setting):
            switch setting {
            case .view: return "视图"
            case .agents: return "代理"
            case .partnershipMeasures: return "伙伴量度"
            case .population: return "样本"
            case .officeReach: return "办事处覆盖"
            case .peersNotMeasured: return "未量度的同侪"
            }
        case let .connectorSetting(setting):
            switch setting {
            case let .view(filters): return filters.isEmpty ? "整个网络" : "`\(filters.joined(separator: " "))`"
            case let .agents(.everyEntity, merged):
                return "各实体的办事处、联络处及其接待的同乡会并入该实体（\(merged)个机构）；`--merge-agents all`"
            case .agents(.noEntity, _): return "不合并任何实体的代理，每个机构自成节点；`--merge-agents none`"
            case let .partnershipMeasures(layers, ties):
                return "度数、介数中心性（除以 (n-1)(n-2)/2 标准化，与 `NetworkX` 相同）、网页排名、约束度、有效规模、\(layers.map(Words.layer).joined(separator: "、"))关系上的中介路径数（视图内\(ties)条）"
            case let .population(.excluded, measured, leftOut):
                return "\(measured)个有伙伴关系的实体（及比较的实体）；\(leftOut)个没有伙伴关系的实体未计入（`--include-isolated` 计入）"
            case let .population(.included, measured, leftOut): return "视图中的\(measured)个实体，\(leftOut)个未计入；包括孤立的实体"
            case let .officeReach(layer):
                return "各实体或代其行事的任何机构生效中（意向、活跃、休眠）的\(Words.layer(layer))关系覆盖的国家，不论 `--merge-agents` 如何设定"
            case let .peersNotMeasured(names): return names.joined(separator: "、") + "（不在视图内，或代另一实体行事）"
            }
        case let .brokerageTitle(focus, layers, population, merging):
            return "\(focus)的伙伴中介（\(layers)关系；样本\(population)个；合并代理：\(merging)）"
        case let .rolesTitle(focus, groupBy, layers):
            return "\(focus)的中介角色（古尔德－费尔南德斯分类，按\(groupBy)分组；经其在\(layers)关系上的开放两步路径）"
        case let .brokerageRole(name): return Words.brokerageRole(name)
        case let .officeReachNoneTitle(layer): return "办事处覆盖：未量度，此视图没有\(layer)关系"
        case let .officeReachTitle(layer, ties, noPeerOffice):
            return "办事处覆盖：各实体及代其行事的机构透过\(layer)关系覆盖的国家（视图内共\(ties)条）"
                + (noPeerOffice ? "；本数据集中没有同侪设有办事处，这或更多反映数据而非同侪" : "")
        case .lowerIsBrokerLike: return "（越低越具中介性）"
        case let .rankOf(rank, count): return "\(count)之中第\(rank)"
        case let .timelineTitle(subject): return "\(subject)：每年年底生效的关系及当年新增的关系"
        case .wholeNetwork, .wholeNetworkCell: return "整个网络"
        case let .timelineSubjectWithAgents(name, id, agents):
            return "\(name)（\(id)）" + (agents > 0 ? "连同其\(agents)个代理" : "")
        case let .newTiesColumn(layer): return "\(layer)新增"
        case let .undatedTitle(leftOut):
            return "无开始年份的关系，" + (leftOut
                ? "未计入上表（--assume-in-force 计入）"
                : "在上表中计作结束前每年生效，从不计作新增")

        case let .comparisonTitle(focus): return "\(focus)的情景，与基准比较（中心性已将其办事处及社团并入）"
        case let .comparisonRow(row):
            switch row {
            case .entities: return "实体数"
            case .ties: return "关系数"
            case let .countriesCovered(layer): return "已覆盖国家：\(Words.layer(layer))"
            case let .beltAndRoadCovered(layer): return "已覆盖一带一路国家：\(Words.layer(layer))"
            case let .focusTies(status): return "焦点\(Words.status(status))的关系"
            case .entitiesAddedRemoved: return "新增／移除的实体"
            case .tiesAddedRemovedChanged: return "新增／移除／变更的关系"
            case .gapsClosedOpened: return "填补／新增的缺口"
            case let .focusMeasure(focus, measure): return "\(focus)：\(Words.statistic(measure))"
            }
        case .coverageChangesTitle: return "按地区及层的覆盖：已覆盖国家，只列有变化的行"
        case let .changesTitle(variant, count, shown): return "\(variant)：变化（\(count)\(shown.map { "，首\($0)项" } ?? "")）"
        case let .moversTitle(variant, threshold): return "\(variant)：变动最大者（变化至少为该指标在基准中最大值的\(threshold)%）"
        case let .ruleFindingsTitle(variant, rules): return "\(variant)：其步骤违反的规则（\(rules)）"
        case let .scenarioGapsTitle(variant, count, shown): return "\(variant)：填补及新增的缺口（\(count)\(shown.map { "，首\($0)项" } ?? "")）"
        case let .expectationsTitle(script): return "\(script)：预期"
        case let .change(change):
            switch change {
            case .addedEntity: return "新增实体"
            case .removedEntity: return "移除实体"
            case .addedTie: return "新增关系"
            case .removedTie: return "移除关系"
            case .changedTie: return "变更关系"
            case .closed: return "填补"
            case .opened: return "新增"
            case .pass: return "通过"
            case .fail: return "未通过"
            }

        case let .reportTitle(focus): return "\(focus)：伙伴网络报告"
        case let .reportSubtitle(dataset, asOf): return "\(dataset)数据集，数据截至\(asOf ?? "不详")"
        case let .reportHeading(heading):
            switch heading {
            case .findings: return "主要发现"
            case .summary: return "概要"
            case .maps: return "地图"
            case .gaps: return "覆盖与缺口"
            case .targets: return "候选目标"
            case .scenarios: return "假设情景"
            case .sources: return "资料来源"
            }
        case let .reportSummary(dataset, entities, ties, asOf):
            return "\(dataset)：\(entities)个实体、\(ties)条关系，数据截至\(asOf ?? "未注明的日期")。"
        case let .coverageMapTitle(focus): return "\(focus)：按国家的覆盖"
        case let .coverageMapCaption(focus):
            return "\(focus)的覆盖范围：其本身、其办事处及其社团在世界地图上按层联系的国家（生效中的关系）。"
        case let .networkMapTitle(focus): return "\(focus)：自身网络"
        case let .networkMapCaption(focus): return "\(focus)的自身网络：其伙伴、其办事处及其覆盖的地方。"
        case let .reportGaps(focus):
            return "若\(focus)或代其行事的办事处或社团与某国家或其境内地方有该层生效中的关系（意向、活跃或休眠），该国家即算在该层已覆盖。每个缺口均说明原因并引用所据数据。"
        case .reportTargets:
            return "候选按明确的准则评分，每项准则列出其贡献及依据（各贡献之和即分数），并先按下文计划所列的规则筛选：强制执行的规则排除候选，警告的规则保留并标示候选。`liaison targets --explain` 列出被排除者及原因。"
        case let .reportPlanHeading(offices): return offices ? "经济贸易办事处计划" : "伙伴计划"
        case let .reportPlan(offices, objective, focus):
            let gdp = objective.usesGDP
            guard offices else {
                return "\(focus)没有办事处，因此其计划为最多五个新友好城市伙伴（以规则容许者为限），按其带来的价值逐一贪婪选取：目标分数在同一国家内递减，并计及其新覆盖的交流领域及地区。每个选择均列出被其胜过的次选。"
            }
            return (gdp
                ? "按新覆盖的一带一路国家的国内生产总值（世界银行，现价美元）的边际增益，逐一贪婪选取五个新经济贸易办事处（\(Words.objective(objective))）：办事处全数计算驻在国，并以一半计算其兼顾的邻国，因为它首先服务驻在国市场。"
                : "按新覆盖的一带一路国家的人口的边际增益，逐一贪婪选取五个新经济贸易办事处（\(Words.objective(objective))）。")
                + "贪婪计划至少达到最佳五项选择的63%（1 - 1/e）。每个选择列出其驻在城市及被其胜过的次选。数据没有双边贸易数字，而数据中没有城市的国家不能作驻地：请把计划理解为此目标的推论，并以 `liaison plan --objective` 比较其他目标。"
        case let .reportScenarios(folder):
            return "\(folder)中的情景作为纯粹修改套用于数据集，并与之比较：覆盖、关系、焦点的中心性（其办事处并入其中）、填补及新增的缺口。`liaison scenario FILE` 列出完整比较。"
        case let .scenarioMapCaption(script, variant): return "\(script)，\(variant)：新增以绿色、移除以橙红色、状态变更以紫色显示。"
        case let .findingGap(title, first):
            return "最大缺口：\(title)" + (first.isEmpty ? "。" : "，首先是\(first.joined(separator: "、"))。")
        case let .findingTargets(layer, names):
            return names.isEmpty ? "按规则没有余下的\(Words.layer(layer))候选。" : "首选\(Words.layer(layer))候选：\(names.joined(separator: "、"))。"
        case let .findingPlan(offices, picks):
            return picks.isEmpty ? "没有计划：规则容许的选项都不能提高目标。"
                : offices ? "计划依次建议在\(picks.joined(separator: "、"))设立新办事处。" : "计划依次建议新伙伴：\(picks.joined(separator: "、"))。"
        case let .findingPeerLead(focus, layer, countries, peer, peerCountries, region, inRegion, peerInRegion):
            return "与同侪相比，\(focus)在\(Words.layer(layer))方面落后最多：\(focus)联系\(countries)个国家，\(peer)联系\(peerCountries)个；差距最大的地区是\(region)（\(inRegion)比\(peerInRegion)）。"
        case let .findingNoPeerLead(focus): return "在所比较的各层，没有同侪联系的国家多于\(focus)。"
        case let .findingScenario(variant, closed, firstClosed, opened, layer, before, after):
            guard closed > 0 || layer != nil else { return "各假设情景均没有填补缺口或覆盖新国家。" }
            let closes = closed == 0 ? "没有填补缺口" : "填补\(closed)个缺口（\(firstClosed.joined(separator: "、"))\(firstClosed.count < closed ? "等" : "")）"
            return "在各假设情景中，“\(variant)”成效最大：\(closes)，\(opened == 0 ? "没有新增缺口" : "新增\(opened)个缺口")"
                + (layer.map { "，并把\(Words.layer($0))已覆盖的国家由\(before)个增至\(after)个。" } ?? "。")
        case let .reportSources(dataset):
            return "数据集的每行事实均注明其来源（网址或刊物），不确定者另有可信度标记；上表引用其所据事实的来源。数据集：\(dataset)。"
        case let .layingOut(entities, engine): return "正以 `\(engine)` 布局 \(entities) 个实体"
        case let .timeLeft(clock): return "尚余 \(clock)"
        case let .loading(stage):
            switch stage {
            case let .reading(file): return "正在读取\(file)"
            case .buildingNetwork: return "正在建立网络"
            }
        case let .progress(stage):
            switch stage {
            case let .drawing(file): return "报告：正在绘制\(file)"
            case .findingGaps: return "报告：正在寻找缺口"
            case let .ranking(layer): return "报告：正在排列\(Words.layer(layer))目标"
            case let .planning(offices): return offices ? "报告：正在规划办事处" : "报告：正在规划伙伴"
            case let .applying(script): return "报告：正在套用\(script)"
            case .drawingScenarioMap: return "报告：正在绘制情景地图"
            }
        }
    }
}

/// The Simplified catalogue's words for the field's values: layers by ``FieldTerm``, statuses,
/// kinds, regions, measures, objectives and areas.
private enum Words {
    /// A layer: a built-in one by the field's term, a dataset's own by its ID.
    static func layer(_ id: String) -> String {
        FieldTerm.term(forLayer: id)?.text(in: .simplified) ?? id
    }

    static func status(_ status: TieStatus) -> String { ValueWords.status(status, in: .simplifiedChinese) }

    static func entityKind(_ kind: EntityKind) -> String { ValueWords.entityKind(kind, in: .simplifiedChinese) }

    static func organisationKind(_ kind: OrganisationKind) -> String { ValueWords.organisationKind(kind, in: .simplifiedChinese) }

    /// UN M49 regions and sub-regions; a name not listed is shown as written.
    static func region(_ name: String) -> String {
        RegionName.name(name, in: .simplified) ?? name
    }


    /// A statistic or measure by its English name; a name not listed is shown as written.
    static func statistic(_ name: String) -> String {
        statistics[name] ?? name
    }

    static let statistics: [String: String] = [
        "nodes": "节点数", "edges": "边数", "density": "密度", "components": "连通分量数", "giant component": "最大连通分量",
        "triangles": "三角形数", "average clustering": "平均聚类系数", "transitivity": "传递性", "degree assortativity": "度数同配性",
        "diameter (giant component)": "直径（最大连通分量）", "mean distance (giant component)": "平均距离（最大连通分量）",
        "largest degree": "最大度数", "degree": "度数", "betweenness": "介数中心性", "pagerank": "网页排名",
        "effective-size": "有效规模", "constraint": "约束度", "effective size": "有效规模", "brokerage paths": "中介路径数",
    ]

    static func brokerageRole(_ name: String) -> String {
        switch name {
        case "coordinator": return "协调者"
        case "gatekeeper or representative": return "守门人或代表"
        case "consultant": return "顾问"
        case "liaison": return "联络人"
        case "total": return "合计"
        default: return name
        }
    }

    static func objective(_ objective: PlanObjective) -> String {
        switch objective {
        case .beltAndRoadGDP: return "一带一路国家国内生产总值"
        case .beltAndRoadPopulation: return "一带一路国家人口"
        case .beltAndRoadCountries: return "一带一路国家数"
        case .diaspora: return "华侨人数"
        case .gdp: return "国内生产总值"
        case .population: return "人口"
        case .countries: return "国家数"
        case .partnerValue: return "伙伴价值"
        }
    }

    static func unit(_ objective: PlanObjective) -> String {
        switch objective {
        case .beltAndRoadGDP, .gdp: return "国内生产总值，十亿美元"
        case .beltAndRoadPopulation, .population: return "人"
        case .beltAndRoadCountries, .countries: return "国家"
        case .diaspora: return "华侨"
        case .partnerValue: return "目标分数，同一国家内递减"
        }
    }

    /// A city's level (district, county).
    static func level(_ level: String) -> String {
        switch level {
        case "district": return "区"
        case "county": return "县"
        case "prefecture": return "地级市"
        default: return level
        }
    }

    /// A Chinese city's political tier.
    static func tier(_ tier: CityTier) -> String { ValueWords.tier(tier, in: .simplifiedChinese) }

    /// Why a city hosts an office.
    static func hostReason(_ reason: HostReason) -> String {
        switch reason {
        case let .commercialCentre(tags): return "数据中最大的商业城市（\(tags.map(tag).joined(separator: "、"))）"
        case .capital: return "首都"
        case .mostPopulous: return "数据中人口最多的城市"
        }
    }

    /// A city's tag; a dataset's own is shown as written.
    static func tag(_ tag: String) -> String { ValueWords.tag(tag, in: .simplifiedChinese) }

    /// An exchange area; a dataset's own is shown as written.
    static func area(_ area: String) -> String { ValueWords.area(area, in: .simplifiedChinese) }
}

/// How many districts or suburbs a list or a plan left to the seat whose urban area they lie in
/// (``UrbanAreaSeats``): one wording for the candidates' title and the partner plan's method.
fileprivate func leftToSeatsPhrase(_ leftToSeats: Int) -> String {
    "\(leftToSeats)个市区或郊区归入其所在城市（据地名数据库并非政府所在地，距该市\(Int(UrbanAreaSeats.radiusKm))公里内）"
}
