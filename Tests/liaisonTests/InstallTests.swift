import Foundation
import Testing
@testable import liaison
import Liaison

/// The tool as installed: `make install`'s layout, reached through a symbolic link on PATH and
/// run from a folder that is not the package's, finds its datasets beside its real path.
@Suite struct InstallTests {
    typealias CLI = CommandLineTests

    @Test func anInstalledToolFindsItsDatasetsThroughASymbolicLinkFromAnyFolder() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        // The Makefile's own install step, given the binary this test run built.
        let make = try Self.make(["install-built", "BIN=\(CLI.executable)", "PREFIX=\(folder)/prefix"])
        #expect(make.status == 0, "\(make.stderr)")
        #expect(FileManager.default.isExecutableFile(atPath: folder + "/prefix/bin/liaison"))
        #expect(FileManager.default.fileExists(atPath: folder + "/prefix/share/liaison/datasets/hong-kong/dataset.yaml"))

        for sub in ["path", "elsewhere"] { try FileManager.default.createDirectory(atPath: folder + "/" + sub, withIntermediateDirectories: true) }
        try FileManager.default.createSymbolicLink(atPath: folder + "/path/liaison", withDestinationPath: folder + "/prefix/bin/liaison")
        let summary = try CLI.run(["summary"], executable: folder + "/path/liaison", in: folder + "/elsewhere", unset: ["LIAISON_DATASETS"])
        #expect(summary.status == 0, "\(summary.stderr)")
        #expect(summary.stdout == (try CLI.run(["summary"])).stdout)
        let named = try CLI.run(["validate", "liaocheng"], executable: folder + "/path/liaison", in: folder + "/elsewhere", unset: ["LIAISON_DATASETS"])
        #expect(named.stdout.hasPrefix(folder + "/prefix/share/liaison/datasets/liaocheng: valid:"), "\(named.stdout)\(named.stderr)")
    }

    /// A copy of the binary with no datasets beside it says where it looked, then takes
    /// `LIAISON_DATASETS`, then a `datasets/` folder in the working folder.
    @Test func aCopiedBinarySaysWhereItLookedAndTakesTheOtherPlaces() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder + "/bin", withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: CLI.executable, toPath: folder + "/bin/liaison")
        let lost = try CLI.run(["summary"], executable: folder + "/bin/liaison", in: folder, unset: ["LIAISON_DATASETS"])
        #expect(lost.status == 1)
        #expect(lost.stderr.contains("cannot find the embedded datasets (a folder holding hong-kong/dataset.yaml); looked in: \(folder)/share/liaison/datasets (installed beside the executable); \(folder)/datasets, "), "\(lost.stderr)")
        #expect(lost.stderr.contains("set LIAISON_DATASETS to their folder, or pass --dataset DIR"))

        try FileManager.default.createSymbolicLink(atPath: folder + "/datasets", withDestinationPath: CLI.root + "/datasets")
        let beside = try CLI.run(["summary"], executable: folder + "/bin/liaison", in: folder, unset: ["LIAISON_DATASETS"])
        #expect(beside.status == 0 && beside.stdout.contains("Hong Kong (HK)"), "\(beside.stderr)")
        let unknown = try CLI.run(["summary", "--dataset", "hongkong"], executable: folder + "/bin/liaison", in: folder, unset: ["LIAISON_DATASETS"])
        #expect(unknown.status == 1)
        // The embedded datasets are the folders of datasets/ that hold a dataset.yaml, listed in order.
        let embedded = try FileManager.default.contentsOfDirectory(atPath: CLI.root + "/datasets").sorted()
            .filter { FileManager.default.fileExists(atPath: CLI.root + "/datasets/\($0)/dataset.yaml") }
        #expect(embedded.contains("hong-kong") && embedded.contains("liaocheng"))
        #expect(unknown.stderr.contains("no dataset 'hongkong'") && unknown.stderr.contains("embedded: \(embedded.joined(separator: ", "))"), "\(unknown.stderr)")
    }

    @Test func versionIsPrintedFromItsOnePlace() throws {
        let run = try CLI.run(["--version"])
        #expect(run.status == 0)
        #expect(run.stdout == LiaisonVersion.current + "\n")
        #expect(LiaisonVersion.current.split(separator: ".").count == 3 && LiaisonVersion.current.split(separator: ".").allSatisfy { Int($0) != nil })
        let readme = try String(contentsOfFile: CLI.root + "/README.md", encoding: .utf8)
        #expect(readme.contains("version \(LiaisonVersion.current)"), "the README states the version")
    }

    /// Runs `make` in the package's folder.
    static func make(_ arguments: [String]) throws -> CLI.Run {
        try CLI.run(["-C", CLI.root, "--no-print-directory"] + arguments, executable: "/usr/bin/make")
    }
}
