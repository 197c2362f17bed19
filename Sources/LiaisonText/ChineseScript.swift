import LiaisonGraph

/// The two scripts Liaison's planners read: Hong Kong's Traditional characters and the Mainland's
/// Simplified ones (a planner in Liaocheng's foreign-affairs office reads Simplified).
public enum ChineseScript: String, Sendable, Hashable, CaseIterable {
    /// Traditional characters as Hong Kong writes them: OpenCC's `s2hk` (Hong Kong's character
    /// variants where they differ from Taiwan's), then Hong Kong's own place names where they differ
    /// from the Mainland's (三藩市 for San Francisco; see ``RegionalName``).
    case traditionalHongKong = "zh-Hant"
    /// Simplified characters as the Mainland writes them: OpenCC's `hk2s` (which reads Hong Kong's,
    /// Taiwan's and OpenCC's standard Traditional alike), then the Mainland's place names.
    case simplified = "zh-Hans"

    /// The script a tag names: `zh-Hant` or `zh-Hans`, in any letter case.
    /// - Throws: ``ScriptError/unknownScript(_:known:)`` naming the tag and the known ones.
    public init(parsing tag: String) throws(ScriptError) {
        guard let script = Self.allCases.first(where: { $0.rawValue.lowercased() == tag.lowercased() }) else {
            throw .unknownScript(tag, known: Self.allCases.map(\.rawValue))
        }
        self = script
    }

    /// The free column that holds a dataset's own Chinese name in this script.
    var nameForm: ChineseNameForm {
        switch self {
        case .traditionalHongKong: return .traditional
        case .simplified: return .simplified
        }
    }

    /// A configuration much cheaper to open than ``openCCConfiguration`` that leaves text unchanged
    /// only when the full conversion has nothing to do but Hong Kong's place names; nil when the full
    /// one is cheap already (`hk2s` opens in about 15 ms).
    var characterProbe: String? {
        switch self {
        case .traditionalHongKong: return "liaison-s2hk-characters.json"
        case .simplified: return nil
        }
    }

    /// The OpenCC configuration that converts any Chinese text into this script.
    var openCCConfiguration: String {
        switch self {
        case .traditionalHongKong: return "s2hk.json"
        case .simplified: return "hk2s.json"
        }
    }
}
