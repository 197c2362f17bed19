/// Why a city was chosen to host a new office (see ``OfficeHost``).
public enum HostReason: Sendable, Hashable {
    /// The largest city tagged as a commercial centre, with its tags.
    case commercialCentre(tags: [String])
    /// The national capital.
    case capital
    /// The most populous city of the country in the data.
    case mostPopulous
}

/// Why a pick was made, for a report to put into words in the reader's language.
public enum PickDetail: Sendable, Hashable {
    /// An office: its host city and why, or nil when the data hold no city of the country.
    case office(hostCityID: String?, reason: HostReason?, countryID: String)
    /// A partner: its target score, the layer an existing tie is upgraded to (if one is), how many
    /// partners the focus then has in its country and the factor its score was multiplied by, and the
    /// exchange areas and sub-region it newly brings.
    case partner(score: Double, upgradesTo: String?, countryID: String, partnerNumber: Int, decay: Double, areas: [String], subregion: String?)
}

/// A policy a plan was made under, with its figures, for a report to put into words.
public enum PlanPolicy: Sendable, Hashable {
    /// Where GDP figures come from, the years they span, and the countries that would count but carry none.
    case gdpSource(firstYear: Int?, lastYear: Int?, countriesWithoutFigure: [String])
    /// What a new office covers: its sub-region within a distance, up to a number of countries, a
    /// neighbour counted at a share of its weight.
    case subregionReach(maximumKm: Int, maximumCountries: Int, neighbourShare: Double)
    /// A new office covers its host country only.
    case hostCountryOnly
    /// How a host city is chosen, with the tags that mark a commercial centre.
    case hostRule(commercialTags: [String])
    /// How equal gains of offices are broken.
    case officeTieBreak
    /// Which countries neither host nor are covered.
    case officeExclusions
    /// The candidates of a partner plan: the layer's targets that break no enforced rule, but for
    /// `leftToSeats` districts or suburbs left to the seat whose urban area they lie in (``UrbanAreaSeats``).
    case partnerCandidates(layer: String, leftToSeats: Int)
    /// A partner's value, with the bonuses for an area and a sub-region.
    case partnerValue(areaBonus: Double, regionBonus: Double)
    /// How equal gains of partners are broken.
    case partnerTieBreak
}
