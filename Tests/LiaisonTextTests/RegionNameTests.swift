import Testing
@testable import LiaisonText

/// The UN M49 regions in both scripts: the same regions, each name in its own script.
@Suite struct RegionNameTests {
    @Test func bothScriptsNameTheSameRegions() {
        #expect(Set(RegionName.traditionalHongKong.keys) == Set(RegionName.simplified.keys))
        #expect(RegionName.name("Western Asia", in: .traditionalHongKong) == "西亞" && RegionName.name("Western Asia", in: .simplified) == "西亚")
        #expect(RegionName.name("Atlantis", in: .simplified) == nil)
    }

    @Test func eachNameIsInItsScript() throws {
        for script in ChineseScript.allCases {
            let converter = try ScriptConverter(to: script)
            let table = script == .simplified ? RegionName.simplified : RegionName.traditionalHongKong
            for (english, name) in table { #expect(converter.convert(name) == name, "\(english): \(name) is not all \(script.rawValue)") }
        }
    }
}
