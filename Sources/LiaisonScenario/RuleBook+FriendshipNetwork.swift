import Foundation
import LiaisonAnalysis
import LiaisonData
import LiaisonGraph

extension RuleBook {
    /// Reads the China friendship network a dataset names (`friendship_network:`) into the book, so that
    /// the one-to-one rule consults China's whole network; nothing when the dataset names none or the
    /// rule is off. Here, above data and analysis, because it reads a folder for an analysis.
    /// - Throws: `DatasetError` when the named folder is not a valid dataset.
    public mutating func consultFriendshipNetwork(of metadata: NetworkMetadata) throws {
        guard let path = metadata.friendshipNetwork, policy(.oneToOneFormal) != .off else { return }
        externalFormalFriends = try FriendshipNetwork.formalFriends(at: path)
        externalFolder = URL(fileURLWithPath: path).lastPathComponent
        externalSource = "the China friendship network (\(externalFolder ?? path))"
    }
}
