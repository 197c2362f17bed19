import LiaisonGraph
import Synchronization

/// Entities' Chinese names in one script, for a table or report: the dataset's own name in the
/// script when it writes one (``ChineseNameForm``: no conversion at all), else its Chinese name,
/// converted by OpenCC only when it is not already in the script, each distinct name converted
/// once; an entity with no Chinese name anywhere keeps its English name (``ChineseNameCoverage``
/// counts them).
///
/// Unlike ``ChineseNames``, no converter is opened until a name needs one: opening OpenCC's
/// `s2hk` costs about 0.1 s, more than a small command's whole run, and a table whose names are
/// all written in English needs none. For Hong Kong's script, a name with no Simplified-only
/// character (香港, 香港駐倫敦經濟貿易辦事處) is recognised by a character-by-character conversion
/// that opens in a few milliseconds, and only Hong Kong's place names are applied to it; OpenCC's
/// `s2hk` phrase dictionaries open only for a name written in Simplified. (Over the 6,396 Chinese
/// names of the embedded datasets, `s2hk` would have changed 8 of the 3,068 names so recognised,
/// 7 of them wrongly: 佈雷斯特 for 布雷斯特, 列剋星敦 for 列克星敦; and 昆山 to 崑山.)
public final class EntityNameWriter: Sendable {
    /// The script the names are written in.
    public let script: ChineseScript
    /// The converter, once opened, and the names converted so far.
    private let state = Mutex<State>(State())

    private struct State {
        var converter: ScriptConverter?
        var converted: [String: String] = [:]
    }

    /// A writer of names in `script`; nothing is opened yet.
    public init(_ script: ChineseScript) {
        self.script = script
    }

    /// The entity's name in the script, or its English name when it has no Chinese one.
    /// - Complexity: O(n) in the name's length; the first conversion opens OpenCC's converter.
    public func name(of entity: Entity) -> String {
        chineseName(of: entity) ?? entity.name
    }

    /// The entity's Chinese name in the script, or nil when it has no Chinese name anywhere (count
    /// those with ``ChineseNameCoverage``).
    /// - Complexity: as ``name(of:)``.
    public func chineseName(of entity: Entity) -> String? {
        if let own = entity.ownChineseName(in: script) { return own }
        return entity.chineseNameAsWritten.map(convert)
    }

    /// Checks that OpenCC's data for the script are installed, opening its lightest configuration
    /// (Hong Kong's character-by-character one, or `hk2s`: milliseconds), so that a caller that must
    /// not leave names in the data's script can refuse early; the full converter still opens only
    /// when a name needs it.
    /// - Throws: ``ScriptError/converterUnavailable(configuration:message:)`` when OpenCC or its data are missing.
    public func checkConverterAvailable() throws(ScriptError) {
        try OpenCC.open(script.characterProbe ?? script.openCCConfiguration)
    }

    /// Quoted text of the data (a source's title) in the script, converted character by character:
    /// its characters take the script's forms, its words stay the author's (`s2hk`'s phrase
    /// dictionary would turn 旧金山 in a cited title into 三藩市, misquoting it). For Hong Kong's
    /// script that is OpenCC's `STCharacters` and `HKVariants` (``ChineseScript/characterProbe``,
    /// opened in milliseconds); Simplified needs no phrase dictionary of its own (`hk2s`).
    /// - Complexity: O(n) in the length of `text`.
    public func convertCharacters(_ text: String) -> String {
        guard text.containsHan else { return text }
        guard let probe = script.characterProbe else { return convert(text) }
        do {
            return try OpenCC.convert(text, with: probe)
        } catch {
            // Without OpenCC's data (`make setup` installs them) the text stays as the data write it.
            return text
        }
    }

    /// `text` in the script, converted at most once per process and writer; text with no Chinese
    /// character comes back as it is, without opening a converter.
    public func convert(_ text: String) -> String {
        guard text.containsHan else { return text }
        return state.withLock { state in
            if let done = state.converted[text] { return done }
            let result: String
            do {
                // Text with no Simplified-only character is Traditional already: only the place
                // names can change, and OpenCC's phrase dictionaries (80-130 ms to open) stay closed.
                if let probe = script.characterProbe, try OpenCC.convert(text, with: probe) == text {
                    result = RegionalName.localised(text, in: script)
                } else {
                    if state.converter == nil { state.converter = try ScriptConverter(to: script) }
                    result = state.converter!.convert(text)
                }
            } catch {
                // Without OpenCC's data (`make setup` installs them) a name stays as the data
                // write it; the words around it are still in the reader's script.
                result = text
            }
            state.converted[text] = result
            return result
        }
    }
}
