import LiaisonGraph

/// Writes a network as the CSV files of Neo4j's bulk importer (`neo4j-admin database import full
/// --nodes=nodes.csv --relationships=relationships.csv`), for networks that outgrow one machine:
/// one node per entity labelled by its kind, one relationship per tie typed by its layer
/// (upper case), every fact a property with its Neo4j type in the header.
public enum Neo4jImportWriter {
    /// The two files by name, as text.
    /// - Complexity: O(n + m).
    public static func files(of network: PartnershipNetwork) -> [(name: String, text: String)] {
        func type(_ kind: GraphAttributes.Kind) -> String { kind == .int ? ":long" : (kind == .double ? ":double" : "") }
        let nodeKeys = GraphAttributes.nodeKeys.filter { $0.0 != "kind" }
        let nodeHeader = ["id:ID"] + nodeKeys.map { $0.0 + type($0.1) } + [":LABEL"]
        let nodeRows = network.entities.map { entity -> [String] in
            let values = GraphAttributes.values(of: entity)
            let label = entity.kind.rawValue.capitalized + (entity.organisationKind.map { ";" + $0.rawValue.split(separator: "-").map { $0.capitalized }.joined() } ?? "")
            return [entity.id] + nodeKeys.map { values[$0.0] ?? "" } + [label]
        }
        let edgeKeys = GraphAttributes.edgeKeys.filter { $0.0 != "layer" }
        let edgeHeader = [":START_ID", ":END_ID", ":TYPE"] + edgeKeys.map { $0.0 + type($0.1) }
        let edgeRows = network.ties.map { tie -> [String] in
            let values = GraphAttributes.values(of: tie)
            return [tie.from, tie.to, tie.layer.uppercased().replacingAll("-", with: "_")] + edgeKeys.map { values[$0.0] ?? "" }
        }
        return [("nodes.csv", CSVText.table(header: nodeHeader, rows: nodeRows)),
                ("relationships.csv", CSVText.table(header: edgeHeader, rows: edgeRows))]
    }
}
