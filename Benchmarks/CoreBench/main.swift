// Benchmarks of the graph core and the dataset loader (issue 2's targets):
//   loading a dataset folder with 100,000 ties      target < 1 s
//   importing the full twin-town list (26,114 rows) target < 1 s
//   holding 1,000,000 ties                          target < 64 MB
// Run with `make bench` (release build). Prints medians of several runs and memory figures.
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

/// Peak resident memory of this process in bytes (VmHWM).
func peakResidentBytes() -> Int {
    guard let text = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
    for line in text.split(separator: "\n") where line.hasPrefix("VmHWM:") {
        return (Int(line.split(separator: " ")[1]) ?? 0) * 1024
    }
    return 0
}

/// A deterministic generator (SplitMix64).
struct Generator: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// A synthetic network: `countries` countries, `cities` cities, `ties` ties on the five layers,
/// with a skewed degree distribution (endpoints drawn from a squared uniform).
func syntheticRows(countries: Int, cities: Int, ties: Int, seed: UInt64) -> (countries: [String], cities: [String], ties: [String]) {
    var rng = Generator(state: seed)
    let countryRows = (0..<countries).map { "C\($0),Country \($0),Asia,https://example.org/synthetic" }
    let cityRows = (0..<cities).map { "C\($0 % countries)-\($0),City \($0),C\($0 % countries),\(Int.random(in: 1_000...5_000_000, using: &rng)),https://example.org/synthetic" }
    let layers = ["sister", "cooperation", "eto", "bri", "diaspora"]
    let statuses = ["active", "active", "active", "dormant", "proposed"]
    var seen = Set<UInt64>()
    var tieRows: [String] = []
    tieRows.reserveCapacity(ties)
    while tieRows.count < ties {
        let u = Double.random(in: 0..<1, using: &rng), v = Double.random(in: 0..<1, using: &rng)
        let a = Int(u * u * Double(cities)), b = Int(v * Double(cities))
        let l = Int.random(in: 0..<5, using: &rng)
        guard a != b, seen.insert(UInt64(min(a, b)) << 32 | UInt64(max(a, b)) << 3 | UInt64(l)).inserted else { continue }
        tieRows.append("C\(a % countries)-\(a),C\(b % countries)-\(b),\(layers[l]),\(statuses[l]),\(1990 + a % 30),,,culture,https://example.org/synthetic")
    }
    return (countryRows, cityRows, tieRows)
}

func writeFolder(_ path: String, rows: (countries: [String], cities: [String], ties: [String])) throws {
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    try "name: Synthetic\nas_of: 2024-12-31\n".write(toFile: path + "/dataset.yaml", atomically: true, encoding: .utf8)
    try (["id,name,region,source"] + rows.countries).joined(separator: "\n").appending("\n").write(toFile: path + "/countries.csv", atomically: true, encoding: .utf8)
    try (["id,name,country,population,source"] + rows.cities).joined(separator: "\n").appending("\n").write(toFile: path + "/cities.csv", atomically: true, encoding: .utf8)
    try (["from,to,layer,status,since,until,weight,areas,source"] + rows.ties).joined(separator: "\n").appending("\n").write(toFile: path + "/ties.csv", atomically: true, encoding: .utf8)
}

let runs = 5
var report: [String: Any] = [:]
let root = FileManager.default.currentDirectoryPath

// 1. Loading a folder with 100,000 ties.
let folder = NSTemporaryDirectory() + "liaison-bench-\(ProcessInfo.processInfo.processIdentifier)"
try writeFolder(folder, rows: syntheticRows(countries: 200, cities: 20_000, ties: 100_000, seed: 1))
var loadTimes: [Double] = []
for _ in 0..<runs { loadTimes.append(try seconds { _ = try DatasetLoader.load(folder) }) }
try? FileManager.default.removeItem(atPath: folder)
print(String(format: "load folder, 100,000 ties, 20,200 entities: median %.3f s (runs: %@)", median(loadTimes), loadTimes.map { String(format: "%.3f", $0) }.joined(separator: " ")))
report["load_100k_ties_seconds"] = median(loadTimes)

let only = ProcessInfo.processInfo.environment["LIAISON_BENCH_ONLY"]
// 2. Importing the full twin-town list.
let twinFile = root + "/../shared/data/twin_towns_wikipedia_hekman/twin_cities_raw.csv"
if only == "load" {
} else if FileManager.default.fileExists(atPath: twinFile) {
    let world = try DatasetLoader.load(root + "/datasets/world")
    var importTimes: [Double] = []
    var ties = 0
    for _ in 0..<runs {
        importTimes.append(try seconds {
            ties = try TwinPairsImporter.run(path: twinFile, world: world, options: .init(name: "bench", source: "bench")).network.tieCount
        })
    }
    print(String(format: "import twin_cities_raw.csv (26,114 rows -> %d ties): median %.3f s (runs: %@)", ties, median(importTimes),
                 importTimes.map { String(format: "%.3f", $0) }.joined(separator: " ")))
    report["import_twin_pairs_seconds"] = median(importTimes)
} else {
    print("import: skipped, \(twinFile) not found")
}

// 3. Memory of 1,000,000 ties among 100,000 entities.
if only == nil {
    var rng = Generator(state: 7)
    var builder = NetworkBuilder(metadata: NetworkMetadata(name: "Memory", asOf: "2024-12-31"))
    let countries = 200, cities = 100_000
    for c in 0..<countries { builder.add(Entity(id: "C\(c)", kind: .country, name: "Country \(c)")) }
    for i in 0..<cities { builder.add(Entity(id: "C\(i % countries)-\(i)", kind: .city, name: "City \(i)", countryID: "C\(i % countries)")) }
    let layers = ["sister", "cooperation", "eto", "bri", "diaspora"]
    var seen = Set<UInt64>()
    var added = 0
    while added < 1_000_000 {
        let u = Double.random(in: 0..<1, using: &rng)
        let a = Int(u * u * Double(cities)), b = Int.random(in: 0..<cities, using: &rng), l = Int.random(in: 0..<5, using: &rng)
        guard a != b, seen.insert(UInt64(min(a, b)) << 32 | UInt64(max(a, b)) << 3 | UInt64(l)).inserted else { continue }
        builder.add(Tie(from: "C\(a % countries)-\(a)", to: "C\(b % countries)-\(b)", layer: layers[l], since: 1990 + a % 30, source: "https://example.org/synthetic"))
        added += 1
    }
    seen = []
    let network = try builder.build()
    builder = NetworkBuilder()
    let s = network.tieStore
    let tieBytes = s.from.capacity * 4 + s.to.capacity * 4 + s.layer.capacity * 2 + s.status.capacity + s.since.capacity * 2
        + s.until.capacity * 2 + s.weight.capacity * 8 + s.areas.capacity * 8 + s.source.capacity * 4 + s.confidence.capacity + s.note.capacity * 4
    let csrBytes = network.adjacency.reduce(0) { $0 + $1.offsets.capacity * 4 + $1.neighbours.capacity * 4 + $1.tieIndices.capacity * 4 }
    let mb = { (bytes: Int) in Double(bytes) / 1_048_576 }
    let entityBytes = network.entities.capacity * MemoryLayout<Entity>.stride
    print(String(format: "1,000,000 ties among 100,200 entities: tie columns %.1f MB + per-layer CSR %.1f MB = %.1f MB for the ties; entity records %.1f MB (their strings and name indices not counted); process peak RSS %.1f MB (includes the builder's copies)",
                 mb(tieBytes), mb(csrBytes), mb(tieBytes + csrBytes), mb(entityBytes), mb(peakResidentBytes())))
    report["ties_1m_core_megabytes"] = mb(tieBytes + csrBytes)
    report["entities_100k_records_megabytes"] = mb(entityBytes)
    _ = network.tieCount
}

// 4. A 100-step scenario on a 100,000-tie network, then PageRank and coverage again (target < 1 s).
do {
    let folder = NSTemporaryDirectory() + "liaison-bench-scenario-\(ProcessInfo.processInfo.processIdentifier)"
    try writeFolder(folder, rows: syntheticRows(countries: 200, cities: 20_000, ties: 100_000, seed: 3))
    let base = try DatasetLoader.load(folder)
    try? FileManager.default.removeItem(atPath: folder)
    let focus = "C0-0"
    let here = SourceLocation(file: "bench.yaml", line: 1, column: 1)
    var edits: [ScenarioEdit] = []
    for k in 0..<100 {
        switch k % 4 {
        case 0: edits.append(.openOffice(office: Entity(id: "OFFICE-\(k)", kind: .organisation, name: "Office \(k)", hostCityID: "C\(k % 200)-\(k % 200)",
                                                         representsID: focus, organisationKind: .eto), covers: ["C\((k + 7) % 200)", "C\((k + 11) % 200)"], since: 2020, source: "bench"))
        case 1: edits.append(.addTie(Tie(from: focus, to: "C\(k % 200)-\(1000 + k)", layer: "cooperation", status: .proposed, source: "bench")))
        case 2: edits.append(.activateDormant(entity: focus, layers: []))
        default: edits.append(.setAttribute(entity: "C\(k % 200)-\(2000 + k)", name: "population", value: "123456"))
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
}

let json = try JSONSerialization.data(withJSONObject: report, options: [.sortedKeys, .prettyPrinted])
print(String(decoding: json, as: UTF8.self))
