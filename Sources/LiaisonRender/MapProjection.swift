import Foundation
import LiaisonGraph

/// A map projection: longitude and latitude to a point on the plane, so that a geographic
/// drawing reads as a world map.
///
/// Every projection returns map units of one degree of longitude at the equator: x runs from
/// -180 (west) to 180 (east), y grows to the north.
public enum MapProjection: String, Sendable, Hashable, CaseIterable {
    /// Plate carrée: x = longitude, y = latitude. Simple; stretches the high latitudes.
    case equirectangular
    /// Mercator: conformal, y = ln(tan(45° + φ/2)) in degrees; latitudes are clamped to ±85°.
    case mercator
    /// Robinson (1963): a compromise for world maps, by interpolation in Robinson's table of
    /// parallel lengths and distances (every 5° of latitude).
    case robinson
    /// Equal Earth (Šavrič, Patterson and Jenny, 2018): equal-area, so that a country's size on
    /// the map is its size on the ground; a pseudocylindrical world map in Robinson's manner.
    case equalEarth = "equal-earth"

    /// The projection a map gets when none is named (`render --layout geo`, the planner's report):
    /// Robinson, the world map a briefing reader knows. Set here and nowhere else.
    public static let `default`: MapProjection = .robinson

    /// Parses a projection name in any case (`equirectangular`, `mercator`, `robinson`, `equal-earth`).
    /// - Throws: ``RenderError/unknownProjection(_:valid:)`` listing the valid ones.
    public init(parsing text: String) throws(RenderError) {
        let lowered = text.lowercased()
        guard let projection = MapProjection(rawValue: lowered == "equalearth" ? "equal-earth" : lowered) else {
            throw .unknownProjection(text, valid: Self.allCases.map(\.rawValue))
        }
        self = projection
    }

    /// The point on the plane for a place.
    /// - Complexity: O(1).
    public func project(_ point: GeoPoint) -> MapPoint {
        let longitude = min(180, max(-180, point.longitude))
        let latitude = min(90, max(-90, point.latitude))
        switch self {
        case .equirectangular:
            return MapPoint(x: longitude, y: latitude)
        case .mercator:
            let phi = min(85, max(-85, latitude)) * .pi / 180
            return MapPoint(x: longitude, y: log(tan(.pi / 4 + phi / 2)) * 180 / .pi)
        case .robinson:
            let a = abs(latitude) / 5
            let i = min(17, Int(a))
            let f = a - Double(i)
            let (x0, y0) = robinsonTable[i], (x1, y1) = robinsonTable[i + 1]
            let length = x0 + (x1 - x0) * f
            let distance = y0 + (y1 - y0) * f
            // Scaled so that the equator keeps one unit per degree: y = 1.3523 / 0.8487 × Y × 180/π.
            let y = 1.3523 / 0.8487 * distance * 180 / .pi
            return MapPoint(x: length * longitude, y: latitude < 0 ? -y : y)
        case .equalEarth:
            // θ = asin(√3/2 · sin φ); x = 2√3 λ cos θ / (3 (9A4θ⁸ + 7A3θ⁶ + 3A2θ² + A1)),
            // y = A4θ⁹ + A3θ⁷ + A2θ³ + A1θ; scaled by 3A1/(2√3) so that the equator keeps one
            // unit per degree.
            let (a1, a2, a3, a4) = (1.340264, -0.081106, 0.000893, 0.003796)
            let theta = asin(3.0.squareRoot() / 2 * sin(latitude * .pi / 180))
            let t2 = theta * theta, t6 = t2 * t2 * t2
            let lambda = longitude * .pi / 180
            let x = 2 * 3.0.squareRoot() * lambda * cos(theta) / (3 * (9 * a4 * t6 * t2 + 7 * a3 * t6 + 3 * a2 * t2 + a1))
            let y = theta * (a1 + a2 * t2 + t6 * (a3 + a4 * t2))
            let unit = 3 * a1 / (2 * 3.0.squareRoot()) * 180 / .pi
            return MapPoint(x: x * unit, y: y * unit)
        }
    }
}

/// A point on a projected map, in map units (one degree of longitude at the equator).
public struct MapPoint: Sendable, Hashable {
    /// East-west coordinate.
    public var x: Double
    /// North-south coordinate, growing to the north.
    public var y: Double

    /// Makes a point.
    public init(x: Double, y: Double) {
        self.x = x
        self.y = y
    }
}

/// Robinson's table: the length of the parallel (X) and its distance from the equator (Y), for
/// latitudes 0°, 5°, ..., 90° (Snyder, Map Projections: A Working Manual, 1987, table 26).
private let robinsonTable: [(Double, Double)] = [
    (1.0000, 0.0000), (0.9986, 0.0620), (0.9954, 0.1240), (0.9900, 0.1860), (0.9822, 0.2480),
    (0.9730, 0.3100), (0.9600, 0.3720), (0.9427, 0.4340), (0.9216, 0.4958), (0.8962, 0.5571),
    (0.8679, 0.6176), (0.8350, 0.6769), (0.7986, 0.7346), (0.7597, 0.7903), (0.7186, 0.8435),
    (0.6732, 0.8936), (0.6213, 0.9394), (0.5722, 0.9761), (0.5322, 1.0000),
]
