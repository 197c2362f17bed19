import Foundation
import LiaisonGraph
import Testing
@testable import LiaisonRender

@Suite("Memory", .serialized)
struct MemoryTests {
    /// The resident set size from /proc/self/status, in kilobytes; nil off Linux.
    static func residentKilobytes() -> Int? {
        guard let text = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = text.split(separator: "\n").first(where: { $0.hasPrefix("VmRSS:") }) else { return nil }
        return Int(line.split(separator: " ").dropFirst().first ?? "")
    }

    /// The growth of resident memory over 1,000 renders of one drawing, after 100 to warm up:
    /// the smaller of two runs, since tests running at the same time in this process (the rest of
    /// the suite) allocate too; a real leak shows in both runs.
    static func growth(legend: LegendVisibility) throws -> Int {
        min(try batchGrowth(legend: legend), try batchGrowth(legend: legend))
    }

    static func batchGrowth(legend: LegendVisibility) throws -> Int {
        let dot = try NetworkDrawing(RenderFixtures.network().view, options: DrawingOptions(layout: .sfdp, labels: .both, legend: legend)).dot
        // Warm up: plugins, fonts and caches load once.
        for _ in 0..<100 { _ = try GraphvizRenderer.render(dot: dot, layout: .sfdp, format: .svg) }
        let start = try #require(Self.residentKilobytes())
        for _ in 0..<1_000 { _ = try GraphvizRenderer.render(dot: dot, layout: .sfdp, format: .svg) }
        let end = try #require(Self.residentKilobytes())
        print("MemoryTests: legend \(legend): VmRSS \(start) kB -> \(end) kB after 1,000 renders (growth \(end - start) kB)")
        return end - start
    }

    // Serialised: the renders of other tests running at the same time would count too.
    @Test("1,000 renders in one process grow resident memory by less than 2 MB (plain-text legend)",
          .enabled(if: residentKilobytes() != nil, "reads /proc/self/status (Linux)"), arguments: [LegendVisibility.plain])
    func noLeak(legend: LegendVisibility) throws {
        let growth = try Self.growth(legend: legend)
        #expect(growth < 2_048, "grew \(growth) kB")
    }
}
