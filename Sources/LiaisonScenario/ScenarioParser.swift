import Foundation
import LiaisonData
import LiaisonGraph
import Yams

/// Reads a scenario script (YAML) into a ``ScenarioScript``, reporting every problem with its line
/// and column. See `docs/scenarios.md` for the format.
public enum ScenarioParser {
    /// The edits a step may make, by key.
    public static let editKeys = ["add_entity", "remove_entity", "add_tie", "remove_tie", "change_tie", "open_office", "close_office",
                                  "activate_dormant", "set_attribute"]
    static let topKeys = ["name", "base", "focus", "as_of", "description", "steps", "variants", "expect"]

    /// Parses the script at a path.
    /// - Throws: ``ScenarioError`` with every problem found.
    public static func parse(file: String) throws(ScenarioError) -> ScenarioScript {
        let document: YAMLDocument
        do {
            document = try YAMLDocument(bytes: try FileAccess.bytes(of: file), file: file)
        } catch {
            throw ScenarioError(problems: error.problems)
        }
        var reader = NodeReader(document: document)
        let script = reader.script()
        if !reader.problems.isEmpty { throw ScenarioError(problems: reader.problems.sortedByLocation()) }
        return script
    }
}

/// Walks the YAML nodes, collecting problems.
struct NodeReader {
    let document: YAMLDocument
    var problems: [ValidationProblem] = []

    var file: String { document.file }

    mutating func problem(_ node: Node?, _ value: String, _ message: String, _ expected: String?) {
        problems.append(ValidationProblem(location: document.location(of: node), value: value, message: message, expected: expected))
    }

    mutating func script() -> ScenarioScript {
        // A script on standard input (`-`) reads its paths from the working folder, and its base
        // defaults to that folder; a script file's base defaults to the dataset above its folder.
        let fromInput = file == FileAccess.standardInput
        let folder = fromInput ? FileManager.default.currentDirectoryPath : URL(fileURLWithPath: file).deletingLastPathComponent().path
        var script = ScenarioScript(name: fromInput ? "stdin" : URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent, file: file,
                                    basePath: fromInput ? folder : folder + "/..", focusID: nil, asOf: nil, steps: [], variants: [], expectations: [])
        guard let root = document.root, root.mapping != nil else {
            problem(document.root, "", "a scenario script is a mapping", "keys: \(ScenarioParser.topKeys.joined(separator: ", "))")
            return script
        }
        var variantsNode: Node?
        var expectNode: Node?
        for (key, keyNode, value) in root.pairs {
            switch key {
            case "name": script.name = value.text ?? script.name
            case "description": break
            case "base":
                if let base = value.text { script.basePath = base.hasPrefix("/") ? base : folder + "/" + base }
            case "focus": script.focusID = value.text
            case "as_of":
                let text = value.text ?? ""
                if DatasetManifest.isDate(text) { script.asOf = text } else {
                    problem(value, text, "as_of is not a date", "a date as YYYY-MM-DD, e.g. 2026-06-30")
                }
            case "steps":
                guard value.sequence != nil else { problem(value, key, "steps must be a list", "- id: NAME\n  add_tie: {…}"); continue }
                for item in value.items { if let step = step(item) { script.steps.append(step) } }
            case "variants": variantsNode = value
            case "expect": expectNode = value
            default:
                problem(keyNode, key, "unknown key in the scenario", "one of: \(ScenarioParser.topKeys.joined(separator: ", "))\(suggestion(key, ScenarioParser.topKeys))")
            }
        }
        var seen = Set<String>()
        for step in script.steps where !seen.insert(step.id).inserted {
            problems.append(ValidationProblem(location: step.locations.first, value: step.id, message: "step named twice", expected: "each step id once"))
        }
        let stepIDs = script.steps.map(\.id)
        if let variantsNode {
            for item in variantsNode.items {
                guard let name = item["name"]?.text else { problem(item, "", "a variant needs a name", "- name: plan A\n  steps: [a, b]"); continue }
                for (key, keyNode, _) in item.pairs where !["name", "steps", "description"].contains(key) {
                    problem(keyNode, key, "unknown key of a variant", "name, steps (a list of step ids), description")
                }
                var ids: [String] = []
                for stepNode in item["steps"]?.items ?? [] {
                    guard let id = stepNode.text else {
                        // An edit written inside a variant was skipped without a word.
                        problem(stepNode, "", "a variant lists step ids, not edits",
                                "the id of a step defined under steps: (- id: india … then steps: [india])")
                        continue
                    }
                    if !stepIDs.contains(id) {
                        problem(stepNode, id, "unknown step", "a step of this script: \(stepIDs.joined(separator: ", "))\(suggestion(id, stepIDs))")
                    }
                    ids.append(id)
                }
                script.variants.append(ScenarioVariant(name: name, stepIDs: ids, location: document.location(of: item)))
            }
        }
        if script.variants.isEmpty {
            script.variants = [ScenarioVariant(name: script.name, stepIDs: stepIDs, location: document.location(of: root))]
        }
        let variantNames = ["base"] + script.variants.map(\.name)
        for item in expectNode?.items ?? [] {
            if let expectation = expectation(item, variants: variantNames, defaultVariant: script.variants.last!.name) {
                script.expectations.append(expectation)
            }
        }
        return script
    }

    mutating func step(_ node: Node) -> ScenarioStep? {
        guard node.mapping != nil else { problem(node, node.text ?? "", "a step is a mapping", "- id: NAME\n  add_tie: {from: A, to: B, layer: sister}"); return nil }
        let id = node["id"]?.text ?? "step at line \(document.location(of: node).line)"
        var edits: [ScenarioEdit] = []
        var locations: [SourceLocation] = []
        for (key, keyNode, value) in node.pairs where key != "id" && key != "description" {
            if key == "edits" {
                for item in value.items {
                    for (k, kn, v) in item.pairs { if let e = edit(k, keyNode: kn, value: v) { edits.append(e); locations.append(document.location(of: kn)) } }
                }
                continue
            }
            if let e = edit(key, keyNode: keyNode, value: value) { edits.append(e); locations.append(document.location(of: keyNode)) }
        }
        if edits.isEmpty && problems.isEmpty {
            problem(node, id, "step makes no edit", "one of: \(ScenarioParser.editKeys.joined(separator: ", "))")
        }
        return ScenarioStep(id: id, edits: edits, locations: locations)
    }

    mutating func edit(_ key: String, keyNode: Node, value: Node) -> ScenarioEdit? {
        var fields = Fields(node: value, reader: self)
        defer { problems = fields.reader.problems }
        switch key {
        case "add_entity":
            guard let entity = fields.entity(office: false) else { return nil }
            return .addEntity(entity)
        case "remove_entity":
            guard let id = value.text ?? fields.required("id") else { return nil }
            return .removeEntity(id: id)
        case "add_tie":
            guard let from = fields.required("from"), let to = fields.required("to"), let layer = fields.required("layer") else { return nil }
            return .addTie(Tie(from: from, to: to, layer: layer, status: fields.status("status") ?? .active, since: fields.year("since"),
                               until: fields.year("until"), weight: fields.number("weight") ?? 1, areas: fields.list("areas"),
                               source: fields.text("source") ?? "scenario \(URL(fileURLWithPath: file).lastPathComponent)",
                               note: fields.text("note")))
        case "remove_tie":
            guard let from = fields.required("from"), let to = fields.required("to"), let layer = fields.required("layer") else { return nil }
            return .removeTie(from: from, to: to, layer: layer)
        case "change_tie":
            guard let from = fields.required("from"), let to = fields.required("to"), let layer = fields.required("layer") else { return nil }
            let change = TieChangeRequest(status: fields.status("status"), since: fields.year("since"), until: fields.year("until"),
                                          areas: value["areas"] == nil ? nil : fields.list("areas"), weight: fields.number("weight"))
            return .changeTie(from: from, to: to, layer: layer, change: change)
        case "open_office":
            guard let office = fields.entity(office: true) else { return nil }
            return .openOffice(office: office, covers: fields.list("covers"), since: fields.year("since"),
                               source: fields.text("source") ?? "scenario \(URL(fileURLWithPath: file).lastPathComponent)")
        case "close_office":
            guard let id = value.text ?? fields.required("id") else { return nil }
            return .closeOffice(id: id, year: value.text == nil ? fields.year("year") : nil)
        case "activate_dormant":
            guard let entity = value.text ?? fields.required("entity") else { return nil }
            return .activateDormant(entity: entity, layers: value.text == nil ? fields.list("layers") : [])
        case "set_attribute":
            guard let entity = fields.required("entity"), let name = fields.required("name"), let v = fields.required("value") else { return nil }
            return .setAttribute(entity: entity, name: name, value: v)
        default:
            fields.reader.problem(keyNode, key, "unknown edit", "one of: \(ScenarioParser.editKeys.joined(separator: ", "))\(suggestion(key, ScenarioParser.editKeys))")
            return nil
        }
    }

    mutating func expectation(_ node: Node, variants: [String], defaultVariant: String) -> ScenarioExpectation? {
        let variant = node["variant"]?.text ?? defaultVariant
        if !variants.contains(variant) {
            problem(node["variant"], variant, "unknown variant", "one of: \(variants.joined(separator: ", "))\(suggestion(variant, variants))")
        }
        var fields = Fields(node: node, reader: self)
        defer { problems = fields.reader.problems }
        let metric: ScenarioMetric
        if let coverage = node["coverage"] {
            let c = Fields(node: coverage, reader: fields.reader)
            let layer = c.text("layer") ?? "eto"
            let bri = c.text("bri").map { ["true", "yes"].contains($0.lowercased()) } ?? false
            metric = .coverage(layer: layer, beltAndRoadOnly: bri, region: c.text("region"))
            fields.reader = c.reader
        } else if let ties = node["ties"] {
            var t = Fields(node: ties, reader: fields.reader)
            metric = .ties(layer: t.text("layer"), status: t.status("status"))
            fields.reader = t.reader
        } else if node["entities"] != nil {
            metric = .entities
        } else if node["rule_violations"] != nil {
            metric = .ruleViolations
        } else {
            fields.reader.problem(node, "", "an expectation needs a metric", "coverage: {layer: eto, bri: true}, ties: {layer: sister, status: dormant}, entities: {} or rule_violations: {}")
            return nil
        }
        let atLeast = fields.number("at_least"), atMost = fields.number("at_most")
        if atLeast == nil && atMost == nil {
            fields.reader.problem(node, "", "an expectation needs a bound", "at_least: N or at_most: N")
            return nil
        }
        return ScenarioExpectation(variant: variant, metric: metric, atLeast: atLeast, atMost: atMost, location: document.location(of: node))
    }
}

/// Typed fields of one YAML mapping.
struct Fields {
    let node: Node
    var reader: NodeReader

    mutating func required(_ key: String) -> String? {
        guard let value = node[key]?.text, !value.isEmpty else {
            reader.problem(node, key, "missing '\(key)'", "\(key): VALUE")
            return nil
        }
        return value
    }

    func text(_ key: String) -> String? { node[key]?.text }

    func list(_ key: String) -> [String] { node[key]?.items.compactMap(\.text) ?? [] }

    mutating func year(_ key: String) -> Int? {
        guard let text = node[key]?.text else { return nil }
        guard let year = Int(text), (1000...2100).contains(year) else {
            reader.problem(node[key], text, "not a year", "a year from 1000 to 2100")
            return nil
        }
        return year
    }

    mutating func number(_ key: String) -> Double? {
        guard let text = node[key]?.text else { return nil }
        guard let number = Double(text), number.isFinite else { reader.problem(node[key], text, "not a number", "a number"); return nil }
        return number
    }

    mutating func status(_ key: String) -> TieStatus? {
        guard let text = node[key]?.text else { return nil }
        guard let status = TieStatus(rawValue: text.lowercased()) else {
            reader.problem(node[key], text, "unknown status", "one of: \(TieStatus.allCases.map(\.rawValue).joined(separator: ", "))")
            return nil
        }
        return status
    }

    /// An entity from `id`, `kind`, `name`, … ; an office when `office` is set.
    mutating func entity(office: Bool) -> Entity? {
        guard let id = required("id"), let name = required("name") else { return nil }
        let kindText = text("kind") ?? (office ? "eto" : "city")
        var entity = Entity(id: id, kind: .city, name: name, nameZh: text("name_zh"), aliases: list("aliases"))
        if let kind = EntityKind(rawValue: kindText) {
            entity.kind = kind
        } else if let organisation = OrganisationKind(rawValue: kindText) {
            entity.kind = .organisation
            entity.organisationKind = organisation
        } else {
            reader.problem(node["kind"], kindText, "unknown kind",
                           "an entity kind (\(EntityKind.allCases.map(\.rawValue).joined(separator: ", "))) or an organisation kind (\(OrganisationKind.allCases.map(\.rawValue).joined(separator: ", ")))")
            return nil
        }
        if office && !(entity.organisationKind?.isOffice ?? false) {
            reader.problem(node["kind"], kindText, "an office must be of kind eto or liaison-unit", "kind: eto or kind: liaison-unit")
            return nil
        }
        if entity.kind == .organisation {
            entity.hostCityID = required("city")
            entity.representsID = text("represents")
        } else {
            entity.countryID = text("country")
            entity.provinceID = text("province")
        }
        var a = EntityAttributes(population: number("population").map { Int($0) }, level: text("level"), tags: list("tags"),
                                 since: year("since"), source: text("source") ?? "scenario \(URL(fileURLWithPath: reader.file).lastPathComponent)")
        if let lat = number("lat"), let lon = number("lon") { a.location = GeoPoint(latitude: lat, longitude: lon) }
        if let tier = text("tier") {
            if let t = CityTier(rawValue: tier) { a.tier = t } else {
                reader.problem(node["tier"], tier, "unknown tier", "one of: \(CityTier.allCases.map(\.rawValue).joined(separator: ", "))")
            }
        }
        entity.attributes = a
        return entity
    }
}

/// "; did you mean X?" when one choice is close to the value, else "".
func suggestion(_ value: String, _ choices: [String]) -> String {
    let scored = choices.map { (editDistance(Array(value.lowercased()), Array($0.lowercased())), $0) }.sorted { $0 < $1 }
    guard let best = scored.first, best.0 <= max(2, value.count / 3) else { return "" }
    return "; did you mean \(best.1)?"
}
