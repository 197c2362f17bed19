import Foundation
import Testing
@testable import LiaisonData
import LiaisonGraph

/// The synthetic generator: deterministic, exact, loadable, and shaped like the real network.
@Suite struct SyntheticNetworkTests {
    /// The real network's size (17,820 cities, 26,111 pairs), rounded.
    static let realSized = SyntheticNetworkOptions(entities: 18_000, ties: 26_000, seed: 11)

    @Test func sameSeedGivesTheSameNetwork() throws {
        let options = SyntheticNetworkOptions(entities: 2_000, ties: 5_000, seed: 42)
        let a = try SyntheticNetwork.generate(options), b = try SyntheticNetwork.generate(options)
        ExportRoundTripTests.assertSame(a, b)
        #expect(DatasetWriter.files(of: a).map(\.text) == DatasetWriter.files(of: b).map(\.text))
    }

    @Test func differentSeedGivesADifferentNetwork() throws {
        let a = try SyntheticNetwork.generate(SyntheticNetworkOptions(entities: 2_000, ties: 5_000, seed: 1))
        let b = try SyntheticNetwork.generate(SyntheticNetworkOptions(entities: 2_000, ties: 5_000, seed: 2))
        #expect(Array(a.ties) != Array(b.ties))
        #expect(a.entities != b.entities)
    }

    @Test(arguments: [(20, 10), (100, 40), (1_000, 300), (2_000, 5_000), (10_000, 100_000), (50_000, 30_000)])
    func countsAreExactAndNoTieIsRepeatedOrToItself(entities: Int, ties: Int) throws {
        let network = try SyntheticNetwork.generate(SyntheticNetworkOptions(entities: entities, ties: ties, seed: 3))
        #expect(network.entityCount == entities)
        #expect(network.tieCount == ties)
        var pairs = Set<[String]>()
        for tie in network.ties {
            #expect(tie.from != tie.to, "self-tie at \(tie.from)")
            #expect(pairs.insert([tie.from, tie.to].sorted()).inserted, "repeated pair \(tie.from)–\(tie.to)")
        }
    }

    @Test func theFastPathEqualsTheCheckedBuilder() throws {
        let options = SyntheticNetworkOptions(entities: 3_000, ties: 6_000, seed: 5)
        let fast = try SyntheticNetwork.generate(options)
        let checked = try SyntheticNetwork.builder(options).build()
        ExportRoundTripTests.assertSame(fast, checked)
    }

    @Test func theFolderLoadsBackWithNoProblemsAndEqualsTheNetwork() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanUp() }
        let written = try SyntheticNetwork.write(SyntheticNetworkOptions(entities: 5_000, ties: 20_000, seed: 9), to: folder.file("synthetic"))
        let loaded = try DatasetLoader.load(folder.file("synthetic"))
        ExportRoundTripTests.assertSame(written, loaded)
    }

    @Test func everyPartIsPresentInRealisticProportions() throws {
        let network = try SyntheticNetwork.generate(Self.realSized)
        let kinds = Dictionary(grouping: network.entities, by: \.kind).mapValues(\.count)
        #expect(kinds[.country] == 200)
        #expect((kinds[.province] ?? 0) > 500 && (kinds[.organisation] ?? 0) >= 80)
        #expect(Double(kinds[.city] ?? 0) > 0.9 * 18_000)
        let countries = network.entities.filter { $0.kind == .country }
        #expect(countries.allSatisfy { $0.attributes.region != nil && $0.attributes.subregion != nil })
        let cities = network.entities.filter { $0.kind == .city }
        #expect(cities.allSatisfy { ($0.attributes.population ?? 0) >= 5_000 && $0.attributes.location != nil })
        #expect(cities.contains { $0.attributes.tier != nil } && cities.contains { !$0.attributes.tags.isEmpty })
        let byLayer = Dictionary(grouping: network.ties, by: \.layer).mapValues { Double($0.count) / Double(network.tieCount) }
        #expect(Set(byLayer.keys) == Set(Layer.builtIn.map(\.id)))
        #expect((byLayer["sister"] ?? 0) > 0.5, "sister ties are the majority: \(byLayer)")
        #expect(Set(network.ties.map(\.status)).count == TieStatus.allCases.count)
        let asOf = try #require(network.metadata.asOfYear)
        #expect(network.ties.allSatisfy { ($0.since ?? asOf) <= asOf && ($0.until ?? asOf) <= asOf })
        let focus = try #require(network.metadata.focusID)
        #expect(network.entity(withID: focus)?.kind == .city)
    }

    /// Tolerances: the share of degree-1 nodes within 0.03 of the real 0.512; the biggest hub
    /// between half and twice the real max/mean ratio (25.3), a single draw's extreme being noisy.
    @Test func theDegreeProfileMatchesTheRealNetwork() throws {
        let profile = DegreeProfile(try SyntheticNetwork.generate(Self.realSized))
        let real = DegreeProfile.twinTowns
        #expect(abs(profile.shareOfDegreeOne - real.shareOfDegreeOne) <= 0.03, "degree-1 share \(profile.shareOfDegreeOne)")
        #expect(profile.maximumOverMean >= real.maximumOverMean / 2 && profile.maximumOverMean <= real.maximumOverMean * 2,
                "max/mean \(profile.maximumOverMean)")
        #expect(profile.median == real.median)
        #expect(abs(profile.mean - real.mean) <= 0.15, "mean degree \(profile.mean)")
    }

    @Test func degreeProfileOfAKnownList() {
        let profile = DegreeProfile(degrees: [0, 1, 1, 2, 4])
        #expect(profile.nodes == 4 && profile.pairs == 4 && profile.mean == 2 && profile.median == 1.5 && profile.maximum == 4)
        #expect(profile.shareOfDegreeOne == 0.5 && profile.maximumOverMean == 2)
    }

    @Test func impossibleCountsAreRefusedWithAReason() {
        #expect(throws: SyntheticNetworkError.self) { try SyntheticNetwork.generate(SyntheticNetworkOptions(entities: 10, ties: 5)) }
        do {
            _ = try SyntheticNetwork.generate(SyntheticNetworkOptions(entities: 100, ties: 100_000))
            Issue.record("a too dense request was accepted")
        } catch {
            #expect(error.message.contains("too dense"))
        }
    }
}
