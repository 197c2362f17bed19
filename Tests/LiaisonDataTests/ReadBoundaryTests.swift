import Foundation
import Testing
@testable import LiaisonData

/// A dataset reads inside its parent folder's tree and the embedded datasets only, unless the run
/// allows more (issue 15, point 11): what lies elsewhere is refused unopened, and never echoed.
@Suite struct ReadBoundaryTests {
    /// A secret outside the dataset's tree, and a dataset beside the shared world table.
    static func folders(manifest: String) throws -> (data: TemporaryFolder, elsewhere: TemporaryFolder) {
        let elsewhere = try TemporaryFolder(files: ["secret.csv": "id,name,country\nTOP-SECRET,Do not print me,XX\n",
                                                    "world/dataset.yaml": "name: Elsewhere\nas_of: 2024-12-31\n"])
        let data = try DatasetLoaderTests.folder(["focus/dataset.yaml": manifest.replacingOccurrences(of: "ELSEWHERE", with: elsewhere.path)])
        return (data, elsewhere)
    }

    @Test func anIncludeOutsideTheTreeIsRefusedAtItsItem() throws {
        let (data, elsewhere) = try Self.folders(manifest: "name: Focus\nas_of: 2024-12-31\nincludes:\n  - ../world\n  - ELSEWHERE/world\n")
        defer { data.cleanUp(); elsewhere.cleanUp() }
        let found = problems(in: data)
        #expect(found.count == 1, "\(found)")
        #expect(found.first?.hasPrefix("focus/dataset.yaml:5:5: lies outside the folders a dataset may read") == true, "\(found)")
        #expect(found.first?.contains("--allow-outside") == true)
        // Allowed for the run, it is read.
        #expect(throws: Never.self) { try DatasetLoader.load(data.file("focus"), boundary: .unrestricted) }
    }

    @Test func aTableLinkedToAFileOutsideIsNotOpenedNorEchoed() throws {
        let (data, elsewhere) = try Self.folders(manifest: "name: Focus\nas_of: 2024-12-31\nincludes: [../world]\n")
        defer { data.cleanUp(); elsewhere.cleanUp() }
        try FileManager.default.createSymbolicLink(atPath: data.file("focus/cities.csv"), withDestinationPath: elsewhere.file("secret.csv"))
        let found = problems(in: data)
        #expect(found.count == 1, "\(found)")
        #expect(found.first?.hasPrefix("focus/cities.csv:1:1: lies outside the folders a dataset may read") == true, "\(found)")
        #expect(!found.joined().contains("Do not print me") && !found.joined().contains("TOP-SECRET"))
        // Allowed for the run, the file is read (and fails: XX is no country).
        #expect(throws: DatasetError.self) { try DatasetLoader.load(data.file("focus"), boundary: .unrestricted) }
    }

    @Test func aLinkInsideTheTreeAndTheSiblingIncludesAreRead() throws {
        let (data, elsewhere) = try Self.folders(manifest: "name: Focus\nas_of: 2024-12-31\nincludes: [../world]\n")
        defer { data.cleanUp(); elsewhere.cleanUp() }
        try data.write("shared/cities.csv", "id,name,country,source\nJP-OSA,Osaka,JP,test\n")
        try FileManager.default.createSymbolicLink(atPath: data.file("focus/cities.csv"), withDestinationPath: data.file("shared/cities.csv"))
        let network = try DatasetLoader.load(data.file("focus"))
        #expect(network.entity(withID: "JP-OSA")?.name == "Osaka")
    }

    @Test func aFriendshipNetworkOutsideIsRefused() throws {
        let (data, elsewhere) = try Self.folders(manifest: "name: Focus\nas_of: 2024-12-31\nincludes: [../world]\nfriendship_network: ELSEWHERE/world\n")
        defer { data.cleanUp(); elsewhere.cleanUp() }
        let found = problems(in: data)
        #expect(found.count == 1 && found.first?.hasPrefix("focus/dataset.yaml:4:") == true, "\(found)")
    }

    @Test func theBoundaryFollowsLinksBeforeComparing() throws {
        let folder = try TemporaryFolder(files: ["inside/a.txt": "a"])
        defer { folder.cleanUp() }
        try FileManager.default.createSymbolicLink(atPath: folder.file("inside/up"), withDestinationPath: "/")
        let boundary = ReadBoundary(roots: [folder.file("inside")])
        #expect(boundary.allows(folder.file("inside/a.txt")))
        #expect(!boundary.allows(folder.file("inside/up/etc/passwd")), "a link out of the tree is outside")
        #expect(!boundary.allows(folder.file("inside-not")), "a sibling that shares the prefix is outside")
        #expect(ReadBoundary.unrestricted.allows("/etc/passwd"))
    }
}
