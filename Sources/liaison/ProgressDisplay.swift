import ArgumentParser
import Foundation
import Liaison
import Synchronization

/// `--quiet`: no progress line.
struct ProgressOptions: ParsableArguments {
    @Flag(name: .long, help: "Show no progress on standard error (it is shown only on a terminal, and only for work longer than a second).")
    var quiet = false
}

/// A command that can show progress; `liaison`'s `main` turns the display on for it.
protocol ShowsProgress {
    /// The command's `--quiet` flag.
    var progressOptions: ProgressOptions { get }
}

/// The one progress line of the process, on standard error.
///
/// Work reports through ``handler`` or ``stage(_:)``; nothing is drawn until the process has run
/// for a second, nor when standard error is not a terminal, nor with `--quiet`. While a stage is
/// open the line is redrawn five times a second: a bar with counts, the share done and the time
/// left, or, for a stage that cannot count (a Graphviz layout), its name and the time spent.
/// ``finish()`` clears the line so that what follows starts on a clean one.
final class ProgressDisplay: Sendable {
    /// The process's display.
    static let shared = ProgressDisplay()

    /// What the display knows, guarded by one lock: work reports from any thread, and the timer
    /// draws from a queue of its own.
    private struct State {
        var enabled = false
        var current: ProgressUpdate?
        var stageStart = Date()
        var lineShown = false
        var timer: DispatchSourceTimer?
        /// The words of the reader's language for the stages it can word (loading a dataset).
        var wording: Wording?
    }

    private let state = Mutex(State())
    private let processStart = Date()

    private init() {}

    /// Turns the display on, unless `quiet` or standard error is not a terminal.
    func configure(quiet: Bool) {
        state.withLock { $0.enabled = !quiet && isatty(STDERR_FILENO) == 1 }
    }

    /// Words the stages it can word (loading a dataset) in `wording`'s language from now on.
    func speak(_ wording: Wording) {
        state.withLock { $0.wording = wording }
    }

    /// The handler to give library work.
    var handler: ProgressHandler { { [self] update in self.receive(update) } }

    /// Opens a stage that cannot count its units.
    func stage(_ name: String) { receive(ProgressUpdate(stage: name, done: 0, total: 0)) }

    /// Closes the current stage and clears the line.
    func finish() {
        state.withLock { state in
            state.timer?.cancel()
            state.timer = nil
            state.current = nil
            if state.lineShown { write("\r\u{1B}[K") }
            state.lineShown = false
        }
    }

    private func receive(_ update: ProgressUpdate) {
        state.withLock { state in
            guard state.enabled else { return }
            var update = update
            if let known = update.known, let wording = state.wording { update.stage = wording[.loading(known)] }
            // A new count (another total, or a count that starts again) restarts the clock of the time left.
            if state.current?.total != update.total || update.done < (state.current?.done ?? 0) { state.stageStart = Date() }
            state.current = update
            startTimer(&state)
        }
    }

    /// Redraws on a timer, so a stage that reports rarely (or never) still shows its time.
    private func startTimer(_ state: inout State) {
        guard state.timer == nil else { return }
        let made = DispatchSource.makeTimerSource(queue: DispatchQueue.global(qos: .utility))
        made.schedule(deadline: .now() + 0.2, repeating: 0.2)
        made.setEventHandler { [weak self] in self?.draw() }
        made.resume()
        state.timer = made
    }

    private func draw() {
        state.withLock { state in
            guard let update = state.current, Date().timeIntervalSince(processStart) >= 1 else { return }
            let line = ProgressLine.text(update, elapsed: Date().timeIntervalSince(state.stageStart), width: terminalWidth(), wording: state.wording ?? .english)
            write("\r\u{1B}[K" + line)
            state.lineShown = true
        }
    }

    private func write(_ text: String) { FileHandle.standardError.write(Data(text.utf8)) }

    private func terminalWidth() -> Int {
        var size = winsize()
        // The one unsafe call of the tool (a C variadic that fills `size`), marked as such.
        guard unsafe ioctl(STDERR_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 20 else { return 80 }
        return Int(size.ws_col)
    }
}

/// The text of a progress line.
enum ProgressLine {
    /// `stage ▕████░░░░▏ 4,512/17,820 25% · 0:03 left` (the time left in `wording`'s language), or
    /// `stage · 0:02` when the total is unknown; never wider than `width` columns.
    static func text(_ update: ProgressUpdate, elapsed: Double, width: Int, wording: Wording = .english) -> String {
        guard update.total > 0 else { return clip("\(update.stage) · \(clock(elapsed))", width) }
        let fraction = min(1, Double(update.done) / Double(update.total))
        let cells = 20
        let filled = Int((fraction * Double(cells)).rounded(.down))
        let bar = "▕" + String(repeating: "█", count: filled) + String(repeating: "░", count: cells - filled) + "▏"
        var tail = "\(grouped(update.done))/\(grouped(update.total)) \(Int(fraction * 100))%"
        if update.done > 0 && fraction < 1 && elapsed > 0.5 {
            tail += " · " + wording[.timeLeft(clock(elapsed * (1 - fraction) / fraction))]
        }
        return clip("\(update.stage) \(bar) \(tail)", width)
    }

    /// Minutes and seconds: `0:07`, `12:30`; hours when needed.
    static func clock(_ seconds: Double) -> String {
        let s = Int(seconds.rounded())
        if s >= 3600 { return String(format: "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60) }
        return String(format: "%d:%02d", s / 60, s % 60)
    }

    /// `17,820`.
    static func grouped(_ n: Int) -> String {
        let digits = String(n)
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out += "," }
            out.append(c)
        }
        return out
    }

    private static func clip(_ text: String, _ width: Int) -> String {
        text.count < width ? text : String(text.prefix(max(0, width - 2))) + "…"
    }
}

// Every command that can run long shows progress; each takes `--quiet` from an option group.
extension Summary: ShowsProgress { var progressOptions: ProgressOptions { dataset.progress } }
extension Validate: ShowsProgress { var progressOptions: ProgressOptions { progress } }
extension Export: ShowsProgress { var progressOptions: ProgressOptions { dataset.progress } }
extension Import.TwinPairs: ShowsProgress { var progressOptions: ProgressOptions { common.progress } }
extension Import.Wikidata: ShowsProgress { var progressOptions: ProgressOptions { common.progress } }
extension Gaps: ShowsProgress { var progressOptions: ProgressOptions { dataset.progress } }
extension Render: ShowsProgress { var progressOptions: ProgressOptions { dataset.progress } }
extension Targets: ShowsProgress { var progressOptions: ProgressOptions { dataset.progress } }
extension PlanCommand: ShowsProgress { var progressOptions: ProgressOptions { dataset.progress } }
extension ReportCommand: ShowsProgress { var progressOptions: ProgressOptions { dataset.progress } }
extension ScenarioCommand: ShowsProgress { var progressOptions: ProgressOptions { progress } }
extension CentralityCommand: ShowsProgress { var progressOptions: ProgressOptions { dataset.progress } }
extension StatsCommand: ShowsProgress { var progressOptions: ProgressOptions { dataset.progress } }
extension CommunitiesCommand: ShowsProgress { var progressOptions: ProgressOptions { dataset.progress } }
extension ConnectorCommand: ShowsProgress { var progressOptions: ProgressOptions { dataset.progress } }
extension Generate: ShowsProgress { var progressOptions: ProgressOptions { progress } }
