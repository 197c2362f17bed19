/// Turning a view into a network of its own.
extension NetworkView {
    /// A network holding only the view's entities and ties, plus the containers they need for
    /// containment to resolve (a city's province and country, an office's host city), with the
    /// same metadata, layers and areas.
    /// - Complexity: O(n + m).
    public func materialized() -> PartnershipNetwork {
        var needed = Set<String>()
        for entity in entities where needed.insert(entity.id).inserted { addAncestors(of: entity, in: network, into: &needed) }
        var builder = NetworkBuilder(metadata: network.metadata)
        if let focus = network.metadata.focusID, !needed.contains(focus) { builder.metadata.focusID = nil }
        builder.metadata.peerIDs = network.metadata.peerIDs.filter(needed.contains)
        for layer in network.layers.dropFirst(Layer.builtIn.count) { builder.define(layer) }
        for area in network.areas.dropFirst(ExchangeArea.builtIn.count) { builder.define(area: area) }
        for id in needed.sorted() { builder.add(network.entity(withID: id)!) }
        for tie in ties { builder.add(tie) }
        // A subset of a valid network is valid: a failure here is a bug in this function.
        do { return try builder.build() } catch { preconditionFailure("materialising a view built an invalid network: \(error)") }
    }
}

/// Adds the IDs of every entity `entity` refers to for containment, transitively.
package func addAncestors(of entity: Entity, in network: PartnershipNetwork, into needed: inout Set<String>) {
    for parent in [entity.countryID, entity.partOfID, entity.provinceID, entity.hostCityID, entity.representsID].compactMap({ $0 })
    where needed.insert(parent).inserted {
        if let e = network.entity(withID: parent) { addAncestors(of: e, in: network, into: &needed) }
    }
}

