import Foundation
import LiaisonTestSupport
import Testing

/// `render` on the embedded Hong Kong dataset: formats honoured or refused, names that never
/// overlap on the default views, no raw Graphviz warning, the scenario change map on a map, and
/// `dot` drawings shaped for a page.
@Suite struct RenderMapTests {
    typealias CLI = CommandLineTests

    @Test func formatsAreHonouredOrRefused() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let jpeg = try CLI.run(["render", "--quiet", "--view", "ego:HK:1", "-o", "x.jpg"], in: folder)
        #expect(jpeg.status == 0, "\(jpeg.stderr)")
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: folder + "/x.jpg")))
        #expect(bytes.prefix(3) == [0xFF, 0xD8, 0xFF], "x.jpg holds JPEG, not SVG")
        let gif = try CLI.run(["render", "--quiet", "-o", "x.gif"], in: folder)
        #expect(gif.status != 0)
        #expect(gif.stderr.contains("unknown format 'gif'; valid formats: svg, png, pdf, jpg, jpeg, dot, gv"), "\(gif.stderr)")
        let clash = try CLI.run(["render", "--quiet", "--format", "svg", "-o", "x.png"], in: folder)
        #expect(clash.status != 0 && clash.stderr.contains("does not match the extension"), "\(clash.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder + "/x.gif") && !FileManager.default.fileExists(atPath: folder + "/x.png"))
    }

    /// The names' boxes as Graphviz sized them around the text it measured.
    static func labelBoxes(_ svg: String) -> [[Double]] {
        var boxes: [[Double]] = []
        for group in svg.components(separatedBy: "class=\"node map&#45;label\"").dropFirst() {
            guard let start = group.range(of: "points=\""), let end = group[start.upperBound...].range(of: "\"") else { continue }
            let xy = group[start.upperBound..<end.lowerBound].split(separator: " ").map { $0.split(separator: ",").compactMap { Double($0) } }.filter { $0.count == 2 }
            boxes.append([xy.map { $0[0] }.min()!, xy.map { $0[1] }.min()!, xy.map { $0[0] }.max()!, xy.map { $0[1] }.max()!])
        }
        return boxes
    }

    @Test(arguments: [["--layout", "geo"], ["--layout", "geo", "--labels", "zh-Hant"], ["--layout", "geo:equal-earth", "--view", "layer:sister"]])
    func defaultMapsHaveNoOverlappingNames(_ options: [String]) throws {
        let run = try CLI.run(["render", "--quiet", "-o", "-"] + options)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(!run.stderr.contains("Warning") && !run.stderr.contains("graphviz:"), "\(run.stderr)")
        let boxes = Self.labelBoxes(run.stdout)
        #expect(boxes.count >= 10, "\(boxes.count) names")
        for i in boxes.indices {
            for j in boxes.indices where j > i {
                let a = boxes[i], b = boxes[j]
                #expect(!(a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3]), "names overlap: \(a) and \(b)")
            }
        }
        #expect(run.stdout.contains("hidden, in tooltips") || run.stdout.contains("个隐藏") || run.stdout.contains("個隱藏"))
    }

    @Test func layerViewLeavesIsolatedEntitiesOut() throws {
        let left = try CLI.run(["render", "--quiet", "--format", "dot", "--view", "layer:sister", "-o", "-"])
        let all = try CLI.run(["render", "--quiet", "--format", "dot", "--view", "layer:sister", "--include-isolated", "-o", "-"])
        #expect(left.status == 0 && all.status == 0)
        func nodes(_ dot: String) -> Int { dot.split(separator: "\n").filter { $0.contains("class=\"entity ") }.count }
        #expect(nodes(left.stdout) < nodes(all.stdout) / 2, "\(nodes(left.stdout)) of \(nodes(all.stdout))")
        #expect(left.stdout.contains("entities with no tie in this view left out"))
    }

    /// `dot` lists entities that share their ties in tables and stands the focus in the middle:
    /// Hong Kong's own network was a strip 1196 x 4638 pt, its ETOs' 150 places on one rank.
    /// Every entity keeps one element (`entity-N`) whose text is its name and whose tooltip its facts.
    @Test(arguments: [["--layout", "dot"], ["--layout", "dot", "--view", "ego:CN-SHA:2"], ["--layout", "dot", "--view", "aggregate:country"],
                      ["--layout", "dot", "--dataset", "liaocheng"]])
    func dotDrawingsAreShapedForAPage(_ options: [String]) throws {
        let run = try CLI.run(["render", "--quiet", "-o", "-"] + options)
        #expect(run.status == 0, "\(run.stderr)")
        let svg = run.stdout
        func points(_ name: String) -> Double {
            guard let start = svg.range(of: " \(name)=\""), let end = svg[start.upperBound...].range(of: "pt\"") else { return 0 }
            return Double(svg[start.upperBound..<end.lowerBound]) ?? 0
        }
        let width = points("width"), height = points("height")
        #expect(width > 0 && height > 0)
        #expect(width / height >= 0.5 && width / height <= 2, "\(width) x \(height) pt")
        guard let counted = svg.range(of: #"(\d+) entities, "#, options: .regularExpression),
              let entities = Int(svg[counted].prefix { $0.isNumber }) else { Issue.record("no count of entities"); return }
        let anchors = SVGEntityAnchors.read(svg)
        #expect(Set(anchors.keys) == Set(0..<entities), "\(anchors.count) elements for \(entities) entities")
        for (n, anchor) in anchors {
            #expect(!anchor.text.isEmpty && anchor.tooltip.hasPrefix(anchor.text + " "), "entity-\(n): '\(anchor.text)' for '\(anchor.tooltip.prefix(60))'")
        }
    }

    @Test func scenarioChangeMapOnTheBasemap() throws {
        let run = try CLI.run(["render", "--quiet", "--scenario", "datasets/hong-kong/scenarios/eto-expansion-2016.yaml", "--layout", "geo", "-o", "-"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("class=\"edge tie") && run.stdout.contains(" added"))
        #expect(run.stdout.contains("Natural Earth"))
        #expect(run.stdout.components(separatedBy: "<polygon fill=\"#efece4\"").count > 40, "land drawn under the changes")
    }
}
