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
            // Partial credit on odd seeds: an office's neighbours count at a share of their weight.
            .map { c in seed % 2 == 0 ? c : CoverageCandidate(id: c.id, name: c.name, covers: c.covers,
                                                              credits: Dictionary(uniqueKeysWithValues: c.covers.sorted().dropFirst().map { ($0, Double(1 + next(9)) / 10) })) }
        let budget = 1 + next(3)
        let picks = greedyCoverage(candidates: candidates, weight: { weights[$0]! }, budget: budget)
        var best = 0.0
        for mask in 0..<(1 << candidates.count) where mask.nonzeroBitCount <= budget {
            let chosen = candidates.indices.filter { mask & (1 << $0) != 0 }
            // Σ over elements of the weight times the best credit any chosen candidate gives it.
            let value = elements.reduce(0.0) { sum, e in
                sum + weights[e]! * (chosen.filter { candidates[$0].covers.contains(e) }.map { candidates[$0].credit(e) }.max() ?? 0)
            }
            best = max(best, value)
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
        let whole = try PlanOptimizer.run(focus: "F", in: Self.network(), options: PlanOptions(budget: 1, objective: .population, neighbourShare: 1))
        #expect(whole.picks.map(\.gain) == [600], "with neighbours counted whole, AA or AC covers both, 100 + 500")
        #expect(whole.picks.first?.hostID == "AC-1", "equal gains fall to the more populous host country, hosted in its commercial city")
        let half = try PlanOptimizer.run(focus: "F", in: Self.network(), options: PlanOptions(budget: 3, objective: .population))
        #expect(half.picks.map(\.gain) == [550, 120, 50],
                "by default a neighbour counts half: AC hosts (500 + 100 / 2), then ZZ (120), then an office in AA raises AA from half to whole (50)")
        #expect(half.picks.map(\.newlyCovered) == [["AA", "AC"], ["ZZ"], ["AA"]])
        #expect(throws: AnalysisError.self) { try PlanOptimizer.run(focus: "F", in: Self.network(), options: PlanOptions(neighbourShare: 1.5)) }
        let countryOnly = try PlanOptimizer.run(focus: "F", in: Self.network(), options: PlanOptions(budget: 3, objective: .countries, reach: .country))
        #expect(countryOnly.picks.map(\.newlyCovered.count) == [1, 1, 1])
        #expect(throws: AnalysisError.self) { try PlanOptimizer.run(focus: "F", in: Self.network(), options: PlanOptions(budget: 0)) }
    }

    @Test func gdpIsTheDefaultOfficeObjectiveWhereTheDataCarryIt() throws {
        let network = try Self.network()
        #expect(PlanObjective.defaultForOffices(in: network) == .beltAndRoadPopulation, "no country carries GDP")
        var b = NetworkBuilder(metadata: network.metadata)
        for var entity in network.entities {
            if entity.kind == .country { entity.attributes.gdpUSD = Double(entity.attributes.population ?? 0) * (entity.id == "ZZ" ? 1 : 10) }
            b.add(entity)
        }
        for tie in network.ties { b.add(tie) }
        let withGDP = try b.build()
        let plan = try PlanOptimizer.run(focus: "F", in: withGDP, options: PlanOptions(budget: 1))
        #expect(plan.objective == .beltAndRoadGDP)
        #expect(plan.picks.first?.countryID == "AA", "AA's economy (1,000) outweighs ZZ's (120), though ZZ has more people (120 against 100)")
    }
}
