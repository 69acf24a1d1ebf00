import Glibc
import CNcurses

nonisolated(unsafe) private var pendingSignal: Int32 = 0
nonisolated(unsafe) private var pendingContinue: Int32 = 0

/// Signals that end the program cleanly: the handler only records them, the run loop acts.
public enum Signals {
    /// Installs handlers for SIGINT, SIGTERM and SIGHUP (recorded) and for crashes (restore the
    /// terminal, then die as before). SIGPIPE is ignored; write errors are handled where they occur.
    public static func install() {
        for sig in [SIGINT, SIGTERM, SIGHUP] {
            signal(sig) { received in pendingSignal = received }
        }
        // Continued after a stop ncurses did not see (SIGSTOP, a debugger): the run loop restores
        // the tty modes the shell changed meanwhile and redraws what it wrote over.
        signal(SIGCONT) { _ in pendingContinue = 1 }
        signal(SIGPIPE, SIG_IGN)
        for sig in [SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP] {
            signal(sig) { received in
                // Best effort: leave the terminal usable, then let the crash happen as usual.
                endwin()
                signal(received, SIG_DFL)
                raise(received)
            }
        }
    }

    /// Whether the process was continued (SIGCONT) since the last call.
    public static func takeContinued() -> Bool {
        let c = pendingContinue
        if c == 0 { return false }
        pendingContinue = 0
        return true
    }

    /// The signal received since the last call, if any.
    public static func take() -> Int32? {
        let s = pendingSignal
        if s == 0 { return nil }
        pendingSignal = 0
        return s
    }
}
