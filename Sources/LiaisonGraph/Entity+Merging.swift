/// Whether a record comes from the dataset's own tables or from a folder it includes, which
/// decides what happens when two records share an ID (see ``NetworkBuilder/build()``).
public enum RecordPrecedence: Sendable, Hashable {
    /// A row of the dataset's own tables (or a record added by code): it wins over included rows.
    case own
    /// A row of an included folder's tables.
    case included
}

extension Entity {
    /// This record (a row of the dataset's own tables) completed by `included`, a row of an
    /// included table with the same ID and kind: the own row's facts win; what it leaves empty is
    /// taken from the included row.
    ///
    /// - Own only: the name, containment (country, province, host, represents, part of), source,
    ///   confidence, note and the opening and closing years: the own row says where the entity lies
    ///   and who vouches for its facts, even where it leaves a containment field empty on purpose.
    /// - Filled from the included row when the own row has none: the Chinese name, the population
    ///   (with its year, as a pair), the location, tier, level and the country facts (region,
    ///   sub-region, memberships, status, PRC relations, Belt and Road, overseas Chinese).
    /// - Joined: aliases and tags (own first, then the included ones it lacks); free columns (the
    ///   own row's value wins for a column both have), except that the included row's Chinese name
    ///   in each script (``ChineseNameForm``) is dropped when the own row gives another Chinese name.
    /// - Complexity: O(a + t + c) for a aliases, t tags and c free columns.
    public func merged(over included: Entity) -> Entity {
        var result = self
        var mine = result.attributes
        let theirs = included.attributes
        result.nameZh = nameZh ?? included.nameZh
        result.aliases = Self.joined(aliases, included.aliases)
        if mine.population == nil, let population = theirs.population {
            mine.population = population
            mine.populationYear = theirs.populationYear
        }
        mine.location = mine.location ?? theirs.location
        mine.tier = mine.tier ?? theirs.tier
        mine.level = mine.level ?? theirs.level
        mine.region = mine.region ?? theirs.region
        mine.subregion = mine.subregion ?? theirs.subregion
        if mine.memberships.isEmpty { mine.memberships = theirs.memberships }
        mine.politicalStatus = mine.politicalStatus ?? theirs.politicalStatus
        mine.prcRelations = mine.prcRelations ?? theirs.prcRelations
        mine.beltAndRoad = mine.beltAndRoad ?? theirs.beltAndRoad
        if mine.overseasChinese == nil, let community = theirs.overseasChinese {
            mine.overseasChinese = community
            mine.overseasChineseYear = theirs.overseasChineseYear
        }
        mine.tags = Self.joined(mine.tags, theirs.tags)
        if !theirs.extra.isEmpty {
            var theirForms = included
            // The forms write the included row's Chinese name, not another one the own row gives.
            if let own = nameZh, own != included.nameZh { theirForms.dropChineseNameForms() }
            mine.extra = mine.extra.merging(theirForms.attributes.extra) { own, _ in own }
        }
        result.attributes = mine
        return result
    }

    /// `first`, then the items of `second` it lacks, in order.
    private static func joined(_ first: [String], _ second: [String]) -> [String] {
        guard !second.isEmpty else { return first }
        var seen = Set(first)
        return first + second.filter { seen.insert($0).inserted }
    }
}
