import Foundation
import LiaisonAnalysis
import LiaisonGraph

/// Communities as a table, for `liaison communities`.
public enum CommunityTables {
    /// The first `top` communities (0 for all), largest first: size, the three countries with the
    /// most members, and the first six members (key `communities`).
    /// Titles, headings and names are in `wording`'s language.
    public static func table(_ partition: CommunityPartition, method: String, seed: UInt64, in network: PartnershipNetwork, top: Int,
                             wording w: Wording = .english) -> Table {
        let groups = partition.communities
        let shown = top > 0 ? Array(groups.enumerated().prefix(top)) : Array(groups.enumerated())
        let rows = shown.map { k, members -> [TableValue] in
            let countries = Dictionary(grouping: members.compactMap { network.country(of: $0)?.id }, by: { $0 }).mapValues(\.count)
            let main = countries.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.prefix(3).map { country, count -> TableValue in
                .record([TableField("country", .text(country)), TableField("members", .integer(count))], text: "\(country) \(count)")
            }
            let first = members.prefix(6).map { id -> TableValue in
                let name = w.name(of: id, in: network)
                return .record([TableField("id", .text(id)), TableField("name", .text(name))], text: name)
            }
            let more = members.count > 6
            let names = first.map(\.text).joined(separator: ", ") + (more ? ", …" : "")
            return [.integer(k + 1), .integer(members.count), .list(main, separator: ", "),
                    .record([TableField("first", .list(first, separator: ", ")), TableField("more", .integer(members.count - first.count))], text: names)]
        }
        return Table(key: "communities",
                     title: w[.communitiesTitle(count: groups.count, modularity: String(format: "%.4f", partition.modularity), method: method,
                                                resolution: String(format: "%.2f", partition.resolution), seed: seed)],
                     columns: [TableColumn(.community, w), TableColumn(.size, w), TableColumn(.mainCountries, w), TableColumn(.members, w)], rows: rows,
                     totalRows: shown.count < groups.count ? groups.count : nil)
    }
}
