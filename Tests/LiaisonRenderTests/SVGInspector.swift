import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// What an SVG from Graphviz holds, read with an XML parser: node groups with their titles,
/// edge groups with their classes, cluster groups, and the tooltips.
final class SVGInspector: NSObject, XMLParserDelegate {
    private(set) var nodeTitles: [String] = []
    /// The boxes of a map's placed names, as Graphviz sized them around the text it measured.
    private(set) var labelBoxes: [(minX: Double, minY: Double, maxX: Double, maxY: Double)] = []
    /// The number of polygons drawn outside any node or edge group (a map's sea and land).
    private(set) var backgroundPolygons = 0
    /// The `<svg>` element's width and height in points.
    private(set) var size: (width: Double, height: Double) = (0, 0)
    private var inLabel = false
    private var depth = 0
    private var groupDepth = 0
    private(set) var edgeClasses: [String] = []
    private(set) var clusterCount = 0
    private(set) var tooltips: [String] = []
    private(set) var parsed = false
    private(set) var error: String?
    private var wantTitle = false
    private var inTitle = false
    private var title = ""

    init(_ bytes: [UInt8]) {
        super.init()
        let parser = XMLParser(data: Data(bytes))
        parser.delegate = self
        parsed = parser.parse()
        if !parsed { error = parser.parserError.map { "\($0)" } ?? "unknown" }
    }

    /// Edge groups drawn for ties (not the office-represents lines).
    var tieCount: Int { edgeClasses.filter { $0.split(separator: " ").contains("tie") }.count }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        if name == "svg" {
            size = (Double(attributes["width"]?.replacingOccurrences(of: "pt", with: "") ?? "") ?? 0,
                    Double(attributes["height"]?.replacingOccurrences(of: "pt", with: "") ?? "") ?? 0)
        }
        if name == "g" { depth += 1 }
        if name == "polygon", depth == 1 { backgroundPolygons += 1 }
        if name == "polygon", inLabel, let points = attributes["points"] {
            let xy = points.split(separator: " ").map { $0.split(separator: ",").compactMap { Double($0) } }.filter { $0.count == 2 }
            if let minX = xy.map({ $0[0] }).min(), let maxX = xy.map({ $0[0] }).max(), let minY = xy.map({ $0[1] }).min(), let maxY = xy.map({ $0[1] }).max() {
                labelBoxes.append((minX, minY, maxX, maxY))
            }
        }
        if name == "g", let cls = attributes["class"] {
            let parts = cls.split(separator: " ")
            // An entity's group; a map's names are groups of their own, class "node map-label".
            if parts.first == "node" && !parts.contains("map-label") { wantTitle = true }
            if parts.contains("map-label") { inLabel = true; groupDepth = depth }
            if parts.first == "edge" { edgeClasses.append(cls) }
            if parts.first == "cluster" { clusterCount += 1 }
        }
        if name == "title" && wantTitle { inTitle = true; title = "" }
        if name == "a", let tip = attributes["xlink:title"] { tooltips.append(tip) }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inTitle { title += string }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if name == "g" {
            if inLabel && depth == groupDepth { inLabel = false }
            depth -= 1
        }
        if name == "title" && inTitle {
            nodeTitles.append(title)
            inTitle = false
            wantTitle = false
        }
    }
}
