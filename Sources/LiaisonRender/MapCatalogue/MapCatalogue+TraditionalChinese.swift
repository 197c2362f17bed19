extension MapCatalogue {
    /// The Traditional Chinese words of a drawing, as Hong Kong writes them.
    static func traditionalChinese(_ message: MapMessage) -> String {
        switch message {
        case let .subtitle(entities, ties, layout): return "\(entities) 個實體，\(ties) 條聯繫 · 佈局 \(layout)"
        case let .asOf(date): return " · 截至 \(date)"
        case .entitiesHeading: return "實體"
        case .tiesHeading: return "聯繫（按顏色）"
        case .statusHeading: return "狀態（按線型）"
        case .notesHeading: return "説明"
        case .changesHeading: return "變化"
        case .changesNone: return "變化：無"
        case .none: return "無"
        case let .shape(shape):
            switch shape {
            case "square": return "方形"
            case "hexagon": return "六邊形"
            case "circle": return "圓形"
            case "triangle": return "三角形"
            case "box": return "方框"
            case "ellipse": return "橢圓"
            case "note": return "便籤"
            default: return shape
            }
        case let .kindRow(kind, shape, count): return "\(kind)（\(shape)）：\(count)"
        case .officeArrow: return "（辦事處 → 地區）"
        case let .valueRow(label, value): return "\(label)：\(value)"
        case let .representsRow(count): return "辦事處代表（非聯繫）：\(count)"
        case let .added(ties, entities): return "新增：\(ties) 條聯繫，\(entities) 個實體"
        case let .removed(ties, entities): return "移除：\(ties) 條聯繫，\(entities) 個實體"
        case let .statusChanged(ties): return "狀態變化：\(ties) 條聯繫"
        case .unchanged: return "未變（淡色）"
        case .bordersToo: return "實體邊框顏色同上"
        case .measureUniform: return "統一"
        case .measureDegree: return "度數"
        case .measureStrength: return "強度"
        case .measurePopulation: return "人口"
        case let .size(measure, low, high): return "大小：\(measure)（\(low)–\(high)）"
        case let .focus(name): return "焦點：" + name
        case .peer: return "雙邊框：對標城市"
        case let .labelsShown(shown, hidden): return "顯示 \(shown) 個名稱（焦點、對標、變化、最大者）；另 \(hidden) 個隱藏，見提示"
        case let .projection(projection):
            switch projection {
            case .equirectangular: return "等距圓柱投影"
            case .mercator: return "墨卡託投影"
            case .robinson: return "羅賓遜投影"
            case .equalEarth: return "等面積投影（Equal Earth）"
            }
        case let .centred(degrees, east): return "中央經線 " + (east ? "東經" : "西經") + "\(degrees)°"
        case .basemapCredit: return "底圖：Natural Earth 1:110m"
        case .longTies: return "遠距離聯繫沿大圓弧線"
        case .bundled: return "同一走廊的聯繫已合併"
        case let .borrowed(count): return "\(count) 個無自身座標者畫在所在城市、所屬省州首府或國家中心"
        case let .unplaced(count): return "\(count) 個無任何位置者：排在地圖底邊"
        case let .isolatedLeftOut(count): return "本視圖中 \(count) 個無聯繫的實體未畫出"
        case let .folded(entities, tables): return "聯繫相同的實體列表：\(tables) 個（共 \(entities) 個實體），共同的聯繫只畫一條，註明數目"
        case let .colour(name):
            switch name {
            case "blue": return "藍色"
            case "green": return "綠色"
            case "orange": return "橙色"
            case "violet": return "紫羅蘭色"
            case "teal": return "青色"
            case "amber": return "琥珀色"
            case "magenta": return "品紅色"
            case "purple": return "紫色"
            case "slate": return "石板灰"
            case "olive": return "橄欖色"
            case "brick": return "磚紅色"
            case "navy": return "藏青色"
            case "brown": return "棕色"
            case "grey": return "灰色"
            case "solid": return "實線"
            case "dashed": return "虛線"
            case "dotted": return "點線"
            case "bold dotted": return "粗點線"
            case "orange-red dashed": return "橙紅色虛線"
            default: return name
            }

        case let .officeLabel(host): return joined("駐", host, "經貿辦")

        case let .population(figure, year): return "人口 \(figure)" + (year.map { "（\($0)年）" } ?? "")
        case let .memberOf(groupings): return "成員：" + groupings.joined(separator: "、")
        case let .prcRelationsSince(year): return "\(year)年起與中華人民共和國建交"
        case .noPRCRelations: return "未與中華人民共和國建交"
        case let .beltAndRoadSigned(year): return "\(year)年簽署一帶一路合作文件"
        case .beltAndRoadSignedYearUnknown: return "已簽署一帶一路合作文件"
        case .beltAndRoadWithdrawn: return "已退出一帶一路"
        case let .overseasChinese(figure, year): return "海外華人 \(figure)" + (year.map { "（\($0)年）" } ?? "")
        case let .open(years): return "開設 " + years
        case let .strengths(tags): return "強項：" + tags.joined(separator: "、")
        case .unknown: return "未知"
        case let .drawnBeside(name): return joined("無自身位置：畫在", name, "旁")
        case .addedInChange: return "此變化中新增"
        case .removedInChange: return "此變化中移除"
        case let .statusChange(from, to): return "狀態變化：\(from) → \(to)"
        case let .confidence(level): return "可信度：" + level
        case let .source(text): return "來源：" + text
        case let .since(year): return "\(year)年起"
        case let .until(year): return "至\(year)年"
        case let .weight(value): return "權重 " + value
        case let .areas(areas): return "領域：" + areas.joined(separator: "、")
        case .territory: return "領地"
        case let .partOf(name): return joined("屬於", name)
        case let .regions(names): return names.joined(separator: "、")
        case let .provinceOf(country): return joined(country, "的省州")
        case let .cityIn(places): return joined(places.reversed().joined(separator: " "), "的城市")
        case let .organisationIn(kind, host): return joined("駐", host, kind)
        case let .representing(name): return joined(" · 代表", name)
        case let .represents(office, represented): return joined(office, "代表", represented)
        }
    }
}
