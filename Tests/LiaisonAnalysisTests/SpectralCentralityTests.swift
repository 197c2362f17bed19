import Foundation
import Testing
@testable import LiaisonAnalysis
import LiaisonGraph

/// The power iterations on graphs whose answers are known in closed form: λmax, Katz's α and its
/// bound, PageRank's dangling nodes and personalisation, eigenvector centrality on a bipartite graph.
@Suite struct SpectralCentralityTests {
    static let k5 = TextbookGraphTests.graph(5, [(0, 1), (0, 2), (0, 3), (0, 4), (1, 2), (1, 3), (1, 4), (2, 3), (2, 4), (3, 4)])
    static let star = TextbookGraphTests.graph(6, (1...5).map { (0, $0) })

    @Test func largestEigenvalueOfCompleteGraphAndStar() {
        #expect(abs(SpectralCentrality.largestEigenvalue(Self.k5, weighted: false) - 4) < 1e-9)
        #expect(abs(SpectralCentrality.largestEigenvalue(Self.star, weighted: false) - 5.0.squareRoot()) < 1e-9)
        #expect(SpectralCentrality.largestEigenvalue(TextbookGraphTests.graph(3, []), weighted: false) == 0)
    }

    @Test func katzTakesNineTenthsOfTheBoundAndRefusesAlphaAtIt() throws {
        // K5: λmax = 4, so the default α is 0.225 and every node scores alike.
        #expect(abs(SpectralCentrality.defaultKatzAlpha(largestEigenvalue: 4) - 0.225) < 1e-15)
        for v in try SpectralCentrality.katz(Self.k5).values { #expect(abs(v - 1 / 5.0.squareRoot()) < 1e-12) }
        // The star at α: the centre 1 + 5α·x_leaf, a leaf 1 + α·x_centre.
        let alpha = 0.3
        let centre = (1 + 5 * alpha) / (1 - 5 * alpha * alpha), leaf = 1 + alpha * centre
        let norm = (centre * centre + 5 * leaf * leaf).squareRoot()
        let values = try SpectralCentrality.katz(Self.star, alpha: alpha).values
        #expect(abs(values[0] - centre / norm) < 1e-9 && abs(values[1] - leaf / norm) < 1e-9)
        for tooLarge in [0.25, 0.3] {
            let error = #expect(throws: CentralityError.self) { try SpectralCentrality.katz(Self.k5, alpha: tooLarge) }
            #expect(error?.description.contains("below 1/λmax = 0.25 for this view") == true, "\(String(describing: error))")
        }
    }

    @Test func pageRankSolvesDanglingNodesExactly() throws {
        // 0–1 and an isolated 2: the isolated node keeps c/3 with c = 0.15 / (1 − 0.85/3).
        let g = TextbookGraphTests.graph(3, [(0, 1)])
        let c = 0.15 / (1 - 0.85 / 3)
        let values = try SpectralCentrality.pageRank(g).values
        #expect(abs(values[2] - c / 3) < 1e-15, "solved, not iterated")
        // The pair converges by α² a sweep: within 1e-10·α²/(1 − α²) of its limit.
        #expect(abs(values[0] - (1 - c / 3) / 2) < 1e-9 && abs(values[1] - (1 - c / 3) / 2) < 1e-9, "\(values)")
        // Personalised on the isolated node alone, every jump lands there: it holds everything.
        let alone = try SpectralCentrality.pageRank(g, personalization: ["n02": 1]).values
        #expect(abs(alone[2] - 1) < 1e-12 && alone[0] < 1e-9)
    }

    @Test func eigenvectorOfABipartiteStarConverges() throws {
        // The star's leading eigenvector: the centre √5 times a leaf, norm 1.
        let values = try SpectralCentrality.eigenvector(Self.star).values
        #expect(abs(values[0] - 1 / 2.0.squareRoot()) < 1e-9)
        #expect(abs(values[1] - 1 / 10.0.squareRoot()) < 1e-9)
    }
}
