import Foundation
import LiaisonData
import Testing

/// No output on, in or around anything a command read, nor onto a special file (issue 15, point 1-2).
@Suite struct OutputGuardTests {
    /// A dataset `focus` including `../world`, a table linked from `elsewhere`, and China's
    /// friendship network in `china`.
    static func layout() throws -> TemporaryFolder {
        let folder = try TemporaryFolder(files: [
            "world/dataset.yaml": "name: World\nas_of: 2024-12-31\n",
            "world/countries.csv": "id,name,source\nCN,China,s\n",
            "china/dataset.yaml": "name: China\nas_of: 2024-12-31\n",
            "elsewhere/cities.csv": "id,name,country,source\nCN-SHA,Shanghai,CN,s\n",
            "focus/dataset.yaml": "name: Focus\nas_of: 2024-12-31\nincludes: [../world]\nfriendship_network: ../china\n",
        ])
        try FileManager.default.createSymbolicLink(atPath: folder.file("focus/cities.csv"), withDestinationPath: "../elsewhere/cities.csv")
        try FileManager.default.createSymbolicLink(atPath: folder.file("link"), withDestinationPath: "focus")
        return folder
    }

    static func refusal(_ output: String, _ kind: OutputGuard.OutputKind, inputs: [String]) -> String? {
        do { try OutputGuard(inputs: inputs).check(output, as: kind); return nil } catch { return error.reason }
    }

    @Test func includesLinkedTablesAndTheFriendshipNetworkAreInputs() throws {
        let folder = try Self.layout()
        defer { folder.cleanUp() }
        let inputs = [folder.file("focus")]
        let refusals = [
            (folder.file("world/countries.csv"), "it is the input \(folder.file("focus"))/../world/countries.csv"),
            (folder.file("world/new.csv"), "it is inside the input \(folder.file("focus"))/../world"),
            (folder.file("elsewhere/cities.csv"), "it is the input \(folder.file("focus"))/cities.csv"),
            (folder.file("china/x.svg"), "it is inside the input \(folder.file("focus"))/../china"),
            (folder.file("link/new.txt"), "it is inside the input \(folder.file("focus"))"),
        ]
        for (output, reason) in refusals {
            let refused = Self.refusal(output, .file, inputs: inputs)
            #expect(refused?.hasPrefix(reason) == true, "\(output): \(refused ?? "allowed")")
        }
        #expect(Self.refusal(folder.file("elsewhere/other.csv"), .file, inputs: inputs) == nil, "a sibling of a linked table is not read")
        #expect(Self.refusal(folder.file("out/report.html"), .file, inputs: inputs) == nil)
    }

    @Test func aFolderOutputMayNotHoldAnInput() throws {
        let folder = try Self.layout()
        defer { folder.cleanUp() }
        let refused = Self.refusal(folder.path, .folder, inputs: [folder.file("focus/cities.csv")])
        #expect(refused?.contains("the folder holds the input") == true, "\(refused ?? "allowed")")
        #expect(Self.refusal(folder.file("new"), .folder, inputs: [folder.file("focus")]) == nil)
    }

    @Test func specialFilesAndWrongKindsAreRefused() throws {
        let folder = try TemporaryFolder(files: ["file.txt": "x"])
        defer { folder.cleanUp() }
        #expect(mkfifo(folder.file("pipe"), 0o644) == 0)
        try FileManager.default.createDirectory(atPath: folder.file("dir"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: folder.file("dangling"), withDestinationPath: "nowhere/x")
        #expect(Self.refusal(folder.file("pipe"), .file, inputs: [])?.contains("a named pipe (FIFO), not a regular file") == true)
        #expect(Self.refusal("/dev/null", .file, inputs: [])?.contains("a device, not a regular file") == true)
        #expect(Self.refusal(folder.file("dir"), .file, inputs: [])?.contains("it is a folder") == true)
        #expect(Self.refusal(folder.file("file.txt"), .folder, inputs: [])?.contains("it is a file") == true)
        #expect(Self.refusal(folder.file("dangling"), .file, inputs: [])?.contains("symbolic link to nothing") == true)
        #expect(FileAccess.kind(of: folder.file("pipe")) == .pipe, "the FIFO was left alone")
    }
}

/// Atomic writes: exclusive unpredictable temporaries, modes kept, stale temporaries removed,
/// folders swapped in whole (issue 15, point 2).
@Suite struct AtomicWriteTests {
    static func temporaries(in folder: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.contains(".liaison-") }
    }

    @Test func aFileWrittenOverKeepsItsModeAndNoTemporaryStays() throws {
        let folder = try TemporaryFolder(files: ["secret.txt": "old"])
        defer { folder.cleanUp() }
        chmod(folder.file("secret.txt"), 0o600)
        try FileAccess.writeAtomically(Array("new".utf8), to: folder.file("secret.txt"))
        var status = stat()
        stat(folder.file("secret.txt"), &status)
        #expect(status.st_mode & 0o777 == 0o600)
        #expect(try String(contentsOfFile: folder.file("secret.txt"), encoding: .utf8) == "new")
        #expect(Self.temporaries(in: folder.path).isEmpty)
    }

    /// A link planted at the old predictable temporary name `.NAME.PID.tmp` redirected the write.
    @Test func aPlantedLinkAtAGuessableNameIsNotFollowed() throws {
        let folder = try TemporaryFolder(files: ["victim.txt": "keep"])
        defer { folder.cleanUp() }
        try FileManager.default.createSymbolicLink(atPath: folder.file(".out.txt.\(getpid()).tmp"), withDestinationPath: folder.file("victim.txt"))
        try FileAccess.writeAtomically(Array("out".utf8), to: folder.file("out.txt"))
        #expect(try String(contentsOfFile: folder.file("victim.txt"), encoding: .utf8) == "keep")
        #expect(try String(contentsOfFile: folder.file("out.txt"), encoding: .utf8) == "out")
    }

    @Test func staleTemporariesOfAKilledRunAreRemovedAndLiveOnesKept() throws {
        // A process ID no process holds: one above the system's maximum.
        let maximum = (try? String(contentsOfFile: "/proc/sys/kernel/pid_max", encoding: .utf8)).flatMap { Int32($0.trimmingCharacters(in: .whitespacesAndNewlines)) } ?? 4_194_304
        let stale = ".out.txt.liaison-\(maximum + 1)-0123456789abcdef.tmp"
        let live = ".out.txt.liaison-1-0123456789abcdef.tmp"
        let folder = try TemporaryFolder(files: [stale: "half", live: "being written"])
        defer { folder.cleanUp() }
        let report = try FileAccess.writeAtomically(Array("out".utf8), to: folder.file("out.txt"))
        #expect(report.removedStaleTemporaries == [OutputGuard.realPath(folder.file(stale))])
        #expect(Self.temporaries(in: folder.path) == [live], "process 1 is alive: its temporary is not touched")
    }

    @Test func aFolderIsReplacedWholeAndForeignFilesAreRefused() throws {
        let folder = try TemporaryFolder(files: ["out/a.csv": "old a", "out/b.csv": "old b"])
        defer { folder.cleanUp() }
        try FileAccess.writeFolderAtomically([("a.csv", Array("new a".utf8)), ("b.csv", Array("new b".utf8))], to: folder.file("out"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.file("out")).sorted() == ["a.csv", "b.csv"])
        #expect(try String(contentsOfFile: folder.file("out/a.csv"), encoding: .utf8) == "new a")
        #expect(try String(contentsOfFile: folder.file("out/b.csv"), encoding: .utf8) == "new b")
        #expect(Self.temporaries(in: folder.path).isEmpty)
        try folder.write("out/notes.txt", "mine")
        #expect(throws: OutputError.self) { try FileAccess.writeFolderAtomically([("a.csv", Array("x".utf8))], to: folder.file("out")) }
        #expect(try String(contentsOfFile: folder.file("out/notes.txt"), encoding: .utf8) == "mine")
    }
}
