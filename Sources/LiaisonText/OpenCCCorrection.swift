/// A known defect of the OpenCC dictionaries Debian ships (1.1.6), corrected after conversion: a
/// phrase entry that leaves a character in the other script. OpenCC's own round trip cannot see
/// these (its phrase entry is the defect), so each is listed here with the upstream report, and a
/// test checks it is still needed; drop one when the packaged OpenCC converts it right.
struct OpenCCCorrection: Sendable, Hashable {
    /// The script of the defective output.
    let script: ChineseScript
    /// What OpenCC writes.
    let wrong: String
    /// What it should write.
    let right: String
    /// Where the defect is reported.
    let report: String

    /// Every correction.
    static let all: [OpenCCCorrection] = [
        // 北马里亚纳 -> 北马里亞納: 马 left Simplified in the Northern Mariana Islands (country MP).
        OpenCCCorrection(script: .traditionalHongKong, wrong: "北马里亞納", right: "北馬里亞納",
                         report: "https://github.com/BYVoid/OpenCC/pull/1048"),
        // 里 -> 裏: OpenCC writes 里 as 裏 ("inside") wherever no phrase entry says otherwise, so a
        // transliterated name lost its 里 in Hong Kong's script (埃里温 -> 埃裏温 for Yerevan, 古里提巴 ->
        // 古裏提巴 for Curitiba: 44 cities of the universe). Only names are converted (catalogues
        // write each language's words themselves), and in a name 里 is a sound, a village or a
        // mile, never "inside".
        OpenCCCorrection(script: .traditionalHongKong, wrong: "裏", right: "里",
                         report: "https://github.com/BYVoid/OpenCC/pull/607"),
    ]

    /// `text`, as OpenCC converted it into `script`, with every known defect corrected.
    /// - Complexity: O(c · n) for c corrections and text length n.
    static func corrected(_ text: String, in script: ChineseScript) -> String {
        var text = text
        for correction in all where correction.script == script && text.contains(correction.wrong) {
            text = text.replacingOccurrences(of: correction.wrong, with: correction.right)
        }
        return text
    }
}
