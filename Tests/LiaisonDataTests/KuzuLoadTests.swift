import Foundation
import Testing
@testable import LiaisonData
import LiaisonGraph

/// Whether python3 can import kuzu.
let kuzuInstalled = pythonCanImport("kuzu")

/// The Neo4j bulk export loaded into a real embedded graph database, Kùzu from PyPI (`make setup`
/// installs it), by `scripts/load_kuzu.py`, and queried in Cypher: the database answers what the
/// network answers (issue 16, point 7).
@Suite(.enabled(if: kuzuInstalled, "needs python3 with the kuzu package (make setup installs it)"))
struct KuzuLoadTests {
    @Test func theHongKongExportAnswersInKuzuAsInLiaison() throws {
        let network = try DatasetLoader.load(repositoryRoot + "/datasets/hong-kong")
        let folder = try TemporaryFolder()
        defer { folder.cleanUp() }
        for file in Neo4jImportWriter.files(of: network) { try folder.write("export/" + file.name, file.text) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", repositoryRoot + "/scripts/load_kuzu.py", folder.file("export"), folder.file("db"),
                             "--query", "MATCH (s:Entity {id: 'CN-SHA'})-[t:SISTER]-(c:Entity) RETURN c.id, t.since ORDER BY t.since, c.id LIMIT 1",
                             "--query", "MATCH (o:Entity)-[:ETO]->(c:Entity) WHERE o.represents = 'HK' AND c.labels = 'Country' RETURN count(DISTINCT c)"]
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(stderr)")
        let lines = stdout.split(separator: "\n").map(String.init)
        try #require(lines.count == 3, "\(stdout)")
        #expect(lines[0] == "{\"entities\": \(network.entityCount), \"ties\": \(network.tieCount)}")
        // Shanghai's earliest sister city, as the network has it.
        let first = network.ties(of: "CN-SHA", layer: "sister").filter { $0.since != nil }
            .map { (since: $0.since!, id: $0.from == "CN-SHA" ? $0.to : $0.from) }.min { ($0.since, $0.id) < ($1.since, $1.id) }
        let earliest = try #require(first)
        #expect(lines[1] == "[\"\(earliest.id)\", \(earliest.since)]")
        // The countries Hong Kong's offices are tied to on the eto layer.
        let offices = Set(network.organisations.filter { $0.representsID == "HK" }.map(\.id))
        let countries = Set(network.ties.filter { $0.layer == "eto" && offices.contains($0.from) }.map(\.to)
            .filter { network.entity(withID: $0)?.kind == .country })
        #expect(countries.count > 20 && lines[2] == "[\(countries.count)]", "\(countries.count): \(lines[2])")
    }
}
