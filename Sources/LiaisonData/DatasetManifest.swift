import LiaisonGraph
import Yams

/// What `dataset.yaml` says: the dataset's name, date, focus, peers, includes, and the layers,
/// areas and sources it defines.
public struct DatasetManifest: Sendable {
    /// The dataset's name.
    public var name: String
    /// A sentence on what it holds.
    public var description: String
    /// The date its facts are current to, `YYYY-MM-DD`.
    public var asOf: String?
    /// The focus entity's ID.
    public var focusID: String?
    /// The peers' IDs.
    public var peerIDs: [String]
    /// Folders to load first, relative to this one.
    public var includes: [String]
    /// Layers beyond the built-in ones.
    public var layers: [Layer]
    /// Exchange areas beyond the built-in ones.
    public var areas: [String]
    /// Publications by short name.
    public var sources: [String: String]
    /// Weights of the candidate-target criteria, by name.
    public var targetWeights: [String: Double] = [:]
    /// Regions given priority when ranking targets.
    public var priorityRegions: [String] = []
    /// The policy of each rule of the field the dataset sets (`rules: {one-to-one: warn}`).
    public var rulePolicies: [PartnershipRule: RulePolicy] = [:]
    /// The folder of China's friendship network the one-to-one rule consults, relative to this one.
    public var friendshipNetwork: String?
    /// The language its planners read (`language: zh-Hant`), the default of `--lang`; nil for English.
    public var language: String?
    /// The languages `language:` may name (in any letter case).
    public static let languages = ["en", "zh-Hant", "zh-Hans"]

    /// The criteria `weights:` may set (see `liaison targets --help`), and `priority_regions`.
    public static let weightKeys = ["structure", "peers", "bri", "diaspora", "area", "population", "economy", "distance", "region", "priority_regions"]
    /// Where each item of `includes` was written, in order.
    package var includeLocations: [SourceLocation] = []
    /// Where each key was written, for later problems.
    package var locations: [String: SourceLocation]
    /// The manifest's own path.
    package var file: String = "dataset.yaml"

    /// The keys a manifest may have.
    public static let knownKeys = ["name", "description", "as_of", "focus", "peers", "includes", "layers", "areas", "sources", "weights", "rules", "friendship_network", "language", "notes"]

    /// Reads a manifest, collecting every problem.
    package init(document: YAMLDocument, problems: inout [ValidationProblem]) {
        name = ""
        description = ""
        peerIDs = []
        includes = []
        layers = []
        areas = []
        sources = [:]
        locations = [:]
        guard let root = document.root, root.mapping != nil else {
            problems.append(ValidationProblem(location: document.location(of: document.root), value: document.root?.text ?? "",
                message: "dataset.yaml is not a mapping of keys to values", expected: "keys such as name, as_of, focus, includes"))
            return
        }
        for (key, keyNode, value) in root.pairs {
            locations[key] = document.location(of: value)
            func scalar() -> String? {
                guard let text = value.text else {
                    problems.append(ValidationProblem(location: document.location(of: value), value: key,
                        message: "'\(key)' must be a single value", expected: "text, as \(key): value"))
                    return nil
                }
                return text
            }
            /// A list of single values (or one value), each item that is not one reported.
            func list() -> [String] {
                guard value.mapping == nil else {
                    problems.append(ValidationProblem(location: document.location(of: value), value: key,
                        message: "'\(key)' must be a list of values, not a mapping", expected: "\(key): [first, second]"))
                    return []
                }
                return value.items.compactMap { item in
                    if let text = item.text { return text }
                    problems.append(ValidationProblem(location: document.location(of: item), value: key,
                        message: "an item of '\(key)' is a list or mapping, not a single value", expected: "\(key): [first, second]"))
                    return nil
                }
            }
            switch key {
            case "name": name = scalar() ?? ""
            case "description": description = scalar() ?? ""
            case "as_of":
                guard let text = scalar() else { break }
                if Self.isDate(text) { asOf = text } else {
                    problems.append(ValidationProblem(location: document.location(of: value), value: text,
                        message: "as_of is not a date", expected: "a date as YYYY-MM-DD, e.g. 2026-06-30"))
                }
            case "focus": focusID = scalar()
            case "peers": peerIDs = list()
            case "includes":
                includes = list()
                includeLocations = value.items.filter { $0.text != nil }.map { document.location(of: $0) }
            case "areas": areas = list()
            case "layers":
                for item in value.items {
                    guard let id = item["id"]?.text, !id.isEmpty else {
                        problems.append(ValidationProblem(location: document.location(of: item), value: item.text ?? "",
                            message: "a layer needs an id", expected: "- id: mou\\n  name: Memorandum of understanding"))
                        continue
                    }
                    layers.append(Layer(id: id, name: item["name"]?.text ?? id, description: item["description"]?.text ?? ""))
                }
            case "sources":
                for item in value.items {
                    if let id = item["id"]?.text { sources[id] = item["title"]?.text ?? item["url"]?.text ?? id }
                    else if let text = item.text { sources[text] = text }
                }
            case "weights":
                for (name, nameNode, weight) in value.pairs {
                    if name == "priority_regions" { priorityRegions = weight.items.compactMap(\.text); continue }
                    guard Self.weightKeys.contains(name) else {
                        problems.append(ValidationProblem(location: document.location(of: nameNode), value: name,
                            message: "unknown target criterion in weights", expected: "one of: \(Self.weightKeys.joined(separator: ", "))"))
                        continue
                    }
                    guard let number = weight.text.flatMap(Double.init), number >= 0, number.isFinite else {
                        problems.append(ValidationProblem(location: document.location(of: weight), value: weight.text ?? "",
                            message: "weight of \(name) is not a number", expected: "a number of 0 or more"))
                        continue
                    }
                    targetWeights[name] = number
                }
            case "rules":
                guard value.mapping != nil else {
                    problems.append(ValidationProblem(location: document.location(of: value), value: value.text ?? "",
                        message: "rules must be a mapping of rule to policy", expected: "rules: {one-to-one: warn}"))
                    break
                }
                for (name, nameNode, policyNode) in value.pairs {
                    guard let rule = PartnershipRule(rawValue: name) else {
                        problems.append(ValidationProblem(location: document.location(of: nameNode), value: name,
                            message: "unknown rule in rules", expected: "one of: \(PartnershipRule.allCases.map(\.rawValue).joined(separator: ", "))"))
                        continue
                    }
                    guard let policy = policyNode.text.flatMap(RulePolicy.init(rawValue:)) else {
                        problems.append(ValidationProblem(location: document.location(of: policyNode), value: policyNode.text ?? "",
                            message: "unknown policy for rule \(name)", expected: "one of: \(RulePolicy.allCases.map(\.rawValue).joined(separator: ", "))"))
                        continue
                    }
                    rulePolicies[rule] = policy
                }
            case "friendship_network": friendshipNetwork = scalar()
            case "language":
                guard let text = scalar() else { break }
                if let known = Self.languages.first(where: { $0.lowercased() == text.lowercased() }) { language = known } else {
                    problems.append(ValidationProblem(location: document.location(of: value), value: text,
                        message: "unknown language", expected: "one of: \(Self.languages.joined(separator: ", "))"))
                }
            case "notes": break
            default:
                let close = Self.knownKeys.min { editDistance(Array($0), Array(key)) < editDistance(Array($1), Array(key)) }!
                problems.append(ValidationProblem(location: document.location(of: keyNode), value: key,
                    message: "unknown key in dataset.yaml",
                    expected: "known keys: \(Self.knownKeys.joined(separator: ", ")); did you mean \(close)?"))
            }
        }
        if locations["as_of"] == nil {
            problems.append(ValidationProblem(location: document.location(of: root), value: "",
                message: "dataset.yaml has no as_of", expected: "as_of: the date its facts are current to, YYYY-MM-DD"))
        }
        if name.isEmpty {
            problems.append(ValidationProblem(location: document.location(of: root), value: "",
                message: "dataset.yaml has no name", expected: "name: a short name for the dataset"))
        }
    }
}

extension DatasetManifest {
    /// The `language:` of the dataset folder at `path` (its `dataset.yaml`), or nil when it names
    /// none, is not a folder or cannot be read (the loader reports a bad manifest).
    public static func language(ofDatasetAt path: String) -> String? {
        let manifestPath = path + "/dataset.yaml"
        guard let bytes = try? FileAccess.bytes(of: manifestPath), let document = try? YAMLDocument(bytes: bytes, file: manifestPath) else { return nil }
        var ignored: [ValidationProblem] = []
        return DatasetManifest(document: document, problems: &ignored).language
    }

    /// Whether text is a calendar date `YYYY-MM-DD` (year 0001 to 9999, the day within its month,
    /// 29 February in leap years only), as `as_of` must be.
    public static func isDate(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
              bytes.indices.allSatisfy({ $0 == 4 || $0 == 7 || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[$0]) }),
              let year = Int(text.prefix(4)), let month = Int(text.dropFirst(5).prefix(2)), let day = Int(text.suffix(2)),
              year >= 1, (1...12).contains(month) else { return false }
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
        return (1...days).contains(day)
    }
}
