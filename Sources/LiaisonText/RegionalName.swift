/// A place Hong Kong names with other words than the Mainland does, where OpenCC changes only the
/// characters: San Francisco is 旧金山 on the Mainland (舊金山 in Taiwan) and 三藩市 in Hong Kong.
///
/// Conversion to ``ChineseScript/traditionalHongKong`` writes ``hongKong`` for the Mainland's name,
/// and conversion to ``ChineseScript/simplified`` writes ``mainland`` for Hong Kong's, inside longer
/// names too (香港駐三藩市經濟貿易辦事處 and 香港驻旧金山经济贸易办事处), so that one map never
/// names one city two ways.
public struct RegionalName: Sendable, Hashable {
    /// The English name.
    public let english: String
    /// The Mainland's name, in Simplified characters.
    public let mainland: String
    /// The Mainland's name in Traditional characters, as OpenCC's `s2hk` writes it.
    public let mainlandInTraditional: String
    /// Hong Kong's name, in Traditional characters.
    public let hongKong: String
    /// Hong Kong's name in Simplified characters, as OpenCC's `hk2s` writes it.
    public let hongKongInSimplified: String
    /// Where Hong Kong's usage is attested.
    public let attestation: String

    /// Every such place. Add one only with an attestation of Hong Kong's usage; a test checks
    /// each pair's converted forms against OpenCC.
    public static let all: [RegionalName] = [
        RegionalName(english: "San Francisco", mainland: "旧金山", mainlandInTraditional: "舊金山",
                     hongKong: "三藩市", hongKongInSimplified: "三藩市",
                     attestation: "the Hong Kong government's office there, 香港駐三藩市經濟貿易辦事處 (datasets/hong-kong/organisations.csv)"),
    ]

    /// `text`, already in `script`, with each place named as that script's readers name it.
    /// - Complexity: O(r · n) for r regional names and text length n.
    static func localised(_ text: String, in script: ChineseScript) -> String {
        var text = text
        for name in all {
            let (from, to) = script == .traditionalHongKong ? (name.mainlandInTraditional, name.hongKong) : (name.hongKongInSimplified, name.mainland)
            if from != to && text.contains(from) { text = text.replacingOccurrences(of: from, with: to) }
        }
        return text
    }
}
