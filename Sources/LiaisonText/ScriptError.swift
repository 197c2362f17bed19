/// A Chinese script that cannot be named or produced.
public enum ScriptError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A script name that is not one of ``ChineseScript``'s.
    case unknownScript(String, known: [String])
    /// A language tag that is not one of ``Language``'s.
    case unknownLanguage(String, known: [String])
    /// OpenCC could not open a configuration (its data files are missing or unreadable).
    case converterUnavailable(configuration: String, message: String)
    /// OpenCC failed to convert a text.
    case conversionFailed(configuration: String, message: String)

    /// A sentence naming the bad value and what would help.
    public var description: String {
        switch self {
        case let .unknownScript(name, known):
            return "unknown Chinese script '\(name)'; known: \(known.joined(separator: ", "))"
        case let .unknownLanguage(name, known):
            return "unknown language '\(name)'; known: \(known.joined(separator: ", "))"
        case let .converterUnavailable(configuration, message):
            return "OpenCC cannot open its configuration '\(configuration)' (\(message)); "
                + "install OpenCC's library and data (Debian: libopencc-dev, which `make setup` installs)"
        case let .conversionFailed(configuration, message):
            return "OpenCC failed to convert with '\(configuration)': \(message)"
        }
    }
}
