import Testing
@testable import LiaisonGraph

@Suite struct SparseFieldsTests {
    @Test func fieldsSetAndClearedAgainEqualFieldsNeverSet() {
        var office = Entity(id: "X", kind: .organisation, name: "Office", hostCityID: "DE-BER", organisationKind: .eto)
        office.hostCityID = nil
        office.organisationKind = nil
        let plain = Entity(id: "X", kind: .organisation, name: "Office")
        #expect(office == plain)
        #expect(office.hashValue == plain.hashValue)

        var attributes = EntityAttributes(region: "Asia", note: "n")
        attributes.region = nil
        attributes.note = nil
        #expect(attributes == EntityAttributes())
        #expect(Set([attributes, EntityAttributes()]).count == 1)
    }

    @Test func copiesKeepTheirOwnFields() {
        let country = Entity(id: "JP", kind: .country, name: "Japan", partOfID: nil,
                             attributes: EntityAttributes(memberships: ["G20"], prcRelations: .since(1972), beltAndRoad: .withdrawn))
        var changed = country
        changed.attributes.memberships.append("OECD")
        changed.partOfID = "XX"
        #expect(country.attributes.memberships == ["G20"] && country.partOfID == nil)
        #expect(changed.attributes.memberships == ["G20", "OECD"] && changed.partOfID == "XX")
        #expect(changed.attributes.prcRelations == .since(1972) && changed.attributes.beltAndRoad == .withdrawn)
    }

    /// A million entities is most of a large network's memory: the record must stay small.
    @Test func anEntityRecordStaysUnderTwoHundredBytes() {
        #expect(MemoryLayout<Entity>.stride <= 192, "was 352 bytes with every field inline")
        #expect(MemoryLayout<EntityAttributes>.stride <= 88)
    }

    @Test func populationKeepsUnknownApartFromZero() {
        var attributes = EntityAttributes(population: 0)
        #expect(attributes.population == 0)
        attributes.population = nil
        #expect(attributes.population == nil)
        attributes.population = Int.max
        #expect(attributes.population == Int.max)
    }
}
