import LiaisonGraph

extension GapAnalysis {
    /// Whether a country is left out of coverage: UN M49 puts it in no region and no one lives
    /// there (its population is recorded as 0). Antarctica is the one such place in the world
    /// dataset: counted, it made a "(no region)" row of 0 of 1 in every coverage table, a gap that
    /// no office or partner could close. A country whose population is unknown stays in.
    /// - Complexity: O(1).
    public static func isOutsideCoverage(_ country: Entity) -> Bool {
        country.attributes.region == nil && country.attributes.subregion == nil && country.attributes.population == 0
    }
}
