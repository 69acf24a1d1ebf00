/// Why the terminal cannot be used, as one clear line.
public enum TerminalError: Error, Sendable, CustomStringConvertible {
    case notATerminal
    case noTerm
    case unknownTerm(String)
    case tooLimited(String)
    case initFailed

    public var description: String {
        switch self {
        case .notATerminal:
            return "newstui needs an interactive terminal (stdin and stdout must be a tty); for scripts use `newstui analyze`"
        case .noTerm:
            return "newstui: TERM is not set, so newstui cannot drive this terminal; set TERM (e.g. TERM=xterm-256color) or use `newstui analyze`"
        case .unknownTerm(let name):
            return "newstui: unknown terminal type '\(name)' (no terminfo entry); set TERM to a known type such as xterm-256color, or use `newstui analyze`"
        case .tooLimited(let name):
            return "newstui: terminal type '\(name)' cannot move the cursor, so a full-screen reader cannot run; use `newstui analyze`"
        case .initFailed:
            return "newstui: the terminal could not be initialised"
        }
    }
}
