import LiaisonGraph

/// Where a peer leads the focus most: on one layer, countries reached in all (summed over the
/// benchmark's regions) and in the region where the lead is widest.
public struct PeerLead: Sendable, Hashable {
    /// The layer.
    public var layer: String
    /// The peer.
    public var peerID: String
    /// Countries the focus reaches on the layer, in every region of the benchmark.
    public var focusCountries: Int
    /// Countries the peer reaches on the layer.
    public var peerCountries: Int
    /// The region where the peer's lead on the layer is widest.
    public var region: String
    /// Countries of that region the focus reaches on the layer.
    public var focusInRegion: Int
    /// Countries of that region the peer reaches on the layer.
    public var peerInRegion: Int

    /// By how many countries the peer leads on the layer.
    public var lead: Int { peerCountries - focusCountries }
}

extension GapReport {
    /// The layer where the focus trails a peer most, read from the peer benchmark: the (layer, peer)
    /// whose countries reached exceed the focus's by most, ties going to the earlier layer (in
    /// ``layers`` order), then the earlier peer; its widest region is the benchmark row of the
    /// layer with the largest difference, ties to the first region by name. A peer without data on
    /// a layer ("no data") is not compared on it. Nil when no peer reaches more countries than the
    /// focus on any layer.
    /// - Complexity: O(r · p), r benchmark rows and p peers.
    public var widestPeerLead: PeerLead? {
        var best: PeerLead?
        for layer in layers {
            let rows = benchmark.filter { $0.layer == layer }
            let focusCountries = rows.reduce(0) { $0 + ($1.counts[0] ?? 0) }
            for (k, peer) in peerIDs.enumerated() {
                let reached = rows.compactMap { row in row.counts[k + 1].map { (row, $0) } }
                guard !reached.isEmpty else { continue }
                let peerCountries = reached.reduce(0) { $0 + $1.1 }
                guard peerCountries - focusCountries > (best?.lead ?? 0) else { continue }
                // The first row of largest difference: `max` keeps the last of equals, so compare strictly.
                var widest = reached[0]
                for pair in reached.dropFirst() where pair.1 - (pair.0.counts[0] ?? 0) > widest.1 - (widest.0.counts[0] ?? 0) { widest = pair }
                best = PeerLead(layer: layer, peerID: peer, focusCountries: focusCountries, peerCountries: peerCountries,
                                region: widest.0.region, focusInRegion: widest.0.counts[0] ?? 0, peerInRegion: widest.1)
            }
        }
        return best
    }
}
