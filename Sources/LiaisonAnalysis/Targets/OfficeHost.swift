import LiaisonGraph

/// The city that would host a new office in a country, from the dataset's facts.
///
/// The rule: the most populous city tagged as a commercial centre (`finance`, `financial-centre` (a
/// Global Financial Centres Index centre), `trade` or `business`), since an Economic and Trade Office
/// works with business (Dubai rather than Abu Dhabi); else the national capital (level `capital`);
/// else the most populous city of the country; else none (the dataset holds no city there). Equal
/// populations fall to the name. A container port (`port`) is a business strength of a partner, not
/// where an office sits: offices sit with finance and government (Hong Kong's are in capitals and
/// financial centres), so Alexandria's port does not take Egypt's office from Cairo, nor Callao's
/// Peru's from Lima.
public enum OfficeHost {
    /// Tags that mark a commercial centre.
    public static let commercialTags: Set<String> = ["finance", "financial-centre", "trade", "business"]

    /// The proposed host of an office in each country that has a city in the network, with the reason.
    /// - Complexity: O(n).
    public static func hosts(in network: PartnershipNetwork) -> [String: (city: Entity, reason: HostReason)] {
        // One pass over the entities, read in place (a network that includes the world's cities holds
        // thousands; copying each would retain its strings): per country, the position of the best
        // commercial city, capital and city.
        struct Best { var commercial = -1, capital = -1, any = -1 }
        var best: [String: Best] = [:]
        unsafe network.entities.withUnsafeBufferPointer { all in
            // Larger population first, then the name (A before B).
            func beats(_ i: Int, _ j: Int) -> Bool {
                guard j >= 0 else { return true }
                let a = unsafe all[i].attributes.population ?? 0, b = unsafe all[j].attributes.population ?? 0
                return unsafe a != b ? a > b : all[i].name < all[j].name
            }
            for i in all.indices where unsafe all[i].kind == .city && all[i].attributes.tier != .specialAdministrativeRegion {
                guard let country = unsafe all[i].countryID, !country.isEmpty else { continue }
                var b = best[country] ?? Best()
                if unsafe all[i].attributes.tags.contains(where: { commercialTags.contains($0.lowercased()) }), beats(i, b.commercial) { b.commercial = i }
                if unsafe all[i].attributes.level == "capital", beats(i, b.capital) { b.capital = i }
                if beats(i, b.any) { b.any = i }
                best[country] = b
            }
        }
        var result: [String: (city: Entity, reason: HostReason)] = [:]
        for (country, b) in best {
            if b.commercial >= 0 {
                let city = network.entities[b.commercial]
                result[country] = (city, .commercialCentre(tags: city.attributes.tags))
            } else if b.capital >= 0 {
                result[country] = (network.entities[b.capital], .capital)
            } else {
                result[country] = (network.entities[b.any], .mostPopulous)
            }
        }
        return result
    }
}
