import Foundation
import LiaisonGraph
import LiaisonRender
import LiaisonScenario
import LiaisonText

/// A scenario variant's map: a file name and the SVG picture.
public struct ScenarioMap: Sendable, Hashable {
    /// `scenario-STEM-VARIANT.svg`.
    public var fileName: String
    /// The SVG bytes.
    public var svg: [UInt8]
}

/// Each variant's changes to the focus's own network, drawn with the change highlighting on a
/// world map (the geographic layout in render's default projection, with its basemap), so that a
/// planner sees where the new ties reach.
public enum ScenarioMaps {
    /// One map per variant (only the last variant's when `lastOnly`: each map is a layout of its
    /// own, seconds apiece on a large network).
    /// With a `script`, names and legend are in Chinese in that script.
    public static func draw(_ outcome: ScenarioOutcome, lastOnly: Bool = false, script: ChineseScript? = nil) throws -> [ScenarioMap] {
        let stem = URL(fileURLWithPath: outcome.script.file).deletingPathExtension().lastPathComponent
        let before = try outcome.base.view.focusNetwork(centre: outcome.focusID, radius: 1)
        let variants = lastOnly ? Array(outcome.variants.suffix(1)) : outcome.variants
        return try variants.map { variant in
            let after = try variant.network.view.focusNetwork(centre: outcome.focusID, radius: 1)
            let options = DrawingOptions(layout: .geographic(.default), labels: script == nil ? .english : .chinese, title: "\(outcome.script.name): \(variant.name)",
                                         script: script ?? .simplified)
            let svg = try NetworkDrawing(before: before, after: after, options: options).render(as: .svg).bytes
            let slug = variant.name.lowercased().map { $0.isLetter || $0.isNumber ? $0 : "-" }
            return ScenarioMap(fileName: "scenario-\(stem)-\(String(slug)).svg", svg: svg)
        }
    }
}
