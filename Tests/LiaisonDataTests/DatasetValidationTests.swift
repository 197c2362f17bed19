import Foundation
import Testing
@testable import LiaisonData
import LiaisonGraph

/// Invalid folders that used to load with exit 0 (issue 15, points 5, 7, 8, 10).
@Suite struct DatasetValidationTests {
    typealias Loader = DatasetLoaderTests

    /// A table that is a folder, a broken link, a link loop or a FIFO was skipped ("valid: 0
    /// ties") or, for the FIFO, blocked forever.
    @Test(arguments: ["folder", "dangling", "loop", "fifo"])
    func aTableThatIsNotARegularFileIsNamed(_ kind: String) throws {
        let folder = try Loader.folder(Loader.goodFocus.filter { $0.key != "focus/ties.csv" })
        defer { folder.cleanUp() }
        let path = folder.file("focus/ties.csv")
        switch kind {
        case "folder": try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        case "dangling": try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: "nowhere.csv")
        case "loop": try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: "ties.csv")
        default: #expect(mkfifo(path, 0o644) == 0)
        }
        let words = ["folder": "is a folder", "dangling": "is a symbolic link to nothing", "loop": "is a loop of symbolic links",
                     "fifo": "is a named pipe (FIFO)"][kind]!
        let found = problems(in: folder)
        #expect(found == ["focus/ties.csv:1:1: \(words), not a regular file 'focus/ties.csv'; a readable regular file"], "\(found)")
    }

    @Test func anEmptyTableIsNamed() throws {
        let folder = try Loader.folder(Loader.goodFocus.merging(["focus/organisations.csv": ""]) { _, new in new })
        defer { folder.cleanUp() }
        #expect(problems(in: folder).contains { $0.hasPrefix("focus/organisations.csv:1:1: table is empty") }, "\(problems(in: folder))")
    }

    @Test(arguments: [("as_of: 2026-02-30", "as_of is not a date '2026-02-30'"), ("as_of: -001-01-01", "as_of is not a date"),
                      ("as_of: 2024-02-29", nil), ("name2: x", "dataset.yaml has no as_of")])
    func asOfIsRequiredAndACalendarDate(_ line: String, _ expected: String?) throws {
        var manifest = "name: Focus\nincludes: [../world]\n" + line + "\n"
        if !line.hasPrefix("as_of") { manifest = manifest.replacingOccurrences(of: "name2: x\n", with: "") }
        let folder = try Loader.folder(["focus/dataset.yaml": manifest])
        defer { folder.cleanUp() }
        let found = problems(in: folder)
        if let expected { #expect(found.count == 1 && found[0].contains(expected), "\(found)") } else { #expect(found.isEmpty, "\(found)") }
    }

    /// `areas: [[x], {a: 1}]` and `peers: {a: b}` were accepted.
    @Test func listsHoldSingleValues() throws {
        let folder = try Loader.folder(["focus/dataset.yaml": "name: Focus\nas_of: 2024-12-31\nincludes: [../world]\nareas: [[x], {a: 1}]\npeers: {a: b}\n"])
        defer { folder.cleanUp() }
        #expect(problems(in: folder) == [
            "focus/dataset.yaml:4:9: an item of 'areas' is a list or mapping, not a single value 'areas'; areas: [first, second]",
            "focus/dataset.yaml:4:14: an item of 'areas' is a list or mapping, not a single value 'areas'; areas: [first, second]",
            "focus/dataset.yaml:5:8: 'peers' must be a list of values, not a mapping 'peers'; peers: [first, second]",
        ])
    }

    /// A quoted ID may hold a line break in CSV; as an ID it would print over two lines and match
    /// nothing typed: it is refused, and the message stays on one line.
    @Test func anIDWithALineBreakIsRefusedOnOneLine() throws {
        let folder = try Loader.folder(["focus/dataset.yaml": "name: Focus\nas_of: 2024-12-31\nincludes: [../world]\n",
                                        "focus/cities.csv": "id,name,country,source\n\"JP-\r\nOSA\",Osaka,JP,s\n"])
        defer { folder.cleanUp() }
        #expect(problems(in: folder) == ["focus/cities.csv:2:1: ID holds a line break or control character 'JP-\\r\\nOSA'; an ID on one line, of printable characters"])
    }

    /// Include problems pointed at the `includes:` key, not the item.
    @Test func anIncludeProblemPointsAtItsItem() throws {
        let folder = try Loader.folder(["focus/dataset.yaml": "name: Focus\nas_of: 2024-12-31\nincludes:\n  - ../world\n  - ../nowhere\n"])
        defer { folder.cleanUp() }
        #expect(problems(in: folder) == ["focus/dataset.yaml:5:5: no such dataset folder 'focus/../nowhere'; a folder holding dataset.yaml (or a .json export)"])
    }

    @Test(arguments: ["x", "2026-13-01", "2026-1-1"])
    func anImportDateMustBeADate(_ date: String) throws {
        let folder = try TemporaryFolder(files: ["pairs.csv": "city1,country1,city2,country2\nOsaka,Japan,Tokyo,Japan\n"])
        defer { folder.cleanUp() }
        let world = try DatasetLoader.load(repositoryRoot + "/datasets/world")
        #expect(throws: DatasetError.self) {
            try TwinPairsImporter.run(path: folder.file("pairs.csv"), universe: world, options: .init(name: "x", source: "s", asOf: date))
        }
        let undated = try TwinPairsImporter.run(path: folder.file("pairs.csv"), universe: world, options: .init(name: "x", source: "s"))
        #expect(undated.network.metadata.asOf.map(DatasetManifest.isDate) == true, "an import without --as-of is dated today")
    }
}

/// Bounded work on bad input (issue 15, point 7).
@Suite struct BoundedWorkTests {
    /// A 200,000-character unknown ID took 18 s of suggestions; 20,000 unknown references with
    /// suggestions for each took minutes.
    @Test func manyOrLongUnknownReferencesAreReportedQuickly() throws {
        let long = String(repeating: "Q", count: 200_000)
        var ties = "from,to,layer,source\n\(long),CN,sister,s\n"
        for k in 0..<20_000 { ties += "X\(k),JP,sister,s\n" }
        let folder = try DatasetLoaderTests.folder(["focus/dataset.yaml": "name: F\nas_of: 2024-12-31\nincludes: [../world]\n", "focus/ties.csv": ties])
        defer { folder.cleanUp() }
        let start = Date()
        let found = problems(in: folder)
        #expect(Date().timeIntervalSince(start) < 20)
        #expect(found.count == 20_001)
        #expect(found.contains { $0.hasPrefix("focus/ties.csv:3:1: unknown entity 'X0'; the ID of a defined entity") })
    }
}
