import Foundation

/// The part of JSON Schema (draft 2020-12) that docs/schemas/ uses: `type`, `properties`,
/// `required`, `additionalProperties`, `items`, `enum`, `anyOf`, `oneOf` and `$ref` into a
/// schema's `$defs` (of the same file, or of another file in the same folder). Any other keyword
/// is refused, so a schema cannot say more than this checks.
struct JSONSchemaValidator {
    let folder: String
    private var documents: [String: [String: Any]] = [:]

    init(folder: String) { self.folder = folder }

    static let keywords: Set<String> = ["$schema", "$id", "$defs", "title", "description", "type", "properties", "required",
                                        "additionalProperties", "items", "enum", "anyOf", "oneOf", "$ref"]

    /// The problems of `value` against the schema in `file`, each with its JSON path; empty when valid.
    mutating func problems(of value: Any, against file: String) throws -> [String] {
        let schema = try document(file)
        return try check(value, schema, file: file, path: "$")
    }

    private mutating func document(_ file: String) throws -> [String: Any] {
        if let known = documents[file] { return known }
        let data = try Data(contentsOf: URL(fileURLWithPath: folder + "/" + file))
        guard let object = try JSONSerialization.jsonObject(with: data) as? [String: Any] else { throw Failure("\(file) is not a JSON object") }
        documents[file] = object
        return object
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
        init(_ description: String) { self.description = description }
    }

    private mutating func check(_ value: Any, _ schema: [String: Any], file: String, path: String) throws -> [String] {
        if let unknown = schema.keys.first(where: { !Self.keywords.contains($0) }) { throw Failure("\(file): keyword '\(unknown)' is not supported") }
        if let ref = schema["$ref"] as? String {
            let parts = ref.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
            let target = parts[0].isEmpty ? file : parts[0]
            let pointer = parts.count > 1 ? parts[1] : ""
            var node: Any = try document(target)
            for token in pointer.split(separator: "/") {
                guard let next = (node as? [String: Any])?[String(token)] else { throw Failure("\(file): unresolved $ref \(ref)") }
                node = next
            }
            guard let resolved = node as? [String: Any] else { throw Failure("\(file): $ref \(ref) is not a schema") }
            return try check(value, resolved, file: target, path: path)
        }
        var problems: [String] = []
        if let type = schema["type"] as? String, !Self.matches(value, type) {
            return ["\(path): expected \(type), found \(Self.describe(value))"]
        }
        if let options = schema["enum"] as? [Any], !options.contains(where: { Self.equal($0, value) }) {
            problems.append("\(path): \(Self.describe(value)) is not one of \(options)")
        }
        if let anyOf = schema["anyOf"] as? [[String: Any]] {
            var all: [String] = []
            var passed = false
            for option in anyOf {
                let found = try check(value, option, file: file, path: path)
                if found.isEmpty { passed = true; break }
                all += found
            }
            if !passed { problems.append("\(path): matches none of anyOf: " + all.joined(separator: "; ")) }
        }
        if let oneOf = schema["oneOf"] as? [[String: Any]] {
            let passing = try oneOf.filter { try check(value, $0, file: file, path: path).isEmpty }.count
            if passing != 1 { problems.append("\(path): matches \(passing) of oneOf, not exactly one") }
        }
        if let object = value as? [String: Any], !(value is NSNull) {
            let properties = schema["properties"] as? [String: Any] ?? [:]
            for key in schema["required"] as? [String] ?? [] where object[key] == nil { problems.append("\(path): missing required '\(key)'") }
            for (key, member) in object.sorted(by: { $0.key < $1.key }) {
                if let sub = properties[key] as? [String: Any] {
                    problems += try check(member, sub, file: file, path: path + "." + key)
                } else if let additional = schema["additionalProperties"] as? [String: Any] {
                    problems += try check(member, additional, file: file, path: path + "." + key)
                } else if (schema["additionalProperties"] as? Bool) == false {
                    problems.append("\(path): unexpected key '\(key)'")
                }
            }
        }
        if let array = value as? [Any], let items = schema["items"] as? [String: Any] {
            for (k, item) in array.enumerated() { problems += try check(item, items, file: file, path: "\(path)[\(k)]") }
        }
        return problems
    }

    /// Whether a value read by JSONSerialization is of a JSON Schema type.
    static func matches(_ value: Any, _ type: String) -> Bool {
        switch type {
        case "null": return value is NSNull
        case "object": return value is [String: Any]
        case "array": return value is [Any]
        case "string": return value is String
        case "integer": guard let n = number(value) else { return false }; return n == n.rounded()
        case "number": return number(value) != nil
        default: return false
        }
    }

    /// A number. Liaison's output holds no booleans, and the schemas name no boolean type
    /// (JSONSerialization reads both as NSNumber on Linux).
    static func number(_ value: Any) -> Double? {
        (value as? NSNumber)?.doubleValue
    }

    static func equal(_ a: Any, _ b: Any) -> Bool {
        if let a = a as? String, let b = b as? String { return a == b }
        if let a = number(a), let b = number(b) { return a == b }
        return false
    }

    static func describe(_ value: Any) -> String {
        if value is NSNull { return "null" }
        if let s = value as? String { return "string \"\(s.prefix(40))\"" }
        if let n = number(value) { return "number \(n)" }
        if value is [Any] { return "array" }
        return "object"
    }
}
