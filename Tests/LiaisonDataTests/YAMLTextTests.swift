import Foundation
import Testing
import LiaisonData
import LiaisonGraph
import Yams

/// YAML that Liaison writes reads back as written, whatever the text.
@Suite struct YAMLTextTests {
    /// Texts that plain or hand-quoted YAML would misread or refuse.
    static let awkward = ["yes", "no", "~", "null", "0123", "1e3", "- x", "a: b", "#c", "[x]", "{y}", "\"q\"", "'s'", "back\\slash",
                          "two\nlines", "tab\there", "bell\u{7}", "nul\u{0}", "line sep\u{2028}", "bom\u{FEFF}", "  padded  ", "",
                          "香港駐吉隆坡經濟貿易辦事處", "emoji 🏙️", String(repeating: "long ", count: 60)]

    @Test func everyTextReadsBackAsWritten() throws {
        let node = YAMLText.mapping(Self.awkward.enumerated().map { ("k\($0.offset)", YAMLText.string($0.element)) })
        let text = YAMLText.document(node, comments: ["a comment", "with a\nline break"])
        #expect(text.hasPrefix("# a comment\n# with a line break\n"))
        let loaded = try #require(try Yams.load(yaml: text) as? [String: Any])
        for (k, expected) in Self.awkward.enumerated() {
            #expect(loaded["k\(k)"] as? String == expected, "\(expected.debugDescription) read back as \(String(describing: loaded["k\(k)"]))")
        }
    }

    @Test func flowCollectionsAndNumbersKeepTheirTypes() throws {
        let node = YAMLText.mapping([("tie", YAMLText.mapping([("from", YAMLText.string("A")), ("status", YAMLText.word("proposed"))], flow: true)),
                                     ("ids", YAMLText.sequence([YAMLText.string("x"), YAMLText.string("yes")], flow: true)),
                                     ("count", YAMLText.number(3)), ("weight", YAMLText.number(0.25))])
        let text = YAMLText.document(node)
        #expect(text.contains("tie: {from: \"A\", status: proposed}"), "\(text)")
        let loaded = try #require(try Yams.load(yaml: text) as? [String: Any])
        #expect((loaded["ids"] as? [String]) == ["x", "yes"])
        #expect(loaded["count"] as? Int == 3 && loaded["weight"] as? Double == 0.25)
    }

    /// An exported `dataset.yaml` loads back with the same metadata, awkward names included.
    @Test func anExportedManifestLoadsBackTheSame() throws {
        var b = NetworkBuilder(metadata: NetworkMetadata(name: "yes", description: "a: b\n- \"quoted\" \\ #not a comment", asOf: "2025-01-01",
                                                         focusID: "F", peerIDs: ["P"], sources: ["s-1": "Title: with colon, 'quotes' & 香港"]))
        for (id, kind, country) in [("CN", EntityKind.country, nil), ("F", .city, "CN"), ("P", .city, "CN")] as [(String, EntityKind, String?)] {
            b.add(Entity(id: id, kind: kind, name: id, countryID: country, attributes: EntityAttributes(source: "s-1")))
        }
        let network = try b.build()
        let folder = NSTemporaryDirectory() + "liaison-yaml-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try DatasetWriter.write(network, to: folder, inputs: [])
        let back = try DatasetLoader.load(folder).metadata
        #expect(back.name == "yes" && back.description == network.metadata.description && back.asOf == "2025-01-01")
        #expect(back.focusID == "F" && back.peerIDs == ["P"] && back.sources == network.metadata.sources)
    }
}
