import Foundation
import Testing

/// The README's promises under hostile use: no command writes over or inside what it read, onto a
/// special file, or leaves an output half-written when killed (issue 15).
@Suite struct OutputSafetyTests {
    typealias CLI = CommandLineTests

    /// A scratch copy of the sample dataset and the world it includes, as `datasets/`.
    static func scratch() throws -> String {
        let folder = try CLI.temporaryFolder()
        try FileManager.default.createDirectory(atPath: folder + "/datasets", withIntermediateDirectories: true)
        for name in ["sample", "world"] {
            try FileManager.default.copyItem(atPath: CLI.root + "/datasets/" + name, toPath: folder + "/datasets/" + name)
        }
        return folder
    }

    /// Every file under a folder with its bytes.
    static func snapshot(_ folder: String) -> [String: Data] {
        var files: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(atPath: folder)
        while let name = enumerator?.nextObject() as? String {
            if let data = FileManager.default.contents(atPath: folder + "/" + name) { files[name] = data }
        }
        return files
    }

    @Test(arguments: [
        ["summary", "--dataset", "datasets/sample", "-o", "datasets/world/countries.csv"],
        ["export", "--dataset", "datasets/sample", "--format", "gexf", "-o", "datasets/world/new.gexf"],
        ["render", "--dataset", "datasets/sample", "--view", "ego:HK:1", "-o", "datasets/world/map.svg"],
        ["report", "--quiet", "--dataset", "datasets/sample", "-o", "datasets/world/report.html"],
        ["export", "--dataset", "datasets/sample", "--format", "csv", "-o", "datasets/world"],
        ["export", "--dataset", "datasets/sample", "--format", "csv", "-o", "datasets"],
        ["targets", "--dataset", "datasets/sample", "--write-scenario", "datasets/sample/ties.csv"],
        ["summary", "--dataset", "datasets/sample", "-o", "link/new.txt"],
        ["import", "twin-pairs", "datasets/sample/pairs.csv", "-o", "datasets/sample"],
        ["scenario", "datasets/sample/scenarios/s.yaml", "-o", "datasets/sample/ties.csv"],
        ["scenario", "datasets/sample/scenarios/s.yaml", "--maps", "datasets/sample"],
    ])
    func nothingReadIsWrittenOverOrInto(_ command: [String]) throws {
        let folder = try Self.scratch()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createSymbolicLink(atPath: folder + "/link", withDestinationPath: "datasets/sample")
        try "city1,country1,city2,country2\nOsaka,Japan,Shanghai,China\n".write(toFile: folder + "/datasets/sample/pairs.csv", atomically: true, encoding: .utf8)
        try FileManager.default.createDirectory(atPath: folder + "/datasets/sample/scenarios", withIntermediateDirectories: true)
        try "name: S\nbase: ..\nfocus: HK\nsteps:\n  - id: one\n    activate_dormant: {entity: HK}\n"
            .write(toFile: folder + "/datasets/sample/scenarios/s.yaml", atomically: true, encoding: .utf8)
        let before = Self.snapshot(folder + "/datasets")
        let run = try CLI.run(command, in: folder)
        #expect(run.status == 1, "\(run.stderr)")
        #expect(run.stderr.contains("cannot write") && run.stderr.contains("input"), "\(run.stderr)")
        #expect(Self.snapshot(folder + "/datasets") == before, "nothing under datasets/ changed")
    }

    @Test func specialFilesAreNeverWrittenOver() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(mkfifo(folder + "/pipe", 0o644) == 0)
        for output in ["pipe", "/dev/null"] {
            let run = try CLI.run(["summary", "-o", output], in: folder)
            #expect(run.status == 1 && run.stderr.contains("not a regular file, and is never written over"), "\(run.stderr)")
        }
        var status = stat()
        #expect(stat(folder + "/pipe", &status) == 0 && status.st_mode & S_IFMT == S_IFIFO)
    }

    /// Starts `arguments`, waits until its temporary output appears, then sends `signal`.
    static func interrupt(_ arguments: [String], in folder: String, signal: Int32, after delay: Double) throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: CLI.executable)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(120)
        while process.isRunning && Date() < deadline {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
            if names.contains(where: { $0.contains(".liaison-") }) { break }
            usleep(2_000)
        }
        if delay > 0 { usleep(UInt32(delay * 1_000_000)) }
        kill(process.processIdentifier, signal)
        process.waitUntilExit()
        return process.terminationStatus
    }

    /// kill -9 at moments spread over the write leaves the old output or the new one, never a mix;
    /// SIGTERM leaves no temporary; the next run removes a killed run's temporaries.
    @Test(arguments: [["--format", "json", "-o", "out.json"], ["--format", "csv", "-o", "out"]])
    func aKillLeavesTheOldOutputOrTheNew(_ output: [String]) throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let big = try CLI.run(["generate", "--entities", "4000", "--ties", "12000", "-o", "big"], in: folder)
        #expect(big.status == 0, "\(big.stderr)")
        let path = folder + "/" + output.last!
        func state() -> [String: Data] { output[1] == "csv" ? Self.snapshot(path) : ["": FileManager.default.contents(atPath: path) ?? Data()] }
        #expect(try CLI.run(["export", "--dataset", "big"] + output, in: folder).status == 0)
        let new = state()
        #expect(try CLI.run(["export", "--dataset", CLI.root + "/datasets/sample"] + output, in: folder).status == 0)
        let old = state()
        #expect(new != old)
        for (k, delay) in [0.0, 0.005, 0.02, 0.05, 0.1].enumerated() {
            let status = try Self.interrupt(["export", "--dataset", "big"] + output, in: folder, signal: k == 2 ? SIGTERM : SIGKILL, after: delay)
            let now = state()
            #expect(now == old || now == new, "after a kill \(delay) s into the write the output is old or new")
            if now == new {  // the run finished before the kill: back to the old output
                #expect(try CLI.run(["export", "--dataset", CLI.root + "/datasets/sample"] + output, in: folder).status == 0)
            }
            if k == 2 {
                #expect(status == 0 || AtomicTemporaries.names(in: folder).isEmpty, "SIGTERM removes the temporaries")
            }
        }
        let cleanup = try CLI.run(["export", "--dataset", CLI.root + "/datasets/sample"] + output, in: folder)
        #expect(cleanup.status == 0)
        #expect(AtomicTemporaries.names(in: folder).isEmpty, "the next run removed what the killed runs left: \(cleanup.stderr)")
    }
}

enum AtomicTemporaries {
    static func names(in folder: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.contains(".liaison-") }
    }
}
