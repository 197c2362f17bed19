import ArgumentParser
import Foundation
import Liaison

/// `liaison generate`: a synthetic dataset folder of any size, for scale tests and benchmarks.
struct Generate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a synthetic dataset folder: invented countries, provinces, cities and organisations, with ties shaped like the real twin-town network.",
        discussion: "One seed always gives the same folder. Ties are drawn by a configuration model on the twin-town network's degree distribution (scripts/twin_town_degree_profile.py), so the counts are exact and no pair is tied twice. Like `liaison export --format csv`, files are written atomically into DIR, replacing files of the same name. The data are not real.")

    @Option(name: .long, help: "The number of entities (countries, provinces, cities and organisations; at least 20).")
    var entities: Int

    @Option(name: .long, help: "The number of ties, exactly.")
    var ties: Int

    @Option(name: .long, help: "The seed (default 1).")
    var seed: UInt64 = 1

    @Option(name: [.short, .customLong("output")], help: "The dataset folder to write (created; files written atomically).")
    var output: String

    @OptionGroup var progress: ProgressOptions

    func run() throws {
        let network: PartnershipNetwork
        let folder = try outputFolder(output, for: "generate (a dataset folder)")
        do {
            network = try SyntheticNetwork.write(SyntheticNetworkOptions(entities: entities, ties: ties, seed: seed), to: folder,
                                                 progress: ProgressDisplay.shared.handler)
        } catch let error as SyntheticNetworkError {
            throw CommandFailure(message: error.message)
        }
        ProgressDisplay.shared.finish()
        let profile = DegreeProfile(network)
        FileHandle.standardError.write(Data(String(format: "wrote the dataset folder %@: %d entities, %d ties; degree mean %.2f, max %d, degree-1 share %.3f (focus %@)\n",
                                                   output, network.entityCount, network.tieCount, profile.mean, profile.maximum,
                                                   profile.shareOfDegreeOne, network.metadata.focusID ?? "none").utf8))
    }
}
