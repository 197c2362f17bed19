import Foundation
import LiaisonData
import LiaisonGraph
// The fixtures every suite shares (the repository's root, temporary folders), seen by every file here.
@_exported import LiaisonTestSupport

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
