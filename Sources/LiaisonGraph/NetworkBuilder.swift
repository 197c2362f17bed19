/// Collects entities, ties, layers and areas, checks them all, and builds a ``PartnershipNetwork``.
///
/// The builder reports every problem at once: duplicate IDs, unknown references, containment
/// that disagrees (a city in a province of another country), self-ties, unknown layers or areas,
/// and impossible years. A record added with a ``RecordOrigin`` gets problems that name its file,
/// line and the column of the bad field.
public struct NetworkBuilder: Sendable {
    /// The network's name, date, focus and peers.
    public var metadata: NetworkMetadata
    private var layers: [Layer] = Layer.builtIn
    private var areas: [String] = ExchangeArea.builtIn
    private var entities: [Entity] = []
    private var entityOrigins: [RecordOrigin?] = []
    /// Whether each entity is a row of the dataset's own tables or of an included folder's.
    private var entityPrecedence: [RecordPrecedence] = []
    /// Each entity's ID as a symbol of `ids`, which ties' ends share.
    private var entitySymbols: [Int32] = []
    /// Ties as added, column by column: ends are ID symbols, layers layer symbols, areas a mask
    /// of area symbols, so that a tie costs some twenty bytes however long its strings.
    private var pending = TieStore()
    private var strings = StringTable()
    private var ids = SymbolTable()
    private var layerNames = StringTable()
    private var areaNames = StringTable()
    /// Area lists of ties that name more than 64 different areas (all of them problems).
    private var overflowAreas: [Int: [String]] = [:]
    /// Where each tie came from: a locator's position in `locators` (-1: none) and its record.
    private var tieLocator: [Int32] = []
    private var tieRecord: [Int32] = []
    private var locators: [any RecordLocator] = []
    private var extraProblems: [ValidationProblem] = []

    /// Starts an empty builder with the built-in layers and areas.
    public init(metadata: NetworkMetadata = NetworkMetadata()) {
        self.metadata = metadata
    }

    /// Adds a layer beyond the built-in ones; a second layer with the same ID is a problem.
    public mutating func define(_ layer: Layer, origin: RecordOrigin? = nil) {
        if layers.contains(where: { $0.id == layer.id }) {
            extraProblems.append(ValidationProblem(location: origin?.location(ofField: "id"), value: layer.id,
                message: "layer defined twice", expected: "each layer ID once"))
            return
        }
        layers.append(layer)
    }

    /// Adds an exchange area beyond the built-in ones; defining one twice is harmless.
    public mutating func define(area: String, origin: RecordOrigin? = nil) {
        if areas.contains(area) { return }
        if areas.count == 64 {
            extraProblems.append(ValidationProblem(location: origin?.location(ofField: nil), value: area,
                message: "too many exchange areas", expected: "at most 64 areas in one network"))
            return
        }
        areas.append(area)
    }

    /// Room for this many more entities and ties, when the caller knows.
    public mutating func reserve(entities entityCount: Int = 0, ties tieCount: Int = 0) {
        entities.reserveCapacity(entities.count + entityCount)
        entityOrigins.reserveCapacity(entityOrigins.count + entityCount)
        entityPrecedence.reserveCapacity(entityPrecedence.count + entityCount)
        entitySymbols.reserveCapacity(entitySymbols.count + entityCount)
        pending.reserve(pending.count + tieCount)
        ids.reserve(ids.count + entityCount)
        tieLocator.reserveCapacity(tieLocator.count + tieCount)
        tieRecord.reserveCapacity(tieRecord.count + tieCount)
    }

    /// Adds an entity: a row of the dataset's own tables unless `precedence` says it comes from an
    /// included folder (see ``build()`` for what happens when two records share an ID).
    // Owned, so that the loader's entity moves in without a copy; `consuming` says the same but
    // crashes Swift 6.3's move-only checker on this function.
    public mutating func add(_ entity: __owned Entity, origin: RecordOrigin? = nil, precedence: RecordPrecedence = .own) {
        entitySymbols.append(ids.intern(entity.id))
        entities.append(entity)
        entityOrigins.append(origin)
        entityPrecedence.append(precedence)
    }

    /// Adds a tie.
    public mutating func add(_ tie: Tie, origin: RecordOrigin? = nil) {
        add(PendingTie(from: ids.intern(tie.from), to: ids.intern(tie.to), layer: layerSymbol(tie.layer), status: tie.status,
                       since: TieStore.stored(tie.since), until: TieStore.stored(tie.until),
                       statusSince: TieStore.stored(tie.statusSince), weight: tie.weight,
                       areas: areaSymbols(tie.areas), source: stringSymbol(tie.source), confidence: tie.confidence,
                       note: tie.note.map { stringSymbol($0) } ?? -1), origin: origin)
    }

    /// A tie whose strings are already symbols of this builder: what a loader adds when it reads
    /// ties straight from a file's bytes.
    package struct PendingTie: Sendable {
        package var from: Int32, to: Int32, layer: Int32
        package var status: TieStatus
        package var since: Int16, until: Int16, statusSince: Int16
        package var weight: Double
        package var areas: AreaSymbols
        package var source: Int32
        package var confidence: Confidence?
        package var note: Int32

        package init(from: Int32, to: Int32, layer: Int32, status: TieStatus, since: Int16, until: Int16, statusSince: Int16,
                     weight: Double, areas: AreaSymbols, source: Int32, confidence: Confidence?, note: Int32) {
            self.from = from; self.to = to; self.layer = layer; self.status = status; self.since = since; self.until = until
            self.statusSince = statusSince
            self.weight = weight; self.areas = areas; self.source = source; self.confidence = confidence; self.note = note
        }
    }

    /// The areas a tie names: a mask over the first 64 area symbols, the rest by name.
    package struct AreaSymbols: Sendable {
        package var mask: UInt64 = 0
        package var overflow: [String] = []
        /// No areas.
        package static let none = AreaSymbols()
    }

    /// The symbol of an entity ID, from its UTF-8 bytes.
    package mutating func idSymbol(_ bytes: UnsafeBufferPointer<UInt8>) -> Int32 { unsafe ids.intern(bytes) }
    /// The symbol of an entity ID.
    package mutating func idSymbol(_ id: String) -> Int32 { ids.intern(id) }
    /// The symbol of a layer ID.
    package mutating func layerSymbol(_ layer: String) -> Int32 { layerNames.intern(layer) }
    /// The symbol of a source or a note.
    package mutating func stringSymbol(_ text: String) -> Int32 { strings.intern(text) }
    /// The symbols of a list of exchange areas.
    package mutating func areaSymbols(_ areas: [String]) -> AreaSymbols {
        Self.areaSymbols(areas) { areaNames.intern($0) }!
    }

    /// The areas' symbols as `symbol` gives them, the first 64 in the mask; nil as soon as
    /// `symbol` has none for an area.
    private static func areaSymbols(_ areas: [String], _ symbol: (String) -> Int32?) -> AreaSymbols? {
        var result = AreaSymbols()
        for area in areas {
            guard let k = symbol(area) else { return nil }
            if k < 64 { result.mask |= 1 << UInt64(k) } else { result.overflow.append(area) }
        }
        return result
    }

    /// The builder's symbols as they stand, for looking strings up from other threads while the
    /// builder waits; a string not yet interned is nil there, and is interned afterwards. The small
    /// tables (layers, areas, sources and notes) are value copies, shared by their storage; the ID
    /// table is a view valid only inside ``withSymbols(_:)``.
    package struct SymbolSnapshot: Sendable {
        fileprivate let ids: SymbolTable.View
        fileprivate let layers: StringTable
        fileprivate let areaNames: StringTable
        fileprivate let strings: StringTable

        /// The symbol of an entity ID, from its bytes.
        package func id(_ bytes: UnsafeBufferPointer<UInt8>) -> Int32? { unsafe ids.find(bytes) }
        /// The symbol of a layer ID.
        package func layer(_ layer: String) -> Int32? { layers.find(layer) }
        /// The symbol of a source or a note.
        package func string(_ text: String) -> Int32? { strings.find(text) }
        /// The symbols of a list of areas, when every one is known.
        package func areas(_ names: [String]) -> AreaSymbols? {
            NetworkBuilder.areaSymbols(names) { areaNames.find($0) }
        }
    }

    /// Calls `body` with the symbols interned so far; the builder must not change meanwhile.
    package func withSymbols<R>(_ body: (SymbolSnapshot) -> R) -> R {
        ids.withView { body(SymbolSnapshot(ids: $0, layers: layerNames, areaNames: areaNames, strings: strings)) }
    }

    /// Adds a tie whose strings are symbols of this builder.
    package mutating func add(_ tie: PendingTie, origin: RecordOrigin? = nil) {
        if !tie.areas.overflow.isEmpty { overflowAreas[pending.count] = tie.areas.overflow }
        pending.from.append(tie.from)
        pending.to.append(tie.to)
        pending.layer.append(UInt16(truncatingIfNeeded: tie.layer))
        pending.status.append(tie.status)
        pending.since.append(tie.since)
        pending.until.append(tie.until)
        pending.statusSince.append(tie.statusSince)
        pending.weight.append(tie.weight)
        pending.areas.append(tie.areas.mask)
        pending.source.append(tie.source)
        pending.confidence.append(tie.confidence)
        pending.note.append(tie.note)
        if let origin {
            if locators.last !== origin.locator { locators.append(origin.locator) }
            tieLocator.append(Int32(locators.count - 1))
            tieRecord.append(Int32(truncatingIfNeeded: origin.record))
        } else {
            tieLocator.append(-1)
            tieRecord.append(0)
        }
    }

    /// Records a problem found by a loader, so that it is reported with the builder's own.
    public mutating func report(_ problem: ValidationProblem) {
        extraProblems.append(problem)
    }

    /// The number of entities added so far.
    public var entityCount: Int { entities.count }
    /// The number of ties added so far.
    public var tieCount: Int { pending.count }

    /// Checks everything and builds the network.
    ///
    /// Building consumes the builder: its records move into the network without being copied
    /// (a builder used again afterwards is copied first).
    /// - Throws: ``NetworkError`` listing every problem, sorted by location.
    /// - Complexity: O(n log n + m), n entities and m ties.
    public consuming func build() throws(NetworkError) -> PartnershipNetwork {
        var problems = extraProblems

        // Entities, sorted by ID. Sorting by (ID, position added) puts the records of one ID side by
        // side, the first one first. Records of one ID: a row of the dataset's own tables is merged
        // over the included row (intended: the dataset refines a shared table, counted in
        // `metadata.mergedIncludedRecords`); included rows that agree are one fact reached twice,
        // ones that differ are a conflict between the included folders; two own rows are a duplicate.
        var sorted = entities
        entities = []
        var order = Array(sorted.indices)
        unsafe sorted.withUnsafeBufferPointer { all in
            order.sort { unsafe all[$0].id != all[$1].id ? all[$0].id < all[$1].id : $0 < $1 }
        }
        var kept: [Int] = []
        kept.reserveCapacity(sorted.count)
        var merged = 0
        var start = 0
        while start < order.count {
            var end = start + 1
            while end < order.count && sorted[order[end]].id == sorted[order[start]].id { end += 1 }
            defer { start = end }
            if end == start + 1 { kept.append(order[start]); continue }
            let group = order[start..<end]
            let own = group.filter { entityPrecedence[$0] == .own }
            let included = group.filter { entityPrecedence[$0] == .included }
            func firstAt(_ i: Int) -> String { entityOrigins[i].map { " (first at \($0.location(ofField: "id")))" } ?? "" }
            if let first = included.first {
                for i in included.dropFirst() where sorted[i] != sorted[first] {
                    problems.append(ValidationProblem(location: entityOrigins[i]?.location(ofField: "id"), value: sorted[i].id,
                        message: "ID defined differently by two included folders\(firstAt(first))",
                        expected: "one definition of each ID across the included folders (a dataset's own row may refine an included one)"))
                }
            }
            for i in own.dropFirst() {
                problems.append(ValidationProblem(location: entityOrigins[i]?.location(ofField: "id"), value: sorted[i].id,
                    message: "duplicate ID\(firstAt(own[own.startIndex]))", expected: "each ID once in the dataset's own tables"))
            }
            guard let mine = own.first else { kept.append(included[included.startIndex]); continue }
            kept.append(mine)
            guard let theirs = included.first else { continue }
            guard sorted[mine].kind == sorted[theirs].kind else {
                problems.append(ValidationProblem(location: entityOrigins[mine]?.location(ofField: "id"), value: sorted[mine].id,
                    message: "ID is a \(sorted[mine].kind.rawValue) here but a \(sorted[theirs].kind.rawValue) in an included folder\(firstAt(theirs))",
                    expected: "a row that refines an included row of the same kind, or another ID"))
                continue
            }
            sorted[mine] = sorted[mine].merged(over: sorted[theirs])
            merged += 1
        }
        metadata.mergedIncludedRecords = merged
        Self.permute(&sorted, into: kept)
        // Every ID, of an entity or a tie's end, is a symbol; the entities' positions by symbol
        // give the ID index without hashing an ID again (-1: no such entity, a problem below).
        var indexOfSymbol = [Int32](repeating: -1, count: ids.count)
        for (position, i) in kept.enumerated() { indexOfSymbol[Int(entitySymbols[i])] = Int32(position) }
        let indexByID = IDIndex(symbols: ids, positionOfSymbol: indexOfSymbol)
        let suggester = SuggestionIndex()
        // Containers first, so that a city's country (from its province) is known before its
        // organisations ask for it. A check reads fields in place and writes back only the
        // country it fills in, so no entity is copied.
        for kind in EntityKind.allCases {
            for (position, i) in kept.enumerated() where sorted[position].kind == kind {
                if let country = Self.checkContainment(of: position, in: sorted, origin: entityOrigins[i], indexByID: indexByID,
                                                       suggester: suggester, into: &problems) {
                    sorted[position].countryID = country
                }
            }
        }

        // Ties: symbols become entity, layer and area positions; a tie with a problem is dropped.
        let asOfYear = metadata.asOfYear
        let layerIndex = Dictionary(uniqueKeysWithValues: layers.enumerated().map { ($1.id, UInt16($0)) })
        let layerOfSymbol = layerNames.strings.map { layerIndex[$0] }
        let areaIndex = Dictionary(uniqueKeysWithValues: areas.enumerated().map { ($1, $0) })
        let areaOfSymbol = areaNames.strings.map { areaIndex[$0] }
        let emptySource = strings.strings.map(\.isEmpty)
        var store = pending
        pending = TieStore()
        // The position each kept tie had when added, to locate a duplicate found among them.
        var addedPosition: [Int32] = []
        addedPosition.reserveCapacity(store.count)
        for t in 0..<store.count {
            let before = problems.count
            func problem(_ field: String, _ value: String, _ message: String, _ expected: String?) {
                let origin = tieLocator[t] < 0 ? nil : RecordOrigin(locator: locators[Int(tieLocator[t])], record: Int(tieRecord[t]))
                problems.append(ValidationProblem(location: origin?.location(ofField: field), value: value,
                    message: message, expected: expected))
            }
            // The ends' IDs as text only for a problem's words: making them for every tie costs.
            func fromID() -> String { ids[store.from[t]] }
            func toID() -> String { ids[store.to[t]] }
            let from = indexOfSymbol[Int(store.from[t])], to = indexOfSymbol[Int(store.to[t])]
            if from < 0 { problem("from", fromID(), "unknown entity", suggester.text(for: fromID(), in: sorted)) }
            if to < 0 { problem("to", toID(), "unknown entity", suggester.text(for: toID(), in: sorted)) }
            if store.from[t] == store.to[t] { problem("to", toID(), "tie from an entity to itself", "two different entities") }
            let layer = layerOfSymbol[Int(store.layer[t])]
            if layer == nil {
                problem("layer", layerNames[Int32(store.layer[t])], "unknown layer",
                        "known layers: \(layers.map(\.id).joined(separator: ", ")), or define it in dataset.yaml")
            }
            var mask: UInt64 = 0
            var symbols = store.areas[t]
            while symbols != 0 {
                let symbol = symbols.trailingZeroBitCount
                symbols &= symbols - 1
                if let k = areaOfSymbol[symbol] { mask |= 1 << UInt64(k) } else {
                    problem("areas", areaNames[Int32(symbol)], "unknown exchange area",
                            "known areas: \(areas.joined(separator: ", ")), or define it in dataset.yaml")
                }
            }
            for area in overflowAreas.isEmpty ? [] : overflowAreas[t] ?? [] {
                problem("areas", area, "unknown exchange area", "known areas: \(areas.joined(separator: ", ")), or define it in dataset.yaml")
            }
            let since = TieStore.year(store.since[t]), until = TieStore.year(store.until[t])
            if let since, let until, since > until {
                problem("since", String(since), "tie starts after it ends (until \(until))", "a start year no later than the end year")
            }
            if let since, let asOfYear, since > asOfYear {
                problem("since", String(since), "tie starts after the dataset's as-of date \(metadata.asOf ?? "")", "a year up to \(asOfYear)")
            }
            if let statusSince = TieStore.year(store.statusSince[t]) {
                checkStatusSince(statusSince, since: since, until: until, status: store.status[t], asOfYear: asOfYear) {
                    problem("status_since", String(statusSince), $0, $1)
                }
            }
            let weight = store.weight[t]
            if !(weight > 0 && weight.isFinite) {
                problem("weight", String(weight), "weight is not a positive number", "a positive number, or empty for 1")
            }
            if emptySource[Int(store.source[t])] { problem("source", "", "tie has no source", "a URL or a publication") }
            guard problems.count == before, let layer else { continue }
            store.place(t, at: addedPosition.count, from: from, to: to, layer: layer, areas: mask)
            addedPosition.append(Int32(t))
        }
        store.truncate(to: addedPosition.count)
        for (field, id) in [("focus", metadata.focusID)] + metadata.peerIDs.map({ ("peers", Optional($0)) }) {
            if let id, indexByID[id] == nil {
                problems.append(ValidationProblem(location: nil, value: id, message: "unknown \(field) entity",
                    expected: suggester.text(for: id, in: sorted)))
            }
        }
        let network = PartnershipNetwork(metadata: metadata, layers: layers, areas: areas, entities: sorted,
                                         tieStore: store, strings: strings, indexByID: indexByID)
        // Two rows for one pair, layer and start year: each layer's adjacency lists a node's ties
        // to one neighbour side by side, so duplicates are found without hashing every tie.
        for (layer, adjacency) in network.adjacency.enumerated() {
            for kept in adjacency.repeatedTies(key: { store.since[Int($0)] }) {
                let t = Int(addedPosition[Int(kept)])
                let origin = tieLocator[t] < 0 ? nil : RecordOrigin(locator: locators[Int(tieLocator[t])], record: Int(tieRecord[t]))
                let fromID = network.entities[Int(store.from[Int(kept)])].id, toID = network.entities[Int(store.to[Int(kept)])].id
                problems.append(ValidationProblem(location: origin?.location(ofField: "to"), value: toID,
                    message: "duplicate tie between \(fromID) and \(toID) on layer \(layers[layer].id)", expected: "one row per pair, layer and start year"))
            }
        }
        guard problems.isEmpty else {
            throw NetworkError(problems: problems.sortedByLocation())
        }
        return network
    }

    /// Reports, through `problem(message, expected)`, a status year before the start, after the
    /// end or the as-of year, or different from the end year of an ended tie.
    private func checkStatusSince(_ year: Int, since: Int?, until: Int?, status: TieStatus, asOfYear: Int?,
                                  problem: (String, String) -> Void) {
        if let since, year < since {
            problem("status begins before the tie starts (since \(since))", "a year from \(since), the start year, on")
        }
        if let until, status == .ended, year != until {
            problem("an ended tie's status begins when it ends (until \(until))", "\(until), or empty")
        } else if let until, year > until {
            problem("status begins after the tie ends (until \(until))", "a year up to \(until)")
        }
        if let asOfYear, year > asOfYear {
            problem("status begins after the dataset's as-of date \(metadata.asOf ?? "")", "a year up to \(asOfYear)")
        }
    }

    /// Reorders `items` in place so that position `p` holds the item that was at `kept[p]`, and
    /// drops the rest; items are moved bit for bit, never copied (a copy would retain and
    /// release every string of an entity).
    private static func permute(_ items: inout [Entity], into kept: [Int]) {
        // After the swaps, the item first at `kept[p]` is at `p`: follow each cycle of the
        // permutation, tracking where every original item now sits.
        var positionOf = Array(items.indices)   // original index -> current position
        var originalAt = Array(items.indices)   // current position -> original index
        let spare = UnsafeMutablePointer<Entity>.allocate(capacity: 1)
        defer { unsafe spare.deallocate() }
        unsafe items.withUnsafeMutableBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            for (p, original) in kept.enumerated() {
                let current = positionOf[original]
                guard current != p else { continue }
                unsafe spare.moveInitialize(from: base + p, count: 1)
                unsafe (base + p).moveInitialize(from: base + current, count: 1)
                unsafe (base + current).moveInitialize(from: spare, count: 1)
                let displaced = originalAt[p]
                originalAt[current] = displaced
                positionOf[displaced] = current
                originalAt[p] = original
                positionOf[original] = p
            }
        }
        items.removeLast(items.count - kept.count)
    }

    /// Checks that the containment references of the entity at `position` exist, have the right
    /// kinds and agree; returns the country to fill in (a city's from its province, an
    /// organisation's from its host city, a country's own), or nil to leave it.
    private static func checkContainment(of position: Int, in all: [Entity], origin: RecordOrigin?,
                                         indexByID: IDIndex, suggester: SuggestionIndex, into problems: inout [ValidationProblem]) -> String?? {
        func lookUp(_ id: String?, field: String, kinds: [EntityKind]) -> Int? {
            guard let id else { return nil }
            guard let i = indexByID[id].map(Int.init) else {
                problems.append(ValidationProblem(location: origin?.location(ofField: field), value: id,
                    message: "unknown \(kinds.map(\.rawValue).joined(separator: " or "))", expected: suggester.text(for: id, in: all, kinds: kinds)))
                return nil
            }
            guard kinds.contains(all[i].kind) else {
                problems.append(ValidationProblem(location: origin?.location(ofField: field), value: id,
                    message: "\(id) is a \(all[i].kind.rawValue), not a \(kinds.map(\.rawValue).joined(separator: " or "))", expected: nil))
                return nil
            }
            return i
        }
        let id = all[position].id
        switch all[position].kind {
        case .country:
            _ = lookUp(all[position].partOfID, field: "part_of", kinds: [.country])
            return all[position].countryID == nil ? .some(id) : nil
        case .province:
            if all[position].countryID == nil {
                problems.append(ValidationProblem(location: origin?.location(ofField: "country"), value: "",
                    message: "province \(id) has no country", expected: "an ISO 3166-1 alpha-2 code"))
            }
            _ = lookUp(all[position].countryID, field: "country", kinds: [.country])
            return nil
        case .city:
            let countryID = all[position].countryID
            let country = lookUp(countryID, field: "country", kinds: [.country])
            var filled: String? = nil
            if let province = lookUp(all[position].provinceID, field: "province", kinds: [.province]) {
                let provinceCountry = all[province].countryID
                if countryID == nil { filled = provinceCountry }
                if let country, provinceCountry != all[country].id {
                    problems.append(ValidationProblem(location: origin?.location(ofField: "province"), value: all[province].id,
                        message: "city \(id) is in country \(all[country].id) but its province is in \(provinceCountry ?? "no country")",
                        expected: "a province of \(all[country].id)"))
                }
            }
            if countryID == nil && filled == nil {
                problems.append(ValidationProblem(location: origin?.location(ofField: "country"), value: "",
                    message: "city \(id) has no country", expected: "an ISO 3166-1 alpha-2 code"))
            }
            return filled.map { .some($0) }
        case .organisation:
            if all[position].hostCityID == nil {
                problems.append(ValidationProblem(location: origin?.location(ofField: "city"), value: "",
                    message: "organisation \(id) has no host city", expected: "the ID of a city"))
            }
            let city = lookUp(all[position].hostCityID, field: "city", kinds: [.city])
            _ = lookUp(all[position].representsID, field: "represents", kinds: EntityKind.allCases)
            if let city { return .some(all[city].countryID) }
            return nil
        }
    }
}

extension Array where Element == ValidationProblem {
    /// Sorted by location (problems without one last), then by message, so reports are stable.
    package func sortedByLocation() -> [ValidationProblem] {
        sorted { a, b in
            switch (a.location, b.location) {
            case let (x?, y?) where x != y: return x < y
            case (nil, _?): return false
            case (_?, nil): return true
            default: return (a.message, a.value) < (b.message, b.value)
            }
        }
    }
}
