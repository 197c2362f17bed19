import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// What an SVG from Graphviz holds, read with an XML parser: node groups with their titles,
/// edge groups with their classes, cluster groups, and the tooltips.
final class SVGInspector: NSObject, XMLParserDelegate {
    private(set) var nodeTitles: [String] = []
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
        if name == "g", let cls = attributes["class"] {
            let parts = cls.split(separator: " ")
            if parts.first == "node" { wantTitle = true }
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
        if name == "title" && inTitle {
            nodeTitles.append(title)
            inTitle = false
            wantTitle = false
        }
    }
}
