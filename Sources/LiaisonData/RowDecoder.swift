import LiaisonGraph

/// Turns CSV rows into entities and ties, collecting a located problem for every bad value.
enum RowDecoder {
    /// The columns a decoder reads, looked up in one table's header once.
    struct Columns {
        let aliases: CSVColumn
        let alpha3: CSVColumn
        let areas: CSVColumn
        let briSince: CSVColumn
        let city: CSVColumn
        let country: CSVColumn
        let from: CSVColumn
        let id: CSVColumn
        let kind: CSVColumn
        let layer: CSVColumn
        let level: CSVColumn
        let memberships: CSVColumn
        let name: CSVColumn
        let nameZh: CSVColumn
        let note: CSVColumn
        let overseasChinese: CSVColumn
        let gdpUSD: CSVColumn
        let gdpYear: CSVColumn
        let overseasChineseYear: CSVColumn
        let partOf: CSVColumn
        let population: CSVColumn
        let populationYear: CSVColumn
        let prcRelationsSince: CSVColumn
        let province: CSVColumn
        let region: CSVColumn
        let represents: CSVColumn
        let since: CSVColumn
        let source: CSVColumn
        let status: CSVColumn
        let statusSince: CSVColumn
        let subregion: CSVColumn
        let tags: CSVColumn
        let tier: CSVColumn
        let to: CSVColumn
        let until: CSVColumn
        let weight: CSVColumn
        let confidence: CSVColumn
        let lat: CSVColumn
        let lon: CSVColumn
        /// The table's columns that no decoder knows, kept as free attributes.
        let extras: [CSVColumn]

        init(_ table: CSVTable, schema: TableSchema) {
            aliases = table.column("aliases")
            alpha3 = table.column("alpha3")
            areas = table.column("areas")
            briSince = table.column("bri_since")
            city = table.column("city")
            country = table.column("country")
            from = table.column("from")
            id = table.column("id")
            kind = table.column("kind")
            layer = table.column("layer")
            level = table.column("level")
            memberships = table.column("memberships")
            name = table.column("name")
            nameZh = table.column("name_zh")
            note = table.column("note")
            overseasChinese = table.column("overseas_chinese")
            gdpUSD = table.column("gdp_usd")
            gdpYear = table.column("gdp_year")
            overseasChineseYear = table.column("overseas_chinese_year")
            partOf = table.column("part_of")
            population = table.column("population")
            populationYear = table.column("population_year")
            prcRelationsSince = table.column("prc_relations_since")
            province = table.column("province")
            region = table.column("region")
            represents = table.column("represents")
            since = table.column("since")
            source = table.column("source")
            status = table.column("status")
            statusSince = table.column("status_since")
            subregion = table.column("subregion")
            tags = table.column("tags")
            tier = table.column("tier")
            to = table.column("to")
            until = table.column("until")
            weight = table.column("weight")
            confidence = table.column("confidence")
            lat = table.column("lat")
            lon = table.column("lon")
            let known = schema.known
            extras = table.header.filter { !known.contains($0) }.map { table.column($0) }
        }
    }

    /// The values of an entity table's repeating columns, kept from row to row.
    struct EntityRowCache {
        var source = RepeatedValue<String?>()
        var country = RepeatedValue<String?>()
    }

    static func entity(_ r: inout FieldReader, file: String, columns c: Columns, cache: inout EntityRowCache) -> Entity? {
        guard let id = r.identifier(c.id), let name = r.required(c.name) else { return nil }
        let source = cache.source.value(in: r.row, c.source) { [r] in r.text(c.source) }
        if source == nil {
            r.problems.append(ValidationProblem(location: r.row.location(of: c.source), value: "", message: "row has no source",
                expected: "a URL or a publication in column 'source'"))
        }
        // The attributes are made once and then changed in place inside the entity: a separate
        // copy would retain and release each of their strings.
        let attributes = EntityAttributes(
            population: r.integer(c.population, range: 0...10_000_000_000), populationYear: r.year(c.populationYear),
            location: r.location(latitude: c.lat, longitude: c.lon), tags: r.list(c.tags), source: source, confidence: r.confidence(c.confidence),
            note: r.text(c.note), extra: r.extras(c.extras))
        var entity = Entity(id: id, kind: .city, name: name, nameZh: r.text(c.nameZh), aliases: r.list(c.aliases), attributes: attributes)
        switch file {
        case "countries.csv":
            entity.kind = .country
            entity.attributes.politicalStatus = r.choice(c.status, as: PoliticalStatus.self)
            entity.attributes.region = r.text(c.region)
            entity.attributes.subregion = r.text(c.subregion)
            entity.attributes.memberships = r.list(c.memberships)
            entity.attributes.prcRelations = prcRelations(&r, c)
            entity.attributes.beltAndRoad = beltAndRoad(&r, c)
            entity.attributes.overseasChinese = r.integer(c.overseasChinese, range: 0...1_000_000_000)
            entity.attributes.overseasChineseYear = r.year(c.overseasChineseYear)
            entity.attributes.gdpUSD = r.number(c.gdpUSD, range: 0...1e15)
            entity.attributes.gdpYear = r.year(c.gdpYear)
            if let alpha3 = r.text(c.alpha3) { entity.aliases.insert(alpha3, at: 0); entity.attributes.extra["alpha3"] = alpha3 }
            entity.partOfID = r.text(c.partOf)
            if entity.attributes.politicalStatus == .sar {
                // A special administrative region is a city of its sovereign with its own external relations.
                entity.kind = .city
                entity.attributes.tier = .specialAdministrativeRegion
                entity.countryID = entity.partOfID
                entity.partOfID = nil
                if entity.countryID == nil {
                    r.problems.append(ValidationProblem(location: r.row.location(of: c.partOf), value: "",
                        message: "a special administrative region needs part_of", expected: "the alpha-2 code of its state, e.g. CN"))
                }
            }
        case "provinces.csv":
            entity.kind = .province
            entity.countryID = r.text(c.country)
        case "cities.csv":
            entity.kind = .city
            entity.countryID = cache.country.value(in: r.row, c.country) { [r] in r.text(c.country) }
            entity.provinceID = r.text(c.province)
            entity.attributes.tier = r.choice(c.tier, as: CityTier.self)
            entity.attributes.level = r.text(c.level)
        default:  // organisations.csv
            entity.kind = .organisation
            entity.organisationKind = r.choice(c.kind, as: OrganisationKind.self, required: true)
            entity.hostCityID = r.text(c.city)
            entity.representsID = r.text(c.represents)
            entity.attributes.since = r.year(c.since)
            entity.attributes.until = r.year(c.until)
        }
        return entity
    }

    /// The values of a ties table's repeating columns, kept from row to row.
    struct TieRowCache {
        var layer = RepeatedValue<Int32>()
        var areas = RepeatedValue<NetworkBuilder.AreaSymbols?>()
        var source = RepeatedValue<Int32>()
    }

    /// A tie read on any thread: every symbol the builder's snapshot knew, ``unresolved`` for
    /// the strings it did not (new IDs, sources, notes), which ``resolve(_:row:columns:builder:)``
    /// interns afterwards, in row order.
    struct DecodedTie: Sendable {
        var tie: NetworkBuilder.PendingTie
        /// Whether the snapshot knew all the tie's areas (else `tie.areas` is empty for now).
        var areasKnown: Bool
    }

    /// A symbol the snapshot did not know.
    static let unresolved = Int32.min

    /// A tie of a ties table, its strings looked up in `symbols` straight from the row's bytes.
    static func tie(_ r: inout FieldReader, columns c: Columns, symbols: NetworkBuilder.SymbolSnapshot,
                    cache: inout TieRowCache) -> DecodedTie? {
        let row = r.row
        guard let from = row.idSymbol(c.from, in: symbols, notInterned: unresolved) else { _ = r.required(c.from); return nil }
        guard let to = row.idSymbol(c.to, in: symbols, notInterned: unresolved) else { _ = r.required(c.to); return nil }
        guard !row.isEmpty(c.layer) else { _ = r.required(c.layer); return nil }
        let layer = cache.layer.value(in: row, c.layer) { symbols.layer(row[c.layer] ?? "") ?? unresolved }
        let status = r.choice(c.status, as: TieStatus.self) ?? .active
        let weight = r.number(c.weight, range: -Double.greatestFiniteMagnitude...Double.greatestFiniteMagnitude) ?? 1
        let areas = cache.areas.value(in: row, c.areas) { [r] in symbols.areas(r.list(c.areas)) }
        let source = cache.source.value(in: row, c.source) { symbols.string(row[c.source] ?? "") ?? unresolved }
        let note = r.text(c.note).map { symbols.string($0) ?? unresolved } ?? -1
        let tie = NetworkBuilder.PendingTie(from: from, to: to, layer: layer, status: status,
                                            since: TieStore.stored(r.year(c.since)), until: TieStore.stored(r.year(c.until)),
                                            statusSince: TieStore.stored(r.year(c.statusSince)),
                                            weight: weight, areas: areas ?? .none, source: source,
                                            confidence: r.confidence(c.confidence), note: note)
        return DecodedTie(tie: tie, areasKnown: areas != nil)
    }

    /// The tie with every unresolved string of its row interned in `builder`.
    static func resolve(_ decoded: DecodedTie, row: CSVRow, columns c: Columns, builder: inout NetworkBuilder) -> NetworkBuilder.PendingTie {
        var tie = decoded.tie
        if tie.from == unresolved { tie.from = row.internID(c.from, in: &builder) ?? unresolved }
        if tie.to == unresolved { tie.to = row.internID(c.to, in: &builder) ?? unresolved }
        if tie.layer == unresolved { tie.layer = builder.layerSymbol(row[c.layer] ?? "") }
        if !decoded.areasKnown { tie.areas = builder.areaSymbols(FieldReader(row).list(c.areas)) }
        if tie.source == unresolved { tie.source = builder.stringSymbol(row[c.source] ?? "") }
        if tie.note == unresolved { tie.note = builder.stringSymbol(row[c.note] ?? "") }
        return tie
    }

    private static func prcRelations(_ r: inout FieldReader, _ c: Columns) -> PRCRelations? {
        guard let value = r.text(c.prcRelationsSince) else { return nil }
        if value.lowercased() == "none" { return PRCRelations.none }
        return r.year(c.prcRelationsSince).map { .since($0) }
    }

    private static func beltAndRoad(_ r: inout FieldReader, _ c: Columns) -> BeltAndRoadStatus? {
        guard let value = r.text(c.briSince) else { return nil }
        switch value.lowercased() {
        case "yes": return .signedYearUnknown
        case "withdrawn": return .withdrawn
        default:
            guard let year = Int(value), (2013...2100).contains(year) else {
                r.problems.append(ValidationProblem(location: r.row.location(of: c.briSince), value: value,
                    message: "unknown Belt and Road status", expected: "a year from 2013, 'yes' (year unknown), 'withdrawn', or empty"))
                return nil
            }
            return .signed(year: year)
        }
    }
}
