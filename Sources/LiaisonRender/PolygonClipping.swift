import LiaisonGraph

/// Sutherland–Hodgman clipping of a polygon against half-planes, for the basemap.
///
/// The result of clipping a concave polygon may hold edges along the clipping line where the
/// polygon left and came back; filled, they cover nothing, and along a frame's edge they are
/// hidden by the frame.
enum PolygonClipping {
    /// A polygon clipped to a convex polygon given counter-clockwise (a rectangle, here).
    /// - Complexity: O(n·k) for n points and k sides.
    static func clip(_ polygon: [MapPoint], to convex: [MapPoint]) -> [MapPoint] {
        var out = polygon
        for i in convex.indices {
            let a = convex[i], b = convex[(i + 1) % convex.count]
            // Inside: to the left of a → b.
            out = clip(out, inside: { p in (b.x - a.x) * (p.y - a.y) - (b.y - a.y) * (p.x - a.x) >= 0 }) { p, q in
                let dp = (b.x - a.x) * (p.y - a.y) - (b.y - a.y) * (p.x - a.x)
                let dq = (b.x - a.x) * (q.y - a.y) - (b.y - a.y) * (q.x - a.x)
                let t = dp / (dp - dq)
                return MapPoint(x: p.x + t * (q.x - p.x), y: p.y + t * (q.y - p.y))
            }
            if out.isEmpty { break }
        }
        return out
    }

    /// A ring of places clipped to the side of a meridian: west (longitude ≤ `meridian`) or east.
    /// - Complexity: O(n).
    static func clip(_ ring: [GeoPoint], meridian: Double, keepWest: Bool) -> [GeoPoint] {
        clip(ring, inside: { keepWest ? $0.longitude <= meridian : $0.longitude >= meridian }) { p, q in
            let t = (meridian - p.longitude) / (q.longitude - p.longitude)
            return GeoPoint(latitude: p.latitude + t * (q.latitude - p.latitude), longitude: meridian)
        }
    }

    /// One Sutherland–Hodgman pass.
    private static func clip<P>(_ polygon: [P], inside: (P) -> Bool, crossing: (P, P) -> P) -> [P] {
        guard let last = polygon.last else { return [] }
        var out: [P] = []
        out.reserveCapacity(polygon.count + 4)
        var previous = last
        var previousInside = inside(previous)
        for current in polygon {
            let currentInside = inside(current)
            if currentInside {
                if !previousInside { out.append(crossing(previous, current)) }
                out.append(current)
            } else if previousInside {
                out.append(crossing(previous, current))
            }
            previous = current
            previousInside = currentInside
        }
        return out
    }
}
