import Foundation
import Testing
@testable import LiaisonData
import LiaisonGraph

/// China's friendship-city network (datasets/china-network, compiled by scripts/build_china_network.py from the
/// Wikipedia twin-town lists and Wikidata's P190 pairs, resolved against the world city universe): the answers and
/// figures its README states.
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
            let supplemented = tie.note?.contains("upplement") == true
            // Every tie names the Wikipedia list page or the Wikidata items it comes from (or both), or is a tie of
            // the hand-compiled supplement (scripts/data/china_network_supplement.csv), whose note says so.
            #expect(tie.source.contains("wikipedia.org/wiki/List_of_twin_towns_and_sister_cities_in_")
                    || tie.source.contains("Wikidata P190 (https://www.wikidata.org/wiki/Q")
                    || tie.note?.hasPrefix("From the hand-compiled supplement") == true, "\(tie.from)-\(tie.to)")
            // The Wikipedia list and Wikidata, one copying the other in places, are never high on their own; only an
            // official page of the supplement (a foreign-affairs office's or a partner government's) makes a tie high.
            #expect(tie.confidence == .medium || tie.confidence == .low || supplemented, "\(tie.from)-\(tie.to)")
            #expect(tie.note?.isEmpty == false, "\(tie.from)-\(tie.to) has no note")
        }
        for city in Self.network.entities where city.id.contains("-WP-") || city.attributes.extra["geonames_id"] != nil {
            #expect(city.attributes.source?.isEmpty == false, "\(city.id) has no source")
        }
        // Places of the list's own or Wikidata's own (no GeoNames match, the QID as ID) are low confidence.
        for city in Self.network.entities where city.id.contains("-WP-") || city.id.range(of: #"^Q[0-9]+$"#, options: .regularExpression) != nil {
            #expect(city.attributes.confidence == .low, "\(city.id)")
        }
    }

    /// The figures of README.md, within bounds so a rebuild with small fixes still passes.
    @Test func countsWithinTheStatedBounds() {
        let ties = Self.network.ties
        // 1,829 from the Wikipedia lists' 1,916 pairs, 213 more from Wikidata's 663, about 190 more from the
        // hand-compiled supplement (BUILD.md).
        #expect((2_180...2_330).contains(ties.count))
        let chinese = Set(ties.map(\.from)), foreign = Set(ties.map(\.to))
        #expect((430...470).contains(chinese.count))
        #expect((1_650...1_800).contains(foreign.count))
        let countries = Set(foreign.compactMap { Self.network.entity(withID: $0)?.countryID })
        #expect((132...145).contains(countries.count))
        // Below the CPAFFC's national totals: 3,054 pairs in 147 countries (November 2024).
        #expect(ties.count < 3_054 && countries.count <= 147)
        // Province ties (友好省州): a Chinese province on one side or a foreign first-level division on the other.
        let provinceTies = ties.filter {
            Self.network.entity(withID: $0.from)?.kind == .province || Self.network.entity(withID: $0.to)?.kind == .province
        }
        // 53 from the lists and Wikidata, about 155 more from the supplement's provincial lists and pages.
        #expect((190...240).contains(provinceTies.count))
        #expect(ties.contains { $0.from == "CN-ZJ" })
        // Shandong, Liaocheng's province, counts 89 friendship provinces and states (May 2026); the supplement
        // reaches 25 of them (README), from its own and its partners' pages.
        let shandong = provinceTies.filter { $0.from == "CN-SD" && Self.network.entity(withID: $0.to)?.kind == .province }
        #expect((22...89).contains(shandong.count), "Shandong's friendship provinces: \(shandong.count)")
    }

    /// The pair the Wikipedia list gives twice (Shanghai with Osaka city and with Osaka Prefecture) stays two ties.
    @Test func shanghaiHasOsakaCityAndOsakaPrefecture() {
        let partners = Set(Self.network.ties.filter { $0.from == "CN-SHA" }.map(\.to))
        #expect(partners.contains("JP-27"))
        #expect(partners.contains { Self.network.entity(withID: $0)?.name == "Osaka" && Self.network.entity(withID: $0)?.kind == .city })
    }

    /// A pair in both sources is one tie naming both; a pair only Wikidata gives is a tie citing its two items.
    @Test func wikidataPairsMergeWithTheListsOrCiteTheirItems() throws {
        let both = try #require(Self.network.ties.first { $0.from == "CN-TSN" && $0.to == "JP-GN1859171" })
        #expect(both.source.contains("wikipedia.org") && both.source.contains("https://www.wikidata.org/wiki/Q11736"))
        #expect(Self.network.ties.filter { $0.from == "CN-TSN" && $0.to == "JP-GN1859171" }.count == 1)
        let only = Self.network.ties.filter { !$0.source.contains("wikipedia.org/wiki/List_of") && $0.source.contains("Wikidata P190") }
        #expect((150...250).contains(only.count))
        for tie in only {
            // sister, unless a page of the supplement calls the tie friendly cooperation
            #expect((tie.layer == "sister" || tie.note?.contains("Moved to the cooperation layer") == true)
                    && tie.status == .active, "\(tie.from)-\(tie.to)")
            #expect(tie.note?.contains("Wikidata is the only source") == true, "\(tie.from)-\(tie.to)")
        }
    }

    /// The hand-compiled supplement gives years and kinds: a year on well over a hundred ties, China's first six pairs
    /// (1973–78, all with Japan, as the CPAFFC counts them), and friendly-cooperation ties on their own layer.
    @Test func theSupplementGivesYearsAndKinds() throws {
        let ties = Self.network.ties
        let dated = ties.compactMap(\.since)
        #expect(dated.count >= 200)
        #expect(dated.allSatisfy { (1973...2026).contains($0) })
        let early = ties.filter { ($0.since ?? 9999) <= 1978 }
        #expect(early.count == 6)
        #expect(early.allSatisfy { Self.network.entity(withID: $0.to)?.countryID == "JP" })
        // Shijiazhuang's friendly-relations cities (友好关系城市) are cooperation ties, its formal friends sister ties.
        let edison = try #require(ties.first { $0.from == "CN-GN1795270" && $0.to == "US-GN5097529" })
        #expect(edison.layer == "cooperation" && edison.since == 1996)
        let nagano = try #require(ties.first { $0.from == "CN-GN1795270" && $0.to == "JP-GN1856215" })
        #expect(nagano.layer == "sister" && nagano.since == 1981)
        #expect(ties.filter { $0.layer == "cooperation" }.count >= 10)
        // A province's own friendship provinces (友好省州): Jiangsu with Victoria, 1979.
        let victoria = try #require(ties.first { $0.from == "CN-JS" && $0.to == "AU-VIC" })
        #expect(victoria.since == 1979 && victoria.source.contains("http"))
        // Every supplement tie cites the page read (or, for Liaocheng's, the briefing as datasets/liaocheng records it).
        for tie in ties where tie.note?.hasPrefix("From the hand-compiled supplement") == true {
            #expect(tie.source.contains("http") || tie.source.contains("briefing"), "\(tie.from)-\(tie.to)")
        }
    }

    /// Hong Kong has no tie (its one Wikidata pair, with Dubai, is left out); Macau is the SAR city MO.
    @Test func hongKongHasNoTieAndMacauIsTheSARCity() {
        #expect(!Self.network.ties.contains { $0.from == "HK" || $0.to == "HK" })
        #expect(Self.network.ties.contains { $0.from == "MO" && $0.to == "PT-LIS" })
    }
}
