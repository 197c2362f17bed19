import Foundation

/// The names of the cases an enum declares in a source file of the repository (`case name(…)` lines
/// of its body), for tests that must run every case of a catalogue's key: a case added to the enum
/// and missing from the test's samples fails.
/// - Parameters:
///   - name: the enum's name, as declared (`Message`, `MapMessage`).
///   - path: the file, relative to the repository's root.
/// - Throws: when the file cannot be read.
public func declaredCases(ofEnum name: String, inFile path: String) throws -> Set<String> {
    let source = try String(contentsOfFile: repositoryRoot + "/" + path, encoding: .utf8)
    let parts = source.components(separatedBy: "enum \(name):")
    guard parts.count > 1 else { return [] }
    let body = parts[1].components(separatedBy: "\n}\n")[0]
    return Set(body.split(separator: "\n").compactMap { line -> String? in
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        guard trimmed.hasPrefix("case ") else { return nil }
        return String(trimmed.dropFirst(5).prefix { $0.isLetter || $0.isNumber })
    })
}
