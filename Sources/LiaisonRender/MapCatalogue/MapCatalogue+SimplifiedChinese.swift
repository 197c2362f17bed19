extension MapCatalogue {
    /// The Simplified Chinese words of a drawing, as the Mainland writes them.
    static func simplifiedChinese(_ message: MapMessage) -> String {
        switch message {
        case let .subtitle(entities, ties, layout): return "\(entities) 个实体，\(ties) 条联系 · 布局 \(layout)"
        case let .asOf(date): return " · 截至 \(date)"
        case .entitiesHeading: return "实体"
        case .tiesHeading: return "联系（按颜色）"
        case .statusHeading: return "状态（按线型）"
        case .notesHeading: return "说明"
        case .changesHeading: return "变化"
        case .changesNone: return "变化：无"
        case .none: return "无"
        case let .shape(shape):
            switch shape {
            case "square": return "方形"
            case "hexagon": return "六边形"
            case "circle": return "圆形"
            case "triangle": return "三角形"
            case "box": return "方框"
            case "ellipse": return "椭圆"
            case "note": return "便签"
            default: return shape
            }
        case let .kindRow(kind, shape, count): return "\(kind)（\(shape)）：\(count)"
        case .officeArrow: return "（办事处 → 地区）"
        case let .valueRow(label, value): return "\(label)：\(value)"
        case let .representsRow(count): return "办事处代表（非联系）：\(count)"
        case let .added(ties, entities): return "新增：\(ties) 条联系，\(entities) 个实体"
        case let .removed(ties, entities): return "移除：\(ties) 条联系，\(entities) 个实体"
        case let .statusChanged(ties): return "状态变化：\(ties) 条联系"
        case .unchanged: return "未变（淡色）"
        case .bordersToo: return "实体边框颜色同上"
        case .measureUniform: return "统一"
        case .measureDegree: return "度数"
        case .measureStrength: return "强度"
        case .measurePopulation: return "人口"
        case let .size(measure, low, high): return "大小：\(measure)（\(low)–\(high)）"
        case let .focus(name): return "焦点：" + name
        case .peer: return "双边框：对标城市"
        case let .labelsShown(shown, hidden): return "显示 \(shown) 个名称（焦点、对标、变化、最大者）；另 \(hidden) 个隐藏，见提示"
        case let .projection(projection):
            switch projection {
            case .equirectangular: return "等距圆柱投影"
            case .mercator: return "墨卡托投影"
            case .robinson: return "罗宾逊投影"
            case .equalEarth: return "等面积投影（Equal Earth）"
            }
        case let .centred(degrees, east): return "中央经线 " + (east ? "东经" : "西经") + "\(degrees)°"
        case .basemapCredit: return "底图：Natural Earth 1:110m"
        case .longTies: return "远距离联系沿大圆弧线"
        case .bundled: return "同一走廊的联系已合并"
        case let .borrowed(count): return "\(count) 个无自身坐标者画在所在城市、所属省州首府或国家中心"
        case let .unplaced(count): return "\(count) 个无任何位置者：排在地图底边"
        case let .isolatedLeftOut(count): return "本视图中 \(count) 个无联系的实体未画出"
        case let .folded(entities, tables): return "联系相同的实体列表：\(tables) 个（共 \(entities) 个实体），共同的联系只画一条，注明数目"
        case let .colour(name):
            switch name {
            case "blue": return "蓝色"
            case "green": return "绿色"
            case "orange": return "橙色"
            case "violet": return "紫罗兰色"
            case "teal": return "青色"
            case "amber": return "琥珀色"
            case "magenta": return "品红色"
            case "purple": return "紫色"
            case "slate": return "石板灰"
            case "olive": return "橄榄色"
            case "brick": return "砖红色"
            case "navy": return "藏青色"
            case "brown": return "棕色"
            case "grey": return "灰色"
            case "solid": return "实线"
            case "dashed": return "虚线"
            case "dotted": return "点线"
            case "bold dotted": return "粗点线"
            case "orange-red dashed": return "橙红色虚线"
            default: return name
            }

        case let .officeLabel(host): return joined("驻", host, "经贸办")

        case let .population(figure, year): return "人口 \(figure)" + (year.map { "（\($0)年）" } ?? "")
        case let .memberOf(groupings): return "成员：" + groupings.joined(separator: "、")
        case let .prcRelationsSince(year): return "\(year)年起与中华人民共和国建交"
        case .noPRCRelations: return "未与中华人民共和国建交"
        case let .beltAndRoadSigned(year): return "\(year)年签署一带一路合作文件"
        case .beltAndRoadSignedYearUnknown: return "已签署一带一路合作文件"
        case .beltAndRoadWithdrawn: return "已退出一带一路"
        case let .overseasChinese(figure, year): return "海外华人 \(figure)" + (year.map { "（\($0)年）" } ?? "")
        case let .open(years): return "开设 " + years
        case let .strengths(tags): return "强项：" + tags.joined(separator: "、")
        case .unknown: return "未知"
        case let .drawnBeside(name): return joined("无自身位置：画在", name, "旁")
        case .addedInChange: return "此变化中新增"
        case .removedInChange: return "此变化中移除"
        case let .statusChange(from, to): return "状态变化：\(from) → \(to)"
        case let .confidence(level): return "可信度：" + level
        case let .source(text): return "来源：" + text
        case let .since(year): return "\(year)年起"
        case let .until(year): return "至\(year)年"
        case let .weight(value): return "权重 " + value
        case let .areas(areas): return "领域：" + areas.joined(separator: "、")
        case .territory: return "领地"
        case let .partOf(name): return joined("属于", name)
        case let .regions(names): return names.joined(separator: "、")
        case let .provinceOf(country): return joined(country, "的省州")
        case let .cityIn(places): return joined(places.reversed().joined(separator: " "), "的城市")
        case let .organisationIn(kind, host): return joined("驻", host, kind)
        case let .representing(name): return joined(" · 代表", name)
        case let .represents(office, represented): return joined(office, "代表", represented)
        }
    }
}
