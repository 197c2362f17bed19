import Testing
@testable import LiaisonReport

/// The table model: text for people, typed values for programs.
@Suite struct TableTests {
    static let table = Table(key: "plan", title: "Plan", columns: [
        TableColumn("pick"), TableColumn("host"), TableColumn("gain"), TableColumn("share of uncovered"),
        TableColumn("Hong Kong", key: "reached", member: "HK"), TableColumn("Macau", key: "reached", member: "MO"),
    ], rows: [
        [.integer(1), .entity(id: "AR-BUE", name: "Buenos Aires"), .number(381_461_252, .grouped), .number(0.1744, .percent(decimals: 1)), .integer(3), .notAvailable("no data")],
        [.integer(2), .entity(id: "PE-LIM", name: "Lima"), .number(1_234.5, .grouped), .missing, .integer(0), .integer(12)],
    ])

    @Test func textShowsWhatPeopleRead() {
        #expect(Self.table.columns == ["pick", "host", "gain", "share of uncovered", "Hong Kong", "Macau"])
        #expect(Self.table.rows[0] == ["1", "Buenos Aires (AR-BUE)", "381,461,252", "17.4%", "3", "no data"])
        #expect(Self.table.rows[1] == ["2", "Lima (PE-LIM)", "1,235", "", "0", "12"])
        // Right-aligned: the columns whose every non-empty cell reads as a number.
        #expect(Self.table.numericColumns == [0, 4])
        #expect(Self.table.text == """
            Plan
            pick  host                   gain         share of uncovered  Hong Kong  Macau
            ----  ---------------------  -----------  ------------------  ---------  -------
               1  Buenos Aires (AR-BUE)  381,461,252  17.4%                       3  no data
               2  Lima (PE-LIM)          1,235                                    0  12

            """)
    }

    @Test func jsonGivesKeysNumbersAndObjects() {
        #expect(TableOutput.json([Self.table]) == """
            {
              "plan": {
                "title": "Plan",
                "rows": [
                  {
                    "pick": 1,
                    "host": {
                      "id": "AR-BUE",
                      "name": "Buenos Aires"
                    },
                    "gain": 381461252,
                    "share_of_uncovered": 0.1744,
                    "reached": {
                      "HK": 3,
                      "MO": null
                    }
                  },
                  {
                    "pick": 2,
                    "host": {
                      "id": "PE-LIM",
                      "name": "Lima"
                    },
                    "gain": 1234.5,
                    "share_of_uncovered": null,
                    "reached": {
                      "HK": 0,
                      "MO": 12
                    }
                  }
                ]
              }
            }

            """)
    }

    @Test func csvSplitsEntitiesAndKeepsNumbersWhole() {
        let files = TableOutput.csvFiles([Self.table])
        #expect(files.map(\.fileName) == ["plan.csv"])
        #expect(files[0].text == """
            pick,host_id,host_name,gain,share_of_uncovered,reached.HK,reached.MO
            1,AR-BUE,Buenos Aires,381461252,0.1744,3,
            2,PE-LIM,Lima,1234.5,,0,12

            """)
    }

    /// Tables repeated per group: an array in JSON, one CSV file with the group as leading columns.
    @Test func groupedTables() throws {
        let tables = ["base", "plan"].map { variant in
            Table(key: "changes", title: "\(variant): changes", columns: ["change"], rows: [[.text("added \(variant)")]],
                  group: [TableField("variant", .text(variant))])
        } + [Table(key: "other", title: "Other", columns: ["x"], rows: [])]
        #expect(TableOutput.keys(tables) == ["changes", "other"])
        #expect(TableOutput.csvFiles(tables).map(\.text) == ["variant,change\nbase,added base\nplan,added plan\n", "x\n"])
        let json = TableOutput.json(tables)
        #expect(json.hasPrefix("{\n  \"changes\": [\n    {\n      \"group\": {\n        \"variant\": \"base\"\n      },"))
        #expect(try TableOutput.select("other", from: tables).map(\.title) == ["Other"])
        #expect(throws: ReportError.unknownTable("chnages", known: ["changes", "other"])) { try TableOutput.select("chnages", from: tables) }
    }

    @Test func jsonEscapesTextAndWritesNumbersThatReadBack() {
        #expect(JSONValue.string("a \"b\"\n\u{1}").text() == "\"a \\\"b\\\"\\n\\u0001\"")
        #expect(JSONValue.numberText(0.1) == "0.1" && JSONValue.numberText(1e-7) == "1e-07" && JSONValue.numberText(3) == "3")
        #expect(JSONValue.from(.nan).text() == "null" && JSONValue.from(-.infinity).text() == "null")
    }

    @Test(arguments: [(NumberStyle.fixed(3), 0.1236, "0.124"), (.significant(4), 12345.0, "1.234e+04"), (.wholeOrSignificant(4), 7, "7"),
                      (.wholeOrSignificant(4), .nan, ""), (.grouped, -1_234_567.6, "-1,234,568"), (.scaled(1e9, decimals: 1), 869_903_408_745, "869.9"),
                      (.percent(decimals: 1), 0.5, "50.0%"), (.signed(3), 0.01234, "+0.0123"), (.signed(3), -2, "-2")])
    func numberStyles(style: NumberStyle, value: Double, text: String) {
        #expect(style.format(value) == text)
    }

    @Test func snakeCaseKeys() {
        #expect(TableColumn.snakeCase("runner-up (its gain)") == "runner_up_its_gain")
        #expect(TableColumn("rank among peers").key == "rank_among_peers")
        #expect(TableColumn.snakeCase("bri-without-office") == "bri_without_office")
    }
}
