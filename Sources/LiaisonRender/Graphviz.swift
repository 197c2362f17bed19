// The only file that imports CGraphviz: every unsafe pointer of the bridge lives here.
//
// DOT text goes in, bytes come out. One Graphviz context serves the whole process, behind a lock,
// because libgvc is not thread-safe (not even for reading) and because a fresh context per render
// leaks a few kilobytes each time with Debian's libgvc 2.42/2.43. Every graph, layout and buffer
// is freed with `defer`. Graphviz's messages are captured through `agseterrf`, and its error
// count is reset with `agreseterrors` before each call, so that one failed parse does not fail
// every later call and a failure reports what Graphviz said.
//
// Determinism: the same DOT text gives the same bytes on every call and in every process, with
// every engine. Two things make it so: the C generators are reseeded before each layout, and
// every graph takes its memory from an arena of its own (`liaison_installGraphArena` in
// CGraphvizShim), because Graphviz 2.42/2.43 orders parts of its work by address: fdp its
// components and edge directions, dot its clusters, twopi its curved splines.
import CGraphviz
import CGraphvizShim
import Foundation
import Synchronization

/// What Graphviz produced: the bytes, and the warnings it printed on the way.
struct GraphvizOutput: Sendable {
    var bytes: [UInt8]
    var warnings: [String]
}

/// The process's one Graphviz context.
final class GraphvizSession: Sendable {
    /// The shared session. The context is made on first use and lives as long as the process.
    static let shared = GraphvizSession()

    /// libgvc's handles that live as long as the process. A token, safe to pass around, whose
    /// pointers only the marked calls below dereference, and only inside ``handles``' lock.
    @safe fileprivate struct Handles {
        var context: OpaquePointer?
        /// A two-node graph, never closed, that circo lays out before every circo layout (see
        /// ``primeCirco(_:)``).
        var circoPrimer: UnsafeMutablePointer<Agraph_t>?
    }

    /// Serialises every call into libgvc.
    private let handles = Mutex(Handles())

    private init() {}

    /// Lays out `dot` with `engine` and renders it as `format`.
    /// - Throws: ``RenderError/graphviz(stage:messages:)`` with Graphviz's own words.
    func render(dot: String, engine: String, format: String) throws(RenderError) -> GraphvizOutput {
        try handles.withLock { (handles: inout Handles) throws(RenderError) -> GraphvizOutput in
            let gvc = unsafe handles.sharedContext()
            handles.startCapture()

            let graph: UnsafeMutablePointer<Agraph_t>? = unsafe dot.withCString { unsafe agmemread($0) }
            guard let graph = unsafe graph, !handles.failed() else {
                if let graph = unsafe graph { unsafe agclose(graph) }
                throw .graphviz(stage: .parse, messages: handles.finishCapture().errors)
            }
            defer { unsafe agclose(graph) }

            // The C library's generators, which Graphviz's spline router and overlap removal draw
            // from, restart at one fixed seed each call: otherwise `splines=true` in sfdp and twopi
            // routes edges differently from one call to the next. (Layouts seed themselves from
            // `start=`.)
            if engine == "circo" { unsafe handles.primeCirco(gvc) }
            srand48(1)
            srand(1)
            let laidOut = unsafe engine.withCString { unsafe gvLayout(gvc, graph, $0) }
            defer { unsafe gvFreeLayout(gvc, graph) }
            guard laidOut == 0, !handles.failed() else {
                throw .graphviz(stage: .layout, messages: handles.finishCapture().errors)
            }

            var buffer: UnsafeMutablePointer<CChar>?
            var length = 0
            let rendered = unsafe format.withCString {
                unsafe liaison_gvRenderData(UnsafeMutableRawPointer(gvc), UnsafeMutableRawPointer(graph), $0, &buffer, &length)
            }
            defer { if let buffer = unsafe buffer { unsafe gvFreeRenderData(buffer) } }
            guard rendered == 0, !handles.failed(), let buffer = unsafe buffer else {
                throw .graphviz(stage: .render, messages: handles.finishCapture().errors)
            }
            let bytes = unsafe buffer.withMemoryRebound(to: UInt8.self, capacity: length) { unsafe Array(UnsafeBufferPointer(start: $0, count: length)) }
            return GraphvizOutput(bytes: bytes, warnings: handles.finishCapture().warnings)
        }
    }
}

extension GraphvizSession.Handles {
    /// The shared context, made on first use. Call with the lock held.
    mutating func sharedContext() -> OpaquePointer {
        if let context = unsafe context { return unsafe context }
        unsafe agseterrf(captureMessage)
        guard let made = unsafe gvContext() else {
            // gvContext fails only when it cannot allocate: there is nothing sensible to do.
            preconditionFailure("Graphviz could not make a context (out of memory)")
        }
        unsafe context = made
        unsafe circoPrimer = "graph { a -- b }".withCString { unsafe agmemread($0) }
        // After the two graphs that live as long as the process (the context's own and circo's
        // primer), which keep malloc: an arena gives nothing back until its graph closes, so
        // those two would grow by every layout. Every graph made from now on gets an arena.
        _ = liaison_installGraphArena()
        return unsafe made
    }

    /// Makes circo start afresh. Graphviz 2.42's circo keeps the root graph it last laid out, and
    /// that graph's attribute symbols, in statics (`initGraphAttrs`, lib/circogen/circularinit.c),
    /// and refreshes them only when a graph comes at another address. A new graph that malloc puts
    /// where the last one was closed inherits freed symbols, and `agxget` reads through them: the
    /// crash in libcgraph that CI met, reproduced in C by laying out one DOT text with circo again
    /// and again while another thread allocates (it died within a few layouts; with this primer,
    /// 300 layouts ran clean). Laying out a graph that is never closed first moves the statics onto
    /// it, so every real graph is new to circo. Call with the lock held.
    func primeCirco(_ gvc: OpaquePointer) {
        guard let primer = unsafe circoPrimer else { return }
        _ = unsafe "circo".withCString { unsafe gvLayout(gvc, primer, $0) }
        unsafe gvFreeLayout(gvc, primer)
    }

    /// Clears the captured messages and Graphviz's error state. Call with the lock held.
    func startCapture() {
        unsafe agseterrf(captureMessage)  // re-installed each time in case other code replaced it
        capturedText.withLock { $0 = "" }
        agreseterrors()
    }

    /// Whether Graphviz has reported an error since the last reset. Call with the lock held.
    func failed() -> Bool {
        agerrors() >= Int32(AGERR.rawValue)
    }

    /// The captured messages, split into errors and warnings. Call with the lock held.
    func finishCapture() -> (errors: [String], warnings: [String]) {
        let text = capturedText.withLock { text in
            defer { text = "" }
            return text
        }
        let lines = text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        var errors: [String] = []
        var warnings: [String] = []
        for line in lines {
            if line.hasPrefix("Warning") { warnings.append(line) } else { errors.append(line) }
        }
        // A failure with only warnings (or nothing) said still reports all Graphviz said.
        if errors.isEmpty { errors = warnings.isEmpty ? ["Graphviz gave no message"] : warnings }
        return (errors, warnings)
    }
}

/// Graphviz's messages since the last reset. Written only from inside Graphviz calls, which run
/// with ``GraphvizSession``'s lock held; a lock of its own all the same, since the C callback
/// cannot reach the session's.
private let capturedText = Mutex("")

/// The `agseterrf` callback. Graphviz calls it with "Error" or "Warning" first, then the message.
private let captureMessage: @convention(c) (UnsafeMutablePointer<CChar>?) -> Int32 = { text in
    guard let text = unsafe text else { return 0 }
    let piece = unsafe String(cString: text)
    capturedText.withLock { captured in
        if piece == "Error" || piece == "Warning" {
            if !captured.isEmpty && !captured.hasSuffix("\n") { captured += "\n" }
            captured += piece + ": "
        } else {
            captured += piece
        }
    }
    return 0
}
