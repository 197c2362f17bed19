import Testing
@testable import LiaisonGraph

/// Year views: which ties are in force at the end of a year, in which status, and what is
/// left out for lacking a start year.
@Suite struct YearViewTests {
    /// The fixture plus an undated tie and one dormant since 2020.
    static func network() throws -> PartnershipNetwork {
        var b = Fixtures.builder()
        b.add(Tie(from: "HK", to: "JP-OSA", layer: "cooperation", source: Fixtures.source))
        b.add(Tie(from: "HK", to: "JP-YOK", layer: "cooperation", status: .dormant, since: 2005, statusSince: 2020, source: Fixtures.source))
        return try b.build()
    }

    @Test func aTieEndingInAYearIsNotInForceThatYear() throws {
        let network = try Self.network()
        #expect(try network.view([.inForce(year: 1999)]).ties.contains { $0.to == "DE-BER" })
        #expect(try !network.view([.inForce(year: 2000)]).ties.contains { $0.to == "DE-BER" })
        let tie = try #require(network.ties.first { $0.to == "DE-BER" })
        #expect(tie.isInForce(inYear: 1990) && tie.isInForce(inYear: 1999))
        #expect(!tie.isInForce(inYear: 1989) && !tie.isInForce(inYear: 2000))
    }

    @Test func endedTiesAreActiveBeforeTheirEndYear() throws {
        let view = try Self.network().view([.inForce(year: 1995)])
        #expect(view.asOfYear == 1995)
        #expect(view.ties.first { $0.to == "DE-BER" }?.status == .active)
        #expect(try view.filtered(.statuses([.active])).ties.contains { $0.to == "DE-BER" })
        #expect(try view.filtered(.statuses([.ended])).tieCount == 0)
        // Without a year, the present status.
        #expect(try Self.network().view.ties.first { $0.to == "DE-BER" }?.status == .ended)
    }

    @Test func aStatusIsAsOfTheYearItBegan() throws {
        let network = try Self.network()
        let status = { (year: Int) in try network.view([.inForce(year: year)]).ties.first { $0.from == "HK" && $0.to == "JP-YOK" }?.status }
        #expect(try status(2004) == nil)
        #expect(try status(2019) == .active)
        #expect(try status(2020) == .dormant)
    }

    @Test func undatedTiesAreLeftOutAndCounted() throws {
        let network = try Self.network()
        let view = try network.view([.inForce(year: 2024)])
        #expect(view.tiesWithoutStartYear == 1)
        #expect(!view.ties.contains { $0.from == "HK" && $0.to == "JP-OSA" })
        // Later filters count only the undated ties they would have kept.
        #expect(try view.filtered(.layers(["sister"])).tiesWithoutStartYear == 0)
        #expect(try view.filtered(.layers(["cooperation"])).tiesWithoutStartYear == 1)
        #expect(try view.filtered(.ego(centre: "DE-BER", radius: 1)).tiesWithoutStartYear == 0)
        #expect(view.aggregated(to: .country).tiesWithoutStartYear == 1)
        let kept = try network.view([.inForce(year: 2024, undated: .assumedInForce)])
        #expect(kept.tiesWithoutStartYear == 0)
        #expect(kept.ties.contains { $0.from == "HK" && $0.to == "JP-OSA" })
        #expect(kept.tieCount == view.tieCount + 1)
    }

    @Test func specReadsTheUndatedPolicy() throws {
        let spec = try ViewSpec(parsing: ["year:2015;undated:in-force"])
        #expect(spec.filters == [.inForce(year: 2015, undated: .assumedInForce)])
        #expect(try ViewSpec(parsing: [spec.description]) == spec)
        #expect(try ViewSpec(parsing: ["year:2015"]).treatingUndatedTies(as: .assumedInForce) == spec)
        #expect(throws: ViewError.malformed("undated:maybe", expected: "undated:in-force or undated:left-out")) {
            try ViewSpec(parsing: ["undated:maybe"])
        }
    }

    @Test(arguments: [
        (TieStatus.dormant, nil as Int?, 2021 as Int?, 2020, TieStatus.active),
        (.dormant, nil, 2021, 2021, .dormant),
        (.ended, 2016, nil, 2015, .active),
        (.ended, 2016, nil, 2016, .ended),
        (.ended, nil, 2016, 2015, .active),
        (.active, nil, 2019, 2018, .intent),
        (.active, nil, nil, 1900, .active),
    ])
    func statusAsOf(status: TieStatus, until: Int?, statusSince: Int?, year: Int, expected: TieStatus) {
        #expect(TieDates.status(status, until: until, statusSince: statusSince, asOf: year) == expected)
    }
}

extension YearViewTests {
    @Test func anEarlierStatusDropsTheYearOfTheLaterOne() throws {
        let view = try Self.network().view([.inForce(year: 2019)])
        let tie = try #require(view.ties.first { $0.from == "HK" && $0.to == "JP-YOK" })
        #expect(tie.status == .active && tie.statusSince == nil)
        let materialized = try #require(view.materialized().ties.first { $0.from == "HK" && $0.to == "JP-YOK" })
        #expect(materialized.status == .active, "a materialised year view keeps the statuses of its year")
    }
}
