import Foundation

/// Graphviz's warnings in the planner's words: what happened to the picture and what to do,
/// never Graphviz's own jargon ("exterior labels", "node ... size too small").
public enum GraphvizWarning {
    /// A sentence for one warning Graphviz printed; a warning not known here is still said, as
    /// Graphviz's message with its "Warning:" prefix replaced.
    /// - Complexity: O(length of the message).
    public static func explained(_ raw: String) -> String {
        var message = raw
        for prefix in ["Warning:", ":"] {
            while message.hasPrefix(prefix) { message = String(message.dropFirst(prefix.count)).trimmingCharacters(in: .whitespaces) }
        }
        // "30 out of 60 exterior labels positioned."
        if message.contains("exterior labels positioned") {
            let numbers = message.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
            if numbers.count >= 2 {
                return "\(numbers[1] - numbers[0]) of \(numbers[1]) names found no room beside their markers and are not drawn; they stay in the tooltips (try --labelled with a smaller number)"
            }
        }
        if message.contains("too large for") || message.contains("scaling by") {
            return "the picture is larger than this format allows and was scaled down; SVG or PDF keeps every detail"
        }
        if message.contains("non-ASCII character") || message.contains("couldn't load font") || message.contains("font") {
            return "a character is missing from the installed fonts and may show as a box (make setup installs a Chinese font): \(message)"
        }
        if message.contains("unrecognized") || message.contains("syntax") {
            return "Graphviz ignored part of the drawing: \(message)"
        }
        return "Graphviz: \(message)"
    }
}

