import Testing
import LiaisonGraph
@testable import LiaisonAnalysis

/// The dates of a tie to activate, in words: a start year is not the year a tie went dormant.
@Suite struct TieStatusHistoryTests {
    @Test(arguments: [
        (TieStatus.dormant, 2011 as Int?, 2021 as Int?, "began in 2011 and has been dormant since 2021"),
        (.dormant, 2011, nil, "began in 2011 and is dormant (since a year not recorded)"),
        (.dormant, nil, 2021, "has been dormant since 2021"),
        (.dormant, 2021, 2021, "has been dormant since 2021"),
        (.intent, 2018, nil, "has been intent since 2018"),
        (.proposed, nil, nil, "is proposed"),
    ])
    func wording(status: TieStatus, since: Int?, statusSince: Int?, expected: String) {
        let tie = Tie(from: "A", to: "B", layer: "eto", status: status, since: since, statusSince: statusSince, source: "s")
        #expect(tie.statusHistory == expected)
    }
}
