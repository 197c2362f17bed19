import Foundation
import Testing
@testable import LiaisonData
import LiaisonGraph

/// Export, then load, gives the same network.
@Suite struct ExportRoundTripTests {
    static func assertSame(_ a: PartnershipNetwork, _ b: PartnershipNetwork) {
        // An export holds every entity as a row of its own, so none refines an included one.
        var original = a.metadata
        original.mergedIncludedRecords = b.metadata.mergedIncludedRecords
        #expect(original == b.metadata)
        #expect(a.layers == b.layers)
        #expect(a.areas == b.areas)
        #expect(a.entityCount == b.entityCount)
        for (x, y) in zip(a.entities, b.entities) where x != y {
            Issue.record("entity differs:\n\(x)\n\(y)")
            break
        }
        #expect(Array(a.ties) == Array(b.ties))
    }

    @Test(arguments: ["hong-kong", "liaocheng", "sample"])
    func csvFolderRoundTrip(name: String) throws {
        let original = try load(repositoryRoot + "/datasets/" + name)
        let folder = try TemporaryFolder()
        defer { folder.cleanUp() }
        try DatasetWriter.write(original, to: folder.file("out"), inputs: [])
        Self.assertSame(original, try load(folder.file("out")))
    }

    @Test(arguments: ["hong-kong", "liaocheng", "sample"])
    func jsonRoundTrip(name: String) throws {
        let original = try load(repositoryRoot + "/datasets/" + name)
        let folder = try TemporaryFolder()
        defer { folder.cleanUp() }
        try FileAccess.writeAtomically(JSONNetworkCodec.encode(original), to: folder.file("net.json"))
        let reloaded = try load(folder.file("net.json"))
        Self.assertSame(original, reloaded)
        #expect(JSONNetworkCodec.encode(reloaded) == JSONNetworkCodec.encode(original), "equal networks give equal bytes")
    }

    @Test func awkwardTextSurvivesBothFormats() throws {
        var b = NetworkBuilder(metadata: NetworkMetadata(name: "Quotes \"and\" commas, 中文", description: "line one\nline two", asOf: "2024-01-01",
                                                         targetWeights: ["bri": 0.3, "peers": 0], priorityRegions: ["ASEAN", "South-eastern Asia"]))
        b.define(Layer(id: "mou", name: "Memo: \"signed\"", description: "a, b"))
        b.define(area: "health")
        b.add(Entity(id: "XX", kind: .country, name: "Some, \"Country\"", nameZh: "某国", aliases: ["X1", "X 2"],
                     attributes: EntityAttributes(region: "Asia", politicalStatus: .sovereign, prcRelations: PRCRelations.none, source: "s")))
        b.add(Entity(id: "XX-A", kind: .city, name: "Ünïcode ☃ name", countryID: "XX", attributes: EntityAttributes(population: 5, location: GeoPoint(latitude: 0.1, longitude: -0.30000000000000004), tags: ["port"], source: "s", extra: ["motto": "a,\"b\"\nc"])))
        b.add(Entity(id: "XX-B", kind: .city, name: "B", countryID: "XX", attributes: EntityAttributes(source: "s")))
        b.add(Tie(from: "XX-A", to: "XX-B", layer: "mou", status: .intent, since: 2000, weight: 0.1, areas: ["health", "culture"], source: "https://x.org/?a=1,2", confidence: .low, note: "say \"hi\""))
        let original = try b.build()
        let folder = try TemporaryFolder()
        defer { folder.cleanUp() }
        try DatasetWriter.write(original, to: folder.file("out"), inputs: [])
        Self.assertSame(original, try load(folder.file("out")))
        try FileAccess.writeAtomically(JSONNetworkCodec.encode(original), to: folder.file("n.json"))
        Self.assertSame(original, try load(folder.file("n.json")))
    }
}

@Suite struct FileAccessTests {
    @Test func refusesToWriteOverOrInsideAnInput() throws {
        let folder = try TemporaryFolder(files: ["in/data.csv": "a\n"])
        defer { folder.cleanUp() }
        #expect(throws: OutputError.self) { try FileAccess.writeAtomically(Array("x".utf8), to: folder.file("in/data.csv"), inputs: [folder.file("in/data.csv")]) }
        #expect(throws: OutputError.self) { try FileAccess.writeAtomically(Array("x".utf8), to: folder.file("in/new.csv"), inputs: [folder.file("in")]) }
        #expect(try String(contentsOfFile: folder.file("in/data.csv"), encoding: .utf8) == "a\n")
    }

    @Test func replacesAFileWholeAndLeavesNoTemporaryFile() throws {
        let folder = try TemporaryFolder(files: ["out.txt": "old"])
        defer { folder.cleanUp() }
        try FileAccess.writeAtomically(Array("new".utf8), to: folder.file("out.txt"))
        #expect(try String(contentsOfFile: folder.file("out.txt"), encoding: .utf8) == "new")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["out.txt"])
    }
}
