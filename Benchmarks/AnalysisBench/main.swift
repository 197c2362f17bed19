// Times the analysis measures alone (not the loading) on the real twin-town network of
// ../shared/data, node = "city|country" exactly as scripts/bench_analysis.py builds it for igraph
// and NetworKit. Prints one JSON object: median seconds of 3 runs per measure, the modularity of Louvain and Leiden,
// and the values of PageRank, eigenvector and Katz centrality (default α, 0.9/λmax) in node order.
// Usage: liaison-analysis-bench [PATH-TO-twin_cities_raw.csv]
import Foundation
import LiaisonAnalysis
import LiaisonData
import LiaisonGraph

if CommandLine.arguments.dropFirst().first == "--synthetic" { try SyntheticBench.run(Array(CommandLine.arguments.dropFirst(2))); exit(0) }
let path = CommandLine.arguments.dropFirst().first ?? "../shared/data/twin_towns_wikipedia_hekman/twin_cities_raw.csv"
guard let bytes = FileManager.default.contents(atPath: path) else {
    FileHandle.standardError.write(Data("cannot read \(path)\n".utf8))
    exit(1)
}
let table = CSVTable(bytes: [UInt8](bytes), file: path)
/// The graph of the pair list, nodes numbered in order of first appearance.
func twinTownGraph(_ table: CSVTable) -> CompactGraph {
    var index: [String: Int32] = [:]
    var names: [String] = []
    var edges: [(Int32, Int32, Double)] = []
    func node(_ key: String) -> Int32 {
        if let i = index[key] { return i }
        index[key] = Int32(names.count)
        names.append(key)
        return Int32(names.count - 1)
    }
    for row in table.rows {
        let a = node("\(row.fields[0])|\(row.fields[1])"), b = node("\(row.fields[2])|\(row.fields[3])")
        if a != b { edges.append((a, b, 1)) }
    }
    return CompactGraph(nodeCount: names.count, edges: edges, combining: .count, entityIDs: names)
}
let graph = twinTownGraph(table)

func median(_ body: () throws -> Void) rethrows -> Double {
    var times: [Double] = []
    for _ in 0..<3 {
        let start = DispatchTime.now().uptimeNanoseconds
        try body()
        times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
    }
    return times.sorted()[1]
}

var result: [String: Any] = ["nodes": graph.nodeCount, "edges": graph.edgeCount, "threads": ProcessInfo.processInfo.activeProcessorCount]
result["betweenness"] = median { _ = Betweenness.exact(graph) }
result["harmonic"] = median { _ = Closeness.harmonic(graph) }
var spectral: [String: CentralityScores] = [:]
result["pagerank"] = try median { spectral["pagerank"] = try SpectralCentrality.pageRank(graph) }
result["eigenvector"] = try median { spectral["eigenvector"] = try SpectralCentrality.eigenvector(graph) }
result["katz"] = try median { spectral["katz"] = try SpectralCentrality.katz(graph) }
result["katz_alpha"] = SpectralCentrality.defaultKatzAlpha(largestEigenvalue: SpectralCentrality.largestEigenvalue(graph, weighted: false))
// The values, in node order, for the script's comparison with igraph and NetworkX.
for (measure, scores) in spectral { result["\(measure)_values"] = scores.values }
result["kcore"] = median { _ = CoreNumbers.coreNumbers(graph) }
var modularity = 0.0
result["louvain"] = median { modularity = Louvain.communities(graph).modularity }
result["louvain_modularity"] = modularity
var leidenPartition: CommunityPartition?
result["leiden"] = median { leidenPartition = Leiden.communities(graph) }
result["leiden_modularity"] = leidenPartition?.modularity
result["leiden_communities"] = leidenPartition.map { ($0.community.max() ?? -1) + 1 }
result["leiden_2"] = median { leidenPartition = Leiden.communities(graph, options: CommunityOptions(maximumIterations: 2)) }
result["leiden_2_modularity"] = leidenPartition?.modularity
let json = try JSONSerialization.data(withJSONObject: result, options: [.sortedKeys])
print(String(decoding: json, as: UTF8.self))
