import LiaisonGraph

/// Writes a network as GEXF 1.3 (https://gexf.net; Gephi 0.9 and later), Gephi's format: every
/// entity a node with its facts as attributes (and its coordinates as a position, so a geographic
/// layout opens as a map), every tie an edge with its layer; parallel ties of different layers stay
/// apart. NetworkX reads it with `read_gexf(path, version="1.3")`.
public enum GEXFWriter {
    /// The GEXF document.
    /// - Parameter progress: told how many nodes and edges have been written.
    /// - Complexity: O(n + m).
    public static func gexf(_ network: PartnershipNetwork, progress: ProgressHandler? = nil) -> String {
        let tally = progress.map { ProgressTally(stage: "writing GEXF", total: network.entityCount + network.tieCount, handler: $0) }
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">
              <meta><creator>liaison</creator><description>\(GraphAttributes.xml(network.metadata.name))</description></meta>
              <graph mode="static" defaultedgetype="undirected">
                <attributes class="node">

            """
        func type(_ kind: GraphAttributes.Kind) -> String { kind == .int ? "integer" : kind.rawValue }
        for (k, (name, kind)) in GraphAttributes.nodeKeys.enumerated() {
            out += "      <attribute id=\"\(k)\" title=\"\(name)\" type=\"\(type(kind))\"/>\n"
        }
        out += "    </attributes>\n    <attributes class=\"edge\">\n"
        for (k, (name, kind)) in GraphAttributes.edgeKeys.enumerated() where name != "weight" {
            out += "      <attribute id=\"\(k)\" title=\"\(name)\" type=\"\(type(kind))\"/>\n"
        }
        out += "    </attributes>\n    <nodes>\n"
        out += ChunkedText.make(count: network.entityCount, tally: tally) { position, out in
            let entity = network.entities[position]
            out += "      <node id=\"\(GraphAttributes.xml(entity.id))\" label=\"\(GraphAttributes.xml(entity.name))\">\n        <attvalues>\n"
            let values = GraphAttributes.values(of: entity)
            for (k, (name, _)) in GraphAttributes.nodeKeys.enumerated() {
                if let value = values[name] { out += "          <attvalue for=\"\(k)\" value=\"\(GraphAttributes.xml(value))\"/>\n" }
            }
            out += "        </attvalues>\n"
            if let p = entity.attributes.location {
                out += "        <viz:position x=\"\(p.longitude)\" y=\"\(p.latitude)\" z=\"0.0\"/>\n"
            }
            out += "      </node>\n"
        }
        out += "    </nodes>\n    <edges>\n"
        out += ChunkedText.make(count: network.tieCount, tally: tally) { i, out in
            let tie = network.tie(at: i)
            out += "      <edge id=\"t\(i)\" source=\"\(GraphAttributes.xml(tie.from))\" target=\"\(GraphAttributes.xml(tie.to))\" weight=\"\(tie.weight)\" label=\"\(GraphAttributes.xml(tie.layer))\">\n        <attvalues>\n"
            let values = GraphAttributes.values(of: tie)
            for (k, (name, _)) in GraphAttributes.edgeKeys.enumerated() where name != "weight" {
                if let value = values[name] { out += "          <attvalue for=\"\(k)\" value=\"\(GraphAttributes.xml(value))\"/>\n" }
            }
            out += "        </attvalues>\n      </edge>\n"
        }
        return out + "    </edges>\n  </graph>\n</gexf>\n"
    }
}
