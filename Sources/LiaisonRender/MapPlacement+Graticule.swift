import LiaisonGraph

/// Lines of latitude and longitude behind a map, so that the picture reads as one.
extension MapPlacement {
    /// The graticule as Graphviz xdot drawing operations for the graph's `_background`: faint
    /// parallels and meridians every 5° to 30° (by the map's extent), the equator and the
    /// prime meridian a little darker. Clipped to the extent of the placed entities, since
    /// Graphviz draws nothing outside the graph's box.
    ///
    /// No degree labels: a text operation (`T`) in `_background` crashes Graphviz 2.43 (a null
    /// dereference in libgvc, with the `dot` program too), so only lines are drawn.
    func graticule() -> String {
        let span = extent.maxX - extent.minX
        let step = span > 120 ? 30 : span > 50 ? 15 : span > 20 ? 10 : 5
        var ops: [String] = ["S 5 -solid"]
        for lon in stride(from: -180, through: 180, by: step) {
            let line = (0...90).map { GeoPoint(latitude: -90 + Double($0) * 2, longitude: Double(lon)) }
            ops += polylines(line, colour: lon == 0 ? "#c9d1db" : "#e4e8ee")
        }
        for lat in stride(from: -90 + step, through: 90 - step, by: step) {
            let line = (0...180).map { GeoPoint(latitude: Double(lat), longitude: -180 + Double($0) * 2) }
            ops += polylines(line, colour: lat == 0 ? "#c9d1db" : "#e4e8ee")
        }
        return ops.joined(separator: " ")
    }

    /// The runs of a sampled line that lie inside the extent, as xdot polylines.
    private func polylines(_ samples: [GeoPoint], colour: String) -> [String] {
        var out: [String] = []
        var run: [MapPoint] = []
        func flush() {
            if run.count >= 2 {
                let points = run.map { p -> String in
                    let q = page(p)
                    return "\(DOTText.number(q.x, digits: 1)) \(DOTText.number(q.y, digits: 1))"
                }
                out.append("c \(colour.utf8.count) -\(colour) L \(run.count) " + points.joined(separator: " "))
            }
            run = []
        }
        for g in samples {
            let p = projection.project(g)
            if extent.contains(p) { run.append(p) } else { flush() }
        }
        flush()
        return out
    }
}
