import Foundation
import Testing
@testable import LiaisonData
import LiaisonGraph

/// `liaison init --focus`: focus datasets for Chinese cities, built from the China network.
struct FocusDatasetBuilderTests {
    static let folder = repositoryRoot + "/datasets/china-network"
    static let china = try! load(folder)
    static let tiers = try! CityTierTable(path: folder + "/city-tiers.csv", cities: china)

    @Test func liaochengsPeersAreShandongCitiesOfItsTier() throws {
        let result = try FocusDatasetBuilder.build(focus: "Liaocheng", network: Self.china, tiers: Self.tiers)
        #expect(result.focus.id == "CN-LCH")
        #expect(result.tier == .smallMedium)
        #expect(result.peerRule == .sameProvinceAndTier)
        #expect(result.peers.count == 5)
        for peer in result.peers {
            #expect(peer.city.provinceID == "CN-SD")
            #expect(peer.city.attributes.tier == .smallMedium)
            #expect(peer.ties > 0)
        }
        #expect(!result.peers.contains { $0.city.id == "CN-TNA" || $0.city.name == "Qingdao" || $0.city.name == "Yantai" },
                "Jinan and Qingdao are sub-provincial, Yantai a coastal open city")
        #expect(result.peers.map(\.ties) == result.peers.map(\.ties).sorted(by: >), "most ties first")
        // The dataset: the focus's and peers' ties, every country, foreign cities as candidates.
        let network = result.network
        #expect(network.metadata.focusID == "CN-LCH")
        #expect(network.metadata.peerIDs == result.peers.map(\.city.id))
        #expect(network.entity(withID: "CN-LCH")?.attributes.tier == .smallMedium)
        #expect(network.entities.count { $0.kind == .country } == Self.china.entities.count { $0.kind == .country })
        #expect(network.entity(withID: "JP-TYO") != nil, "foreign cities of the universe are candidates")
        let chosen = Set([result.focus.id] + result.peers.map(\.city.id))
        #expect(network.ties.allSatisfy { chosen.contains($0.from) || chosen.contains($0.to) })
        #expect(network.tieCount == Self.china.ties.count { chosen.contains($0.from) || chosen.contains($0.to) })
    }

    @Test func aMunicipalityComparesWithTheOtherMunicipalities() throws {
        let result = try FocusDatasetBuilder.build(focus: "北京", network: Self.china, tiers: Self.tiers)
        #expect(result.focus.id == "CN-PEK")
        #expect(result.tier == .municipality)
        #expect(result.peerRule == .sameTierNationwide, "Beijing is its own province")
        #expect(Set(result.peers.map(\.city.id)) == ["CN-TSN", "CN-SHA", "CN-CKG"])
    }

    @Test func aQueryMustNameOneChineseCity() {
        #expect(throws: FocusDatasetError.self) { try FocusDatasetBuilder.build(focus: "Fuzhou", network: Self.china, tiers: Self.tiers) }
        #expect(throws: FocusDatasetError.notAChineseCity(query: "JP-TYO", id: "JP-TYO")) {
            try FocusDatasetBuilder.build(focus: "JP-TYO", network: Self.china, tiers: Self.tiers)
        }
        do {
            _ = try FocusDatasetBuilder.build(focus: "Liaochen", network: Self.china, tiers: Self.tiers)
            Issue.record("a misspelt name built a dataset")
        } catch {
            #expect(error.description.contains("CN-LCH"), "the closest city is suggested")
        }
    }

    @Test func theDatasetIsWrittenAtomicallyAndValidates() throws {
        let temporary = try TemporaryFolder(files: ["full/keep.txt": "x"])
        defer { temporary.cleanUp() }
        let result = try FocusDatasetBuilder.build(focus: "CN-LCH", networkFolder: Self.folder, output: temporary.file("lc"))
        try FocusDatasetBuilder.write(result.network, to: temporary.file("lc"))
        let reloaded = try load(temporary.file("lc"))
        #expect(reloaded.entityCount == result.network.entityCount)
        #expect(reloaded.tieCount == result.network.tieCount)
        #expect(reloaded.metadata.friendshipNetwork.map { URL(fileURLWithPath: $0).standardizedFileURL.path }
                == URL(fileURLWithPath: Self.folder).standardizedFileURL.path, "the one-to-one rule consults the whole network")
        #expect(throws: OutputError.self, "a folder with files is never written into") {
            try FocusDatasetBuilder.write(result.network, to: temporary.file("full"))
        }
        #expect(FileManager.default.fileExists(atPath: temporary.file("full/keep.txt")))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: temporary.path).filter { $0.contains("partial") }
        #expect(leftovers.isEmpty)
    }

    @Test func aBadTierIsLocated() throws {
        let temporary = try TemporaryFolder(files: ["t.csv": "city,name,tier,source\nCN-LCH,Liaocheng,big,x\nCN-NOPE,x,municipality,x\n"])
        defer { temporary.cleanUp() }
        do {
            _ = try CityTierTable(path: temporary.file("t.csv"), cities: Self.china)
            Issue.record("a bad tier table was accepted")
        } catch {
            let text = error.problems.map(\.description)
            #expect(text.contains { $0.contains("t.csv:2:") && $0.contains("big") })
            #expect(text.contains { $0.contains("t.csv:3:") && $0.contains("CN-NOPE") })
        }
    }

    @Test func relativePaths() {
        #expect(FocusDatasetBuilder.relativePath(of: "/a/b/datasets/china-network", from: "/a/b/out/lc") == "../../datasets/china-network")
        #expect(FocusDatasetBuilder.relativePath(of: "/x/china-network", from: "/tmp/lc") == "/x/china-network")
    }
}
