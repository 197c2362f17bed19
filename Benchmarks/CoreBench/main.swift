// Benchmarks of the graph core and the dataset loader on synthetic networks (SyntheticNetwork,
// shaped like the real twin-town network) and on the real twin-town list:
//   generate        10^6 and 10^7 ties, and the degree profile against the real network's
//   load-100k       load a dataset folder with 100,000 ties (68,000 entities)
//   load-1m         load a dataset folder with 1,000,000 ties (680,000 entities)     target < 2 s
//   import          import the full twin-town list (26,114 rows)                      target < 1 s
//   views           views of the 10^6-tie network: layer, status, year, region, ego, aggregation
//   memory-10m      hold 10,000,000 ties (1,000,000 entities)                        target < 640 MB
//   memory-10m-100k the same ties among 100,000 entities, to part the ties' cost from the entities'
//   scenario        a 100-step scenario on 100,000 ties, then PageRank and coverage   target < 1 s
// Usage: liaison-core-bench [--quick] [PART...]. With no part, every part runs in its own child
// process so that each reports its own peak resident memory (VmHWM); --quick skips the 10^7 parts.
// Run with `make bench` (release build). Prints medians and, last, one JSON object of every figure.
import Foundation
import LiaisonAnalysis
import LiaisonData
import LiaisonGraph
import LiaisonScenario

func seconds(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

func median(_ values: [Double]) -> Double { values.sorted()[values.count / 2] }
func runsText(_ values: [Double]) -> String { values.map { String(format: "%.3f", $0) }.joined(separator: " ") }

/// A figure from /proc/self/status in bytes: VmHWM (peak resident) or VmRSS (resident now).
func statusBytes(_ field: String) -> Int {
    guard let text = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
    for line in text.split(separator: "\n") where line.hasPrefix(field + ":") {
        return (Int(line.split(separator: " ", omittingEmptySubsequences: true)[1]) ?? 0) * 1024
    }
    return 0
}
func mb(_ bytes: Int) -> Double { Double(bytes) / 1_048_576 }

/// Resident bytes once malloc has given the memory freed so far back to the system (glibc's
/// `malloc_trim`, looked up at run time): what the process holds, without the freed transients
/// that the resident figure still counts. The plain resident figure where there is no malloc_trim.
func residentAfterTrimmingBytes() -> Int {
    typealias Trim = @convention(c) (Int) -> Int32
    if let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "malloc_trim") {
        _ = unsafeBitCast(symbol, to: Trim.self)(0)
    }
    return statusBytes("VmRSS")
}

/// Entities for a tie count, in the real twin-town network's ratio (17,820 cities to 26,111 ties).
func entities(forTies ties: Int) -> Int { Int((Double(ties) * 17_820 / 26_111).rounded()) }

let runs = 5
var report: [String: Any] = [:]
let root = FileManager.default.currentDirectoryPath
let arguments = Array(CommandLine.arguments.dropFirst())
let quick = arguments.contains("--quick")
let allParts = ["generate", "load-100k", "load-1m", "import", "views", "memory-10m", "memory-10m-100k", "scenario"]
let parts = arguments.filter { !$0.hasPrefix("--") }

/// Writes a synthetic dataset folder into a fresh temporary folder.
func syntheticFolder(ties: Int, seed: UInt64) throws -> String {
    let folder = NSTemporaryDirectory() + "liaison-bench-\(ties)-\(ProcessInfo.processInfo.processIdentifier)"
    try? FileManager.default.removeItem(atPath: folder)
    _ = try SyntheticNetwork.write(SyntheticNetworkOptions(entities: entities(forTies: ties), ties: ties, seed: seed), to: folder)
    return folder
}

@MainActor func loadBenchmark(ties: Int, runs: Int, key: String) throws {
    let folder = try syntheticFolder(ties: ties, seed: 1)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let bytes = (try? FileManager.default.contentsOfDirectory(atPath: folder))?.reduce(0) {
        $0 + ((try? FileManager.default.attributesOfItem(atPath: folder + "/" + $1)[.size] as? Int) ?? 0)
    } ?? 0
    var times: [Double] = []
    var count = 0
    for _ in 0..<runs { times.append(try seconds { count = try DatasetLoader.load(folder).tieCount }) }
    print(String(format: "load folder, %d ties, %d entities (%.0f MB of CSV): median %.3f s (runs: %@)",
                 count, entities(forTies: ties), mb(bytes), median(times), runsText(times)))
    report[key] = median(times)
}

@MainActor func runPart(_ part: String) throws {
    switch part {
    case "generate":
        for ties in quick ? [1_000_000] : [1_000_000, 10_000_000] {
            let options = SyntheticNetworkOptions(entities: entities(forTies: ties), ties: ties, seed: 1)
            var network: PartnershipNetwork?
            let time = try seconds { network = try SyntheticNetwork.generate(options) }
            let profile = DegreeProfile(network!)
            print(String(format: "generate %d ties, %d entities: %.2f s; degree mean %.2f, median %.1f, max %d (max/mean %.1f), degree-1 share %.3f",
                         ties, options.entityCount, time, profile.mean, profile.median, profile.maximum, profile.maximumOverMean, profile.shareOfDegreeOne))
            report["generate_\(ties)_ties_seconds"] = time
        }
        let real = DegreeProfile.twinTowns
        print(String(format: "real twin-town network: degree mean %.2f, median %.1f, max %d (max/mean %.1f), degree-1 share %.3f",
                     real.mean, real.median, real.maximum, real.maximumOverMean, real.shareOfDegreeOne))
    case "load-100k":
        try loadBenchmark(ties: 100_000, runs: runs, key: "load_100k_ties_seconds")
    case "load-1m":
        try loadBenchmark(ties: 1_000_000, runs: 3, key: "load_1m_ties_seconds")
    case "import":
        let twinFile = root + "/../shared/data/twin_towns_wikipedia_hekman/twin_cities_raw.csv"
        guard FileManager.default.fileExists(atPath: twinFile) else {
            print("import: skipped, \(twinFile) not found")
            return
        }
        // Names resolve against the world city universe (countries and cities), as `liaison import` does.
        let universe = try DatasetLoader.load(root + "/datasets/world-cities")
        var importTimes: [Double] = []
        var ties = 0
        for _ in 0..<runs {
            importTimes.append(try seconds {
                ties = try TwinPairsImporter.run(path: twinFile, universe: universe, options: .init(name: "bench", source: "bench")).network.tieCount
            })
        }
        print(String(format: "import twin_cities_raw.csv (26,114 rows -> %d ties): median %.3f s (runs: %@)", ties, median(importTimes), runsText(importTimes)))
        report["import_twin_pairs_seconds"] = median(importTimes)
    case "views":
        let network = try SyntheticNetwork.generate(SyntheticNetworkOptions(entities: entities(forTies: 1_000_000), ties: 1_000_000, seed: 1))
        let focus = network.metadata.focusID ?? ""
        for spec in ["layer:sister", "status:active,dormant", "year:2010", "region:Europe", "ego:\(focus):2", "aggregate:country", "layer:sister;region:Asia;aggregate:country"] {
            var view: NetworkView?
            var times: [Double] = []
            for _ in 0..<runs { times.append(try seconds { view = try ViewSpec(parsing: [spec]).apply(to: network) }) }
            print(String(format: "view %@ of 1,000,000 ties: median %.3f s -> %d entities, %d ties", spec, median(times), view!.entityCount, view!.tieCount))
            // Named by the whole spec: two specs that start with one filter must not share a key.
            let name = spec.hasPrefix("ego:") ? "ego" : String(spec.map { $0.isLetter || $0.isNumber ? $0 : "_" })
            report["view_1m_\(name)_seconds"] = median(times)
        }
    case "memory-10m", "memory-10m-100k":
        let entityCount = part == "memory-10m" ? 1_000_000 : 100_000
        let options = SyntheticNetworkOptions(entities: entityCount, ties: 10_000_000, seed: 7)
        let network = try SyntheticNetwork.generate(options)
        let s = network.tieStore
        let tieBytes = s.byteCount
        let csrBytes = network.adjacency.reduce(0) { $0 + $1.offsets.capacity * 4 + $1.neighbours.capacity * 4 + $1.tieIndices.capacity * 4 }
        let entityBytes = network.entities.capacity * MemoryLayout<Entity>.stride
        let peak = statusBytes("VmHWM"), now = statusBytes("VmRSS"), trimmed = residentAfterTrimmingBytes()
        print(String(format: "10,000,000 ties among %d entities: tie columns %.1f MB + per-layer CSR %.1f MB = %.1f MB for the ties; entity records %.1f MB (their strings and name indices not counted); resident after building %.1f MB, %.1f MB once malloc returns freed memory; peak resident %.1f MB (includes the generator's transients); target < 640 MB",
                     entityCount, mb(tieBytes), mb(csrBytes), mb(tieBytes + csrBytes), mb(entityBytes), mb(now), mb(trimmed), mb(peak)))
        let key = part == "memory-10m" ? "ties_10m" : "ties_10m_100k_entities"
        report["\(key)_core_megabytes"] = mb(tieBytes + csrBytes)
        report["\(key)_resident_megabytes"] = mb(now)
        report["\(key)_resident_trimmed_megabytes"] = mb(trimmed)
        report["\(key)_peak_megabytes"] = mb(peak)
        _ = network.tieCount
    case "scenario":
        let base = try SyntheticNetwork.generate(SyntheticNetworkOptions(entities: entities(forTies: 100_000), ties: 100_000, seed: 3))
        let focus = base.metadata.focusID ?? ""
        let cities = base.entities.filter { $0.kind == .city }.map(\.id)
        let countries = base.entities.filter { $0.kind == .country }.map(\.id)
        let here = SourceLocation(file: "bench.yaml", line: 1, column: 1)
        var edits: [ScenarioEdit] = []
        for k in 0..<100 {
            switch k % 4 {
            case 0: edits.append(.openOffice(office: Entity(id: "OFFICE-\(k)", kind: .organisation, name: "Office \(k)", hostCityID: cities[(k * 7919) % cities.count],
                                                             representsID: focus, organisationKind: .eto),
                                             covers: [countries[(k + 7) % countries.count], countries[(k + 11) % countries.count]], since: 2020, source: "bench"))
            case 1: edits.append(.addTie(Tie(from: focus, to: cities[(k * 104_729) % cities.count], layer: "cooperation", status: .proposed, source: "bench")))
            case 2: edits.append(.activateDormant(entity: focus, layers: []))
            default: edits.append(.setAttribute(entity: cities[(k * 15_485_863) % cities.count], name: "population", value: "123456"))
            }
        }
        let step = ScenarioStep(id: "bench", edits: edits, locations: Array(repeating: here, count: edits.count))
        var times: [Double] = []
        var covered = 0
        for _ in 0..<runs {
            times.append(try seconds {
                let edited = try ScenarioApplier.apply([step], to: base)
                _ = try SpectralCentrality.pageRank(CompactGraph(edited.view, combining: .count))
                covered = edited.coverage(of: focus).countries(on: "eto").count
            })
        }
        print(String(format: "apply a 100-step scenario to 100,000 ties, then PageRank and coverage (%d countries): median %.3f s", covered, median(times)))
        report["scenario_100_steps_seconds"] = median(times)
    default:
        FileHandle.standardError.write(Data("unknown part \(part); parts: \(allParts.joined(separator: ", "))\n".utf8))
        exit(1)
    }
}

if parts.isEmpty {
    // Every part in its own process, so that each peak resident figure is that part's alone.
    var all: [String: Any] = [:]
    for part in allParts where !(quick && part.hasPrefix("memory-10m")) {
        let child = Process()
        child.executableURL = URL(fileURLWithPath: CommandLine.arguments[0])
        child.arguments = (quick ? ["--quick"] : []) + [part]
        let pipe = Pipe()
        child.standardOutput = pipe
        try child.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        child.waitUntilExit()
        for line in output.split(separator: "\n") {
            if line.hasPrefix("RESULT "), let object = try? JSONSerialization.jsonObject(with: Data(line.dropFirst(7).utf8)) as? [String: Any] {
                all.merge(object) { $1 }
            } else {
                print(line)
            }
        }
        if child.terminationStatus != 0 { print("\(part): failed with status \(child.terminationStatus)") }
    }
    let json = try JSONSerialization.data(withJSONObject: all, options: [.sortedKeys, .prettyPrinted])
    print(String(decoding: json, as: UTF8.self))
} else {
    for part in parts {
        try runPart(part)
        let peak = mb(statusBytes("VmHWM"))
        print(String(format: "  %@: peak resident memory %.1f MB", part, peak))
        report["peak_megabytes_\(part)"] = peak
    }
    let json = try JSONSerialization.data(withJSONObject: report, options: [.sortedKeys])
    print("RESULT " + String(decoding: json, as: UTF8.self))
}
