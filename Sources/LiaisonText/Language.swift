/// The language a planner reads Liaison's tables, reports and maps in: English, Traditional
/// Chinese as Hong Kong writes it, or Simplified Chinese as the Mainland writes it.
///
/// `--lang` names it; `LIAISON_LANG` and `language:` in `dataset.yaml` set the default.
/// Error messages stay in English whatever the language.
public enum Language: String, Sendable, Hashable, CaseIterable {
    /// English, the default.
    case english = "en"
    /// Traditional Chinese as Hong Kong writes it (三藩市, 經濟貿易辦事處).
    case traditionalChinese = "zh-Hant"
    /// Simplified Chinese as the Mainland writes it (旧金山, 经济贸易办事处).
    case simplifiedChinese = "zh-Hans"

    /// The tags ``init(parsing:)`` accepts, for help and errors.
    public static let tags = allCases.map(\.rawValue)

    /// The language a tag names: `en`, `zh-Hant` or `zh-Hans`, in any letter case (`zh-HK` and
    /// `zh-CN` as aliases of the two scripts).
    /// - Throws: ``ScriptError/unknownLanguage(_:known:)`` naming the tag and the known ones.
    public init(parsing tag: String) throws(ScriptError) {
        switch tag.lowercased() {
        case "en", "english": self = .english
        case "zh-hant", "zh-hk": self = .traditionalChinese
        case "zh-hans", "zh-cn": self = .simplifiedChinese
        default: throw .unknownLanguage(tag, known: Self.tags)
        }
    }

    /// The Chinese script of the language, or nil for English.
    public var script: ChineseScript? {
        switch self {
        case .english: return nil
        case .traditionalChinese: return .traditionalHongKong
        case .simplifiedChinese: return .simplified
        }
    }

    /// The language written in `script`.
    public init(_ script: ChineseScript) {
        self = script == .traditionalHongKong ? .traditionalChinese : .simplifiedChinese
    }

    /// The language a command speaks: the flag's, else the environment's (`LIAISON_LANG`), else
    /// the dataset's (`language:` in `dataset.yaml`), else English. An empty value counts as unset.
    /// - Throws: ``ScriptError/unknownLanguage(_:known:)`` for the first set value that names none.
    public static func chosen(flag: String?, environment: String?, dataset: String?) throws(ScriptError) -> Language {
        for value in [flag, environment, dataset] {
            if let value, !value.isEmpty { return try Language(parsing: value) }
        }
        return .english
    }

    /// The environment variable that sets the default language.
    public static let environmentVariable = "LIAISON_LANG"
}
