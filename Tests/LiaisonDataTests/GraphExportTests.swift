import Foundation
import Testing
@testable import LiaisonData
import LiaisonGraph

/// GraphML and GEXF exports read back by NetworkX with every attribute and layer.
@Suite struct GraphExportTests {
    static func network() throws -> PartnershipNetwork {
        var b = NetworkBuilder(metadata: NetworkMetadata(name: "Export & <check>"))
        b.add(Entity(id: "CN", kind: .country, name: "China", nameZh: "中国", attributes: EntityAttributes(prcRelations: nil, source: "s")))
        b.add(Entity(id: "JP", kind: .country, name: "Japan", attributes: EntityAttributes(prcRelations: .since(1972), beltAndRoad: .withdrawn, source: "s")))
        b.add(Entity(id: "CN-SHA", kind: .city, name: "Shanghai", nameZh: "上海", countryID: "CN",
                     attributes: EntityAttributes(population: 24_870_895, location: GeoPoint(latitude: 31.22, longitude: 121.46), tier: .municipality, source: "s")))
        b.add(Entity(id: "JP-OSA", kind: .city, name: "Osaka \"大阪\"", countryID: "JP", attributes: EntityAttributes(source: "s")))
        b.add(Tie(from: "CN-SHA", to: "JP-OSA", layer: "sister", since: 1974, areas: ["culture", "business"], source: "https://x.org/?a=1&b=2"))
        b.add(Tie(from: "CN-SHA", to: "JP-OSA", layer: "cooperation", status: .dormant, weight: 2.5, source: "s", note: "line one\nline two"))
        return try b.build()
    }

    static var networkxAvailable: Bool { pythonCanImport("networkx") }

    @Test(.enabled(if: networkxAvailable, "needs python3 with networkx"), arguments: ["graphml", "gexf"])
    func networkXReadsEveryAttributeAndLayer(format: String) throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanUp() }
        let network = try Self.network()
        let text = format == "graphml" ? GraphMLWriter.graphML(network) : GEXFWriter.gexf(network)
        let path = folder.file("n.\(format)")
        try FileAccess.writeAtomically(Array(text.utf8), to: path)
        let script = """
            import json, sys, networkx as nx
            g = nx.read_\(format)(sys.argv[1]\(format == "gexf" ? ", version=\"1.3\"" : ""))
            edges = sorted((d['layer'], d['status'], d.get('since'), d.get('areas'), float(d.get('weight', 1)), d['source'], d.get('note')) for _, _, d in g.edges(data=True))
            print(json.dumps({"multi": g.is_multigraph(), "nodes": g.number_of_nodes(), "edges": g.number_of_edges(),
                              "sha": {k: g.nodes['CN-SHA'][k] for k in ('name_zh', 'population', 'lat', 'tier', 'kind')},
                              "osaka": g.nodes['JP-OSA']['name'], "jp": g.nodes['JP'].get('bri_since'), "edgeData": edges}, sort_keys=True))
            """
        let run = try runPython(["-c", script, path])
        #expect(run.status == 0, "\(run.errors)")
        let result = try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
        #expect(result["multi"] as? Bool == true, "parallel ties of two layers stay apart")
        #expect(result["nodes"] as? Int == 4 && result["edges"] as? Int == 2)
        let sha = try #require(result["sha"] as? [String: Any])
        #expect(sha["name_zh"] as? String == "上海" && sha["population"] as? Int == 24_870_895 && sha["tier"] as? String == "municipality")
        #expect(sha["lat"] as? Double == 31.22 && sha["kind"] as? String == "city")
        #expect(result["osaka"] as? String == "Osaka \"大阪\"")
        #expect(result["jp"] as? String == "withdrawn")
        let edges = try #require(result["edgeData"] as? [[Any]])
        #expect(edges.map { $0[0] as? String } == ["cooperation", "sister"])
        #expect(edges[0][1] as? String == "dormant" && edges[0][4] as? Double == 2.5 && edges[0][6] as? String == "line one\nline two")
        #expect(edges[1][2] as? Int == 1974 && edges[1][3] as? String == "culture;business" && edges[1][5] as? String == "https://x.org/?a=1&b=2")
    }
}

/// What the GraphML and GEXF schemas ask that NetworkX does not check.
@Suite struct GraphFormatConformanceTests {
    /// The GraphML schema types a graph's id as an NMTOKEN: "Hong Kong" (with its space) failed it.
    @Test func theGraphMLGraphIDIsAnNMToken() throws {
        let network = try DatasetLoader.load(repositoryRoot + "/datasets/sample")
        let text = GraphMLWriter.graphML(network)
        let id = try #require(text.firstMatch(of: /<graph id="([^"]*)"/)?.output.1)
        #expect(!id.isEmpty && id.allSatisfy { $0.isLetter || $0.isNumber || ".-_:".contains($0) }, "\(id)")
        #expect(GraphAttributes.nameToken("Hong Kong (SAR) 香港") == "Hong_Kong__SAR__香港")
    }

    /// The exports of awkward values (`&`, quotes, a line break, Chinese, two layers between one
    /// pair) and of the embedded Hong Kong dataset validate against the formats' published schemas:
    /// GraphML 1.0's XSD, GEXF 1.3's RELAX NG grammar and XSD (`scripts/check_xml_schema.py`, lxml).
    @Test(.enabled(if: pythonCanImport("lxml"), "needs python3 with lxml (make setup installs it)"))
    func exportsValidateAgainstThePublishedSchemas() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanUp() }
        var files: [String] = []
        for (name, network) in [("awkward", try GraphExportTests.network()), ("hong-kong", try DatasetLoader.load(embeddedDataset("hong-kong")))] {
            for (format, text) in [("graphml", GraphMLWriter.graphML(network)), ("gexf", GEXFWriter.gexf(network))] {
                let path = folder.file("\(name).\(format)")
                try FileAccess.writeAtomically(Array(text.utf8), to: path)
                files.append(path)
            }
        }
        let run = try runPython([repositoryRoot + "/scripts/check_xml_schema.py"] + files)
        #expect(run.status == 0, "\(run.output)\(run.errors)")
        #expect(run.output.components(separatedBy: ": valid").count - 1 == 4, "\(run.output)")
    }

    /// The schema check fails where a schema says no: a graph id with a space (what the GraphML
    /// export wrote before it named graphs by NMTOKEN) and an element GEXF does not know.
    @Test(.enabled(if: pythonCanImport("lxml"), "needs python3 with lxml (make setup installs it)"))
    func theSchemaCheckCatchesWhatTheSchemasForbid() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanUp() }
        let network = try GraphExportTests.network()
        let graphML = GraphMLWriter.graphML(network).replacing(/<graph id="[^"]*"/, with: "<graph id=\"Hong Kong\"")
        let gexf = GEXFWriter.gexf(network).replacingOccurrences(of: "<nodes>", with: "<nodes><group/>")
        try FileAccess.writeAtomically(Array(graphML.utf8), to: folder.file("bad.graphml"))
        try FileAccess.writeAtomically(Array(gexf.utf8), to: folder.file("bad.gexf"))
        for (file, expected) in [("bad.graphml", "'Hong Kong' is not a valid value of the atomic type 'xs:NMTOKEN'"), ("bad.gexf", "group")] {
            let run = try runPython([repositoryRoot + "/scripts/check_xml_schema.py", folder.file(file)])
            #expect(run.status == 1 && run.output.contains(expected), "\(file): \(run.output)")
        }
    }

    /// GEXF 1.3's namespace and version, as Gephi 0.9+ and NetworkX (`version="1.3"`) read it.
    @Test func gexfIsVersion13() throws {
        let text = GEXFWriter.gexf(try DatasetLoader.load(repositoryRoot + "/datasets/sample"))
        #expect(text.contains(#"<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz""#) && text.contains(#"version="1.3">"#))
    }
}

@Suite struct Neo4jImportWriterTests {
    @Test func nodesAndRelationshipsCarryTypedHeaders() throws {
        let files = Neo4jImportWriter.files(of: try GraphExportTests.network())
        #expect(files.map(\.name) == ["nodes.csv", "relationships.csv"])
        let nodes = CSVTable(bytes: Array(files[0].text.utf8), file: "nodes.csv")
        let ties = CSVTable(bytes: Array(files[1].text.utf8), file: "relationships.csv")
        #expect(nodes.problems.isEmpty && ties.problems.isEmpty)
        #expect(nodes.header.first == "id:ID" && nodes.header.last == ":LABEL" && nodes.header.contains("population:long"))
        #expect(nodes.rows.count == 4 && ties.rows.count == 2)
        #expect(nodes.rows.first { $0["id:ID"] == "CN-SHA" }?[":LABEL"] == "City")
        #expect(Set(ties.rows.compactMap { $0[":TYPE"] }) == ["SISTER", "COOPERATION"])
    }
}
