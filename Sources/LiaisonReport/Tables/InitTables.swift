import LiaisonData

/// What `liaison init` built, as tables.
public enum InitTables {
    /// The focus dataset written (key `focus_dataset`) and the peers chosen (key `peers`).
    public static func tables(_ result: FocusDatasetBuilder.Result, output: String) -> [Table] {
        let focus = result.focus
        return [
            Table(key: "focus_dataset", title: "Focus dataset written to \(output)", columns: ["field", "value"], rows: [
                [.text("focus"), .entity(id: focus.id, name: focus.name)],
                [.text("province"), .text(focus.provinceID ?? "no province")],
                [.text("tier"), .text("\(result.tier.rawValue) (\(result.tierSource))")],
                [.text("peer rule"), .text(result.peerRule.rawValue)],
                [.text("focus's friendship ties"), .integer(result.focusTies)],
                [.text("entities"), .integer(result.network.entityCount)],
                [.text("ties"), .integer(result.network.tieCount)],
            ]),
            Table(key: "peers", title: "Peers", columns: ["peer", "province", "friendship ties"],
                  rows: result.peers.map { [.entity(id: $0.city.id, name: $0.city.name), .text($0.city.provinceID ?? ""), .integer($0.ties)] }),
        ]
    }
}
