import Foundation
import Testing

/// A short seeded run of the mutation fuzzer (`make fuzz` runs 5,000 cases): no crash, no hang over
/// 10 s, no exit 0 on a case built to be invalid (issue 15).
@Suite struct FuzzTests {
    @Test func aShortSeededRunFindsNothing() throws {
        let python = ["/usr/bin/python3", "/usr/local/bin/python3"].first { FileManager.default.isExecutableFile(atPath: $0) }
        guard let python else { Issue.record("python3 is needed for the fuzzer (scripts/fuzz.py)"); return }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = [CommandLineTests.root + "/scripts/fuzz.py", "--cases", "40", "--seed", "7", "--tool", CommandLineTests.executable]
        let out = Pipe()
        process.standardOutput = out
        process.standardError = out
        try process.run()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(text)")
        #expect(text.contains("40 cases") && text.contains("0 crashes, 0 hangs over 10 s, 0 exits with 0 on invalid input"), "\(text)")
    }
}
