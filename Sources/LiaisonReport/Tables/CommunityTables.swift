import Foundation
import LiaisonAnalysis
import LiaisonGraph

/// Communities as a table, for `liaison communities`.
public enum CommunityTables {
    /// The first `top` communities (0 for all), largest first: size, the three countries with the
    /// most members, and the first six members (key `communities`).
    public static func table(_ partition: CommunityPartition, method: String, seed: UInt64, in network: PartnershipNetwork, top: Int) -> Table {
        let groups = partition.communities
        let shown = top > 0 ? Array(groups.enumerated().prefix(top)) : Array(groups.enumerated())
        let rows = shown.map { k, members -> [TableValue] in
            let countries = Dictionary(grouping: members.compactMap { network.country(of: $0)?.id }, by: { $0 }).mapValues(\.count)
            let main = countries.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.prefix(3).map { country, count -> TableValue in
                .record([TableField("country", .text(country)), TableField("members", .integer(count))], text: "\(country) \(count)")
            }
            let first = members.prefix(6).map { id -> TableValue in
                let name = network.entity(withID: id)?.name ?? id
                return .record([TableField("id", .text(id)), TableField("name", .text(name))], text: name)
            }
            let more = members.count > 6
            let names = first.map(\.text).joined(separator: ", ") + (more ? ", …" : "")
            return [.integer(k + 1), .integer(members.count), .list(main, separator: ", "),
                    .record([TableField("first", .list(first, separator: ", ")), TableField("more", .integer(members.count - first.count))], text: names)]
        }
        return Table(key: "communities",
                     title: String(format: "%d communities, modularity %.4f (\(method), resolution %.2f, seed %d)", groups.count, partition.modularity, partition.resolution, seed),
                     columns: ["community", "size", "main countries", "members"], rows: rows,
                     totalRows: shown.count < groups.count ? groups.count : nil)
    }
}
