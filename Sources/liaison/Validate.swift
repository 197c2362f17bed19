import ArgumentParser
import Foundation
import Liaison

/// `liaison validate DIR`: every problem of a dataset at once.
struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check a dataset folder and report every problem at once, each with file:line:column.")

    @Argument(help: "The dataset folder (default: the embedded Hong Kong dataset).")
    var folder: String?

    @OptionGroup var boundary: ReadBoundaryOptions

    @OptionGroup var progress: ProgressOptions

    func run() throws {
        let path = try DatasetLocator.resolve(folder)
        let network = try DatasetLoader.load(path, progress: ProgressDisplay.shared.handler, boundary: boundary.boundary)
        let refined = network.metadata.mergedIncludedRecords
        print("\(path): valid: \(network.entityCount) entities, \(network.tieCount) ties" + (refined > 0 ? "; \(refined) rows of its own tables refine rows of included folders (intended)" : ""))
    }
}
