import Foundation

/// Which names a map shows, and where: placed by importance (the focus, its peers, the changed,
/// then the largest), each at the first of eight spots around its marker where it overlaps no
/// label already placed, no other marker and leaves no part outside the frame; a name with no
/// such spot is left out and counted, and stays in the marker's tooltip. The focus's name alone
/// may cover other markers, so that a map never loses the name it is about.
///
/// Graphviz's own external labels (`xlabel`) drop names silently but for a warning ("30 out of
/// 60 exterior labels positioned"), or overlap them when forced; this placer decides itself, so
/// that the legend can say how many names are hidden, and no warning is left to translate.
struct MapLabels: Sendable {
    /// A placed name.
    struct Placed: Sendable, Hashable {
        /// The label's centre, in points.
        var centre: MapPoint
        /// The box's size in points, as estimated.
        var width: Double, height: Double
    }

    /// A name to place.
    struct Request: Sendable {
        var id: String
        var text: String
        var fontSize: Double
        var marker: MapPoint
        var markerRadius: Double
        /// The focus's name is placed even where it covers other markers (never other names).
        var mustShow = false
    }

    /// Placed names by entity ID.
    let placed: [String: Placed]
    /// The requests that found no room, in importance order.
    let hidden: [String]

    /// The padding around a label's text, in points, drawn as a pale halo.
    static let padding = 2.0
    /// The gap between a marker and its label, in points.
    static let gap = 2.0

    /// Places `requests`, given in importance order, among `markers` (every marker of the map,
    /// by ID, with its radius) inside a frame of `width` × `height` points.
    /// - Complexity: O(r · (r + n)) for r requests and n markers; at most a few hundred of each.
    init(_ requests: [Request], markers: [(id: String, centre: MapPoint, radius: Double)], width: Double, height: Double) {
        var boxes: [Rect] = []
        let markerBoxes = markers.map { (id: $0.id, rect: Rect(centre: $0.centre, width: 2 * $0.radius, height: 2 * $0.radius)) }
        var placed: [String: Placed] = [:]
        var hidden: [String] = []
        for r in requests {
            let size = Self.size(of: r.text, fontSize: r.fontSize)
            let w = size.width + 2 * Self.padding, h = size.height + 2 * Self.padding
            let dx = r.markerRadius + Self.gap + w / 2, dy = r.markerRadius + Self.gap + h / 2
            let diagonal = 0.72
            let spots = [
                MapPoint(x: dx, y: 0), MapPoint(x: -dx, y: 0), MapPoint(x: 0, y: dy), MapPoint(x: 0, y: -dy),
                MapPoint(x: diagonal * r.markerRadius + w / 2, y: diagonal * r.markerRadius + h / 2),
                MapPoint(x: -(diagonal * r.markerRadius + w / 2), y: diagonal * r.markerRadius + h / 2),
                MapPoint(x: diagonal * r.markerRadius + w / 2, y: -(diagonal * r.markerRadius + h / 2)),
                MapPoint(x: -(diagonal * r.markerRadius + w / 2), y: -(diagonal * r.markerRadius + h / 2)),
            ]
            var chosen: Rect?
            for coverMarkers in r.mustShow ? [false, true] : [false] where chosen == nil {
                for s in spots {
                    let box = Rect(centre: MapPoint(x: r.marker.x + s.x, y: r.marker.y + s.y), width: w, height: h)
                    guard box.minX >= 0, box.minY >= 0, box.maxX <= width, box.maxY <= height else { continue }
                    if boxes.contains(where: { $0.intersects(box, margin: 1) }) { continue }
                    if !coverMarkers && markerBoxes.contains(where: { $0.id != r.id && $0.rect.intersects(box, margin: 0) }) { continue }
                    chosen = box
                    break
                }
            }
            if let chosen {
                boxes.append(chosen)
                placed[r.id] = Placed(centre: chosen.centre, width: w, height: h)
            } else {
                hidden.append(r.id)
            }
        }
        self.placed = placed
        self.hidden = hidden
    }

    /// The size of a text in DejaVu Sans (the drawings' first font), in points: advance widths
    /// per character, wide characters (CJK) one em; lines 1.2 em apart.
    static func size(of text: String, fontSize: Double) -> (width: Double, height: Double) {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let widest = lines.map { line in line.unicodeScalars.reduce(0.0) { $0 + advance($1) } }.max() ?? 0
        return (widest * fontSize, Double(max(1, lines.count)) * fontSize * 1.2)
    }

    /// A character's advance in em, from DejaVu Sans's metrics (rounded up).
    private static func advance(_ scalar: Unicode.Scalar) -> Double {
        let v = scalar.value
        if v >= 0x2E80 { return 1.0 }  // CJK and other wide scripts
        switch scalar {
        case "i", "j", "l": return 0.28
        case "f", "t", "r": return 0.42
        case "m": return 0.98
        case "w": return 0.82
        case "a"..."z": return 0.64
        case "I", "J": return 0.30
        case "M", "W": return 0.99
        case "A"..."Z": return 0.78
        case "0"..."9": return 0.64
        case " ": return 0.32
        case ".", ",", ":", ";", "'", "!", "|": return 0.34
        case "(", ")", "-", "[", "]": return 0.40
        default: return 0.70
        }
    }
}

/// An axis-aligned rectangle in points.
struct Rect: Sendable, Hashable {
    var minX, minY, maxX, maxY: Double

    init(centre: MapPoint, width: Double, height: Double) {
        minX = centre.x - width / 2; maxX = centre.x + width / 2
        minY = centre.y - height / 2; maxY = centre.y + height / 2
    }

    init(minX: Double, minY: Double, maxX: Double, maxY: Double) {
        self.minX = minX; self.minY = minY; self.maxX = maxX; self.maxY = maxY
    }

    var centre: MapPoint { MapPoint(x: (minX + maxX) / 2, y: (minY + maxY) / 2) }

    /// Whether the two overlap, or come closer than `margin` points.
    func intersects(_ other: Rect, margin: Double) -> Bool {
        minX < other.maxX + margin && other.minX < maxX + margin && minY < other.maxY + margin && other.minY < maxY + margin
    }
}
