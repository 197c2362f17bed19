import LiaisonGraph

/// The value checks the CSV loader makes on its fields (``FieldReader``), made on a JSON export's
/// decoded values: years 1000 to 2100, latitudes within ±90 and longitudes within ±180,
/// populations of 0 or more, a calendar as-of date, a finite tie weight.
enum JSONValueChecks {
    static let years = 1000...2100

    static func metadata(_ m: MetadataDTO, at positions: JSONPositions) -> [ValidationProblem] {
        guard let asOf = m.asOf else {
            // Required, as `as_of` is in dataset.yaml: shown at the metadata's first key.
            let first = positions.metadata.values.min { ($0.line, $0.column) < ($1.line, $1.column) }
            return [ValidationProblem(location: first ?? SourceLocation(file: positions.file, line: 1, column: 1), value: "",
                                      message: "metadata has no asOf",
                                      expected: "\"asOf\": \"YYYY-MM-DD\", the date the facts are current as of (required, as as_of is in dataset.yaml)")]
        }
        guard !DatasetManifest.isDate(asOf) else { return [] }
        return [ValidationProblem(location: positions.metadata["asOf"] ?? SourceLocation(file: positions.file, line: 1, column: 1),
                                  value: asOf, message: "asOf is not a date", expected: "a date as YYYY-MM-DD, e.g. 2026-06-30")]
    }

    static func entity(_ e: EntityDTO, _ k: Int, at positions: JSONPositions) -> [ValidationProblem] {
        var found: [ValidationProblem] = []
        func check(_ field: String, _ value: (some Numeric & Comparable & CustomStringConvertible)?, _ range: ClosedRange<Double>, _ expected: String) {
            guard let value, let number = Double(value.description), !range.contains(number) || !number.isFinite else { return }
            found.append(ValidationProblem(location: positions.location("entities", k, field: field), value: value.description,
                                           message: "\(field) out of range", expected: expected))
        }
        let year = Double(years.lowerBound)...Double(years.upperBound), yearWords = "a year from 1000 to 2100"
        check("latitude", e.latitude, -90...90, "a latitude from -90 to 90")
        check("longitude", e.longitude, -180...180, "a longitude from -180 to 180")
        check("population", e.population, 0...10_000_000_000, "a whole number from 0 to 10000000000")
        check("overseasChinese", e.overseasChinese, 0...1_000_000_000, "a whole number from 0 to 1000000000")
        for (field, value) in [("populationYear", e.populationYear), ("overseasChineseYear", e.overseasChineseYear), ("since", e.since), ("until", e.until)] {
            check(field, value, year, yearWords)
        }
        for (field, value) in [("prcRelationsSince", e.prcRelationsSince), ("beltAndRoad", e.beltAndRoad)] {
            guard let value, !["none", "yes", "withdrawn"].contains(value) else { continue }
            if Int(value).map(years.contains) != true {
                found.append(ValidationProblem(location: positions.location("entities", k, field: field), value: value,
                    message: "\(field) is not a year", expected: field == "beltAndRoad" ? "a year, yes or withdrawn" : "a year or none"))
            }
        }
        if (e.latitude == nil) != (e.longitude == nil) {
            found.append(ValidationProblem(location: positions.location("entities", k, field: e.latitude == nil ? "longitude" : "latitude"),
                value: "", message: "a latitude without a longitude, or the other way round", expected: "both or neither"))
        }
        return found
    }

    static func tie(_ t: TieDTO, _ k: Int, at positions: JSONPositions) -> [ValidationProblem] {
        var found: [ValidationProblem] = []
        for (field, value) in [("since", t.since), ("until", t.until), ("statusSince", t.statusSince)] {
            guard let value, !years.contains(value) else { continue }
            found.append(ValidationProblem(location: positions.location("ties", k, field: field), value: String(value),
                                           message: "\(field) out of range", expected: "a year from 1000 to 2100"))
        }
        if !t.weight.isFinite {
            found.append(ValidationProblem(location: positions.location("ties", k, field: "weight"), value: String(t.weight),
                                           message: "weight is not a finite number", expected: "a number"))
        }
        return found
    }
}
