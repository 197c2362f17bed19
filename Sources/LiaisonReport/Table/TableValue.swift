import Foundation

/// One cell of a ``Table``: a typed value that prints as text for people and stays a number, an
/// entity or a structured explanation for programs (JSON, CSV).
public enum TableValue: Sendable, Hashable {
    /// Words.
    case text(String)
    /// A count or a rank.
    case integer(Int)
    /// A measured value, printed in a style; programs get the unrounded value.
    case number(Double, NumberStyle)
    /// No value (printed empty, `null` in JSON).
    case missing
    /// A value the data do not give, printed as `shown` ("no data", "none"); `null` in JSON.
    case notAvailable(String)
    /// An entity of the network, printed "Name (ID)".
    case entity(id: String, name: String)
    /// Several values, printed joined by `separator`; an array in JSON.
    case list([TableValue], separator: String)
    /// A structured explanation: named fields for programs, and the sentence people read.
    case record([TableField], text: String)

    /// The value as people read it in a table.
    public var text: String {
        switch self {
        case let .text(value): return value
        case let .integer(value): return String(value)
        case let .number(value, style): return style.format(value)
        case .missing: return ""
        case let .notAvailable(shown): return shown
        case let .entity(id, name): return "\(name) (\(id))"
        case let .list(values, separator): return values.map(\.text).joined(separator: separator)
        case let .record(_, text): return text
        }
    }

    /// Text, or nothing when empty.
    public static func text(orMissing value: String?) -> TableValue {
        guard let value, !value.isEmpty else { return .missing }
        return .text(value)
    }
}

/// A named value inside a ``TableValue/record(_:text:)`` or a table's group.
public struct TableField: Sendable, Hashable {
    /// The snake_case key programs read.
    public var key: String
    /// The value.
    public var value: TableValue

    /// Makes a field.
    public init(_ key: String, _ value: TableValue) {
        self.key = key
        self.value = value
    }
}

/// How a number prints for people. Programs always get the value itself.
public enum NumberStyle: Sendable, Hashable {
    /// A fixed number of decimals (`%.Nf`).
    case fixed(Int)
    /// A number of significant digits (`%.Ng`).
    case significant(Int)
    /// A whole number as an integer, else significant digits; not-a-number prints empty.
    case wholeOrSignificant(Int)
    /// Rounded to a whole number with thousands separators ("381,461,252").
    case grouped
    /// Divided by `scale`, with a fixed number of decimals (US dollars shown in billions).
    case scaled(Double, decimals: Int)
    /// A fraction shown as a percentage with a fixed number of decimals ("17.4%").
    case percent(decimals: Int)
    /// Significant digits with a sign ("+0.012").
    case signed(Int)

    /// The number as text in this style.
    public func format(_ x: Double) -> String {
        switch self {
        case let .fixed(digits): return String(format: "%.\(digits)f", x)
        case let .significant(digits): return String(format: "%.\(digits)g", x)
        case let .wholeOrSignificant(digits):
            guard x.isFinite else { return "" }
            return x == x.rounded() && abs(x) < 1e12 ? String(Int(x)) : String(format: "%.\(digits)g", x)
        case .grouped: return Self.grouped(x)
        case let .scaled(scale, decimals): return String(format: "%.\(decimals)f", x / scale)
        case let .percent(decimals): return String(format: "%.\(decimals)f%%", 100 * x)
        case let .signed(digits): return (x > 0 ? "+" : "") + String(format: "%.\(digits)g", x)
        }
    }

    /// A whole number with a comma every three digits.
    static func grouped(_ x: Double) -> String {
        let rounded = Int(x.rounded())
        var digits = String(abs(rounded)), out = ""
        while digits.count > 3 { out = "," + digits.suffix(3) + out; digits = String(digits.dropLast(3)) }
        return (rounded < 0 ? "-" : "") + digits + out
    }
}
