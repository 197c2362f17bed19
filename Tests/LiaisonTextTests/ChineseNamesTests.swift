import Foundation
import LiaisonData
import LiaisonGraph
import Testing
@testable import LiaisonText

/// The embedded default dataset (datasets/hong-kong, which includes datasets/world).
let defaultDatasetFolder: String = {
    var url = URL(fileURLWithPath: #filePath)
    for _ in 0..<3 { url.deleteLastPathComponent() }
    return url.path + "/datasets/hong-kong"
}()

@Suite struct ChineseNamesTests {
    static let network: PartnershipNetwork = try! DatasetLoader.load(defaultDatasetFolder)

    /// Every Chinese name of the default dataset, written in zh-Hant, is unchanged by OpenCC's
    /// conversion of Traditional text into Hong Kong's (`t2hk`); written in zh-Hans, unchanged by its
    /// conversions into Simplified (`hk2s`, `t2s`). And the two differ where the scripts do.
    ///
    /// Not `s2hk` on the zh-Hant names: it reads its input as Simplified, and so turns correct
    /// Traditional into wrong (里約熱內盧 becomes 裏約熱內盧, 咸鏡南道 鹹鏡南道).
    @Test func everyNameIsConsistentlyInItsScript() throws {
        let hant = try ChineseNames(script: .traditionalHongKong)
        let hans = try ChineseNames(script: .simplified)
        var named = 0
        var differing = 0
        for entity in Self.network.entities {
            guard let t = hant.name(of: entity), let s = hans.name(of: entity) else { continue }
            named += 1
            if t != s { differing += 1 }
            #expect(try OpenCC.convert(t, with: "t2hk.json") == t, "\(entity.id): zh-Hant \(t)")
            #expect(try OpenCC.convert(s, with: "hk2s.json") == s, "\(entity.id): zh-Hans \(s)")
            #expect(try OpenCC.convert(s, with: "t2s.json") == s, "\(entity.id): zh-Hans \(s)")
        }
        #expect(named == Self.network.entityCount - Self.network.chineseNameCoverage.missingCount)
        // 德国/德國, 香港駐倫敦經濟貿易辦事處/香港驻伦敦经济贸易办事处, …: a conversion that did nothing fails here.
        #expect(differing > 200, "only \(differing) of \(named) names differ between the scripts")
    }

    /// The dataset's own names, in whichever script they were written, come out in the one asked for.
    @Test(arguments: [
        ("US-SFO", "三藩市", "旧金山"),
        ("HKETO-SFO", "香港駐三藩市經濟貿易辦事處", "香港驻旧金山经济贸易办事处"),
        ("HKETO-LON", "香港駐倫敦經濟貿易辦事處", "香港驻伦敦经济贸易办事处"),
        ("HK", "香港", "香港"),
        ("DE", "德國", "德国"),
        ("AU", "澳大利亞", "澳大利亚"),
        ("BR-RJ", "里約熱內盧州", "里约热内卢州"),
        ("MP", "北馬里亞納羣島", "北马里亚纳群岛"),
    ])
    func namesOfTheDefaultDataset(id: String, traditional: String, simplified: String) throws {
        let entity = try #require(Self.network.entity(withID: id))
        #expect(try ChineseNames(script: .traditionalHongKong).name(of: entity) == traditional)
        #expect(try ChineseNames(script: .simplified).name(of: entity) == simplified)
    }

    /// OpenCC 1.1.6 leaves 马 Simplified in 北马里亚纳 (its phrase entry is wrong); the correction
    /// is still needed, and applied.
    @Test(arguments: OpenCCCorrection.all) func knownOpenCCDefectsAreCorrected(_ correction: OpenCCCorrection) throws {
        let source = try OpenCC.convert(correction.right, with: correction.script == .simplified ? "s2hk.json" : "hk2s.json")
        #expect(try OpenCC.convert(source, with: correction.script.openCCConfiguration).contains(correction.wrong))
        #expect(try ScriptConverter(to: correction.script).convert(source).contains(correction.right))
    }

    @Test func aChineseAliasOrNameStandsInForAMissingNameZh() throws {
        let hans = try ChineseNames(script: .simplified)
        let byAlias = Entity(id: "X-1", kind: .city, name: "Ipoh", aliases: ["IPH", "怡保"])
        let byName = Entity(id: "X-2", kind: .city, name: "聯絡處")
        let none = Entity(id: "X-3", kind: .city, name: "Paks", aliases: ["PKS"])
        #expect(hans.name(of: byAlias) == "怡保")
        #expect(hans.name(of: byName) == "联络处")
        #expect(hans.name(of: none) == nil)
        #expect(hans.nameOrEnglish(of: none) == "Paks")
        let coverage = ChineseNameCoverage([none, byName, byAlias])
        #expect(coverage.missingIDs == ["X-3"])
        #expect(coverage.entityCount == 3 && coverage.namedCount == 2)
    }

    /// The count of entities with no Chinese name anywhere, computed here from the CSV files
    /// themselves, equals the API's. The default dataset includes the world city universe (which
    /// includes the countries); a row of its own refines the included row of the same ID, keeping its
    /// own name and taking a Chinese name or aliases the included row has. So an entity has a Chinese
    /// name when its own name (else the included one), or any of its rows' name_zh or aliases, holds a
    /// Han character.
    @Test func entitiesWithoutAChineseNameAreCountedExactly() throws {
        let root = URL(fileURLWithPath: defaultDatasetFolder).deletingLastPathComponent().path
        let included = ["world/countries.csv", "world-cities/provinces.csv", "world-cities/cities.csv"]
        let own = ["hong-kong/provinces.csv", "hong-kong/cities.csv", "hong-kong/organisations.csv"]
        func isHan(_ text: String) -> Bool {
            text.unicodeScalars.contains { (0x3400...0x9FFF).contains($0.value) || (0xF900...0xFAFF).contains($0.value) || (0x20000...0x3FFFF).contains($0.value) }
        }
        var name: [String: String] = [:]
        var chineseElsewhere = Set<String>()
        for file in included + own {
            let rows = try parseCSV(String(contentsOfFile: root + "/" + file, encoding: .utf8))
            let header = rows[0]
            let column = { (name: String) in header.firstIndex(of: name)! }
            for row in rows.dropFirst() where row.count == header.count {
                let id = row[column("id")]
                name[id] = row[column("name")]  // own files come last: their name wins
                if isHan(row[column("name_zh")] + row[column("aliases")]) { chineseElsewhere.insert(id) }
            }
        }
        let missing = Set(name.keys.filter { !chineseElsewhere.contains($0) && !isHan(name[$0]!) })
        let coverage = Self.network.chineseNameCoverage
        #expect(name.count == Self.network.entityCount)
        #expect(coverage.missingIDs == missing.sorted())
        #expect(coverage.missingCount == missing.count)
        #expect(missing.count > 0 && missing.contains("HKETO-RUH"))
    }
}

/// The rows of a CSV text (RFC 4180: quoted fields may hold commas, doubled quotes and line breaks).
func parseCSV(_ text: String) -> [[String]] {
    var rows: [[String]] = []
    var row: [String] = []
    var field = ""
    var quoted = false
    var iterator = Array(text.unicodeScalars).makeIterator()
    var pending: Unicode.Scalar? = nil
    while let c = pending ?? iterator.next() {
        pending = nil
        if quoted {
            if c == "\"" {
                if let next = iterator.next() {
                    if next == "\"" { field.unicodeScalars.append("\"") } else { quoted = false; pending = next }
                } else { quoted = false }
            } else {
                field.unicodeScalars.append(c)
            }
        } else if c == "\"" {
            quoted = true
        } else if c == "," {
            row.append(field); field = ""
        } else if c == "\n" {
            row.append(field); field = ""
            rows.append(row); row = []
        } else if c != "\r" {
            field.unicodeScalars.append(c)
        }
    }
    if !field.isEmpty || !row.isEmpty { row.append(field); rows.append(row) }
    return rows
}
