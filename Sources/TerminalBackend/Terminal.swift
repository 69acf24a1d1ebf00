import CNcurses
import Glibc
import NewsUI

/// The ncurses screen: set-up and restore, reading keys, and drawing buffers by diff.
/// Use from one thread only; ncurses is not thread-safe.
public final class Terminal {
    private var previous: ScreenBuffer?
    private var pairs: [PairKey: Int16] = [:]
    private var active = false
    private var screen: OpaquePointer?
    /// Whether the terminal shows colour (false with NO_COLOR or on a monochrome terminal).
    public private(set) var colors = false
    /// False in a non-UTF-8 locale: non-ASCII glyphs are drawn as "?".
    public private(set) var unicode = true
    private var emptyReads = 0
    /// How long `readEvent` waits for a key, ms: shorter while a corpus loads in the background,
    /// so what the loader hands over is drawn without waiting out a long read.
    public var readTimeout: Int32 = 100 {
        didSet { if active { wtimeout(cn_stdscr(), readTimeout) } }
    }

    private struct PairKey: Hashable {
        var fg: Int16
        var bg: Int16
    }

    /// Checks stdin/stdout and TERM before touching the screen, so failures are clear messages.
    public static func preflight(environment: [String: String]) -> TerminalError? {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { return .notATerminal }
        guard let term = environment["TERM"], !term.isEmpty else { return .noTerm }
        switch cn_check_terminal(term) {
        case 1: return nil
        case 0: return .tooLimited(term)
        default: return .unknownTerm(term)
        }
    }

    public init() {}

    /// Enters curses mode. Call `preflight` first.
    public func start(noColor: Bool) throws(TerminalError) {
        setlocale(LC_ALL, "")
        let codeset = String(cString: cn_codeset())
        unicode = codeset.uppercased().replacingOccurrences(of: "-", with: "") == "UTF8"
        // newterm (unlike initscr) returns nil instead of exiting when it fails.
        screen = cn_newterm()
        guard screen != nil else { throw .initFailed }
        active = true
        cbreak()
        noecho()
        nonl()
        keypad(cn_stdscr(), true)
        curs_set(0)
        set_escdelay(25)
        wtimeout(cn_stdscr(), readTimeout)
        if !noColor && has_colors() {
            start_color()
            use_default_colors()
            colors = true
        }
    }

    /// Leaves curses mode; safe to call more than once.
    public func restore() {
        guard active else { return }
        active = false
        curs_set(1)
        endwin()
        if let screen { delscreen(screen) }
        screen = nil
    }

    deinit { restore() }

    /// After the process was stopped and continued: a job-control shell put the tty back in its
    /// own modes (echo, line buffering) and printed over the screen. Restores curses' modes
    /// (raw input, keypad); draw with `full: true` next to repaint every cell.
    public func resume() {
        guard active else { return }
        reset_prog_mode()
        previous = nil
    }

    /// The terminal's size now.
    public var size: Size { Size(width: Int(cn_cols()), height: Int(cn_lines())) }

    /// What happened at the keyboard, or nil after the read timeout (`readTimeout`).
    /// Throws when input is gone (many instant empty reads in a row: the tty went away).
    public func readEvent() -> KeyDecoder.Event? {
        var ch: wint_t = 0
        let before = Self.milliseconds()
        let status = wget_wch(cn_stdscr(), &ch)
        if status == KEY_CODE_YES { emptyReads = 0; return KeyDecoder.decode(functionKey: Int32(ch)) }
        if status == OK { emptyReads = 0; return KeyDecoder.decode(character: UInt32(ch)) }
        // A read that fails at once (not after its timeout) means input is gone, or a signal.
        emptyReads = Self.milliseconds() - before < min(20, Int(readTimeout) / 2) ? emptyReads + 1 : 0
        return nil
    }

    /// True when reads keep failing at once: the terminal has gone away.
    public var inputLost: Bool { emptyReads > 200 }

    private static func milliseconds() -> Int {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Int(ts.tv_sec) * 1000 + Int(ts.tv_nsec) / 1_000_000
    }

    /// Draws `buffer`, sending only the cells that changed since the last frame.
    public func draw(_ buffer: ScreenBuffer, full: Bool = false) {
        if full || previous?.size != buffer.size {
            previous = nil
            clearok(cn_curscr(), true)
            werase(cn_stdscr())
        }
        for run in buffer.changedRuns(from: previous) {
            wmove(cn_stdscr(), Int32(run.y), Int32(run.x0))
            var x = run.x0
            while x < run.x1 {
                let cell = buffer[x, run.y]
                if cell.isContinuation { x += 1; continue }
                setStyle(cell.style)
                waddstr(cn_stdscr(), glyph(for: cell))
                x += max(1, Int(cell.width))
            }
        }
        wattr_set(cn_stdscr(), cn_a_normal(), 0, nil)
        wrefresh(cn_stdscr())
        previous = buffer
    }

    /// The text to send for a cell; a glyph whose width the terminal sees differently is replaced.
    private func glyph(for cell: Cell) -> String {
        guard let base = cell.text.unicodeScalars.first else { return " " }
        let replacement = cell.width == 2 ? "??" : "?"
        if cell.text.unicodeScalars.allSatisfy({ $0.value < 0x80 }) { return cell.text }
        if !unicode { return replacement }
        let w = wcwidth(wchar_t(bitPattern: base.value))
        if w != Int32(cell.width) { return replacement }
        return cell.text
    }

    private func setStyle(_ style: Style) {
        var attrs = cn_a_normal()
        if style.bold { attrs |= cn_a_bold() }
        if style.underline { attrs |= cn_a_underline() }
        if style.reverse { attrs |= cn_a_reverse() }
        if style.dim { attrs |= cn_a_dim() }
        if style.italic { attrs |= cn_a_italic() }
        var pair: Int16 = 0
        if colors, style.foreground != nil || style.background != nil {
            pair = colorPair(fg: style.foreground.map { Int16($0.rawValue) } ?? -1, bg: style.background.map { Int16($0.rawValue) } ?? -1)
        }
        wattr_set(cn_stdscr(), attrs, pair, nil)
    }

    private func colorPair(fg: Int16, bg: Int16) -> Int16 {
        let key = PairKey(fg: fg, bg: bg)
        if let pair = pairs[key] { return pair }
        let next = Int16(pairs.count + 1)
        guard Int32(next) < cn_color_pairs() else { return 0 }
        init_pair(next, fg, bg)
        pairs[key] = next
        return next
    }
}
