import Foundation
import Testing
@testable import LiaisonData
import LiaisonGraph

/// The `status_since` column of ties.csv: loaded, validated with a location, written back.
@Suite struct StatusSinceTests {
    static func files(ties: String) -> [String: String] {
        var files = DatasetLoaderTests.goodFocus
        files["focus/ties.csv"] = "from,to,layer,status,since,until,status_since,source\n" + ties
        return files
    }

    @Test func loadsTheYearAStatusBegan() throws {
        let folder = try DatasetLoaderTests.folder(Self.files(ties: """
            HKETO-TYO,JP,eto,dormant,1983,,2021,https://example.org/t
            CN-SHA,JP-OSA,sister,active,1974,,,https://example.org/t

            """))
        defer { folder.cleanUp() }
        let network = try load(folder.file("focus"))
        #expect(network.ties.map(\.statusSince) == [2021, nil])
        #expect(try network.view([.inForce(year: 2020)]).ties.first { $0.to == "JP" }?.status == .active)
    }

    @Test func aBadStatusYearIsLocated() throws {
        let folder = try DatasetLoaderTests.folder(Self.files(ties: """
            HKETO-TYO,JP,eto,dormant,1983,,1980,https://example.org/t
            CN-SHA,JP-OSA,sister,ended,1974,2000,2001,https://example.org/t
            HK,JP-OSA,mou,dormant,2001,,2030,https://example.org/t
            HK,CN-SHA,mou,dormant,2001,,twenty,https://example.org/t

            """))
        defer { folder.cleanUp() }
        #expect(problems(in: folder) == [
            "focus/ties.csv:2:32: status begins before the tie starts (since 1983) '1980'; a year from 1983, the start year, on",
            "focus/ties.csv:3:38: an ended tie's status begins when it ends (until 2000) '2001'; 2000, or empty",
            "focus/ties.csv:4:29: status begins after the dataset's as-of date 2024-12-31 '2030'; a year up to 2024",
            "focus/ties.csv:5:29: not a whole number in 1000...2100 'twenty'; a whole number from 1000 to 2100",
        ])
    }

    @Test func survivesCSVAndJSONExport() throws {
        var b = NetworkBuilder(metadata: NetworkMetadata(name: "Status years", asOf: "2024-12-31"))
        b.add(Entity(id: "XX", kind: .country, name: "X", attributes: EntityAttributes(source: "s")))
        b.add(Entity(id: "XX-A", kind: .city, name: "A", countryID: "XX", attributes: EntityAttributes(source: "s")))
        b.add(Entity(id: "XX-B", kind: .city, name: "B", countryID: "XX", attributes: EntityAttributes(source: "s")))
        b.add(Tie(from: "XX-A", to: "XX-B", layer: "sister", status: .dormant, since: 2011, statusSince: 2021, source: "s"))
        b.add(Tie(from: "XX-A", to: "XX-B", layer: "cooperation", status: .ended, since: 2001, until: 2010, statusSince: 2010, source: "s"))
        let original = try b.build()
        let folder = try TemporaryFolder()
        defer { folder.cleanUp() }
        try DatasetWriter.write(original, to: folder.file("out"), inputs: [])
        #expect(try load(folder.file("out")).ties.map(\.statusSince) == [2021, 2010])
        ExportRoundTripTests.assertSame(original, try load(folder.file("out")))
        try FileAccess.writeAtomically(JSONNetworkCodec.encode(original), to: folder.file("n.json"))
        ExportRoundTripTests.assertSame(original, try load(folder.file("n.json")))
    }
}
