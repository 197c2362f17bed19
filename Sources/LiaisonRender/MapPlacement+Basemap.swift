import LiaisonGraph

/// What is drawn under a map's network: the sea, a faint graticule, and the land with its country
/// borders from Natural Earth.
///
/// Drawn as Graphviz xdot operations in the graph's `_background` attribute. Why this way: it adds
/// no node, so the layout, the SVG's node and edge groups and the legend stay the network's own;
/// every Graphviz renderer draws it (the SVG writer as `<polygon>`s, cairo for PNG and PDF), in one
/// pass of the same process; and it costs one string attribute of some 100 kB at world scale.
/// Polygon-shaped invisible nodes would join the layout and the SVG's nodes, and compositing two
/// images would need a second renderer per format. Everything is clipped to the frame here,
/// since Graphviz draws the whole string: a European map carries no American coastline.
///
/// No text: a text operation (`T`) in `_background` crashes Graphviz 2.43 (a null dereference in
/// libgvc, with the `dot` program too).
extension MapPlacement {
    /// The sea's colour.
    static let sea = "#e4eef6"
    /// The graticule's colour, and the equator's.
    static let graticuleColour = "#d2dfeb", equatorColour = "#bfd0e0"
    /// The land's colour.
    static let land = "#efece4"
    /// The borders' colour.
    static let border = "#bdb6a6"

    /// The xdot operations of the background.
    /// - Complexity: O(points of the basemap).
    func background(_ basemap: Basemap = .naturalEarth110) -> String {
        var ops: [String] = ["S 5 -solid"]
        ops.append(fill(Self.sea, pen: Self.sea))
        ops.append("P 4 0 0 \(n(width)) 0 \(n(width)) \(n(height)) 0 \(n(height))")
        ops += graticule()
        ops.append(fill(Self.land, pen: Self.border))
        ops.append("S 17 -setlinewidth(0.6)")
        let frame = [MapPoint(x: 0, y: 0), MapPoint(x: width, y: 0), MapPoint(x: width, y: height), MapPoint(x: 0, y: height)]
        for country in basemap.countries {
            for ring in country.rings {
                for piece in seamPieces(ring) {
                    let projected = piece.map { page(projection.project($0)) }
                    let clipped = PolygonClipping.clip(projected, to: frame)
                    let thinned = Self.thinned(clipped, tolerance: 0.6)
                    guard thinned.count >= 3 else { continue }
                    ops.append("P \(thinned.count) " + thinned.map { "\(n($0.x)) \(n($0.y))" }.joined(separator: " "))
                }
            }
        }
        return ops.joined(separator: " ")
    }

    /// A ring cut at the map's seam (the meridian opposite the central one), each piece in
    /// longitudes about the central meridian. Natural Earth's rings never cross ±180°, so with
    /// the central meridian at 0 a ring is one piece.
    func seamPieces(_ ring: [GeoPoint]) -> [[GeoPoint]] {
        guard centralMeridian != 0 else { return [ring] }
        let seam = Self.wrapped(centralMeridian + 180)
        var pieces: [[GeoPoint]] = []
        for west in [true, false] {
            let half = PolygonClipping.clip(ring, meridian: seam, keepWest: west)
            guard half.count >= 3 else { continue }
            pieces.append(half.map { g in
                var l = Self.wrapped(g.longitude - centralMeridian)
                // Points on the seam belong to the side of their piece.
                if abs(abs(l) - 180) < 1e-9 { l = west ? 180 : -180 }
                return GeoPoint(latitude: g.latitude, longitude: l)
            })
        }
        return pieces
    }

    /// Faint parallels and meridians every 5° to 30° (by the frame's width), the equator and
    /// central meridian a little darker, clipped to the frame.
    private func graticule() -> [String] {
        let span = extent.maxX - extent.minX
        let step = span > 120 ? 30 : span > 50 ? 15 : span > 20 ? 10 : 5
        var ops: [String] = []
        for lon in stride(from: -180, through: 180, by: step) {
            let line = (0...90).map { GeoPoint(latitude: -90 + Double($0) * 2, longitude: Double(lon)) }
            ops += polylines(line, colour: lon == 0 ? Self.equatorColour : Self.graticuleColour)
        }
        for lat in stride(from: -90 + step, through: 90 - step, by: step) {
            let line = (0...180).map { GeoPoint(latitude: Double(lat), longitude: -180 + Double($0) * 2) }
            ops += polylines(line, colour: lat == 0 ? Self.equatorColour : Self.graticuleColour)
        }
        return ops
    }

    /// The runs of a line, given about the central meridian, that lie inside the frame.
    private func polylines(_ samples: [GeoPoint], colour: String) -> [String] {
        var out: [String] = []
        var run: [MapPoint] = []
        func flush() {
            if run.count >= 2 {
                out.append(stroke(colour) + " L \(run.count) " + run.map { "\(n($0.x)) \(n($0.y))" }.joined(separator: " "))
            }
            run = []
        }
        for g in samples {
            let p = projection.project(g)
            if extent.contains(p) { run.append(page(p)) } else { flush() }
        }
        flush()
        return out
    }

    private func fill(_ colour: String, pen: String) -> String { "C \(colour.utf8.count) -\(colour) " + stroke(pen) }
    private func stroke(_ colour: String) -> String { "c \(colour.utf8.count) -\(colour)" }
    private func n(_ value: Double) -> String { DOTText.number(value, digits: 1) }

    /// A ring without points closer than `tolerance` points to the last one kept.
    static func thinned(_ ring: [MapPoint], tolerance: Double) -> [MapPoint] {
        var out: [MapPoint] = []
        for p in ring {
            if let last = out.last, abs(p.x - last.x) < tolerance && abs(p.y - last.y) < tolerance { continue }
            out.append(p)
        }
        return out
    }
}
