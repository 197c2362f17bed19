import LiaisonGraph
import Testing
@testable import LiaisonRender

@Suite("The focus's own network")
struct FocusNetworkTests {
    @Test("offices count as the focus: their coverage is in, a plain ego view misses it")
    func offices() throws {
        let network = RenderFixtures.network()
        let own = try network.view.focusNetwork(centre: "HK", radius: 1)
        #expect(own.entities.map(\.id) == ["CN-SH", "CN-SHA", "DE", "DE-BER", "HK", "HKETO-BER", "JP-OSA"])
        let ego = try network.view([.ego(centre: "HK", radius: 1)])
        #expect(!ego.contains(entityID: "DE") && !ego.contains(entityID: "HKETO-BER"))
        // Every tie among the chosen entities stays.
        #expect(own.tieCount == own.ties.count && own.ties.contains { $0.from == "HKETO-BER" && $0.to == "DE" })
        #expect(throws: ViewError.self) { try network.view.focusNetwork(centre: "Atlantis", radius: 1) }
    }
}
