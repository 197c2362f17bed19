import Foundation
import LiaisonData
import LiaisonGraph

/// A fresh temporary folder holding the given files, removed by `cleanUp()`.
struct TemporaryFolder {
    let path: String

    init(files: [String: String] = [:]) throws {
        path = NSTemporaryDirectory() + "liaison-test-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        for (name, text) in files { try write(name, text) }
    }

    func write(_ name: String, _ text: String) throws {
        try write(name, bytes: Array(text.utf8))
    }

    func write(_ name: String, bytes: [UInt8]) throws {
        let url = URL(fileURLWithPath: path).appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: url)
    }

    func file(_ name: String) -> String { path + "/" + name }

    func cleanUp() { try? FileManager.default.removeItem(atPath: path) }
}

/// The repository's root, found from this file's path.
let repositoryRoot: String = {
    var url = URL(fileURLWithPath: #filePath)
    for _ in 0..<3 { url.deleteLastPathComponent() }
    return url.path
}()

/// The shared reference data beside the repository (../shared/data), when present.
let sharedData = repositoryRoot + "/../shared/data"

/// Loads a dataset, recording its problems as the failure text.
func load(_ path: String) throws -> PartnershipNetwork {
    try DatasetLoader.load(path)
}

/// The problems a dataset folder has, as `file:line:column: …` lines with the folder path removed.
func problems(in folder: TemporaryFolder, dataset: String = "focus") -> [String] {
    do {
        _ = try DatasetLoader.load(folder.file(dataset))
        return []
    } catch {
        return error.problems.map { $0.description.replacingOccurrences(of: folder.path + "/", with: "") }
    }
}
