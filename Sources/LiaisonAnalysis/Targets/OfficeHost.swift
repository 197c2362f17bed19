import LiaisonGraph

/// The city that would host a new office in a country, from the dataset's facts.
///
/// The rule: the most populous city tagged as a commercial centre (`finance`, `financial-centre` (a
/// Global Financial Centres Index centre), `trade`, `business`
/// or `port`), since an Economic and Trade Office works with business (Dubai rather than Abu Dhabi);
/// else the national capital (level `capital`); else the most populous city of the country; else
/// none (the dataset holds no city there). Equal populations fall to the name.
public enum OfficeHost {
    /// Tags that mark a commercial centre.
    public static let commercialTags: Set<String> = ["finance", "financial-centre", "trade", "business", "port"]

    /// The proposed host of an office in each country that has a city in the network, with the reason.
    /// - Complexity: O(n).
    public static func hosts(in network: PartnershipNetwork) -> [String: (city: Entity, reason: HostReason)] {
        let cities = network.entities.filter { $0.kind == .city && $0.attributes.tier != .specialAdministrativeRegion }
        var result: [String: (city: Entity, reason: HostReason)] = [:]
        for (country, inCountry) in Dictionary(grouping: cities, by: { $0.countryID ?? "" }) where !country.isEmpty {
            func largest(_ list: [Entity]) -> Entity? {
                list.max { ($0.attributes.population ?? 0, $1.name) < ($1.attributes.population ?? 0, $0.name) }
            }
            let commercial = inCountry.filter { !commercialTags.isDisjoint(with: $0.attributes.tags.map { $0.lowercased() }) }
            if let city = largest(commercial) {
                result[country] = (city, .commercialCentre(tags: city.attributes.tags))
            } else if let city = largest(inCountry.filter { $0.attributes.level == "capital" }) {
                result[country] = (city, .capital)
            } else if let city = largest(inCountry) {
                result[country] = (city, .mostPopulous)
            }
        }
        return result
    }
}
