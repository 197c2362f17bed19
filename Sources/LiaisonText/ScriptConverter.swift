/// Converts Chinese text into one script through OpenCC, the standard library for it.
///
/// ```swift
/// let hant = try ScriptConverter(to: .traditionalHongKong)
/// hant.convert("旧金山")                        // 三藩市
/// try ScriptConverter(to: .simplified).convert("香港駐三藩市經濟貿易辦事處")  // 香港驻旧金山经济贸易办事处
/// ```
///
/// Converters are cheap values: every one of a script shares one OpenCC handle, opened by the first
/// and kept for the life of the process; conversions from any number of threads are serialised.
/// Text already in the script comes back unchanged, and so does text with no Chinese in it.
public struct ScriptConverter: Sendable, Hashable {
    /// The script it writes.
    public let script: ChineseScript

    /// A converter into `script`, opening OpenCC's configuration on first use.
    /// - Throws: ``ScriptError/converterUnavailable(configuration:message:)`` when OpenCC or its
    ///   data files are missing.
    public init(to script: ChineseScript) throws(ScriptError) {
        try OpenCC.open(script.openCCConfiguration)
        self.script = script
    }

    /// `text` in the converter's script, with places named as its readers name them (``RegionalName``)
    /// and OpenCC's known dictionary defects corrected.
    /// - Complexity: O(n) in the length of `text`.
    public func convert(_ text: String) -> String {
        guard text.containsHan else { return text }
        let converted: String
        do {
            converted = try OpenCC.convert(text, with: script.openCCConfiguration)
        } catch {
            // The configuration opened in `init`, and Swift strings are valid UTF-8, the only
            // input OpenCC's converter rejects: a failure here is a broken invariant.
            preconditionFailure(error.description)
        }
        return RegionalName.localised(OpenCCCorrection.corrected(converted, in: script), in: script)
    }
}

extension Unicode.Scalar {
    /// Whether the scalar is a Han character (a CJK unified or compatibility ideograph).
    var isHan: Bool { properties.isIdeographic && value >= 0x3400 }
}

extension String {
    /// Whether the text holds a Han character.
    var containsHan: Bool { unicodeScalars.contains(where: \.isHan) }
}
