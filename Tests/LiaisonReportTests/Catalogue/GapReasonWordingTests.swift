import Testing
import LiaisonAnalysis
import LiaisonGraph
@testable import LiaisonReport

/// The dates of a tie to activate, in words: a start year is not the year a tie went dormant. The
/// wording moved from the analysis (`Tie.statusHistory`) to the catalogues with issue 18.
@Suite struct GapReasonWordingTests {
    @Test(arguments: [
        (TieStatus.dormant, 2011 as Int?, 2021 as Int?, "began in 2011 and has been dormant since 2021", "始於2011年，自2021年起休眠"),
        (.dormant, 2011, nil, "began in 2011 and is dormant (since a year not recorded)", "始於2011年，現為休眠（起始年份未有記錄）"),
        (.dormant, nil, 2021, "has been dormant since 2021", "自2021年起休眠"),
        (.dormant, 2021, 2021, "has been dormant since 2021", "自2021年起休眠"),
        (.intent, 2018, nil, "has been intent since 2018", "自2018年起意向"),
        (.proposed, nil, nil, "is proposed", "現為擬議"),
    ])
    func wording(status: TieStatus, since: Int?, statusSince: Int?, english: String, traditional: String) {
        let reason = GapReason.tieToActivate(layer: "eto", partnerID: "B", status: status, since: since, statusSince: statusSince)
        let names = NameTable(["B": "Berlin"])
        #expect(Catalogue(.english).text(.gapReason(reason, names: names)) == "the eto tie with Berlin " + english)
        #expect(Catalogue(.traditionalChinese).text(.gapReason(reason, names: NameTable(["B": "柏林"]))) == "與柏林的經濟貿易辦事處關係" + traditional)
    }
}
