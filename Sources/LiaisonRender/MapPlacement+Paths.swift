import Foundation

/// The ties' paths on a map: bundled along shared corridors, and written as Graphviz splines.
extension MapPlacement {
    /// The paths with ties that share a corridor (their ends in the same two cells of a grid
    /// `cell` points wide) drawn together: each interior point moves toward the corridor's mean
    /// path, fully at the middle and not at all at the ends, so that a bundle leaves and reaches
    /// every entity at its own place.
    static func bundled(_ paths: [[MapPoint]?], edges: [DrawnEdge], positions: [String: MapPoint], cell: Double) -> [[MapPoint]?] {
        let samples = 33
        var groups: [String: [(index: Int, path: [MapPoint])]] = [:]
        for (i, path) in paths.enumerated() {
            guard let path, let a = positions[edges[i].tie.from], let b = positions[edges[i].tie.to] else { continue }
            func key(_ p: MapPoint) -> String { "\(Int((p.x / cell).rounded(.down))),\(Int((p.y / cell).rounded(.down)))" }
            var ka = key(a), kb = key(b), oriented = path
            if ka > kb { swap(&ka, &kb); oriented.reverse() }
            guard ka != kb else { continue }  // a tie within one cell has no corridor
            groups[ka + "|" + kb, default: []].append((i, resampled(oriented, count: samples)))
        }
        var out = paths
        for group in groups.values where group.count >= 2 {
            var mean = [MapPoint](repeating: MapPoint(x: 0, y: 0), count: samples)
            for member in group {
                for k in 0..<samples { mean[k].x += member.path[k].x / Double(group.count); mean[k].y += member.path[k].y / Double(group.count) }
            }
            for member in group {
                var moved = member.path
                for k in 1..<(samples - 1) {
                    let w = 0.85 * sin(Double.pi * Double(k) / Double(samples - 1))
                    moved[k] = MapPoint(x: moved[k].x + w * (mean[k].x - moved[k].x), y: moved[k].y + w * (mean[k].y - moved[k].y))
                }
                // Back in the tie's own direction.
                let original = paths[member.index]!
                let forward = hypot(moved[0].x - original[0].x, moved[0].y - original[0].y) < 1e-6
                out[member.index] = forward ? moved : moved.reversed()
            }
        }
        return out
    }

    /// A polyline resampled to `count` points evenly spaced along its length.
    static func resampled(_ path: [MapPoint], count: Int) -> [MapPoint] {
        guard path.count >= 2 else { return [MapPoint](repeating: path.first ?? MapPoint(x: 0, y: 0), count: count) }
        var cumulative = [0.0]
        for k in 1..<path.count { cumulative.append(cumulative[k - 1] + hypot(path[k].x - path[k - 1].x, path[k].y - path[k - 1].y)) }
        let total = cumulative.last!
        guard total > 0 else { return [MapPoint](repeating: path[0], count: count) }
        var out: [MapPoint] = []
        var j = 1
        for k in 0..<count {
            let s = total * Double(k) / Double(count - 1)
            while j < path.count - 1 && cumulative[j] < s { j += 1 }
            let span = cumulative[j] - cumulative[j - 1]
            let t = span > 0 ? (s - cumulative[j - 1]) / span : 0
            out.append(MapPoint(x: path[j - 1].x + t * (path[j].x - path[j - 1].x), y: path[j - 1].y + t * (path[j].y - path[j - 1].y)))
        }
        return out
    }

    /// A path as the value of an edge's `pos`: a chain of cubic Bézier pieces through its points
    /// (Catmull-Rom tangents). With `arrowAt`, the path stops short of the head's node, whose
    /// marker has that radius in points, and an arrowhead of `arrowLength` points fills the gap.
    static func splinePosition(_ path: [MapPoint], arrowAt radius: Double? = nil, arrowLength: Double = 6) -> String {
        var points = path
        var head: MapPoint?
        if let radius, let end = points.last {
            // The tip where the path enters the marker; the spline ends an arrow's length before it.
            func along(_ distance: Double) -> MapPoint? {
                for k in stride(from: points.count - 1, to: 0, by: -1) {
                    let a = points[k - 1], b = points[k]
                    let da = hypot(a.x - end.x, a.y - end.y), db = hypot(b.x - end.x, b.y - end.y)
                    if da >= distance && db <= distance {
                        let t = da - db > 0 ? (da - distance) / (da - db) : 0
                        return MapPoint(x: a.x + t * (b.x - a.x), y: a.y + t * (b.y - a.y))
                    }
                }
                return nil
            }
            if let tip = along(radius), let stop = along(radius + arrowLength) {
                head = tip
                let start = points[0]
                let keep = points.dropLast().filter { hypot($0.x - end.x, $0.y - end.y) > radius + arrowLength }
                points = (keep.isEmpty ? [start] : Array(keep)) + [stop]
            }
        }
        if points.count < 2 { points.append(points[0]) }
        var control: [MapPoint] = [points[0]]
        for k in 0..<(points.count - 1) {
            let p0 = points[max(0, k - 1)], p1 = points[k], p2 = points[k + 1], p3 = points[min(points.count - 1, k + 2)]
            control.append(MapPoint(x: p1.x + (p2.x - p0.x) / 6, y: p1.y + (p2.y - p0.y) / 6))
            control.append(MapPoint(x: p2.x - (p3.x - p1.x) / 6, y: p2.y - (p3.y - p1.y) / 6))
            control.append(p2)
        }
        let text = control.map { "\(DOTText.number($0.x, digits: 1)),\(DOTText.number($0.y, digits: 1))" }.joined(separator: " ")
        guard let head else { return text }
        return "e,\(DOTText.number(head.x, digits: 1)),\(DOTText.number(head.y, digits: 1)) " + text
    }
}
