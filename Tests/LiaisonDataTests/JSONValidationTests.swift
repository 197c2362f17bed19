import Foundation
import Testing
@testable import LiaisonData
import LiaisonGraph

/// Loading a JSON export makes the CSV loader's checks, each at its line and column (issue 15, point 6).
@Suite struct JSONValidationTests {
    @Test func badValuesAreReportedWhereTheyAre() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanUp() }
        let sample = try DatasetLoader.load(repositoryRoot + "/datasets/sample")
        var document = try JSONSerialization.jsonObject(with: Data(JSONNetworkCodec.encode(sample))) as! [String: Any]
        var metadata = document["metadata"] as! [String: Any]
        metadata["asOf"] = "2026-02-30"
        metadata["focus"] = "NOPE"
        document["metadata"] = metadata
        var entities = document["entities"] as! [[String: Any]]
        entities[5]["latitude"] = 1000
        entities[5]["longitude"] = 10
        entities[6]["population"] = -5
        entities.append(entities[7])
        document["entities"] = entities
        var ties = document["ties"] as! [[String: Any]]
        ties[0]["since"] = 99999
        ties[1]["to"] = "XX-UNKNOWN"
        document["ties"] = ties
        let text = try JSONSerialization.data(withJSONObject: document, options: [.prettyPrinted, .sortedKeys])
        try folder.write("bad.json", bytes: Array(text))
        let lines = String(decoding: text, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        var found: [ValidationProblem] = []
        do { _ = try DatasetLoader.load(folder.file("bad.json")) } catch { found = error.problems }
        let expected = [("latitude out of range", "\"latitude\""), ("population out of range", "\"population\""),
                        ("asOf is not a date", "\"asOf\""), ("unknown focus entity", "\"focus\""),
                        ("since out of range", "\"since\""), ("unknown entity", "\"to\""), ("duplicate ID", "\"id\"")]
        #expect(found.count == expected.count, "\(found)")
        for (message, key) in expected {
            let problem = found.first { $0.message.hasPrefix(message) }
            let line = problem?.location.map { String(lines[$0.line - 1]) } ?? ""
            #expect(line.contains(key), "\(message): \(problem?.description ?? "not reported") points at '\(line)'")
        }
    }

    /// `asOf` is required in a JSON export as `as_of` is in dataset.yaml: an export without one is refused,
    /// pointed at its metadata.
    @Test func anExportWithoutAsOfIsRefused() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanUp() }
        let sample = try DatasetLoader.load(repositoryRoot + "/datasets/sample")
        var document = try JSONSerialization.jsonObject(with: Data(JSONNetworkCodec.encode(sample))) as! [String: Any]
        var metadata = document["metadata"] as! [String: Any]
        metadata.removeValue(forKey: "asOf")
        document["metadata"] = metadata
        let text = try JSONSerialization.data(withJSONObject: document, options: [.prettyPrinted, .sortedKeys])
        try folder.write("undated.json", bytes: Array(text))
        var found: [ValidationProblem] = []
        do { _ = try DatasetLoader.load(folder.file("undated.json")) } catch { found = error.problems }
        let problem = try #require(found.first { $0.message == "metadata has no asOf" }, "\(found)")
        #expect(found.count == 1)
        let lines = String(decoding: text, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        let line = try #require(problem.location?.line)
        #expect(lines[line - 1].contains("\"description\""), "the metadata's first key, where asOf belongs")
    }

    /// The fuzzer found a stray `}` inside the entities array made the position scan stand still.
    @Test(arguments: ["{\"entities\": [}}}", "{\"ties\": [1, }, 2", "{\"metadata\": {\"a\": }", "[", "{\"entities\": [{\"a\": 1,}"])
    func malformedJSONIsReportedNotScannedForever(_ text: String) throws {
        let folder = try TemporaryFolder(files: ["x.json": text])
        defer { folder.cleanUp() }
        #expect(throws: DatasetError.self) { try DatasetLoader.load(folder.file("x.json")) }
    }
}
