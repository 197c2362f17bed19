import LiaisonGraph

/// Every entity's Chinese name in one script: the dataset's own name in that script
/// (``ChineseNameForm``) when it gives one, else its Chinese name (`name_zh`), else a Chinese alias,
/// else the name itself when it is written in Chinese, converted to the script by OpenCC (Hong
/// Kong's usage for ``ChineseScript/traditionalHongKong``).
///
/// ```swift
/// let hant = try ChineseNames(script: .traditionalHongKong)
/// hant.name(of: sanFrancisco)       // "三藩市" (the data say 旧金山)
/// hant.label(of: liverpool)          // "利物浦"
/// ```
///
/// An entity with no Chinese name anywhere has none here (``name(of:)`` is nil): it is never shown
/// in English silently; ``ChineseNameCoverage`` counts and lists such entities.
public struct ChineseNames: Sendable, Hashable {
    /// The converter into the script.
    public let converter: ScriptConverter

    /// The script the names are written in.
    public var script: ChineseScript { converter.script }

    /// Names in `script`.
    /// - Throws: ``ScriptError/converterUnavailable(configuration:message:)`` when OpenCC is missing.
    public init(script: ChineseScript) throws(ScriptError) {
        converter = try ScriptConverter(to: script)
    }

    /// The entity's Chinese name in the script, or nil when it has none anywhere.
    /// - Complexity: O(n) in the length of the name (one OpenCC conversion, none when the dataset
    ///   writes the name in the script).
    public func name(of entity: Entity) -> String? {
        entity.ownChineseName(in: script) ?? entity.chineseNameAsWritten.map(converter.convert)
    }

    /// The entity's Chinese name in the script, else its English name (for a label that must say
    /// something; count the English ones with ``ChineseNameCoverage``).
    public func nameOrEnglish(of entity: Entity) -> String {
        name(of: entity) ?? entity.name
    }
}

extension Entity {
    /// The entity's Chinese name as the data write it, in whichever script: its `name_zh`, else its
    /// first alias written in Chinese, else its name when that is written in Chinese; nil when it has
    /// no Chinese name anywhere.
    public var chineseNameAsWritten: String? {
        if let zh = nameZh, zh.containsHan { return zh }
        if let alias = aliases.first(where: \.containsHan) { return alias }
        return name.containsHan ? name : nil
    }

    /// The dataset's own Chinese name in `script` (``ChineseNameForm``), with places named as the
    /// script's readers name them (``RegionalName``); nil when the data give no name in the script.
    /// - Complexity: O(n) in the length of the name; no OpenCC call.
    public func ownChineseName(in script: ChineseScript) -> String? {
        guard let own = chineseName(script.nameForm), own.containsHan else { return nil }
        return RegionalName.localised(own, in: script)
    }
}
