import LiaisonGraph

/// Country codes outside ISO 3166-1 that public lists need, so that an import keeps the places it
/// can place instead of dropping them (the Wikipedia twin-town lists name Kosovo in 75 rows and
/// Northern Cyprus in 48).
///
/// - **XK, Kosovo**: the user-assigned code the European Commission, the IMF, SWIFT, Unicode CLDR
///   and GeoNames use (ISO 3166-1 reserves `XA`–`XZ` for users and will never assign them).
/// - **XN, Northern Cyprus**: no common code was found; `XN` is a user-assigned code element
///   (ISO 3166-1 reserves `AA`, `QM`–`QZ`, `XA`–`XZ` and `ZZ` for users), chosen here and used by
///   no standard the project knows of.
///
/// The rule that places them: a place outside ISO 3166-1 is a **territory** (`part_of`) of the UN
/// member state that the United Nations and the People's Republic of China count it part of:
/// Kosovo of Serbia (UN Security Council resolution 1244 (1999); the PRC has not recognised
/// Kosovo's declaration of independence), Northern Cyprus of Cyprus (resolutions 541 (1983) and
/// 550 (1984); the PRC recognises the Republic of Cyprus alone). Its cities keep the code as their
/// country, so they stay apart from the sovereign's own, and the diplomatic-relations rule reads the
/// sovereign's relations, as for any territory. A dataset that defines the code itself wins.
public enum DocumentedCountryCodes {
    /// The codes' country entities, each with its source and the rule in `note`.
    public static let entities: [Entity] = [
        Entity(id: "XK", kind: .country, name: "Kosovo", nameZh: "科索沃", aliases: ["XKX", "Republic of Kosovo", "Kosova"],
               countryID: "XK", partOfID: "RS",
               attributes: EntityAttributes(region: "Europe", subregion: "Southern Europe", politicalStatus: .territory,
                   source: "user-assigned code XK as used by the European Commission (Eurostat, Glossary: Country codes, https://ec.europa.eu/eurostat/statistics-explained/index.php/Glossary:Country_codes) and GeoNames (countryInfo, https://download.geonames.org/export/dump/countryInfo.txt) ; UN Security Council resolution 1244 (1999), https://undocs.org/S/RES/1244(1999)",
                   note: "Not in ISO 3166-1 (XK is user-assigned). Placed as a territory of Serbia, which the UN (resolution 1244) and the PRC count it part of; liaison's documented codes (DocumentedCountryCodes)")),
        Entity(id: "XN", kind: .country, name: "Northern Cyprus", nameZh: "北塞浦路斯", aliases: ["Turkish Republic of Northern Cyprus", "TRNC"],
               countryID: "XN", partOfID: "CY",
               attributes: EntityAttributes(region: "Asia", subregion: "Western Asia", politicalStatus: .territory,
                   source: "ISO 3166-1 user-assigned code elements (AA, QM-QZ, XA-XZ, ZZ), https://www.iso.org/glossary-for-iso-3166.html ; UN Security Council resolution 541 (1983), https://undocs.org/S/RES/541(1983)",
                   note: "Not in ISO 3166-1; no common code found, XN is user-assigned by liaison. Placed as a territory of Cyprus, which the UN (resolutions 541 and 550) and the PRC count it part of; liaison's documented codes (DocumentedCountryCodes)")),
    ]

    /// The documented codes a network of countries does not define itself.
    /// - Complexity: O(k) lookups.
    public static func missing(from world: PartnershipNetwork) -> [Entity] {
        entities.filter { world.entity(withID: $0.id) == nil && $0.partOfID.map { world.entity(withID: $0) != nil } ?? true }
    }
}
