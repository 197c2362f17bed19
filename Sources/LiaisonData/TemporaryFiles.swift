import Foundation
import Synchronization

/// The temporary files and folders of writes in progress, removed should the process be stopped
/// by a signal it can catch (SIGINT, SIGTERM, SIGHUP, SIGQUIT), and the names that let a later run
/// recognise the temporaries of a run that was killed outright (SIGKILL, a power cut).
///
/// A temporary is named `.NAME.liaison-PID-RANDOM.tmp` beside its target NAME: the random part
/// makes the name unpredictable, the process ID tells a later run whether its writer is gone.
enum TemporaryFiles {
    /// Room for this many temporaries at once (a folder write registers its folder and each file).
    private static let capacity = 256
    /// C strings of the registered paths, or 0; read by the signal handler, which may not lock.
    nonisolated(unsafe) private static let slots: UnsafeMutablePointer<Int> = {
        let slots = UnsafeMutablePointer<Int>.allocate(capacity: capacity)
        unsafe slots.initialize(repeating: 0, count: capacity)
        return unsafe slots
    }()
    /// Whether the signal handlers are installed; its lock also serialises changes to the slots.
    private static let handlersInstalled = Mutex(false)
    /// The signals whose default action ends the process and that a process can catch.
    private static let signals: [Int32] = [SIGINT, SIGTERM, SIGHUP, SIGQUIT]

    /// The marker in every temporary's name.
    static let marker = ".liaison-"

    /// A fresh temporary name for `target`'s last component, `.NAME.liaison-PID-RANDOM.tmp`.
    static func name(for targetName: String) -> String {
        let random = (0..<4).map { _ in String(format: "%04x", UInt16.random(in: .min ... .max)) }.joined()
        return ".\(targetName)\(marker)\(getpid())-\(random).tmp"
    }

    /// Registers a path to remove on a signal; returns its slot, for ``unregister(_:)``.
    static func register(_ path: String) -> Int? {
        handlersInstalled.withLock { installed in
            if !installed {
                installHandlers()
                installed = true
            }
            for k in 0..<capacity where unsafe slots[k] == 0 {
                unsafe slots[k] = Int(bitPattern: strdup(path))
                return k
            }
            return nil
        }
    }

    /// Forgets a registered path (it was renamed into place, or removed).
    static func unregister(_ slot: Int?) {
        guard let slot else { return }
        handlersInstalled.withLock { _ in
            let pointer = unsafe slots[slot]
            unsafe slots[slot] = 0
            unsafe free(UnsafeMutableRawPointer(bitPattern: pointer))
        }
    }

    /// Installs the handlers; called once, under the lock.
    private static func installHandlers() {
        for signal in signals {
            var action = sigaction()
            var previous = sigaction()
            // Keep a signal the parent set to be ignored (as nohup does) ignored.
            guard unsafe sigaction(signal, nil, &previous) == 0 else { continue }
            let previousHandler = unsafe withUnsafeBytes(of: &previous.__sigaction_handler) { unsafe $0.load(as: Int.self) }
            if previousHandler == 1 { continue }  // SIG_IGN
            unsafe action.__sigaction_handler.sa_handler = { received in
                TemporaryFiles.removeAllOnSignal()
                Glibc.signal(received, SIG_DFL)
                raise(received)
            }
            unsafe sigemptyset(&action.sa_mask)
            action.sa_flags = 0  // the handler restores the default action itself
            unsafe sigaction(signal, &action, nil)
        }
    }

    /// Removes every registered path, newest first (a folder's files before the folder), with
    /// async-signal-safe calls only.
    private static func removeAllOnSignal() {
        var k = capacity - 1
        while k >= 0 {
            let pointer = unsafe slots[k]
            if pointer != 0, let path = unsafe UnsafePointer<CChar>(bitPattern: pointer) {
                if unsafe unlink(path) != 0 { unsafe rmdir(path) }
            }
            k -= 1
        }
    }

    /// Whether a temporary's name shows a writer that is no longer running: the process ID in
    /// `.NAME.liaison-PID-RANDOM.tmp` (or `.old`) names no live process.
    static func isStale(_ name: String) -> Bool {
        guard name.hasPrefix("."), let range = name.range(of: marker, options: .backwards),
              name.hasSuffix(".tmp") || name.hasSuffix(".old") else { return false }
        let tail = name[range.upperBound...]
        guard let dash = tail.firstIndex(of: "-"), let pid = pid_t(tail[..<dash]), pid > 0 else { return false }
        if pid == getpid() { return false }
        return kill(pid, 0) != 0 && errno == ESRCH
    }

    /// Removes the stale temporaries of `targetName` in `folder` left by killed runs; returns
    /// their paths.
    static func removeStale(of targetName: String, in folder: String) -> [String] {
        let prefix = ".\(targetName)\(marker)"
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return [] }
        var removed: [String] = []
        for name in names where name.hasPrefix(prefix) && isStale(name) {
            let path = DatasetLoader.join(folder, name)
            if (try? FileManager.default.removeItem(atPath: path)) != nil { removed.append(path) }
        }
        return removed.sorted()
    }
}
