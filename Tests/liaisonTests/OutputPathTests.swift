import Foundation
import Testing

/// `-o`: any file name, however short, and `-` for standard output.
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
        #expect(run.stdout.isEmpty && run.stderr.contains("wrote \(path), with its maps "))
    }

    @Test func reportOnStandardOutputWritesNoFile() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let html = try CLI.run(["report", "--quiet", "-o", "-"], in: folder)
        #expect(html.status == 0, "\(html.stderr)")
        #expect(html.stdout.hasPrefix("<!DOCTYPE html>") && html.stdout.contains("<svg"))
        let markdown = try CLI.run(["report", "--quiet", "--format", "md", "-o", "-"], in: folder)
        #expect(markdown.status == 0)
        #expect(markdown.stdout.hasPrefix("# Hong Kong") && !markdown.stdout.contains(".svg)"), "no links to map files that were not written")
        #expect(markdown.stderr.contains("the maps are not written on standard output"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).isEmpty)
    }

    @Test func renderExportAndTablesWriteToStandardOutput() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let svg = try CLI.run(["render", "--quiet", "--view", "ego:HK:1", "-o", "-"], in: folder)
        #expect(svg.status == 0, "\(svg.stderr)")
        #expect(svg.stdout.hasPrefix("<?xml") && svg.stdout.contains("<svg"))
        let json = try CLI.run(["export", "--format", "json", "--view", "ego:HK:1", "-o", "-"], in: folder)
        #expect(json.status == 0)
        #expect((try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]) != nil)
        let summary = try CLI.run(["summary", "-o", "-"], in: folder)
        #expect(summary.status == 0)
        #expect(summary.stdout == (try CLI.run(["summary"])).stdout)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).isEmpty, "no file named '-'")
    }

    @Test(arguments: [["export", "--format", "csv"], ["export", "--format", "neo4j"], ["generate", "--entities", "10", "--ties", "10"]])
    func aFolderCannotGoToStandardOutput(_ command: [String]) throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let run = try CLI.run(command + ["-o", "-"], in: folder)
        #expect(run.status == 1)
        #expect(run.stderr.contains("writes a folder of files: '-' is standard output, which cannot hold a folder; give the folder with -o DIR"), "\(run.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).isEmpty)
    }
}
