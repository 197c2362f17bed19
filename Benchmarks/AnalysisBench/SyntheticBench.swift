// The synthetic mode of liaison-analysis-bench, for scripts/bench_analysis.py --synthetic:
//   liaison-analysis-bench --synthetic TIES EDGES-FILE [--seed S] [--exact] [--pivots K] [--runs R]
// generates SyntheticNetwork with TIES ties (entities in the twin-town network's ratio, 17,820 to
// 26,111), projects it to a simple graph (parallel ties counted), writes that graph's edge list to
// EDGES-FILE ("n m", then "a b" per edge, "a b w" for the pairs of w > 1 parallel ties) so that
// igraph and NetworKit time the very same graph (PageRank weighted as Liaison's, which also prints its values),
// then times the measures and prints one JSON object. Without --exact, betweenness is estimated
// from K sampled sources (exact betweenness and harmonic closeness are O(nm): hours at 10^6 ties).
import Foundation
import LiaisonAnalysis
import LiaisonData
import LiaisonGraph

enum SyntheticBench {
    static func run(_ arguments: [String]) throws {
        func option(_ name: String) -> String? { arguments.firstIndex(of: name).flatMap { arguments.indices.contains($0 + 1) ? arguments[$0 + 1] : nil } }
        let positional = arguments.enumerated().filter { i, a in !a.hasPrefix("--") && (i == 0 || !["--seed", "--pivots", "--runs"].contains(arguments[i - 1])) }.map(\.element)
        guard positional.count == 2, let ties = Int(positional[0]) else {
            FileHandle.standardError.write(Data("usage: liaison-analysis-bench --synthetic TIES EDGES-FILE [--seed S] [--exact] [--pivots K] [--runs R]\n".utf8))
            exit(1)
        }
        let edgesPath = positional[1]
        let seed = option("--seed").flatMap(UInt64.init) ?? 1
        let exact = arguments.contains("--exact")
        let pivots = option("--pivots").flatMap(Int.init) ?? 100
        let runs = option("--runs").flatMap(Int.init) ?? 3
        let entities = Int((Double(ties) * 17_820 / 26_111).rounded())

        var start = DispatchTime.now().uptimeNanoseconds
        let network = try SyntheticNetwork.generate(SyntheticNetworkOptions(entities: entities, ties: ties, seed: seed))
        let generateSeconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        start = DispatchTime.now().uptimeNanoseconds
        let graph = CompactGraph(NetworkView(network), combining: .count)
        let projectSeconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        var text = "\(graph.nodeCount) \(graph.edgeCount)\n"
        text.reserveCapacity(graph.edgeCount * 14)
        for v in 0..<graph.nodeCount {
            for (w, weight) in zip(graph.neighbours(of: v), graph.edgeWeights(of: v)) where Int(w) > v {
                text += weight == 1 ? "\(v) \(w)\n" : "\(v) \(w) \(Int(weight))\n"
            }
        }
        try FileAccess.writeAtomically(Array(text.utf8), to: edgesPath)

        func median(_ body: () throws -> Void) rethrows -> Double {
            var times: [Double] = []
            for _ in 0..<runs {
                let start = DispatchTime.now().uptimeNanoseconds
                try body()
                times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
            }
            return times.sorted()[times.count / 2]
        }
        var result: [String: Any] = ["nodes": graph.nodeCount, "edges": graph.edgeCount, "ties": ties, "entities": entities,
                                     "threads": ProcessInfo.processInfo.activeProcessorCount, "runs": runs,
                                     "generate_seconds": generateSeconds, "project_seconds": projectSeconds]
        if exact {
            result["betweenness"] = median { _ = Betweenness.exact(graph) }
            result["harmonic"] = median { _ = Closeness.harmonic(graph) }
        } else {
            result["pivots"] = pivots
            result["betweenness"] = median { _ = Betweenness.approximate(graph, samples: pivots, seed: seed) }
            var pageRank: CentralityScores?
            result["pagerank"] = try median { pageRank = try SpectralCentrality.pageRank(graph) }
            result["pagerank_values"] = pageRank?.values
            result["kcore"] = median { _ = CoreNumbers.coreNumbers(graph) }
            var modularity = 0.0
            result["louvain"] = median { modularity = Louvain.communities(graph).modularity }
            result["louvain_modularity"] = modularity
        }
        if let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
           let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }) {
            result["peak_megabytes"] = Double(line.split(separator: " ", omittingEmptySubsequences: true)[1]).map { $0 / 1024 }
        }
        let json = try JSONSerialization.data(withJSONObject: result, options: [.sortedKeys])
        print(String(decoding: json, as: UTF8.self))
    }
}
