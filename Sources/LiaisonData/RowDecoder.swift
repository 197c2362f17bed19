import LiaisonGraph

/// Turns CSV rows into entities and ties, collecting a located problem for every bad value.
enum RowDecoder {
    static func entity(_ r: inout FieldReader, file: String, schema: TableSchema) -> Entity? {
        guard let id = r.required("id"), let name = r.required("name") else { return nil }
        if r.text("source") == nil {
            r.problems.append(ValidationProblem(location: r.row.location(of: "source"), value: "", message: "row has no source",
                expected: "a URL or a publication in column 'source'"))
        }
        var attributes = EntityAttributes(
            population: r.integer("population", range: 0...10_000_000_000), populationYear: r.year("population_year"),
            location: r.location(), tags: r.list("tags"), source: r.text("source"), confidence: r.confidence(),
            note: r.text("note"), extra: r.extras(known: schema.known))
        var entity = Entity(id: id, kind: .city, name: name, nameZh: r.text("name_zh"), aliases: r.list("aliases"), attributes: attributes)
        switch file {
        case "countries.csv":
            entity.kind = .country
            attributes.politicalStatus = r.choice("status", as: PoliticalStatus.self)
            attributes.region = r.text("region")
            attributes.subregion = r.text("subregion")
            attributes.memberships = r.list("memberships")
            attributes.prcRelations = prcRelations(&r)
            attributes.beltAndRoad = beltAndRoad(&r)
            attributes.overseasChinese = r.integer("overseas_chinese", range: 0...1_000_000_000)
            attributes.overseasChineseYear = r.year("overseas_chinese_year")
            if let alpha3 = r.text("alpha3") { entity.aliases.insert(alpha3, at: 0); attributes.extra["alpha3"] = alpha3 }
            entity.partOfID = r.text("part_of")
            if attributes.politicalStatus == .sar {
                // A special administrative region is a city of its sovereign with its own external relations.
                entity.kind = .city
                attributes.tier = .specialAdministrativeRegion
                entity.countryID = entity.partOfID
                entity.partOfID = nil
                if entity.countryID == nil {
                    r.problems.append(ValidationProblem(location: r.row.location(of: "part_of"), value: "",
                        message: "a special administrative region needs part_of", expected: "the alpha-2 code of its state, e.g. CN"))
                }
            }
        case "provinces.csv":
            entity.kind = .province
            entity.countryID = r.text("country")
        case "cities.csv":
            entity.kind = .city
            entity.countryID = r.text("country")
            entity.provinceID = r.text("province")
            attributes.tier = r.choice("tier", as: CityTier.self)
            attributes.level = r.text("level")
        default:  // organisations.csv
            entity.kind = .organisation
            entity.organisationKind = r.choice("kind", as: OrganisationKind.self, required: true)
            entity.hostCityID = r.text("city")
            entity.representsID = r.text("represents")
            attributes.since = r.year("since")
            attributes.until = r.year("until")
        }
        entity.attributes = attributes
        return entity
    }

    static func tie(_ r: inout FieldReader) -> Tie? {
        guard let from = r.required("from"), let to = r.required("to"), let layer = r.required("layer") else { return nil }
        let status = r.choice("status", as: TieStatus.self) ?? .active
        let weight = r.number("weight", range: -Double.greatestFiniteMagnitude...Double.greatestFiniteMagnitude) ?? 1
        return Tie(from: from, to: to, layer: layer, status: status, since: r.year("since"), until: r.year("until"),
                   weight: weight, areas: r.list("areas"), source: r.text("source") ?? "", confidence: r.confidence(),
                   note: r.text("note"))
    }

    private static func prcRelations(_ r: inout FieldReader) -> PRCRelations? {
        guard let value = r.text("prc_relations_since") else { return nil }
        if value.lowercased() == "none" { return PRCRelations.none }
        return r.year("prc_relations_since").map { .since($0) }
    }

    private static func beltAndRoad(_ r: inout FieldReader) -> BeltAndRoadStatus? {
        guard let value = r.text("bri_since") else { return nil }
        switch value.lowercased() {
        case "yes": return .signedYearUnknown
        case "withdrawn": return .withdrawn
        default:
            guard let year = Int(value), (2013...2100).contains(year) else {
                r.problems.append(ValidationProblem(location: r.row.location(of: "bri_since"), value: value,
                    message: "unknown Belt and Road status", expected: "a year from 2013, 'yes' (year unknown), 'withdrawn', or empty"))
                return nil
            }
            return .signed(year: year)
        }
    }
}
