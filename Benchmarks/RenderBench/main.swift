// liaison-render-bench: what the in-process Graphviz bridge costs, against Graphviz's own programs.
//
//   swift build -c release --product liaison-render-bench && .build/release/liaison-render-bench
//
// 1. A seeded random 2,000-node network drawn as DOT; the same DOT text laid out and rendered to
//    SVG by the bridge and by the `sfdp` program (each run as a process, writing to
//    /dev/null). Medians of several runs; the bridge's overhead is (bridge / program - 1).
// 2. The twin-town pairs of ../shared/data aggregated to countries, drawn and rendered to SVG
//    (sfdp and the Robinson map), timed from the network to the bytes.
// 3. Resident memory over 1,000 renders of a small drawing, per legend kind.
// Not a test: timings depend on the machine. Needs the `graphviz` package for the programs.
import Foundation
import LiaisonData
import LiaisonGraph
import LiaisonRender

func seconds(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

func median(_ runs: Int, _ body: () throws -> Void) rethrows -> Double {
    var times: [Double] = []
    for _ in 0..<runs { times.append(try seconds(body)) }
    return times.sorted()[times.count / 2]
}

/// The time a program takes, or nil when it is missing or fails (a missing `sfdp` would otherwise
/// "run" in a few milliseconds and make the bridge look slow).
func program(_ name: String, _ args: [String]) -> Double? {
    var status: Int32 = -1
    let time = seconds {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = [name] + args
        p.standardError = FileHandle.nullDevice
        guard (try? p.run()) != nil else { return }
        p.waitUntilExit()
        status = p.terminationStatus
    }
    return status == 0 ? time : nil
}

func residentKilobytes() -> Int {
    let text = (try? String(contentsOfFile: "/proc/self/status", encoding: .utf8)) ?? ""
    let line = text.split(separator: "\n").first { $0.hasPrefix("VmRSS:") } ?? ""
    return Int(line.split(separator: " ").dropFirst().first ?? "") ?? 0
}

/// A seeded random network: n cities on a sparse random graph (a spanning tree plus extra ties).
func randomNetwork(nodes n: Int, extraTies: Int, seed: UInt64) throws -> PartnershipNetwork {
    var state = seed
    func next() -> Int { state = state &* 6364136223846793005 &+ 1442695040888963407; return Int(state >> 33) }
    var b = NetworkBuilder(metadata: NetworkMetadata(name: "Random \(n)", asOf: "2025-01-01"))
    b.add(Entity(id: "XX", kind: .country, name: "Testland"))
    let ids = (0..<n).map { String(format: "XX-%05d", $0) }
    for id in ids { b.add(Entity(id: id, kind: .city, name: "City \(id.suffix(5))", countryID: "XX")) }
    var seen = Set<String>()
    func tie(_ a: Int, _ c: Int) {
        guard a != c, seen.insert("\(min(a, c))-\(max(a, c))").inserted else { return }
        let layers = ["sister", "cooperation", "bri"]
        b.add(Tie(from: ids[a], to: ids[c], layer: layers[next() % 3], status: next() % 7 == 0 ? .dormant : .active, source: "bench"))
    }
    for i in 1..<n { tie(i, next() % i) }
    for _ in 0..<extraTies { tie(next() % n, next() % n) }
    return try b.build()
}

/// Prints a line at once (stdout is block-buffered when piped).
func say(_ line: String) { FileHandle.standardOutput.write(Data((line + "\n").utf8)) }

let runs = 3
say("liaison-render-bench (medians of \(runs) runs)")

// 1. Bridge against the programs, same DOT text.
let random = try randomNetwork(nodes: 2_000, extraTies: 1_000, seed: 42)
// (`dot` is left out at this size: the dot program itself runs for over ten minutes on it.)
for layout in [Layout.sfdp] {
    let drawing = try NetworkDrawing(random.view, options: DrawingOptions(layout: layout, labelling: .all, legend: .plain))
    let file = NSTemporaryDirectory() + "liaison-bench-\(layout).dot"
    try drawing.dot.write(toFile: file, atomically: true, encoding: .utf8)
    _ = try GraphvizRenderer.render(dot: drawing.dot, layout: layout, format: .svg)  // warm-up: plugins load once
    let bridge = try median(runs) { _ = try GraphvizRenderer.render(dot: drawing.dot, layout: layout, format: .svg) }
    let times = (0..<runs).compactMap { _ in program(layout.engine, ["-Tsvg", file, "-o", "/dev/null"]) }
    guard times.count == runs else {
        say(String(format: "2,000 nodes, %d ties, %@: bridge %.3f s; the `%@` program is missing or failed, so no comparison (apt-get install graphviz)",
                   random.tieCount, layout.description, bridge, layout.engine))
        continue
    }
    let external = times.sorted()[runs / 2]
    say(String(format: "2,000 nodes, %d ties, %@: bridge %.3f s, `%@ -Tsvg` program %.3f s, bridge overhead %+.1f%%",
                 random.tieCount, layout.description, bridge, layout.engine, external, (bridge / external - 1) * 100))
}

// 2. The real twin-town network, aggregated to countries.
let pairs = "../shared/data/twin_towns_wikipedia_hekman/twin_cities_geocoded.csv"
if FileManager.default.fileExists(atPath: pairs), let universePath = try? DatasetLocator.resolve("world-cities") {
    let universe = try DatasetLoader.load(universePath)
    let imported = try TwinPairsImporter.run(path: pairs, universe: universe, options: .init(name: "Twin towns", source: pairs)).network
    let countries = imported.view.aggregated(to: .country)
    for layout in [Layout.sfdp, .geographic(.robinson)] {
        var bytes = 0
        let time = try median(runs) {
            let drawing = try NetworkDrawing(countries, options: DrawingOptions(layout: layout))
            bytes = try drawing.render(as: .svg).bytes.count
        }
        say(String(format: "twin towns by country (%d countries, %d ties), %@: %.3f s from network to %d bytes of SVG",
                     countries.entityCount, countries.tieCount, layout.description, time, bytes))
    }
} else {
    say("twin towns: \(pairs) or the world dataset not found; run from the package folder")
}

// 2b. The default geographic map of the embedded Hong Kong dataset (the focus's own network,
//     Robinson, with the Natural Earth basemap), from the network to SVG and PNG; and the bridge
//     against `neato -n2` (the nop2 engine) on the same DOT text.
if let hongKong = try? DatasetLoader.load(try DatasetLocator.resolve("hong-kong")), let focus = hongKong.metadata.focusID {
    let own = try hongKong.view.focusNetwork(centre: focus, radius: 1)
    for format in [OutputFormat.svg, .png] {
        let time = try median(5) { _ = try NetworkDrawing(own, options: DrawingOptions(layout: .geographic(.robinson))).render(as: format) }
        say(String(format: "Hong Kong default geo map (%d entities), %@ with basemap: %.3f s from network to bytes", own.entityCount, format.rawValue, time))
    }
    let drawing = try NetworkDrawing(own, options: DrawingOptions(layout: .geographic(.robinson)))
    let file = NSTemporaryDirectory() + "liaison-bench-geo.dot"
    try drawing.dot.write(toFile: file, atomically: true, encoding: .utf8)
    let bridge = try median(5) { _ = try GraphvizRenderer.render(dot: drawing.dot, layout: drawing.options.layout, format: .svg) }
    let times = (0..<5).compactMap { _ in program("neato", ["-n2", "-Tsvg", file, "-o", "/dev/null"]) }
    if times.count == 5 {
        let external = times.sorted()[2]
        say(String(format: "Hong Kong geo map DOT: bridge %.3f s, `neato -n2 -Tsvg` program %.3f s, bridge overhead %+.1f%%", bridge, external, (bridge / external - 1) * 100))
    }
}

// 3. Memory over 1,000 renders.
var small = NetworkBuilder(metadata: NetworkMetadata(name: "Small", asOf: "2025-01-01", focusID: "A"))
for id in ["A", "B", "C", "D"] { small.add(Entity(id: id, kind: .country, name: "Country \(id)")) }
for (a, c) in [("A", "B"), ("B", "C"), ("C", "A"), ("A", "D")] { small.add(Tie(from: a, to: c, layer: "sister", source: "bench")) }
let smallNetwork = try small.build()
for legend in LegendVisibility.allCases {
    let dot = try NetworkDrawing(smallNetwork.view, options: DrawingOptions(legend: legend)).dot
    for _ in 0..<100 { _ = try GraphvizRenderer.render(dot: dot, layout: .sfdp, format: .svg) }
    let before = residentKilobytes()
    for _ in 0..<1_000 { _ = try GraphvizRenderer.render(dot: dot, layout: .sfdp, format: .svg) }
    say("1,000 renders, legend \(legend): VmRSS grew \(residentKilobytes() - before) kB")
}
