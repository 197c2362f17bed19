import Testing
@testable import LiaisonAnalysis
import LiaisonGraph

@Suite struct PlanOptimizerTests {
    /// Random small instances: the greedy reaches at least (1 − 1/e) of the brute-force optimum,
    /// and its marginal gains never grow (submodularity).
    @Test(arguments: 1...25)
    func greedyIsWithinTheGuaranteeOfBruteForce(seed: Int) {
        var state = UInt64(seed) &* 0x9E37_79B9_7F4A_7C15 | 1
        func next(_ n: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int(state >> 33) % n
        }
        let elements = (0..<10).map { "e\($0)" }
        let weights = Dictionary(uniqueKeysWithValues: elements.map { ($0, Double(1 + next(9))) })
        let candidates = (0..<7).map { i in
            CoverageCandidate(id: "c\(i)", name: "c\(i)", covers: Set((0..<(1 + next(4))).map { _ in elements[next(elements.count)] }))
        }
        let budget = 1 + next(3)
        let picks = greedyCoverage(candidates: candidates, weight: { weights[$0]! }, budget: budget)
        var best = 0.0
        for mask in 0..<(1 << candidates.count) where mask.nonzeroBitCount <= budget {
            let covered = candidates.indices.filter { mask & (1 << $0) != 0 }.reduce(into: Set<String>()) { $0.formUnion(candidates[$1].covers) }
            best = max(best, covered.reduce(0) { $0 + weights[$1]! })
        }
        let total = picks.last?.cumulative ?? 0
        #expect(total >= (1 - 1 / 2.718281828459045) * best - 1e-9)
        #expect(total <= best + 1e-9)
        for (a, b) in zip(picks, picks.dropFirst()) { #expect(a.step.gain >= b.step.gain) }
    }

    /// Three countries in one sub-region, one elsewhere; the focus already covers one.
    static func network() throws -> PartnershipNetwork {
        var b = NetworkBuilder(metadata: NetworkMetadata(name: "Plan", focusID: "F"))
        func country(_ id: String, _ subregion: String, _ lon: Double, bri: Bool, population: Int) -> Entity {
            Entity(id: id, kind: .country, name: id, attributes: EntityAttributes(population: population, location: GeoPoint(latitude: 0, longitude: lon),
                   subregion: subregion, prcRelations: .since(1990), beltAndRoad: bri ? .signedYearUnknown : nil))
        }
        b.add(country("CN", "Eastern Asia", 116, bri: false, population: 1_400))
        b.add(country("AA", "South", 10, bri: true, population: 100))
        b.add(country("AB", "South", 11, bri: true, population: 50))
        b.add(country("AC", "South", 12, bri: false, population: 500))
        b.add(country("ZZ", "North", 50, bri: true, population: 120))
        b.add(Entity(id: "F", kind: .city, name: "F", countryID: "CN"))
        b.add(Entity(id: "AA-1", kind: .city, name: "Big", countryID: "AA", attributes: EntityAttributes(population: 9)))
        b.add(Entity(id: "AA-2", kind: .city, name: "Capital", countryID: "AA", attributes: EntityAttributes(population: 5, level: "capital")))
        b.add(Entity(id: "AC-1", kind: .city, name: "Port", countryID: "AC", attributes: EntityAttributes(population: 2, tags: ["port"])))
        b.add(Entity(id: "ZZ-1", kind: .city, name: "North", countryID: "ZZ", attributes: EntityAttributes(population: 3)))
        b.add(Entity(id: "OFF", kind: .organisation, name: "Office", hostCityID: "AA-1", representsID: "F", organisationKind: .eto))
        b.add(Tie(from: "OFF", to: "AB", layer: "eto", source: "s"))
        return try b.build()
    }

    @Test func officesPickedByMarginalGain() throws {
        let plan = try PlanOptimizer.run(focus: "F", in: Self.network(), options: PlanOptions(budget: 2, objective: .beltAndRoadPopulation))
        #expect(plan.coveredBefore == 50)
        #expect(plan.uncoveredTotal == 220)
        #expect(plan.picks.map(\.newlyCovered) == [["ZZ"], ["AA"]], "AC counts nothing for Belt and Road: neither host nor covered")
        #expect(plan.picks.map(\.gain) == [120, 100])
        #expect(plan.picks[0].runnerUp?.id == "AA-2" && plan.picks[0].runnerUp?.gain == 100, "each pick names the runner-up it beat")
        #expect(plan.picks[1].hostID == "AA-2", "with no commercial city, the capital hosts, not the most populous city")
    }

    @Test func reachAndObjectiveChangeThePlan() throws {
        let byPopulation = try PlanOptimizer.run(focus: "F", in: Self.network(), options: PlanOptions(budget: 1, objective: .population))
        #expect(byPopulation.picks.map(\.gain) == [600], "AA or AC covers both, 100 + 500")
        #expect(byPopulation.picks.first?.hostID == "AC-1", "equal gains fall to the more populous host country, hosted in its commercial city")
        let countryOnly = try PlanOptimizer.run(focus: "F", in: Self.network(), options: PlanOptions(budget: 3, objective: .countries, reach: .country))
        #expect(countryOnly.picks.map(\.newlyCovered.count) == [1, 1, 1])
        #expect(throws: AnalysisError.self) { try PlanOptimizer.run(focus: "F", in: Self.network(), options: PlanOptions(budget: 0)) }
    }
}
