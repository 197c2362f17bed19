import Foundation
import Testing
import LiaisonData

/// Where the embedded datasets are looked for, in the documented order, and what a failure says.
@Suite struct DatasetLocatorTests {
    typealias Candidate = DatasetLocator.Candidate

    @Test func anInstalledExecutableLooksInShareThenItsWorkingFolder() {
        let found = DatasetLocator.candidates(environment: [:], executable: "/opt/liaison/bin/liaison", workingFolder: "/home/ana/work")
        #expect(found == [
            Candidate(path: "/opt/liaison/share/liaison/datasets", origin: .installed),
            Candidate(path: "/home/ana/work/datasets", origin: .workingFolder),
            Candidate(path: "/home/ana/datasets", origin: .workingFolder),
            Candidate(path: "/home/datasets", origin: .workingFolder),
            Candidate(path: "/datasets", origin: .workingFolder),
        ])
    }

    @Test func anExecutableInsideABuildFolderLooksInItsPackage() {
        let found = DatasetLocator.candidates(environment: [:], executable: "/src/liaison/.build/x86_64-unknown-linux-gnu/release/liaison", workingFolder: "/")
        #expect(found == [
            Candidate(path: "/src/liaison/.build/x86_64-unknown-linux-gnu/share/liaison/datasets", origin: .installed),
            Candidate(path: "/src/liaison/datasets", origin: .buildTree),
            Candidate(path: "/datasets", origin: .workingFolder),
        ])
    }

    @Test func theEnvironmentVariableIsTheOnlyPlaceWhenSet() {
        let found = DatasetLocator.candidates(environment: ["LIAISON_DATASETS": "/data/sets"], executable: "/usr/bin/liaison", workingFolder: "/tmp")
        #expect(found == [Candidate(path: "/data/sets", origin: .environment)])
        let empty = DatasetLocator.candidates(environment: ["LIAISON_DATASETS": ""], executable: nil, workingFolder: "/")
        #expect(empty == [Candidate(path: "/datasets", origin: .workingFolder)], "an empty variable counts as unset")
    }

    @Test func theFirstFolderHoldingTheDefaultDatasetWins() throws {
        let root = NSTemporaryDirectory() + "liaison-locator-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: root) }
        for folder in ["a/datasets/other", "b/datasets/hong-kong", "c/datasets/hong-kong"] {
            try FileManager.default.createDirectory(atPath: root + "/" + folder, withIntermediateDirectories: true)
        }
        for folder in ["b", "c"] { try Data("name: HK\n".utf8).write(to: URL(fileURLWithPath: root + "/\(folder)/datasets/hong-kong/dataset.yaml")) }
        let places = ["a", "b", "c"].map { Candidate(path: root + "/\($0)/datasets", origin: .workingFolder) }
        #expect(try DatasetLocator.locate(in: places) == root + "/b/datasets", "a folder without hong-kong/dataset.yaml is passed over")
        // LIAISON_DATASETS may name a folder of the user's own datasets.
        #expect(try DatasetLocator.locate(in: [Candidate(path: root + "/a/datasets", origin: .environment)]) == root + "/a/datasets")
    }

    @Test func aFailureListsEveryPlaceAndWhatWouldHelp() throws {
        let places = [Candidate(path: "/nowhere/share/liaison/datasets", origin: .installed),
                      Candidate(path: "/nowhere/x/datasets", origin: .workingFolder), Candidate(path: "/nowhere/datasets", origin: .workingFolder)]
        let error = try #require(throws: DatasetLocatorError.self) { try DatasetLocator.locate(in: places) }
        #expect(error.description == "cannot find the embedded datasets (a folder holding hong-kong/dataset.yaml); looked in: "
            + "/nowhere/share/liaison/datasets (installed beside the executable); /nowhere/x/datasets, /nowhere/datasets (the working folder or above). "
            + "Install them with `make install`, set LIAISON_DATASETS to their folder, or pass --dataset DIR")
        let unset = try #require(throws: DatasetLocatorError.self) { try DatasetLocator.locate(in: [Candidate(path: "/nowhere", origin: .environment)]) }
        #expect(unset.description.hasPrefix("LIAISON_DATASETS='/nowhere' is not a folder"))
    }

    /// The test process itself runs from the package's build folder, so the build tree is found
    /// from its real path, whatever the working folder.
    @Test func thisProcessFindsThePackagesDatasets() throws {
        let executable = try #require(DatasetLocator.executablePath())
        #expect(!executable.contains("/proc/"), "the link is resolved")
        let places = DatasetLocator.candidates(environment: [:], executable: executable, workingFolder: "/")
        let found = try DatasetLocator.locate(in: places)
        #expect(URL(fileURLWithPath: found).standardizedFileURL.path == URL(fileURLWithPath: repositoryRoot + "/datasets").standardizedFileURL.path)
    }
}
