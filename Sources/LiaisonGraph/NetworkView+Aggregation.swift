/// Rolling cities up to their province or country.
extension NetworkView {
    /// The view with every entity replaced by its container at `level` (see
    /// ``PartnershipNetwork/container(of:at:)``) and ties summed per layer: one tie per pair of
    /// containers and layer, whose weight is the sum of the weights, whose areas are the union,
    /// whose status (as the view presents it) is the most alive (active, dormant, intent, proposed, ended, in that order)
    /// and whose start is the earliest. Ties inside one container are dropped.
    ///
    /// The result is a view of a new network that also holds the containers' own containers
    /// (a province's country), so that containment still resolves; the view shows only the
    /// containers of the entities this view held.
    /// - Complexity: O(n + m).
    public func aggregated(to level: AggregationLevel) -> NetworkView {
        let base = network
        var containerOf = [Int32](repeating: -1, count: base.entityCount)
        var shown = Set<String>()
        var needed = Set<String>()
        for i in base.entities.indices where entityMask[i] {
            guard let container = base.container(of: base.entities[i].id, at: level) else { continue }
            containerOf[i] = Int32(base.index(of: container.id)!)
            shown.insert(container.id)
            if needed.insert(container.id).inserted { addAncestors(of: container, in: base, into: &needed) }
        }
        struct Key: Hashable { var a: Int32, b: Int32, layer: UInt16 }
        struct Summary { var weight = 0.0, areas: UInt64 = 0, status = TieStatus.ended, since: Int16 = TieStore.noYear, until: Int16 = TieStore.noYear, count = 0, source: Int32 = -1, sameSource = true }
        var summaries: [Key: Summary] = [:]
        var order: [Key] = []
        let store = base.tieStore
        for t in 0..<store.count where tieMask[t] {
            let a = containerOf[Int(store.from[t])], b = containerOf[Int(store.to[t])]
            guard a >= 0, b >= 0, a != b else { continue }
            let key = Key(a: min(a, b), b: max(a, b), layer: store.layer[t])
            var s = summaries[key] ?? { order.append(key); return Summary() }()
            s.weight += store.weight[t]
            s.areas |= store.areas[t]
            let status = status(ofTieAt: t)
            if aliveness(status) > aliveness(s.status) || s.count == 0 { s.status = status }
            if store.since[t] != TieStore.noYear && (s.since == TieStore.noYear || store.since[t] < s.since) { s.since = store.since[t] }
            if store.until[t] != TieStore.noYear && (s.until == TieStore.noYear || store.until[t] > s.until) { s.until = store.until[t] }
            if s.count == 0 { s.source = store.source[t] } else if s.source != store.source[t] { s.sameSource = false }
            s.count += 1
            summaries[key] = s
        }
        var builder = NetworkBuilder(metadata: base.metadata)
        // Focus and peers roll up too, and stay only where the view holds them.
        builder.metadata.focusID = base.metadata.focusID.flatMap { base.container(of: $0, at: level)?.id }.flatMap { needed.contains($0) ? $0 : nil }
        builder.metadata.peerIDs = Array(Set(base.metadata.peerIDs.compactMap { base.container(of: $0, at: level)?.id }).intersection(needed)).sorted()
        for layer in base.layers.dropFirst(Layer.builtIn.count) { builder.define(layer) }
        for area in base.areas.dropFirst(ExchangeArea.builtIn.count) { builder.define(area: area) }
        for id in needed.sorted() { builder.add(base.entity(withID: id)!) }
        for key in order {
            let s = summaries[key]!
            builder.add(Tie(
                from: base.entities[Int(key.a)].id, to: base.entities[Int(key.b)].id,
                layer: base.layers[Int(key.layer)].id, status: s.status,
                since: TieStore.year(s.since), until: s.status == .ended ? TieStore.year(s.until) : nil,
                weight: s.weight, areas: base.areaNames(mask: s.areas),
                source: s.sameSource ? base.strings[s.source] : "aggregated from \(s.count) ties with several sources",
                note: s.count > 1 ? "\(s.count) ties aggregated to \(level.rawValue) level" : nil))
        }
        // The parts were valid, so their aggregate is: a failure here is a bug in this function.
        let aggregated: PartnershipNetwork
        do { aggregated = try builder.build() } catch { preconditionFailure("aggregation built an invalid network: \(error)") }
        var mask = BitSet(capacity: aggregated.entityCount)
        for id in shown { mask[aggregated.index(of: id)!] = true }
        // The statuses are already as of the view's year; the count of undated ties carries over.
        return NetworkView(network: aggregated, filters: [], entityMask: mask, tieMask: BitSet(capacity: aggregated.tieCount, filled: true),
                           undatedCount: tiesWithoutStartYear)
    }
}

/// How alive a status is, for choosing the status of an aggregated tie.
private func aliveness(_ status: TieStatus) -> Int {
    switch status {
    case .ended: return 0
    case .proposed: return 1
    case .intent: return 2
    case .dormant: return 3
    case .active: return 4
    }
}
