import Testing
@testable import LiaisonAnalysis
import LiaisonGraph

/// Districts and suburbs are left to the seat of government whose urban area they lie in.
@Suite struct UrbanAreaSeatsTests {
    /// Focus F (CN). In MY: S, a seat (PPLA2) at 3.10 N 101.60 E; D, a populated place (PPL) 5 km
    /// away and larger; X, a section (PPLX) 12 km away; Far, a PPL 60 km away; C, a curated city with
    /// no feature code 3 km away. In TH: T, a PPL 5 km from S across the border (a made-up place).
    static func network(seatIsPartner: Bool = false) throws -> PartnershipNetwork {
        var b = NetworkBuilder(metadata: NetworkMetadata(name: "Seats", asOf: "2025-06-30", focusID: "F"))
        b.add(Entity(id: "CN", kind: .country, name: "China", attributes: EntityAttributes(location: GeoPoint(latitude: 36, longitude: 116))))
        for id in ["MY", "TH"] {
            b.add(Entity(id: id, kind: .country, name: id, attributes: EntityAttributes(prcRelations: .since(1975), beltAndRoad: .signedYearUnknown, overseasChinese: 1_000_000)))
        }
        func city(_ id: String, _ country: String, _ population: Int, _ lat: Double, _ lon: Double, code: String?) -> Entity {
            var attributes = EntityAttributes(population: population, location: GeoPoint(latitude: lat, longitude: lon))
            if let code { attributes.extra["feature_code"] = code }
            return Entity(id: id, kind: .city, name: id, countryID: country, attributes: attributes)
        }
        b.add(city("F", "CN", 6_000_000, 36, 116, code: nil))
        b.add(city("S", "MY", 800_000, 3.10, 101.60, code: "PPLA2"))
        b.add(city("D", "MY", 830_000, 3.10, 101.645, code: "PPL"))
        b.add(city("X", "MY", 700_000, 3.20, 101.65, code: "PPLX"))
        b.add(city("Far", "MY", 600_000, 3.64, 101.60, code: "PPL"))
        b.add(city("C", "MY", 900_000, 3.127, 101.645, code: nil))
        b.add(city("T", "TH", 750_000, 3.10, 101.555, code: "PPL"))
        if seatIsPartner { b.add(Tie(from: "F", to: "S", layer: "sister", source: "s")) }
        return try b.build()
    }

    @Test func aPlaceThatIsNoSeatNearARankedSeatIsLeftToIt() throws {
        let report = try TargetRanking.run(focus: "F", in: Self.network(), options: TargetOptions(layer: "sister"))
        #expect(report.urbanAreaSeats == ["D": "S", "X": "S"], "\(report.urbanAreaSeats)")
        #expect(report.candidates.contains { $0.entityID == "D" }, "it stays ranked")
        let list = report.shortlist(top: 0, perCountry: nil)
        #expect(!list.candidates.contains { $0.entityID == "D" || $0.entityID == "X" })
        #expect(Set(list.candidates.map(\.entityID)) == ["S", "Far", "C", "T"], "a place 60 km away, one with no code and one across a border stay")
        #expect(list.leftToSeats == 2)
    }

    @Test func partnerPlansLeaveThePlaceToItsSeat() throws {
        let plan = try PlanOptimizer.run(focus: "F", in: Self.network(), options: PlanOptions(layer: "sister", budget: 5))
        #expect(!plan.picks.contains { $0.hostID == "D" || $0.hostID == "X" }, "\(plan.picks.map(\.hostID))")
        #expect(plan.picks.contains { $0.hostID == "S" })
    }

    @Test func aPlaceWhoseSeatIsNoCandidateStands() throws {
        let report = try TargetRanking.run(focus: "F", in: Self.network(seatIsPartner: true), options: TargetOptions(layer: "sister"))
        #expect(report.excluded.contains { $0.entityID == "S" && $0.rule == .existingTie })
        #expect(report.urbanAreaSeats.isEmpty, "\(report.urbanAreaSeats)")
        #expect(report.shortlist(top: 0, perCountry: nil).candidates.contains { $0.entityID == "D" })
    }

    @Test func seatsAreKnownByTheirFeatureCode() {
        func city(_ code: String?, level: String? = nil) -> Entity {
            var attributes = EntityAttributes(level: level)
            if let code { attributes.extra["feature_code"] = code }
            return Entity(id: "X", kind: .city, name: "X", countryID: "MY", attributes: attributes)
        }
        #expect(UrbanAreaSeats.isKnownNonSeat(city("PPL")) && UrbanAreaSeats.isKnownNonSeat(city("PPLX")))
        #expect(!UrbanAreaSeats.isKnownNonSeat(city("PPLA2")) && !UrbanAreaSeats.isKnownNonSeat(city("PPLC")) && !UrbanAreaSeats.isKnownNonSeat(city(nil)))
        #expect(!UrbanAreaSeats.isKnownNonSeat(city("PPL", level: "provincial-capital")), "the data's own level wins")
        #expect(UrbanAreaSeats.isKnownSeat(city("PPLA3")) && UrbanAreaSeats.isKnownSeat(city(nil, level: "capital")))
        #expect(!UrbanAreaSeats.isKnownSeat(city(nil)) && !UrbanAreaSeats.isKnownSeat(city("PPL")), "no code: nothing assumed")
    }
}
