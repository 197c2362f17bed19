/// The UN M49 regions and sub-regions in Chinese, as the catalogues and the maps write them: one
/// table per script (Hong Kong's Traditional words where they differ: 澳洲及新西蘭), below every
/// module that prints a region, so that a table, a report and a map's tooltips name a region alike.
public enum RegionName {
    /// A region's or sub-region's Chinese name in `script`, from its UN M49 English name; nil for a
    /// name not listed.
    public static func name(_ english: String, in script: ChineseScript) -> String? {
        switch script {
        case .traditionalHongKong: return traditionalHongKong[english]
        case .simplified: return simplified[english]
        }
    }

    static let traditionalHongKong: [String: String] = [
        "Africa": "非洲", "Americas": "美洲", "Asia": "亞洲", "Europe": "歐洲", "Oceania": "大洋洲",
        "Northern Africa": "北非", "Sub-Saharan Africa": "撒哈拉以南非洲", "Eastern Africa": "東非", "Middle Africa": "中非",
        "Southern Africa": "南部非洲", "Western Africa": "西非", "Latin America and the Caribbean": "拉丁美洲及加勒比",
        "Caribbean": "加勒比", "Central America": "中美洲", "South America": "南美洲", "Northern America": "北美洲",
        "Central Asia": "中亞", "Eastern Asia": "東亞", "South-eastern Asia": "東南亞", "Southern Asia": "南亞",
        "Western Asia": "西亞", "Eastern Europe": "東歐", "Northern Europe": "北歐", "Southern Europe": "南歐",
        "Western Europe": "西歐", "Australia and New Zealand": "澳洲及新西蘭", "Melanesia": "美拉尼西亞",
        "Micronesia": "密克羅尼西亞", "Polynesia": "波利尼西亞", "Antarctica": "南極洲", "(no region)": "（無地區）",
    ]

    static let simplified: [String: String] = [
        "Africa": "非洲", "Americas": "美洲", "Asia": "亚洲", "Europe": "欧洲", "Oceania": "大洋洲",
        "Northern Africa": "北非", "Sub-Saharan Africa": "撒哈拉以南非洲", "Eastern Africa": "东非", "Middle Africa": "中非",
        "Southern Africa": "南部非洲", "Western Africa": "西非", "Latin America and the Caribbean": "拉丁美洲及加勒比",
        "Caribbean": "加勒比", "Central America": "中美洲", "South America": "南美洲", "Northern America": "北美洲",
        "Central Asia": "中亚", "Eastern Asia": "东亚", "South-eastern Asia": "东南亚", "Southern Asia": "南亚",
        "Western Asia": "西亚", "Eastern Europe": "东欧", "Northern Europe": "北欧", "Southern Europe": "南欧",
        "Western Europe": "西欧", "Australia and New Zealand": "澳大利亚和新西兰", "Melanesia": "美拉尼西亚",
        "Micronesia": "密克罗尼西亚", "Polynesia": "波利尼西亚", "Antarctica": "南极洲", "(no region)": "（无地区）",
    ]
}
