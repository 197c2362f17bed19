import Foundation
import Testing
@testable import LiaisonData
import LiaisonGraph

/// China's friendship-city network (datasets/china-network, compiled by scripts/build_china_network.py from the
/// Wikipedia twin-town lists, resolved against the world city universe): the answers and figures its README states.
@Suite struct ChinaNetworkDatasetTests {
    static let network = try! load(repositoryRoot + "/datasets/china-network")

    /// The Chinese end of a tie: a city of China (SARs included) or a Chinese province.
    static func isChinese(_ id: String) -> Bool { network.entity(withID: id)?.countryID == "CN" }

    @Test func tianjinAndKobeArePresentFrom1973() throws {
        let tie = try #require(Self.network.ties.first { $0.from == "CN-TSN" && $0.to == "JP-GN1859171" })
        #expect(tie.layer == "sister")
        #expect(tie.since == 1973)
        #expect(Self.network.entity(withID: "JP-GN1859171")?.name == "Kobe")
        // No tie starts before the first pair.
        #expect(Self.network.ties.compactMap(\.since).min() == 1973)
    }

    @Test func everyTieJoinsAChineseEndToAForeignOne() {
        for tie in Self.network.ties {
            #expect(Self.network.entity(withID: tie.from) != nil, "\(tie.from) is not an entity")
            #expect(Self.network.entity(withID: tie.to) != nil, "\(tie.to) is not an entity")
            #expect(Self.isChinese(tie.from), "\(tie.from) is not Chinese")
            #expect(!Self.isChinese(tie.to), "\(tie.to) is Chinese")
            #expect(Self.network.entity(withID: tie.to)?.countryID != "TW", "\(tie.to): Taiwan is not a foreign partner")
            #expect(tie.layer == "sister" || tie.layer == "cooperation")
        }
    }

    @Test func everyRowHasASourceAndDoubtsSayWhy() {
        for tie in Self.network.ties {
            #expect(!tie.source.isEmpty, "\(tie.from)-\(tie.to) has no source")
            #expect(tie.source.contains("wikipedia.org/wiki/List_of_twin_towns_and_sister_cities_in_"), "\(tie.from)-\(tie.to)")
            // The Wikipedia list is the only source of every tie: never high.
            #expect(tie.confidence == .medium || tie.confidence == .low, "\(tie.from)-\(tie.to)")
            #expect(tie.note?.isEmpty == false, "\(tie.from)-\(tie.to) has no note")
        }
        for city in Self.network.entities where city.id.contains("-WP-") || city.attributes.extra["geonames_id"] != nil {
            #expect(city.attributes.source?.isEmpty == false, "\(city.id) has no source")
        }
        // Places of the list's own (no GeoNames match) are low confidence.
        for city in Self.network.entities where city.id.contains("-WP-") {
            #expect(city.attributes.confidence == .low, "\(city.id)")
        }
    }

    /// The figures of README.md, within bounds so a rebuild with small fixes still passes.
    @Test func countsWithinTheStatedBounds() {
        let ties = Self.network.ties
        #expect((1_800...1_916).contains(ties.count))
        let chinese = Set(ties.map(\.from)), foreign = Set(ties.map(\.to))
        #expect((400...430).contains(chinese.count))
        #expect((1_450...1_550).contains(foreign.count))
        let countries = Set(foreign.compactMap { Self.network.entity(withID: $0)?.countryID })
        #expect((125...140).contains(countries.count))
        // Below the CPAFFC's national totals: 3,054 pairs in 147 countries (November 2024).
        #expect(ties.count < 3_054 && countries.count <= 147)
        // Province ties (友好省州): a Chinese province on one side or a foreign first-level division on the other.
        let provinceTies = ties.filter {
            Self.network.entity(withID: $0.from)?.kind == .province || Self.network.entity(withID: $0.to)?.kind == .province
        }
        #expect((30...45).contains(provinceTies.count))
        #expect(ties.contains { $0.from == "CN-ZJ" })
    }

    /// The pair the Wikipedia list gives twice (Shanghai with Osaka city and with Osaka Prefecture) stays two ties.
    @Test func shanghaiHasOsakaCityAndOsakaPrefecture() {
        let partners = Set(Self.network.ties.filter { $0.from == "CN-SHA" }.map(\.to))
        #expect(partners.contains("JP-27"))
        #expect(partners.contains { Self.network.entity(withID: $0)?.name == "Osaka" && Self.network.entity(withID: $0)?.kind == .city })
    }
}
