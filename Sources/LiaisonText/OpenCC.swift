// The only file that imports COpenCC: every unsafe pointer of the OpenCC bridge lives here.
//
// Text goes in, text comes out. OpenCC's handles are not documented as thread-safe and its last
// error (`opencc_error`) is one string for the whole process, so every call into the library runs
// under one lock. A handle is opened on the first conversion that needs its configuration and kept
// for the life of the process: opening loads its dictionaries (measured with Debian's OpenCC 1.1.6 on
// 2026-12-03: s2hk about 130 ms, hk2s about 15 ms), and converting a name of a dozen characters then
// takes about 50-80 µs.
import COpenCC
import Foundation
import Synchronization

/// The process's OpenCC converters, one per configuration file.
enum OpenCC {
    /// Where Debian (`libopencc-data`), a source build and Homebrew put OpenCC's configurations.
    /// A configuration found in none is passed by its bare name, for OpenCC's own search.
    static let dataDirectories = ["/usr/share/opencc", "/usr/local/share/opencc", "/opt/homebrew/share/opencc"]

    /// Open handles by configuration file name. Guards every call into OpenCC.
    private static let handles = Mutex<[String: Handle]>([:])

    /// An open `opencc_t`. Used only with ``handles``' lock held: a token, safe to pass around, whose
    /// pointer only the marked calls below dereference.
    @safe private struct Handle: @unchecked Sendable {
        let pointer: UnsafeMutableRawPointer
    }

    /// Opens `configuration` (such as `s2hk.json`) unless it is open already.
    /// - Throws: ``ScriptError/converterUnavailable(configuration:message:)`` with OpenCC's words
    ///   when the configuration or its dictionaries cannot be read.
    static func open(_ configuration: String) throws(ScriptError) {
        try handles.withLock { (open: inout [String: Handle]) throws(ScriptError) in
            _ = try handle(configuration, in: &open)
        }
    }

    /// `text` converted with `configuration`.
    /// - Throws: as ``open(_:)``.
    /// - Complexity: O(n) in the length of `text`, under the process-wide lock.
    static func convert(_ text: String, with configuration: String) throws(ScriptError) -> String {
        if text.isEmpty { return text }
        var input = text
        return try handles.withLock { (open: inout [String: Handle]) throws(ScriptError) -> String in
            let handle = try handle(configuration, in: &open)
            let output: UnsafeMutablePointer<CChar>? = input.withUTF8 { bytes in
                unsafe bytes.withMemoryRebound(to: CChar.self) { unsafe opencc_convert_utf8(handle.pointer, $0.baseAddress, $0.count) }
            }
            guard let output = unsafe output else {
                throw .conversionFailed(configuration: configuration, message: lastError())
            }
            defer { unsafe opencc_convert_utf8_free(output) }
            return unsafe String(cString: output)
        }
    }

    /// Liaison's own configurations, by name: OpenCC's dictionaries in another chain, as JSON given
    /// the folder that holds them. `liaison-s2hk-characters.json` converts Simplified characters one
    /// by one (no phrase dictionary, so it opens in about 7 ms where `s2hk` takes 80-130 ms): text it
    /// leaves unchanged holds no Simplified-only character.
    static let ownConfigurations: [String: @Sendable (String) -> String] = [
        "liaison-s2hk-characters.json": { folder in
            let characters = "{\"type\": \"ocd2\", \"file\": \"\(folder)/STCharacters.ocd2\"}"
            let variants = "{\"type\": \"ocd2\", \"file\": \"\(folder)/HKVariants.ocd2\"}"
            return "{\"name\": \"Simplified characters to Hong Kong's, one by one\", \"segmentation\": {\"type\": \"mmseg\", \"dict\": \(characters)}, "
                + "\"conversion_chain\": [{\"dict\": \(characters)}, {\"dict\": \(variants)}]}"
        },
    ]

    /// The open handle of `configuration`, opened now if it is not. Call with the lock held.
    private static func handle(_ configuration: String, in open: inout [String: Handle]) throws(ScriptError) -> Handle {
        if let handle = open[configuration] { return handle }
        var path = dataDirectories.map { $0 + "/" + configuration }.first { FileManager.default.fileExists(atPath: $0) } ?? configuration
        // One of Liaison's own: written to a temporary file for OpenCC to read, removed once open.
        var written: String?
        if let json = ownConfigurations[configuration] {
            let folder = dataDirectories.first { FileManager.default.fileExists(atPath: $0 + "/STCharacters.ocd2") } ?? dataDirectories[0]
            path = NSTemporaryDirectory() + "/liaison-opencc-\(ProcessInfo.processInfo.processIdentifier)-\(configuration)"
            guard FileManager.default.createFile(atPath: path, contents: Data(json(folder).utf8)) else {
                throw .converterUnavailable(configuration: configuration, message: "cannot write \(path)")
            }
            written = path
        }
        defer { if let written { try? FileManager.default.removeItem(atPath: written) } }
        let made = unsafe opencc_open(path)
        // opencc_open answers (opencc_t)-1 on failure.
        guard let made = unsafe made, unsafe made != UnsafeMutableRawPointer(bitPattern: -1) else {
            throw .converterUnavailable(configuration: configuration, message: lastError())
        }
        let handle = unsafe Handle(pointer: made)
        open[configuration] = handle
        return handle
    }

    /// OpenCC's last error message. Call with the lock held.
    private static func lastError() -> String {
        guard let text = unsafe opencc_error() else { return "OpenCC gave no message" }
        let message = unsafe String(cString: text).trimmingCharacters(in: .whitespacesAndNewlines)
        return message.isEmpty ? "OpenCC gave no message" : message
    }
}
