import Foundation
import LiaisonGraph

/// Where each entity sits on a map: at its own location, at a borrowed one (an office at its host
/// city, a province at its country's capital), or, with no location anywhere, in a row under
/// the map. Positions are in points, ready for `pos="x,y!"`.
struct MapPlacement: Sendable {
    /// Positions in points, by entity ID.
    var positions: [String: MapPoint]
    /// For entities placed at another entity's location, that entity's ID.
    var borrowedFrom: [String: String]
    /// Entities with no location of their own or borrowed, in ID order, placed under the map.
    var unplaced: [String]
    /// The projection.
    let projection: MapProjection
    /// Points per map unit.
    let scale: Double
    /// The map point drawn at (0, 0).
    let origin: MapPoint
    /// The placed entities' extent in map units.
    let extent: MapExtent

    /// The longer side of the map at most, in points.
    static let mapWidth = 1150.0
    /// The shorter side's limit, in points.
    static let mapHeight = 720.0
    /// The spacing of entities that share one borrowed location, in map units at world scale.
    static let spacing = 1.6

    /// Places the model's nodes.
    /// - Complexity: O(n) for n nodes.
    init(_ model: DrawingModel, projection: MapProjection) {
        self.projection = projection
        var projected: [String: MapPoint] = [:]
        var borrowed: [String: String] = [:]
        var waiting: [(id: String, anchor: String, location: GeoPoint)] = []
        var unplaced: [String] = []
        for node in model.nodes {
            let entity = node.entity
            if let location = entity.attributes.location {
                projected[entity.id] = projection.project(location)
                continue
            }
            let candidates = [entity.hostCityID, entity.provinceID, entity.countryID, entity.representsID].compactMap { $0 }
            if let anchor = candidates.first(where: { model.entity($0)?.attributes.location != nil }),
               let location = model.entity(anchor)?.attributes.location {
                waiting.append((entity.id, anchor, location))
            } else {
                unplaced.append(entity.id)
            }
        }
        // Map extent from the entities with a place of their own (anchors drawn or not).
        var extentPoints = Array(projected.values)
        extentPoints += waiting.map { projection.project($0.location) }
        let minX = extentPoints.map(\.x).min() ?? 0, maxX = extentPoints.map(\.x).max() ?? 0
        let minY = extentPoints.map(\.y).min() ?? 0, maxY = extentPoints.map(\.y).max() ?? 0
        let spanX = max(20, maxX - minX), spanY = max(20, maxY - minY)
        // Entities sharing a borrowed place sit on a sunflower (Vogel) spiral around it, evenly
        // packed, so that they hide neither the place nor each other.
        let step = Self.spacing * max(spanX / 360, 0.08)
        var perAnchor: [String: Int] = [:]
        for w in waiting {
            let k = perAnchor[w.anchor, default: 0] + 1
            perAnchor[w.anchor] = k
            let base = projection.project(w.location)
            let radius = step * Double(k).squareRoot()
            let angle = Double(k) * 2.399963229728653
            projected[w.id] = MapPoint(x: base.x + radius * cos(angle), y: base.y + radius * sin(angle))
            borrowed[w.id] = w.anchor
        }
        let scale = min(Self.mapWidth / spanX, Self.mapHeight / spanY)
        let origin = MapPoint(x: minX, y: minY)
        var positions: [String: MapPoint] = [:]
        for (id, p) in projected {
            positions[id] = MapPoint(x: (p.x - origin.x) * scale, y: (p.y - origin.y) * scale)
        }
        for (i, id) in unplaced.enumerated() {
            positions[id] = MapPoint(x: Double(i % 12) * 95, y: -70 - Double(i / 12) * 40)
        }
        self.positions = positions
        borrowedFrom = borrowed
        self.unplaced = unplaced
        self.scale = scale
        self.origin = origin
        extent = MapExtent(minX: minX, maxX: maxX, minY: minY, maxY: maxY)
    }

    /// A map point in points on the page.
    func page(_ p: MapPoint) -> MapPoint {
        MapPoint(x: (p.x - origin.x) * scale, y: (p.y - origin.y) * scale)
    }
}

/// A rectangle of map units.
struct MapExtent: Sendable, Hashable {
    var minX, maxX, minY, maxY: Double

    func contains(_ p: MapPoint) -> Bool { p.x >= minX && p.x <= maxX && p.y >= minY && p.y <= maxY }
}
