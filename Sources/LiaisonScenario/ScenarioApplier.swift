import LiaisonAnalysis
import LiaisonGraph

/// Applies scenario steps to a network as pure edits: the base is never changed, and the result
/// is the network that building the edited dataset from scratch would give. A scenario never
/// half-applies: every edit is checked first, and any problem stops the whole scenario.
public enum ScenarioApplier {
    /// Applies the steps in order.
    /// - Throws: ``ScenarioError`` listing every problem, each at the edit that caused it.
    /// - Complexity: O(n + m) to copy the base plus O(m) per tie edit, then one build, O(n log n + m).
    /// - Parameter asOf: the date the result describes (default: the base's), `YYYY-MM-DD`.
    public static func apply(_ steps: [ScenarioStep], to base: PartnershipNetwork, asOf: String? = nil) throws(ScenarioError) -> PartnershipNetwork {
        var draft = Draft(base)
        draft.asOf = asOf ?? base.metadata.asOf
        for step in steps {
            for (edit, location) in zip(step.edits, step.locations) { draft.apply(edit, at: location) }
        }
        // Build even when an edit failed, so that every problem is reported at once.
        var problems = draft.problems
        let built: PartnershipNetwork?
        do { built = try draft.build() } catch {
            built = nil
            problems += error.problems
        }
        guard problems.isEmpty, let built else { throw ScenarioError(problems: problems.sortedByLocation()) }
        return built
    }
}

/// A mutable copy of a network's records, edited in place.
private struct Draft {
    let base: PartnershipNetwork
    var entities: [Entity]
    var entityOrigins: [RecordOrigin?]
    var position: [String: Int]
    var removedEntities = Set<Int>()
    var ties: [Tie]
    var tieOrigins: [RecordOrigin?]
    var removedTies = Set<Int>()
    var problems: [ValidationProblem] = []
    var asOf: String?

    init(_ base: PartnershipNetwork) {
        self.base = base
        entities = base.entities
        entityOrigins = Array(repeating: nil, count: base.entityCount)
        position = Dictionary(uniqueKeysWithValues: base.entities.enumerated().map { ($1.id, $0) })
        ties = Array(base.ties)
        tieOrigins = Array(repeating: nil, count: base.tieCount)
    }

    mutating func problem(_ location: SourceLocation, _ value: String, _ message: String, _ expected: String?) {
        problems.append(ValidationProblem(location: location, value: value, message: message, expected: expected))
    }

    /// An origin whose every field points at the edit, so that builder problems land on it.
    func origin(_ location: SourceLocation) -> RecordOrigin {
        let fields = ["id", "name", "country", "province", "city", "represents", "part_of", "from", "to", "layer", "status", "since", "until",
                      "weight", "areas", "source", "kind"]
        return RecordOrigin(file: location.file, line: location.line, columns: Dictionary(uniqueKeysWithValues: fields.map { ($0, location.column) }))
    }

    func live(_ id: String) -> Int? { position[id].flatMap { removedEntities.contains($0) ? nil : $0 } }

    mutating func requireEntity(_ id: String, at location: SourceLocation) -> Int? {
        if let i = live(id) { return i }
        let known = entities.enumerated().filter { !removedEntities.contains($0.offset) }.map(\.element)
        problem(location, id, "unknown entity", suggestionText(for: id, in: known))
        return nil
    }

    /// The live ties between two entities (either order) on a layer.
    func ties(between a: String, _ b: String, layer: String) -> [Int] {
        ties.indices.filter { k in
            !removedTies.contains(k) && ties[k].layer == layer && ((ties[k].from == a && ties[k].to == b) || (ties[k].from == b && ties[k].to == a))
        }
    }

    mutating func add(_ entity: Entity, at location: SourceLocation) {
        if live(entity.id) != nil {
            problem(location, entity.id, "entity already exists", "a new ID, or remove_entity first")
            return
        }
        position[entity.id] = entities.count
        entities.append(entity)
        entityOrigins.append(origin(location))
    }

    mutating func add(_ tie: Tie, at location: SourceLocation) {
        ties.append(tie)
        tieOrigins.append(origin(location))
    }

    mutating func apply(_ edit: ScenarioEdit, at location: SourceLocation) {
        switch edit {
        case let .addEntity(entity):
            add(entity, at: location)
        case let .removeEntity(id):
            guard let i = requireEntity(id, at: location) else { return }
            let dependants = entities.enumerated().filter { k, e in
                !removedEntities.contains(k) && k != i && (e.provinceID == id || e.hostCityID == id || e.representsID == id || e.partOfID == id
                    || (e.kind != .country && e.countryID == id))
            }.map(\.element.id)
            if !dependants.isEmpty {
                problem(location, id, "cannot remove an entity others lie in or act for: \(dependants.prefix(8).joined(separator: ", "))\(dependants.count > 8 ? " and \(dependants.count - 8) more" : "")",
                        "remove those first")
                return
            }
            removedEntities.insert(i)
            for k in ties.indices where ties[k].from == id || ties[k].to == id { removedTies.insert(k) }
        case let .addTie(tie):
            add(tie, at: location)
        case let .removeTie(from, to, layer):
            let found = ties(between: from, to, layer: layer)
            if found.isEmpty { problem(location, "\(from)–\(to)", "no \(layer) tie between these entities", existingTies(from, to)); return }
            removedTies.formUnion(found)
        case let .changeTie(from, to, layer, change):
            let found = ties(between: from, to, layer: layer)
            if found.isEmpty { problem(location, "\(from)–\(to)", "no \(layer) tie between these entities", existingTies(from, to)); return }
            for k in found {
                // A new status began in a year the step does not give: the old status year no longer holds.
                if let status = change.status, status != ties[k].status { ties[k].status = status; ties[k].statusSince = nil }
                if let since = change.since { ties[k].since = since }
                if let until = change.until { ties[k].until = until }
                if let areas = change.areas { ties[k].areas = areas }
                if let weight = change.weight { ties[k].weight = weight }
                tieOrigins[k] = origin(location)
            }
        case let .openOffice(office, covers, since, source):
            var office = office
            if office.attributes.since == nil { office.attributes.since = since }
            add(office, at: location)
            for place in covers {
                add(Tie(from: office.id, to: place, layer: Layer.eto.id, status: .active, since: since, source: source), at: location)
            }
        case let .closeOffice(id, year):
            guard let i = requireEntity(id, at: location) else { return }
            guard entities[i].organisationKind?.isOffice == true else {
                problem(location, id, "\(id) is not an office", "the ID of an organisation of kind eto or liaison-unit"); return
            }
            let end = year ?? base.metadata.asOfYear
            let coverage = ties.indices.filter { k in
                !removedTies.contains(k) && ties[k].layer == Layer.eto.id && (ties[k].from == id || ties[k].to == id)
            }
            // An office cannot close before it opened, nor before a country it covers was added:
            // the start years are facts, not moved to fit the closing year.
            if let end, let opened = entities[i].attributes.since, end < opened {
                problem(location, String(end), "\(id) would close in \(end), before it opened in \(opened)", "a year of \(opened) or later"); return
            }
            if let end, let late = coverage.first(where: { (ties[$0].since ?? .min) > end }) {
                let other = ties[late].from == id ? ties[late].to : ties[late].from
                problem(location, String(end), "\(id) would close in \(end), before its coverage of \(other) began in \(ties[late].since!)",
                        "a year of \(ties[late].since!) or later"); return
            }
            entities[i].attributes.until = end
            entityOrigins[i] = origin(location)
            for k in coverage {
                ties[k].status = .ended
                ties[k].until = end
                ties[k].statusSince = nil
                tieOrigins[k] = origin(location)
            }
        case let .activateDormant(entity, layers):
            guard requireEntity(entity, at: location) != nil else { return }
            let agents = Set(base.agents(of: entity)).union(entities.filter { $0.representsID == entity }.map(\.id))
            for k in ties.indices where !removedTies.contains(k) && ties[k].status == .dormant
                && (agents.contains(ties[k].from) || agents.contains(ties[k].to)) && (layers.isEmpty || layers.contains(ties[k].layer)) {
                ties[k].status = .active
                ties[k].statusSince = nil
                tieOrigins[k] = origin(location)
            }
        case let .setAttribute(id, name, value):
            guard let i = requireEntity(id, at: location) else { return }
            if let message = EntityAttributeSetter.set(name, to: value, on: &entities[i]) {
                problem(location, EntityAttributeSetter.structural.contains(name) ? name : value, message, nil)
            }
            entityOrigins[i] = origin(location)
        }
    }

    func existingTies(_ a: String, _ b: String) -> String {
        let layers = ties.indices.filter { !removedTies.contains($0) && ((ties[$0].from == a && ties[$0].to == b) || (ties[$0].from == b && ties[$0].to == a)) }.map { ties[$0].layer }
        return layers.isEmpty ? "an existing tie (the two entities have none)" : "a layer they are tied on: \(layers.joined(separator: ", "))"
    }

    func build() throws(NetworkError) -> PartnershipNetwork {
        var metadata = base.metadata
        metadata.asOf = asOf
        var builder = NetworkBuilder(metadata: metadata)
        for layer in base.layers.dropFirst(Layer.builtIn.count) { builder.define(layer) }
        for area in base.areas.dropFirst(ExchangeArea.builtIn.count) { builder.define(area: area) }
        for (i, entity) in entities.enumerated() where !removedEntities.contains(i) { builder.add(entity, origin: entityOrigins[i]) }
        for (k, tie) in ties.enumerated() where !removedTies.contains(k) { builder.add(tie, origin: tieOrigins[k]) }
        return try builder.build()
    }
}
