// The umbrella library: `import Liaison` in a Swift script brings the whole engine.
@_exported import LiaisonData
@_exported import LiaisonGraph
@_exported import LiaisonAnalysis
@_exported import LiaisonRender
@_exported import LiaisonScenario
@_exported import LiaisonText
