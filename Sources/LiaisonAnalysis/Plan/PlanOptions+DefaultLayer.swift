import LiaisonGraph

extension PlanOptions {
    /// The layer a plan for `focus` is on when none is asked for: offices (`eto`) for a focus that
    /// has any, partners (`sister`) otherwise.
    /// - Complexity: that of ``Coverage/hasOffices(in:)``.
    public static func defaultLayer(for focus: String, in network: PartnershipNetwork) -> String {
        network.coverage(of: focus).hasOffices(in: network) ? Layer.eto.id : Layer.sister.id
    }
}
