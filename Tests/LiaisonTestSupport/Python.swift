import Foundation

/// Whether python3 can import a module (the interop tests need NetworkX or Kùzu; `html.parser` is
/// Python's own).
public func pythonCanImport(_ module: String) -> Bool {
    (try? runPython(["-c", "import \(module)"]).status) == 0
}

/// What a python3 run printed, and how it ended.
public struct PythonRun: Sendable {
    /// The exit status.
    public var status: Int32
    /// Standard output.
    public var output: String
    /// Standard error.
    public var errors: String
}

/// Runs `python3 ARGUMENTS…` to its end.
/// - Throws: when python3 cannot be started.
public func runPython(_ arguments: [String]) throws -> PythonRun {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3"] + arguments
    // Standard error goes to a file, so that neither stream can fill its pipe while the other is read.
    let errorFile = FileManager.default.temporaryDirectory.appendingPathComponent("liaison-python-stderr-" + UUID().uuidString)
    guard FileManager.default.createFile(atPath: errorFile.path, contents: nil) else { throw CocoaError(.fileWriteUnknown) }
    defer { try? FileManager.default.removeItem(at: errorFile) }
    let errorHandle = try FileHandle(forWritingTo: errorFile)
    let out = Pipe()
    process.standardOutput = out
    process.standardError = errorHandle
    try process.run()
    let output = out.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    try errorHandle.close()
    let errors = (try? String(contentsOf: errorFile, encoding: .utf8)) ?? ""
    return PythonRun(status: process.terminationStatus, output: String(decoding: output, as: UTF8.self), errors: errors)
}
