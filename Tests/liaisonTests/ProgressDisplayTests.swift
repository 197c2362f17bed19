import Foundation
import Testing
@testable import liaison
import Liaison

/// The progress line's text, and its silence where a user would not want it.
@Suite struct ProgressDisplayTests {
    @Test func aCountedStageShowsBarCountsShareAndTimeLeft() {
        let line = ProgressLine.text(ProgressUpdate(stage: "betweenness", done: 4_512, total: 17_820), elapsed: 3, width: 120)
        #expect(line.hasPrefix("betweenness ▕█████░"))
        #expect(line.contains("4,512/17,820 25%"))
        // 25.3% done in 3 s: about 8.8 s left.
        #expect(line.hasSuffix("· 0:09 left"))
    }

    @Test func theTimeLeftIsInTheReadersLanguage() {
        let update = ProgressUpdate(stage: "betweenness", done: 4_512, total: 17_820)
        #expect(ProgressLine.text(update, elapsed: 3, width: 120, wording: Wording(.traditionalChinese)).hasSuffix("· 尚餘 0:09"))
        #expect(ProgressLine.text(update, elapsed: 3, width: 120, wording: Wording(.simplifiedChinese)).hasSuffix("· 尚余 0:09"))
        #expect(Wording(.traditionalChinese)[.layingOut(entities: 2000, engine: "sfdp")] == "正以 `sfdp` 佈局 2000 個實體")
    }

    @Test func anUncountedStageShowsItsNameAndTime() {
        #expect(ProgressLine.text(ProgressUpdate(stage: "laying out 2000 entities with sfdp", done: 0, total: 0), elapsed: 75, width: 80)
                == "laying out 2000 entities with sfdp · 1:15")
    }

    @Test func theLineNeverOutgrowsTheTerminal() {
        let line = ProgressLine.text(ProgressUpdate(stage: String(repeating: "x", count: 200), done: 1, total: 2), elapsed: 1, width: 40)
        #expect(line.count < 40 && line.hasSuffix("…"))
    }

    @Test func clockAndGrouping() {
        #expect(ProgressLine.clock(59.6) == "1:00" && ProgressLine.clock(3_725) == "1:02:05")
        #expect(ProgressLine.grouped(0) == "0" && ProgressLine.grouped(999) == "999" && ProgressLine.grouped(1_000_000) == "1,000,000")
    }

    /// Standard error is a pipe here, not a terminal: nothing but the command's own words.
    @Test func noProgressWhenStandardErrorIsNotATerminal() throws {
        let run = try CommandLineTests.run(["centrality", "--measure", "betweenness", "--top", "2"])
        #expect(run.status == 0)
        #expect(!run.stderr.contains("\r") && !run.stderr.contains("\u{1B}["))
        let quiet = try CommandLineTests.run(["stats", "--quiet"])
        #expect(quiet.status == 0 && quiet.stderr.isEmpty)
    }
}
