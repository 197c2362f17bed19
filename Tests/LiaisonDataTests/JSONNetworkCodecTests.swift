import Foundation
import Testing
import LiaisonGraph
@testable import LiaisonData

@Suite struct JSONNetworkCodecTests {
    /// Writing the document member by member, its records in chunks, gives the bytes of encoding the whole
    /// document at once, for any chunk size.
    @Test(arguments: [1, 3, 8_192])
    func chunksGiveTheWholeDocumentsBytes(chunkSize: Int) throws {
        let network = try load(repositoryRoot + "/datasets/hong-kong")
        let whole = Document(format: "liaison-network", version: 1, metadata: MetadataDTO(network.metadata),
                             layers: network.layers.dropFirst(Layer.builtIn.count).map { LayerDTO(id: $0.id, name: $0.name, description: $0.description) },
                             areas: Array(network.areas.dropFirst(ExchangeArea.builtIn.count)),
                             entities: network.entities.map(EntityDTO.init), ties: network.ties.map(TieDTO.init))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let expected = [UInt8](try encoder.encode(whole)) + [UInt8(ascii: "\n")]
        #expect(JSONNetworkCodec.encode(network, chunkSize: chunkSize) == expected)
    }

    @Test func anEmptyNetworkKeepsItsEmptyArrays() throws {
        let text = String(decoding: JSONNetworkCodec.encode(try NetworkBuilder().build()), as: UTF8.self)
        #expect(text.contains("\"entities\" : [\n\n  ]") && text.contains("\"ties\" : [\n\n  ]"))
    }
}
