extension MapCatalogue {
    /// The English words of a drawing.
    static func english(_ message: MapMessage) -> String {
        switch message {
        case let .subtitle(entities, ties, layout): return "\(entities) entities, \(ties) ties · layout \(layout)"
        case let .asOf(date): return " · as of \(date)"
        case .entitiesHeading: return "Entities"
        case .tiesHeading: return "Ties, by colour"
        case .statusHeading: return "Status, by line"
        case .notesHeading: return "Notes"
        case .changesHeading: return "Changes"
        case .changesNone: return "Changes: none"
        case .none: return "none"
        case let .shape(shape): return shape
        case let .kindRow(kind, shape, count): return "\(kind) (\(shape)): \(count)"
        case .officeArrow: return " (office → place)"
        case let .valueRow(label, value): return "\(label): \(value)"
        case let .representsRow(count): return "office represents (not a tie): \(count)"
        case let .added(ties, entities): return "added: \(ties) ties, \(entities) entities"
        case let .removed(ties, entities): return "removed: \(ties) ties, \(entities) entities"
        case let .statusChanged(ties): return "status changed: \(ties) ties"
        case .unchanged: return "unchanged (faded)"
        case .bordersToo: return "entity borders show the same colours"
        case .measureUniform: return "uniform"
        case .measureDegree: return "degree"
        case .measureStrength: return "strength"
        case .measurePopulation: return "population"
        case let .size(measure, low, high): return "size: \(measure) (\(low)–\(high))"
        case let .focus(name): return "focus: \(name)"
        case .peer: return "double border: peer"
        case let .labelsShown(shown, hidden): return "names on \(shown) (focus, peers, changed, largest); \(hidden) hidden, in tooltips"
        case let .projection(projection):
            switch projection {
            case .equirectangular: return "equirectangular projection"
            case .mercator: return "Mercator projection"
            case .robinson: return "Robinson projection"
            case .equalEarth: return "Equal Earth projection (equal-area)"
            }
        case let .centred(degrees, east): return "centred on \(degrees)°" + (east ? "E" : "W")
        case .basemapCredit: return "land: Natural Earth 1:110m"
        case .longTies: return "long ties along great circles"
        case .bundled: return "ties sharing a corridor bundled"
        case let .borrowed(count): return "\(count) without a location of their own drawn at their host city, their province's seat or their country's centre"
        case let .unplaced(count): return "\(count) with no location anywhere: in a row along the map's bottom edge"
        case let .isolatedLeftOut(count): return "\(count) entities with no tie in this view left out"
        case let .folded(entities, tables): return "lists of entities with the same ties: \(tables) (\(entities) entities), each shared tie drawn once with its count"
        case let .colour(name): return name

        case let .officeLabel(host): return "ETO " + host

        case let .population(figure, year): return "population \(figure)" + (year.map { " (\($0))" } ?? "")
        case let .memberOf(groupings): return "member of " + groupings.joined(separator: ", ")
        case let .prcRelationsSince(year): return "relations with the PRC since \(year)"
        case .noPRCRelations: return "no diplomatic relations with the PRC"
        case let .beltAndRoadSigned(year): return "Belt and Road document signed \(year)"
        case .beltAndRoadSignedYearUnknown: return "Belt and Road document signed"
        case .beltAndRoadWithdrawn: return "left the Belt and Road"
        case let .overseasChinese(figure, year): return "overseas Chinese \(figure)" + (year.map { " (\($0))" } ?? "")
        case let .open(years): return "open " + years
        case let .strengths(tags): return "strengths: " + tags.joined(separator: ", ")
        case .unknown: return "unknown"
        case let .drawnBeside(name): return "no location of its own: drawn beside " + name
        case .addedInChange: return "ADDED in this change"
        case .removedInChange: return "REMOVED in this change"
        case let .statusChange(from, to): return "status changed: \(from) → \(to)"
        case let .confidence(level): return "confidence: " + level
        case let .source(text): return "source: " + text
        case let .since(year): return "since \(year)"
        case let .until(year): return "until \(year)"
        case let .weight(value): return "weight " + value
        case let .areas(areas): return "areas: " + areas.joined(separator: ", ")
        case .territory: return "territory"
        case let .partOf(name): return "part of " + name
        case let .regions(names): return names.joined(separator: ", ")
        case let .provinceOf(country): return "province of " + country
        case let .cityIn(places): return "city in " + places.joined(separator: ", ")
        case let .organisationIn(kind, host): return "\(kind) in \(host)"
        case let .representing(name): return " · represents " + name
        case let .represents(office, represented): return "\(office) represents \(represented)"
        }
    }
}
