import Foundation
import Testing

/// `-o`: any file name, however short.
@Suite struct OutputPathTests {
    typealias CLI = CommandLineTests

    /// `report -o x` died of an illegal instruction: NSString's path splitting traps on a
    /// one-character path in swift-corelibs-foundation.
    @Test(arguments: ["x", "./y", "sub/z"]) func reportWritesToAShortPath(_ path: String) throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let run = try CLI.run(["report", "--quiet", "-o", path], in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        let page = try String(contentsOfFile: folder + "/" + path, encoding: .utf8)
        #expect(page.hasPrefix("<!DOCTYPE html>"))
        let name = URL(fileURLWithPath: path).lastPathComponent
        let mapFolder = folder + "/" + String(path.dropLast(name.count))
        #expect(FileManager.default.fileExists(atPath: mapFolder + name + "-network.svg"))
        #expect(FileManager.default.fileExists(atPath: mapFolder + name + "-coverage-map.svg"))
    }
}
