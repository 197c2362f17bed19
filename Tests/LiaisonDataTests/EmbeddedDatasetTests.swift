import Foundation
import Testing
@testable import LiaisonData
import LiaisonGraph

/// The data check of the embedded datasets: every row sourced, every reference resolved, every
/// country in a tie with a PRC-relations entry, and the counts a planner relies on.
@Suite struct EmbeddedDatasetTests {
    static let world = try! load(repositoryRoot + "/datasets/world")
    static let hongKong = try! load(repositoryRoot + "/datasets/hong-kong")
    static let liaocheng = try! load(repositoryRoot + "/datasets/liaocheng")

    @Test func worldHasEveryISOCountryAndTerritory() {
        let rows = Self.world.entities.filter { $0.kind == .country || $0.attributes.politicalStatus == .sar }
        #expect(rows.count >= 249)
        #expect(Set(rows.map(\.id)).isSuperset(of: ["CN", "US", "GB", "HK", "MO", "TW", "AQ", "VA", "PS"]))
        for country in rows {
            #expect(country.id.count == 2 && country.id == country.id.uppercased(), "\(country.id)")
            #expect(country.nameZh != nil, "\(country.id) has no Chinese name")
            #expect(country.attributes.extra["alpha3"]?.count == 3, "\(country.id) has no alpha-3 code")
            if country.id != "AQ" { #expect(country.attributes.region != nil, "\(country.id) has no region") }
            if country.attributes.politicalStatus == .sovereign && country.id != "CN" {
                #expect(country.attributes.prcRelations != nil, "\(country.id) has no PRC-relations entry")
            }
        }
    }

    @Test func worldMembershipsAreKnownGroupings() {
        let known: Set<String> = ["ASEAN", "EU", "GCC", "SCO", "BRICS", "G20", "CIS", "Commonwealth", "OECD"]
        let memberships = Self.world.entities.flatMap(\.attributes.memberships)
        #expect(Set(memberships).isSubset(of: known))
        #expect(Self.world.countries(inRegion: "ASEAN").count >= 10)
        #expect(Self.world.countries(inRegion: "EU").count == 27)
        let bri = Self.world.entities.filter { $0.attributes.beltAndRoad?.isMember == true }
        #expect(bri.count >= 140, "the Belt and Road list holds about 150 countries")
    }

    /// Populations come from GeoNames countryInfo; the script test checks every value against it.
    @Test func worldCountriesCarryAPopulation() throws {
        let rows = Self.world.entities.filter { $0.kind == .country || $0.attributes.politicalStatus == .sar }
        let withPopulation = rows.filter { $0.attributes.population != nil }
        #expect(withPopulation.count >= 240, "only \(withPopulation.count) of \(rows.count) countries carry a population")
        let china = try #require(Self.world.entity(withID: "CN")?.attributes.population)
        #expect(china > 1_300_000_000 && china < 1_500_000_000)
        let hongKong = try #require(Self.world.entity(withID: "HK")?.attributes.population)
        #expect(hongKong > 6_000_000 && hongKong < 8_000_000)
    }

    @Test(arguments: ["world", "hong-kong", "liaocheng", "sample"])
    func everyRowHasASource(name: String) {
        let network = try! load(repositoryRoot + "/datasets/" + name)
        for entity in network.entities { #expect(entity.attributes.source?.isEmpty == false, "\(entity.id) has no source") }
        for tie in network.ties { #expect(!tie.source.isEmpty, "\(tie.from)-\(tie.to) has no source") }
    }

    @Test(arguments: ["hong-kong", "liaocheng", "sample"])
    func everyCountryInATieHasPRCRelationsEntry(name: String) {
        let network = try! load(repositoryRoot + "/datasets/" + name)
        var countries = Set<String>()
        for tie in network.ties {
            for end in [tie.from, tie.to] {
                guard let country = network.country(of: end) else { continue }
                // A territory's relations are its sovereign's.
                countries.insert(country.partOfID ?? country.id)
            }
        }
        countries.remove("CN")
        #expect(!countries.isEmpty)
        for id in countries.sorted() {
            #expect(network.entity(withID: id)?.attributes.prcRelations != nil, "\(id) appears in a tie but has no PRC-relations entry")
        }
    }

    @Test func hongKongIsASpecialAdministrativeRegionWithEveryOffice() throws {
        let network = Self.hongKong
        let hk = try #require(network.entity(withID: "HK"))
        #expect(hk.kind == .city && hk.hasOwnExternalRelations && hk.countryID == "CN")
        #expect(hk.nameZh == "香港")
        let offices = network.entities.filter { $0.organisationKind == .eto && $0.representsID == "HK" }
        // An announced office (Riyadh) is recorded with the tag "announced" and no opening year: not open yet.
        let overseas = offices.filter { $0.countryID != "CN" && $0.countryID != "TW" && $0.attributes.until == nil && !$0.attributes.tags.contains("announced") }
        #expect(overseas.count == 15, "the 14 overseas ETOs of the mid-2020s and Kuala Lumpur (Dec 2025): \(overseas.map(\.id))")
        let hosts = Set(overseas.compactMap(\.hostCityID).compactMap { network.entity(withID: $0)?.name })
        for city in ["Washington", "New York", "San Francisco", "Toronto", "London", "Brussels", "Berlin", "Geneva", "Tokyo", "Singapore", "Sydney", "Jakarta", "Bangkok", "Dubai", "Kuala Lumpur"] {
            #expect(hosts.contains { $0.hasPrefix(city) }, "no ETO in \(city)")
        }
        #expect(offices.filter { $0.countryID == "CN" }.count >= 5, "Beijing Office and the Guangdong, Shanghai, Chengdu and Wuhan ETOs")
        #expect(offices.contains { $0.countryID == "TW" }, "the Taiwan office")
        for office in offices where office.attributes.until == nil {
            #expect(!network.ties(of: office.id, layer: "eto").isEmpty, "\(office.id) covers nothing")
        }
    }

    /// Every city of the Hong Kong dataset sits in its first-level unit (ISO 3166-2), or its note says why not.
    /// HK and MO are themselves first-level units (SARs, from ../world, which has no province column).
    @Test func everyHongKongCityHasAProvinceOrSaysWhyNot() throws {
        let network = Self.hongKong
        let cities = network.entities.filter { $0.kind == .city && !$0.hasOwnExternalRelations }
        #expect(cities.count >= 183)
        for city in cities where city.provinceID == nil {
            #expect(city.attributes.note?.localizedCaseInsensitiveContains("province") == true,
                    "\(city.id) has neither a province nor a note saying why")
        }
        let placed = cities.filter { $0.provinceID != nil }
        #expect(placed.count >= 175, "only \(placed.count) cities have a province")
        for city in placed {
            let province = try #require(network.entity(withID: city.provinceID!), "\(city.id): no province \(city.provinceID!)")
            #expect(province.kind == .province && province.countryID == city.countryID, "\(city.id) in \(province.id)")
        }
        // A city that is itself a first-level unit is its own province; the rule is in datasets/README.md.
        #expect(network.entity(withID: "DE-BER")?.provinceID == "DE-BE")
        #expect(network.entity(withID: "US-WAS")?.provinceID == "US-DC")
        #expect(network.entity(withID: "CN-PEK")?.provinceID == "CN-BJ")
        #expect(network.entity(withID: "SG-SIN")?.provinceID == nil)
    }

    @Test func everyPeerHasItsTies() {
        let network = Self.hongKong
        #expect(network.metadata.peerIDs.count == 6)
        for peer in network.metadata.peerIDs {
            let ties = network.ties(of: peer).filter { $0.layer == "sister" || $0.layer == "cooperation" }
            #expect(ties.count >= 5, "\(peer) has only \(ties.count) partnership ties")
        }
    }

    @Test func liaochengKeepsFriendshipAndCooperationApart() throws {
        let network = Self.liaocheng
        let focus = try #require(network.metadata.focusID)
        let sister = Set(network.ties(of: focus, layer: "sister").map { $0.from == focus ? $0.to : $0.from }.compactMap { network.entity(withID: $0)?.countryID })
        let cooperation = Set(network.ties(of: focus, layer: "cooperation").map { $0.from == focus ? $0.to : $0.from }.compactMap { network.entity(withID: $0)?.countryID })
        #expect(sister == ["KR", "AU", "DE"], "Uiryeong, Blacktown, Offenbach")
        #expect(cooperation.isSuperset(of: ["KR", "GB", "TO", "HU"]), "Gwangmyeong, South Ayrshire, Vava'u, Paks")
    }

    /// The sample dataset exercises every part of the format.
    @Test func sampleExercisesTheFormat() throws {
        let network = try load(repositoryRoot + "/datasets/sample")
        #expect(network.layer(withID: "conference") != nil && network.areas.contains("finance"))
        #expect(network.metadata.targetWeights["bri"] == 0.2 && network.metadata.priorityRegions == ["ASEAN"])
        #expect(network.metadata.peerIDs == ["CN-SHA"] && network.entity(withID: "HK")?.hasOwnExternalRelations == true)
        #expect(Set(network.ties.map(\.status)) == [.active, .dormant, .proposed, .ended])
        #expect(Set(network.entities.compactMap(\.organisationKind)) == [.eto, .association])
        #expect(network.entity(withID: "JP-OSA")?.provinceID == "JP-27")
        #expect(network.entity(withID: "HKETO-BER")?.countryID == "DE")
        #expect(network.ties.contains { $0.confidence == .medium && $0.note != nil && !$0.areas.isEmpty })
    }

    /// The world table agrees with the reference tables in ../shared/data, or says why not in a note.
    @Test(.enabled(if: FileManager.default.fileExists(atPath: sharedData) && FileManager.default.isExecutableFile(atPath: "/usr/bin/env")))
    func worldAgreesWithTheSharedReferenceTables() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", repositoryRoot + "/scripts/check_world_reference.py"]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(text.suffix(2000))")
    }
}
