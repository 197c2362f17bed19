import LiaisonGraph
import LiaisonText

/// The language of a drawing's names and legend, as `--labels` names it: `en`, `zh` or `zh-Hans`
/// (Chinese, Simplified), `zh-Hant` (Chinese, Traditional as Hong Kong writes it: 三藩市), `both`
/// or `both-Hans` (English names over Simplified ones, English legend) and `both-Hant`.
///
/// Bare `zh` means Simplified, the Mainland's script: a Hong Kong planner asks for `zh-Hant`.
public struct LabelLanguage: Sendable, Hashable {
    /// Which names label the entities.
    public var names: NameLanguage
    /// The script of every Chinese word drawn.
    public var script: ChineseScript

    /// Makes a choice.
    public init(names: NameLanguage, script: ChineseScript = .simplified) {
        self.names = names
        self.script = script
    }

    /// The names ``init(parsing:)`` accepts (in any letter case; `zh-HK` and `zh-CN` too, as
    /// aliases of `zh-Hant` and `zh-Hans`).
    public static let valid = ["en", "zh", "zh-Hans", "zh-Hant", "both", "both-Hans", "both-Hant"]

    /// What each choice means, for the command's help.
    public static let help = "en (English, the default), zh-Hant (Traditional Chinese as Hong Kong writes it), "
        + "zh-Hans (Simplified), zh (= zh-Hans), both or both-Hans (English names over Simplified ones, English legend), "
        + "both-Hant (English over Traditional)"

    /// Parses a choice in any letter case. Taiwan's usage (`zh-TW`) is not offered: Traditional
    /// text is written as Hong Kong writes it.
    /// - Throws: ``RenderError/unknownLabels(_:valid:)`` listing the valid ones.
    public init(parsing text: String) throws(RenderError) {
        switch text.lowercased() {
        case "en", "english": self.init(names: .english)
        case "zh", "zh-hans", "zh-cn": self.init(names: .chinese, script: .simplified)
        case "zh-hant", "zh-hk": self.init(names: .chinese, script: .traditionalHongKong)
        case "both", "both-hans": self.init(names: .both, script: .simplified)
        case "both-hant": self.init(names: .both, script: .traditionalHongKong)
        default: throw .unknownLabels(text, valid: Self.valid)
        }
    }
}
