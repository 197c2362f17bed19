// swift-tools-version: 6.2
// Liaison: the partnership networks of cities.
//
// The modules form one way of dependency, top to bottom (see docs/architecture.md):
//   LiaisonGraph            the graph core: entities, layers, ties, the compact network, views
//   LiaisonData             dataset folders, validation, importers, exporters      (uses LiaisonGraph)
//   LiaisonAnalysis         centrality, brokerage, communities, statistics, gaps, targets, plans (uses LiaisonGraph)
//   LiaisonText             Chinese in either script: OpenCC bridge, names, look-up (uses LiaisonGraph, COpenCC)
//   LiaisonRender           the Graphviz bridge: styled DOT, layout and render      (uses LiaisonGraph, LiaisonText, CGraphviz)
//   LiaisonScenario         what-if scripts: parse, apply as pure edits, compare   (uses the three above)
//   LiaisonReport           tables with typed cells, every command's tables, the planner's report, and their
//                           writers: text, JSON, CSV, HTML, Markdown            (uses the six above)
//   Liaison                 umbrella library for Swift scripts                     (re-exports the above)
//   liaison                 the command-line tool: parse, call the libraries, print
import PackageDescription

/// Every Swift module is compiled with strict memory safety, so that no unsafe construct creeps in
/// unmarked: each is marked `unsafe`, and types that keep pointers behind a safe interface are `@safe`.
/// The raw-pointer kernels and byte parsers live in named files of LiaisonGraph, LiaisonData and
/// LiaisonAnalysis, and the C bridges in OpenCC.swift and Graphviz.swift (docs/architecture.md,
/// "Unsafe code").
let memorySafe: [SwiftSetting] = [.strictMemorySafety()]

let package = Package(
    name: "Liaison",
    products: [
        .library(name: "Liaison", targets: ["Liaison"]),
        .executable(name: "liaison", targets: ["liaison"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        .target(name: "LiaisonGraph", swiftSettings: memorySafe),
        .target(name: "LiaisonData", dependencies: [
            "LiaisonGraph",
            .product(name: "Yams", package: "Yams"),
        ], swiftSettings: memorySafe),
        .systemLibrary(name: "CGraphviz", path: "Sources/CGraphviz", pkgConfig: "libgvc", providers: [.apt(["libgraphviz-dev"])]),
        .target(name: "CGraphvizShim", dependencies: ["CGraphviz"], path: "Sources/CGraphvizShim"),
        .systemLibrary(name: "COpenCC", path: "Sources/COpenCC", pkgConfig: "opencc", providers: [.apt(["libopencc-dev"])]),
        .target(name: "LiaisonText", dependencies: ["LiaisonGraph", "COpenCC"], swiftSettings: memorySafe),
        .target(name: "LiaisonRender", dependencies: ["LiaisonGraph", "LiaisonText", "CGraphviz", "CGraphvizShim"], swiftSettings: memorySafe),
        .target(name: "LiaisonAnalysis", dependencies: ["LiaisonGraph"], swiftSettings: memorySafe),
        .target(name: "LiaisonScenario", dependencies: ["LiaisonGraph", "LiaisonData", "LiaisonAnalysis", .product(name: "Yams", package: "Yams")],
                swiftSettings: memorySafe),
        .target(name: "LiaisonReport", dependencies: ["LiaisonGraph", "LiaisonData", "LiaisonAnalysis", "LiaisonScenario", "LiaisonRender", "LiaisonText"],
                swiftSettings: memorySafe),
        .target(name: "Liaison", dependencies: ["LiaisonGraph", "LiaisonData", "LiaisonAnalysis", "LiaisonScenario", "LiaisonRender", "LiaisonText", "LiaisonReport"],
                swiftSettings: memorySafe),
        .executableTarget(name: "liaison", dependencies: [
            "Liaison",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ], swiftSettings: memorySafe),

        .executableTarget(name: "liaison-render-bench", dependencies: ["LiaisonRender", "LiaisonData"], path: "Benchmarks/RenderBench"),
        .executableTarget(name: "liaison-analysis-bench", dependencies: ["LiaisonAnalysis", "LiaisonData"], path: "Benchmarks/AnalysisBench"),
        .executableTarget(name: "liaison-core-bench", dependencies: ["LiaisonGraph", "LiaisonData", "LiaisonAnalysis", "LiaisonScenario"], path: "Benchmarks/CoreBench"),

        // Fixtures shared by the test targets: the repository's root, embedded datasets, temporary folders.
        .target(name: "LiaisonTestSupport", path: "Tests/LiaisonTestSupport"),
        .testTarget(name: "LiaisonGraphTests", dependencies: ["LiaisonGraph"]),
        .testTarget(name: "LiaisonDataTests", dependencies: ["LiaisonData", "LiaisonTestSupport"]),
        // The reference values are read by path (scripts/reference_values.py writes them), not bundled.
        .testTarget(name: "LiaisonAnalysisTests", dependencies: ["LiaisonAnalysis"], exclude: ["Resources"]),
        .testTarget(name: "LiaisonScenarioTests", dependencies: ["LiaisonScenario"]),
        .testTarget(name: "LiaisonTextTests", dependencies: ["LiaisonText", "LiaisonData"]),
        .testTarget(name: "LiaisonRenderTests", dependencies: ["LiaisonRender", "LiaisonTestSupport"]),
        .testTarget(name: "LiaisonReportTests", dependencies: ["LiaisonReport", "LiaisonTestSupport"]),
        .testTarget(name: "liaisonTests", dependencies: ["liaison", "LiaisonText", "LiaisonTestSupport"]),
        // The planner's questions answered on the embedded datasets, across analysis, data and scenarios.
        .testTarget(name: "PlannerQuestionsTests", dependencies: ["LiaisonAnalysis", "LiaisonData", "LiaisonScenario", "LiaisonTestSupport"]),
    ]
)
