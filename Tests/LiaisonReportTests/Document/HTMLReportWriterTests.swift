import Testing
@testable import LiaisonReport

/// The page writer's pieces: prose with code spans, ids scoped per figure, entities by name.
@Suite struct HTMLReportWriterTests {
    @Test func backtickedWordsBecomeCodeAndAnUnpairedBacktickStays() {
        #expect(HTMLReportWriter.prose("compare with `liaison plan --objective` <now>")
                == "compare with <code>liaison plan --objective</code> &lt;now&gt;")
        #expect(HTMLReportWriter.prose("a`b") == "a`b")
        #expect(HTMLReportWriter.prose("`x` and `y` then `z") == "<code>x</code> and <code>y</code> then `z")
    }

    @Test func idsAndTheirReferencesArePrefixed() {
        let svg = ##"<svg><g id="graph0"><path fill="url(#g1)"/><a xlink:href="#node1"/></g><linearGradient id="g1"/></svg>"##
        #expect(HTMLReportWriter.scopingIDs(svg, prefix: "figure2")
                == ##"<svg><g id="figure2-graph0"><path fill="url(#figure2-g1)"/><a xlink:href="#figure2-node1"/></g><linearGradient id="figure2-g1"/></svg>"##)
    }

    @Test func anEntityCellShowsItsNameWithItsIDInATooltip() {
        #expect(HTMLReportWriter.cell(.entity(id: "CO-GN3688689", name: "Bogotá, Colombia")) == #"<span title="CO-GN3688689">Bogotá, Colombia</span>"#)
        #expect(HTMLReportWriter.cell(.list([.entity(id: "A", name: "a<"), .text("b")], separator: "; ")) == #"<span title="A">a&lt;</span>; b"#)
    }
}
