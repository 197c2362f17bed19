import LiaisonGraph

/// A small network with places on three continents, an office, every status, and Chinese names,
/// built in code (the idea of LiaisonGraphTests' fixtures, with locations for maps).
enum RenderFixtures {
    static let source = "test fixture"

    static func builder() -> NetworkBuilder {
        var b = NetworkBuilder(metadata: NetworkMetadata(name: "Fixture", asOf: "2024-12-31", focusID: "HK", peerIDs: ["CN-SHA"]))
        func at(_ lat: Double, _ lon: Double) -> GeoPoint { GeoPoint(latitude: lat, longitude: lon) }
        b.add(Entity(id: "CN", kind: .country, name: "China", nameZh: "中国",
                     attributes: EntityAttributes(location: at(39.9, 116.4), region: "Asia", subregion: "Eastern Asia", politicalStatus: .sovereign)))
        b.add(Entity(id: "JP", kind: .country, name: "Japan", nameZh: "日本",
                     attributes: EntityAttributes(location: at(35.7, 139.7), region: "Asia", subregion: "Eastern Asia", politicalStatus: .sovereign, prcRelations: .since(1972))))
        b.add(Entity(id: "DE", kind: .country, name: "Germany", nameZh: "德国",
                     attributes: EntityAttributes(location: at(52.5, 13.4), region: "Europe", memberships: ["EU", "G20"], prcRelations: .since(1972))))
        b.add(Entity(id: "HK", kind: .city, name: "Hong Kong", nameZh: "香港", countryID: "CN",
                     attributes: EntityAttributes(population: 7_413_070, location: at(22.3, 114.2), tier: .specialAdministrativeRegion, politicalStatus: .sar)))
        b.add(Entity(id: "CN-SH", kind: .province, name: "Shanghai Municipality", countryID: "CN"))
        b.add(Entity(id: "CN-SHA", kind: .city, name: "Shanghai", nameZh: "上海", countryID: "CN", provinceID: "CN-SH",
                     attributes: EntityAttributes(location: at(31.2, 121.5), tier: .municipality)))
        b.add(Entity(id: "JP-OSA", kind: .city, name: "Osaka", nameZh: "大阪", countryID: "JP", attributes: EntityAttributes(location: at(34.7, 135.5))))
        b.add(Entity(id: "JP-YOK", kind: .city, name: "Yokohama", nameZh: "横滨", countryID: "JP", attributes: EntityAttributes(location: at(35.4, 139.6))))
        b.add(Entity(id: "DE-BER", kind: .city, name: "Berlin \"Spree\" \\ Athens", nameZh: "柏林", countryID: "DE",
                     attributes: EntityAttributes(location: at(52.5, 13.4))))
        b.add(Entity(id: "HKETO-BER", kind: .organisation, name: "HKETO Berlin", hostCityID: "DE-BER", representsID: "HK", organisationKind: .eto))
        b.add(Tie(from: "CN-SHA", to: "JP-OSA", layer: "sister", since: 1974, areas: ["culture", "business"], source: source))
        b.add(Tie(from: "CN-SHA", to: "JP-YOK", layer: "sister", since: 1973, source: source))
        b.add(Tie(from: "CN-SHA", to: "JP-YOK", layer: "cooperation", status: .dormant, since: 2010, weight: 2, source: source))
        b.add(Tie(from: "HK", to: "CN-SHA", layer: "cooperation", since: 2003, source: source))
        b.add(Tie(from: "HKETO-BER", to: "DE", layer: "eto", since: 2009, source: source))
        b.add(Tie(from: "HK", to: "DE-BER", layer: "cooperation", status: .ended, since: 1990, until: 2000, source: source))
        b.add(Tie(from: "HK", to: "JP-OSA", layer: "sister", status: .proposed, source: source))
        b.add(Tie(from: "HK", to: "CN-SH", layer: "cooperation", status: .intent, source: source))
        return b
    }

    static func network() -> PartnershipNetwork {
        try! builder().build()
    }

    /// The network with one tie added, one removed, one status changed and one city added.
    static func changedNetwork() -> PartnershipNetwork {
        var b = builder()
        b.add(Entity(id: "SG", kind: .country, name: "Singapore", nameZh: "新加坡", attributes: EntityAttributes(location: GeoPoint(latitude: 1.3, longitude: 103.8))))
        b.add(Tie(from: "HK", to: "SG", layer: "sister", source: source))
        let base = try! b.build()
        var edited = NetworkBuilder(metadata: base.metadata)
        for e in base.entities { edited.add(e) }
        for t in base.ties where !(t.from == "HKETO-BER" && t.to == "DE") {
            var tie = t
            if tie.from == "HK" && tie.to == "JP-OSA" { tie.status = .active }
            edited.add(tie)
        }
        return try! edited.build()
    }
}
