import LiaisonGraph

/// Land and country borders drawn under a map: Natural Earth's admin-0 countries at 1:110m,
/// carried in the source (`Basemap+NaturalEarth110.swift`, made by `scripts/build_basemap.py`).
///
/// At this scale small states (Singapore, Malta, Bahrain, the Pacific islands) have no outline:
/// their entities are drawn at their own places, on the sea.
struct Basemap: Sendable {
    /// One country's land.
    struct Country: Sendable {
        /// ISO 3166-1 alpha-2, nil where Natural Earth gives none (N. Cyprus, Somaliland).
        var code: String?
        /// The outer rings of its polygons, longitude and latitude in degrees.
        var rings: [[GeoPoint]]
        /// The area-weighted centre of its largest polygon (mainland France, not French Guiana;
        /// the lower 48 United States, not Alaska), where an entity with no place of its own in
        /// the country is drawn.
        var centre: GeoPoint
    }

    /// The countries, in Natural Earth's ADM0_A3 order.
    let countries: [Country]
    /// The centres by ISO code.
    let centres: [String: GeoPoint]

    /// The 1:110m world, parsed once on first use (about 10,600 points).
    static let naturalEarth110 = Basemap(parsing: naturalEarth110Text)

    /// Reads the compact text of `scripts/build_basemap.py`.
    /// - Complexity: O(points).
    init(parsing text: String) {
        var countries: [Country] = []
        for line in text.split(separator: "\n") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count == 4 else { continue }
            let rings = fields[3].split(separator: "|").map { ring -> [GeoPoint] in
                let numbers = ring.split(separator: " ").compactMap { Double($0) }
                return stride(from: 0, to: numbers.count - 1, by: 2).map {
                    GeoPoint(latitude: numbers[$0 + 1] / 100, longitude: numbers[$0] / 100)
                }
            }.filter { $0.count >= 3 }
            guard !rings.isEmpty else { continue }
            let code = fields[0].isEmpty ? nil : String(fields[0])
            countries.append(Country(code: code, rings: rings, centre: Self.centre(of: rings)))
        }
        self.countries = countries
        var centres: [String: GeoPoint] = [:]
        for c in countries { if let code = c.code { centres[code] = c.centre } }
        self.centres = centres
    }

    /// The centroid of the largest ring, by the shoelace formula on longitude and latitude.
    private static func centre(of rings: [[GeoPoint]]) -> GeoPoint {
        var best: (area: Double, centre: GeoPoint) = (-1, rings[0][0])
        for ring in rings {
            var area = 0.0, cx = 0.0, cy = 0.0
            for i in ring.indices {
                let a = ring[i], b = ring[(i + 1) % ring.count]
                let cross = a.longitude * b.latitude - b.longitude * a.latitude
                area += cross
                cx += (a.longitude + b.longitude) * cross
                cy += (a.latitude + b.latitude) * cross
            }
            guard abs(area) > 1e-12 else { continue }
            if abs(area) > best.area {
                best = (abs(area), GeoPoint(latitude: cy / (3 * area), longitude: cx / (3 * area)))
            }
        }
        return best.centre
    }
}
