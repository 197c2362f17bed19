import LiaisonGraph

/// A small real-world network built in code: two countries and a SAR, cities with provinces,
/// an office, and ties on several layers.
enum Fixtures {
    static let source = "test fixture"

    static func builder() -> NetworkBuilder {
        var b = NetworkBuilder(metadata: NetworkMetadata(name: "Fixture", asOf: "2024-12-31", focusID: "HK", peerIDs: ["CN-SHA"]))
        b.add(Entity(id: "CN", kind: .country, name: "China", nameZh: "中国", aliases: ["CHN", "People's Republic of China"],
                     attributes: EntityAttributes(region: "Asia", subregion: "Eastern Asia", politicalStatus: .sovereign)))
        b.add(Entity(id: "JP", kind: .country, name: "Japan", nameZh: "日本", aliases: ["JPN"],
                     attributes: EntityAttributes(region: "Asia", subregion: "Eastern Asia", politicalStatus: .sovereign, prcRelations: .since(1972))))
        b.add(Entity(id: "DE", kind: .country, name: "Germany", nameZh: "德国",
                     attributes: EntityAttributes(region: "Europe", subregion: "Western Europe", memberships: ["EU", "G20"], prcRelations: .since(1972))))
        b.add(Entity(id: "HK", kind: .city, name: "Hong Kong", nameZh: "香港", aliases: ["HKSAR", "Hong Kong SAR"], countryID: "CN",
                     attributes: EntityAttributes(tier: .specialAdministrativeRegion, politicalStatus: .sar)))
        b.add(Entity(id: "CN-SH", kind: .province, name: "Shanghai Municipality", countryID: "CN"))
        b.add(Entity(id: "CN-SHA", kind: .city, name: "Shanghai", nameZh: "上海", countryID: "CN", provinceID: "CN-SH",
                     attributes: EntityAttributes(tier: .municipality)))
        b.add(Entity(id: "JP-27", kind: .province, name: "Osaka Prefecture", countryID: "JP"))
        b.add(Entity(id: "JP-OSA", kind: .city, name: "Osaka", nameZh: "大阪", countryID: "JP", provinceID: "JP-27"))
        b.add(Entity(id: "JP-YOK", kind: .city, name: "Yokohama", nameZh: "横滨", countryID: "JP"))
        b.add(Entity(id: "DE-BER", kind: .city, name: "Berlin", nameZh: "柏林", countryID: "DE"))
        b.add(Entity(id: "HKETO-BER", kind: .organisation, name: "HKETO Berlin", hostCityID: "DE-BER", representsID: "HK", organisationKind: .eto))
        b.add(Tie(from: "CN-SHA", to: "JP-OSA", layer: "sister", since: 1974, areas: ["culture", "business"], source: source))
        b.add(Tie(from: "CN-SHA", to: "JP-YOK", layer: "sister", since: 1973, source: source))
        b.add(Tie(from: "CN-SHA", to: "JP-YOK", layer: "cooperation", status: .dormant, since: 2010, weight: 2, source: source))
        b.add(Tie(from: "HK", to: "CN-SHA", layer: "cooperation", since: 2003, source: source))
        b.add(Tie(from: "HKETO-BER", to: "DE", layer: "eto", since: 2009, source: source))
        b.add(Tie(from: "HK", to: "DE-BER", layer: "cooperation", status: .ended, since: 1990, until: 2000, source: source))
        return b
    }

    static func network() -> PartnershipNetwork {
        try! builder().build()
    }
}
