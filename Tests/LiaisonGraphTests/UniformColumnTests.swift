import Testing
@testable import LiaisonGraph

@Suite struct UniformColumnTests {
    @Test func costsNothingUntilAValueDiffers() {
        var weights = UniformColumn<Double>(common: 1)
        for _ in 0..<100 { weights.append(1) }
        #expect(weights.byteCount == 0 && weights.count == 100)
        weights[5] = 1
        #expect(weights.byteCount == 0)
        weights.append(2.5)
        #expect(weights[99] == 1 && weights[100] == 2.5 && weights.count == 101)
        weights[0] = 0.5
        #expect(weights[0] == 0.5 && weights[1] == 1)
        weights.removeLast(100)
        #expect(weights.count == 1 && weights[0] == 0.5)
    }

    @Test func firstValueMayDiffer() {
        var weights = UniformColumn<Double>(common: 1)
        weights.append(3)
        weights.append(1)
        #expect(weights.count == 2 && weights[0] == 3 && weights[1] == 1)
    }
}
