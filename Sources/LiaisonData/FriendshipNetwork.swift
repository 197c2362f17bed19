import LiaisonGraph

/// China's friendship-city network read for the one-to-one rule: which mainland Chinese cities and
/// provinces each foreign place is the formal friend of (`sister` ties in force), from a dataset such
/// as `datasets/china-network`. The special administrative regions' ties are left out: the principle
/// belongs to the mainland's approval of formal friendships, which theirs do not go through.
public enum FriendshipNetwork {
    /// The formal friends of every foreign place in the network at `path`, by the place's ID.
    /// - Throws: `DatasetError` when the folder is not a valid dataset.
    /// - Complexity: loading the folder, then O(t) over its ties.
    public static func formalFriends(at path: String) throws -> [String: [FormalFriend]] {
        formalFriends(in: try DatasetLoader.load(path))
    }

    /// The formal friends of every foreign place in a loaded network, by the place's ID.
    /// - Complexity: O(n + t).
    public static func formalFriends(in network: PartnershipNetwork) -> [String: [FormalFriend]] {
        func isChinese(_ id: String) -> Bool {
            guard let entity = network.entity(withID: id), entity.kind == .city || entity.kind == .province else { return false }
            let country = entity.countryID.flatMap { network.entity(withID: $0) }
            return (country?.partOfID ?? entity.countryID) == "CN"
        }
        // Hong Kong's and Macau's ties are made under their own external-relations powers, outside
        // the mainland's approval the principle belongs to: a foreign city that is only Macau's
        // formal friend is not taken, and Macau is no foreign place.
        func isSAR(_ id: String) -> Bool { network.entity(withID: id).map { $0.kind == .city && $0.hasOwnExternalRelations } ?? false }
        var friends: [String: [FormalFriend]] = [:]
        for tie in network.ties where tie.layer == Layer.sister.id && tie.status.isInForce && !isSAR(tie.from) && !isSAR(tie.to) {
            let (a, b) = (isChinese(tie.from), isChinese(tie.to))
            guard a != b else { continue }
            let (chinese, foreign) = a ? (tie.from, tie.to) : (tie.to, tie.from)
            friends[foreign, default: []].append(FormalFriend(id: chinese, name: network.entity(withID: chinese)?.name ?? chinese))
        }
        return friends
    }
}
