import Foundation

/// The repository's root, found from this file's path.
public let repositoryRoot: String = {
    var url = URL(fileURLWithPath: #filePath)
    for _ in 0..<3 { url.deleteLastPathComponent() }
    return url.path
}()

/// The shared reference data beside the repository (../shared/data), when present.
public let sharedData = repositoryRoot + "/../shared/data"

/// The folder of an embedded dataset (`hong-kong`, `liaocheng`, `world`, …) in the repository.
public func embeddedDataset(_ name: String) -> String { repositoryRoot + "/datasets/" + name }
