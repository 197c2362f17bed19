/// A dataset's own writing of an entity's Chinese name in one script, in the free columns
/// `name_zh_hans` and `name_zh_hant`: the world city universe's as GeoNames gives them, the other
/// tables' as `scripts/add_chinese_script_names.py` compiles them with Liaison's own conversion
/// (so a table in either script is written without opening OpenCC).
///
/// The forms belong to the Chinese name (`name_zh`) they write: a record that names an entity
/// differently drops an included record's forms (``Entity/merged(over:)``), and so does a change
/// of the Chinese name (``Entity/setChineseName(_:)``).
public enum ChineseNameForm: String, Sendable, Hashable, CaseIterable {
    /// The name in Simplified characters (`name_zh_hans`).
    case simplified = "name_zh_hans"
    /// The name in Traditional characters (`name_zh_hant`).
    case traditional = "name_zh_hant"

    /// The free columns that go with the Chinese name: both forms and the universe's
    /// `name_zh_script`, which says which forms its source gave.
    public static let columns: [String] = allCases.map(\.rawValue) + ["name_zh_script"]
}

extension Entity {
    /// The dataset's own Chinese name in one script, or nil when its data give none.
    /// - Complexity: O(1) on average.
    public func chineseName(_ form: ChineseNameForm) -> String? {
        guard let value = attributes.extra[form.rawValue], !value.isEmpty else { return nil }
        return value
    }

    /// Sets the Chinese name, dropping the forms of the name it replaces.
    /// - Complexity: O(1) on average.
    public mutating func setChineseName(_ name: String?) {
        if name != nameZh { dropChineseNameForms() }
        nameZh = name
    }

    /// Removes the free columns that write the Chinese name in each script.
    mutating func dropChineseNameForms() {
        guard ChineseNameForm.columns.contains(where: { attributes.extra[$0] != nil }) else { return }
        for column in ChineseNameForm.columns { attributes.extra[column] = nil }
    }
}
