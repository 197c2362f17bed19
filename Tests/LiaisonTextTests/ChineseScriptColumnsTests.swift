import Foundation
import LiaisonData
import LiaisonGraph
import Testing
@testable import LiaisonText

/// The Chinese names compiled in each script by `scripts/add_chinese_script_names.py`
/// (`name_zh_hans`, `name_zh_hant`) are exactly what Liaison's own conversion gives, row by row, and
/// a dataset's own form is what a table prints, without opening OpenCC.
@Suite struct ChineseScriptColumnsTests {
    static let datasets: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path + "/datasets/"
    }()

    /// Every table the script writes: in the world city universe, the Simplified forms GeoNames
    /// gives (its `name_zh_script` says which) are its own words, unchanged by Liaison's conversion;
    /// every Traditional form is Liaison's conversion of the name as written.
    static let tables = [
        "world/countries.csv", "world-cities/provinces.csv", "world-cities/cities.csv",
        "hong-kong/cities.csv", "hong-kong/provinces.csv", "hong-kong/organisations.csv",
        "liaocheng/cities.csv", "liaocheng/provinces.csv",
    ]

    @Test(arguments: tables) func compiledNamesAreLiaisonsConversion(table: String) throws {
        let file = Self.datasets + table
        let csv = CSVTable(bytes: Array(try Data(contentsOf: URL(fileURLWithPath: file))), file: file)
        try #require(csv.hasColumn("name_zh_hans") && csv.hasColumn("name_zh_hant"), "\(table) has no compiled names")
        let writers = [ChineseNameForm.simplified: EntityNameWriter(.simplified), .traditional: EntityNameWriter(.traditionalHongKong)]
        var checked = 0
        for row in csv.rows {
            let aliases = (row["aliases"] ?? "").split(separator: ";").map(String.init)
            let entity = Entity(id: row["id"] ?? "", kind: .city, name: row["name"] ?? "", nameZh: row["name_zh"].flatMap { $0.isEmpty ? nil : $0 }, aliases: aliases)
            let attested = row["name_zh_script"] ?? ""
            for (form, writer) in writers {
                let script = form == .simplified ? "hans" : "hant"
                let compiled = row[form.rawValue] ?? ""
                // A Simplified form the source gave keeps its words; the Traditional form is always
                // Liaison's conversion of the name as written (GeoNames' Traditional is Taiwan's usage).
                let source = form == .simplified && ["same", "hans+hant", script].contains(attested) ? compiled : entity.chineseNameAsWritten
                let expected = source.map(writer.convert) ?? ""
                #expect(compiled == expected, "\(table):\(row.line) \(entity.id) \(form.rawValue): \(compiled), Liaison writes \(expected)")
                checked += 1
            }
        }
        #expect(checked > 0)
    }

    /// Every entity of the embedded default dataset that has a Chinese name has it in both
    /// scripts in its data, so no table or plan of it opens OpenCC to write names.
    @Test func theDefaultDatasetNamesEveryEntityInBothScripts() throws {
        let network = try DatasetLoader.load(Self.datasets + "hong-kong")
        var missing: [String] = []
        for entity in network.entities where entity.chineseNameAsWritten != nil {
            for script in ChineseScript.allCases where entity.ownChineseName(in: script) == nil {
                missing.append("\(entity.id) \(script.rawValue)")
            }
        }
        #expect(missing.isEmpty, "\(missing.count) names to convert, first \(missing.prefix(5))")
    }

    /// A dataset's own form wins over the conversion (GeoNames' 盧安達 for Luanda stands, where
    /// `s2hk` of 罗安达 gives 羅安達), still with Hong Kong's place names.
    @Test func theDatasetsOwnFormIsPrinted() throws {
        var luanda = Entity(id: "AO-LAD", kind: .city, name: "Luanda", nameZh: "罗安达")
        luanda.attributes.extra = ["name_zh_hans": "罗安达", "name_zh_hant": "盧安達"]
        #expect(EntityNameWriter(.traditionalHongKong).name(of: luanda) == "盧安達")
        #expect(try ChineseNames(script: .traditionalHongKong).name(of: luanda) == "盧安達")
        #expect(EntityNameWriter(.simplified).name(of: luanda) == "罗安达")
        var sanFrancisco = Entity(id: "US-SFO", kind: .city, name: "San Francisco", nameZh: "旧金山")
        sanFrancisco.attributes.extra = ["name_zh_hant": "舊金山"]
        #expect(EntityNameWriter(.traditionalHongKong).name(of: sanFrancisco) == "三藩市")
    }

    /// The forms go with the Chinese name they write: an own row naming the entity otherwise drops
    /// the included row's, one giving the same name (or none) keeps them, and a scenario's new
    /// Chinese name drops the old one's.
    @Test func formsFollowTheirChineseName() {
        var included = Entity(id: "AU-SYD", kind: .city, name: "Sydney", nameZh: "悉尼")
        included.attributes.extra = ["name_zh_hans": "悉尼", "name_zh_hant": "雪梨", "name_zh_script": "hans+hant"]
        let renamed = Entity(id: "AU-SYD", kind: .city, name: "Sydney", nameZh: "雪梨市").merged(over: included)
        #expect(renamed.chineseName(.traditional) == nil && renamed.attributes.extra["name_zh_script"] == nil)
        let same = Entity(id: "AU-SYD", kind: .city, name: "Sydney", nameZh: "悉尼").merged(over: included)
        #expect(same.chineseName(.traditional) == "雪梨")
        let unnamed = Entity(id: "AU-SYD", kind: .city, name: "Sydney").merged(over: included)
        #expect(unnamed.nameZh == "悉尼" && unnamed.chineseName(.simplified) == "悉尼")
        var changed = included
        changed.setChineseName("雪梨市")
        #expect(changed.chineseName(.simplified) == nil && changed.nameZh == "雪梨市")
        #expect(EntityNameWriter(.simplified).name(of: changed) == "雪梨市")
    }
}
