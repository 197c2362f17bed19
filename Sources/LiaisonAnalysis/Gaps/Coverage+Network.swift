import LiaisonGraph

extension Coverage {
    /// The coverage as a network of its own: the entity, the countries it covers, and one tie per
    /// country and layer from the entity itself (its offices' coverage drawn as its own), weighted
    /// by the number of ties behind it. For a map of "where we reach".
    /// - Complexity: O(c + n), c the countries covered.
    public func network(in base: PartnershipNetwork) -> PartnershipNetwork {
        var builder = NetworkBuilder(metadata: NetworkMetadata(name: base.metadata.name, description: base.metadata.description,
                                                               asOf: base.metadata.asOf, focusID: entityID))
        for layer in base.layers.dropFirst(Layer.builtIn.count) { builder.define(layer) }
        for area in base.areas.dropFirst(ExchangeArea.builtIn.count) { builder.define(area: area) }
        var needed = Set<String>([entityID])
        for countries in evidence.values { needed.formUnion(countries.keys) }
        // Containers, so that containment resolves: the entity's country, a territory's sovereign.
        for id in Array(needed) {
            if let entity = base.entity(withID: id) {
                for parent in [entity.countryID, entity.partOfID, entity.provinceID].compactMap({ $0 }) { needed.insert(parent) }
            }
        }
        for id in needed.sorted() { if let entity = base.entity(withID: id) { builder.add(entity) } }
        for layer in evidence.keys.sorted() {
            for (country, ties) in evidence[layer]!.sorted(by: { $0.key < $1.key }) where country != entityID {
                let since = ties.compactMap(\.since).min()
                builder.add(Tie(from: entityID, to: country, layer: layer, status: .active, since: since, weight: Double(ties.count),
                                source: ties.count == 1 ? ties[0].source : "\(ties.count) ties of \(entityID) and its agents"))
            }
        }
        // Every record comes from a valid network: a failure here is a bug in this function.
        do { return try builder.build() } catch { preconditionFailure("coverage network invalid: \(error)") }
    }
}
