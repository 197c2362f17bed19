import LiaisonGraph

/// Writes a network as GraphML (http://graphml.graphdrawing.org/): every entity a node and every
/// tie an edge with its layer, so that parallel ties of different layers stay apart (NetworkX's
/// `read_graphml` reads them as a MultiGraph; Gephi and yEd open the file).
public enum GraphMLWriter {
    /// The GraphML document.
    /// - Parameter progress: told how many nodes and edges have been written.
    /// - Complexity: O(n + m).
    public static func graphML(_ network: PartnershipNetwork, progress: ProgressHandler? = nil) -> String {
        let tally = progress.map { ProgressTally(stage: "writing GraphML", total: network.entityCount + network.tieCount, handler: $0) }
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">

            """
        for (k, (name, kind)) in GraphAttributes.nodeKeys.enumerated() {
            out += "  <key id=\"n\(k)\" for=\"node\" attr.name=\"\(name)\" attr.type=\"\(kind.rawValue)\"/>\n"
        }
        for (k, (name, kind)) in GraphAttributes.edgeKeys.enumerated() {
            out += "  <key id=\"e\(k)\" for=\"edge\" attr.name=\"\(name)\" attr.type=\"\(kind.rawValue)\"/>\n"
        }
        out += "  <graph id=\"\(GraphAttributes.nameToken(network.metadata.name))\" edgedefault=\"undirected\">\n"
        out += ChunkedText.make(count: network.entityCount, tally: tally) { position, out in
            let entity = network.entities[position]
            out += "    <node id=\"\(GraphAttributes.xml(entity.id))\">\n"
            let values = GraphAttributes.values(of: entity)
            for (k, (name, _)) in GraphAttributes.nodeKeys.enumerated() {
                if let value = values[name] { out += "      <data key=\"n\(k)\">\(GraphAttributes.xml(value))</data>\n" }
            }
            out += "    </node>\n"
        }
        out += ChunkedText.make(count: network.tieCount, tally: tally) { i, out in
            let tie = network.tie(at: i)
            out += "    <edge id=\"t\(i)\" source=\"\(GraphAttributes.xml(tie.from))\" target=\"\(GraphAttributes.xml(tie.to))\">\n"
            let values = GraphAttributes.values(of: tie)
            for (k, (name, _)) in GraphAttributes.edgeKeys.enumerated() {
                if let value = values[name] { out += "      <data key=\"e\(k)\">\(GraphAttributes.xml(value))</data>\n" }
            }
            out += "    </edge>\n"
        }
        return out + "  </graph>\n</graphml>\n"
    }
}
