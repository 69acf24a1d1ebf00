import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Hostile terminals and hostile text, end to end: the built binary under tmux (see TmuxSession).
/// Escape sequences in articles never reach the terminal; tiny, huge and changing sizes, a C
/// locale, NO_COLOR, no usable terminal, job control and closed pipes all end well.
///
/// Not repeated here (ReaderEndToEndTests has them): TERM unset and unknown (exit 2), stdin not a
/// tty (exit 2), SIGINT/SIGTERM/SIGHUP (terminal restored, 130/143/129).
@Suite("Hostile terminals end to end")
struct HostileTerminalTests {
    static let seedHeadline = "Trump pushes Russia to accelerate Ukraine ceasefire talks"

    /// A temporary folder of articles, removed by `remove()`.
    struct Folder {
        let url: URL
        init() throws {
            // Short: the Problems view shows at most half the width of a path.
            url = FileManager.default.temporaryDirectory.appendingPathComponent("nt-\(UUID().uuidString.prefix(8))")
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        }
        var path: String { url.path }
        func write(_ name: String, _ text: String) throws {
            guard FileManager.default.createFile(atPath: url.appendingPathComponent(name).path, contents: Data(text.utf8)) else {
                throw EndToEndError("cannot write \(name.debugDescription)")
            }
        }
        func remove() { try? FileManager.default.removeItem(at: url) }
    }

    private func lines(_ screen: String) -> [String] {
        var result = screen.components(separatedBy: "\n")
        if result.last == "" { result.removeLast() }
        return result
    }

    // MARK: - Escape sequences in the text

    /// Payloads an article smuggles in. Each is a byte string that ncurses never emits by itself
    /// when drawing (checked below against the terminal's terminfo), so finding one in the
    /// recorded output means it came from the article.
    enum Payload {
        static let clipboard = "52;c;"  // OSC 52 clipboard write ("ESC ] 52 ; c ; base64 BEL")
        static let clipboardData = "SGFja2Vk"  // its base64 text
        static let titles = ["PWNED-TITLE", "PWNED-WINDOW", "C1-TITLE", "NAME-TITLE", "PWNED-DIR"]  // OSC 0/2 and C1 OSC titles
        static let strings = ["DCS-PAYLOAD", "APC-PAYLOAD"]  // DCS and APC string bodies
        static let clear = "\u{1B}[2J"  // CSI erase display
    }

    @Test("CSI, OSC 52, OSC title, DCS, APC, BEL, BS, DEL and C1 CSI in a title and body never reach the terminal")
    func escapesNeverReachTheTerminal() throws {
        let folder = try Folder()
        defer { folder.remove() }
        let evil = "\u{1B}[2J\u{1B}[31mRED\u{1B}]52;c;SGFja2VkIGNsaXBib2FyZA==\u{07}\u{1B}]0;PWNED-TITLE\u{07}"
            + "\u{1B}P1$qDCS-PAYLOAD\u{1B}\\\u{1B}_APC-PAYLOAD\u{1B}\\ bell\u{07}\u{07} back\u{08}\u{08}space del\u{7F}"
            + "\u{9B}2J\u{9B}31m\u{9D}0;C1-TITLE\u{9C}\u{1B}]2;PWNED-WINDOW\u{1B}\\"
        // A lone CR ends a line in article files, so the title stops at it: "after CR" starts the
        // body and can never overwrite the title on screen.
        // The folder's own name (shown in the header) and a file name carry escapes too.
        let dirName = "news\u{1B}]0;PWNED-DIR\u{07}\u{1B}[2J\u{9B}1m dir"
        try FileManager.default.createDirectory(at: folder.url.appendingPathComponent(dirName), withIntermediateDirectories: false)
        try folder.write("\(dirName)/evil.txt", "Evil \(evil) title\rafter CR\n\nBody \(evil) body words.\n")
        try folder.write("\(dirName)/bad \u{1B}]0;NAME-TITLE\u{07}\u{1B}[2J name.txt", "")  // listed under Problems

        // The app waits for Enter (`read`) so that recording starts before its first byte.
        let tmux = try TmuxSession(width: 120, height: 30, arguments: [folder.url.appendingPathComponent(dirName).path],
                                   prefix: "read -r _; ")
        defer { tmux.close() }
        let raw = folder.url.appendingPathComponent("terminal-output.bin").path
        // Record every byte the program writes to the pane (-o: output only), and let tmux act on
        // an OSC 52 if one arrived: it would create a paste buffer.
        try tmux.tmux(["pipe-pane", "-o", "-t", "t", "cat >> '\(raw)'"])
        try tmux.tmux(["set-option", "-s", "set-clipboard", "on"])
        let titleBefore = try tmux.display("#{pane_title}")
        try tmux.sendKeys("Enter")

        // The list (title), the reader (body), the Problems view (the hostile file name).
        let list = try tmux.waitFor(text: "Evil RED")
        try tmux.sendKeys("Enter")
        let reader = try tmux.waitFor(text: "body words.")
        try tmux.sendKeys("5")
        let problems = try tmux.waitFor(text: "empty file")
        try tmux.sendKeys("Q")
        try tmux.waitFor(text: "[exit 0]")
        try tmux.tmux(["pipe-pane", "-t", "t"])  // stop recording (closes cat's input)

        // What was drawn: the printable text only. BS did not move the cursor ("backspace" is
        // whole), DEL and BEL left nothing, CR did not return to the line start.
        #expect(reader.contains("Evil RED bell backspace del title"), "\(reader)")
        #expect(reader.contains("Body RED bell backspace del body words."), "\(reader)")
        #expect(reader.contains("after CR"))
        #expect(problems.contains("bad  name.txt — empty file"), "\(problems)")
        #expect(lines(list).first?.contains("news dir · 1 article") == true, "header: \(lines(list).first ?? "")")

        // What tmux did: no title change, no clipboard write.
        #expect(try tmux.display("#{pane_title}") == titleBefore)
        #expect(try tmux.tmux(["list-buffers"]).isEmpty, "an OSC 52 clipboard write reached tmux")

        // What the program wrote. Wait for cat to flush the last bytes.
        let deadline = Date().addingTimeInterval(3)
        var bytes = Data()
        repeat {
            bytes = FileManager.default.contents(atPath: raw) ?? Data()
            if bytes.range(of: Data("[exit 0]".utf8)) != nil { break }
            usleep(20_000)
        } while Date() < deadline
        #expect(bytes.count > 1000, "recorded only \(bytes.count) bytes")
        let output = String(decoding: bytes, as: UTF8.self)

        // 1. The payload strings: ncurses draws with CSI cursor/attribute sequences and never
        //    writes OSC, DCS or APC strings (its terminfo here has none), so none may appear.
        for payload in [Payload.clipboard, Payload.clipboardData] + Payload.titles + Payload.strings {
            #expect(!output.contains(payload), "payload \(payload) reached the terminal")
        }
        #expect(!output.contains("\u{1B}]"), "an OSC sequence reached the terminal")
        #expect(!output.contains("\u{1B}P1$q") && !output.contains("\u{1B}_"), "a DCS/APC sequence reached the terminal")
        // 2. CSI 2J: ncurses clears with the terminfo `clear` string; when that is not CSI 2J
        //    (tmux-256color and screen use ESC [ H ESC [ J), any CSI 2J came from the article.
        let term = try tmux.tmux(["show-options", "-gv", "default-terminal"]).trimmingCharacters(in: .whitespacesAndNewlines)
        let clearCap = (try? Spawn.capture("/usr/bin/tput", ["-T", term, "clear"]))?.stdout ?? ""
        if !clearCap.isEmpty && !clearCap.contains(Payload.clear) {
            #expect(!output.contains(Payload.clear), "CSI 2J reached the terminal")
        }
        // 3. Single control bytes. BEL (0x07): ncurses sends it only for beep(), which newstui
        //    never calls. DEL (0x7F): never part of ncurses output. BS (0x08) is NOT checked here:
        //    ncurses itself moves the cursor left with it (cub1=^H); the screen check above shows
        //    the article's BS did nothing.
        #expect(!bytes.contains(0x07), "BEL reached the terminal")
        #expect(!bytes.contains(0x7F), "DEL reached the terminal")
        // 4. C1 controls: 0x9B also occurs as a UTF-8 continuation byte (in "›", "Û"...), so the
        //    output is decoded: it must be valid UTF-8 with no U+0080...U+009F scalar (a C1 CSI
        //    or OSC as a UTF-8 terminal reads it).
        #expect(String(validating: bytes, as: UTF8.self) != nil, "the output is not valid UTF-8")
        let c1 = output.unicodeScalars.filter { (0x80...0x9F).contains($0.value) }
        #expect(c1.isEmpty, "C1 controls reached the terminal: \(c1.map { String($0.value, radix: 16) })")
    }

    // MARK: - Hostile Unicode

    /// Columns a string takes on the terminal as libc's wcwidth sees it (what tmux uses), in a
    /// UTF-8 locale set for this thread only.
    static func terminalWidth(_ s: String) -> Int {
        guard let utf8 = newlocale(LC_CTYPE_MASK, "C.UTF-8", nil) else { return s.unicodeScalars.count }
        let previous = uselocale(utf8)
        defer {
            uselocale(previous)
            freelocale(utf8)
        }
        return s.unicodeScalars.reduce(0) { $0 + max(0, Int(c_wcwidth(Int32(bitPattern: $1.value)))) }
    }

    @Test("emoji ZWJ sequences, flags, wide CJK, combining stacks and bidi overrides keep every column in place")
    func unicodeKeepsColumns() throws {
        let folder = try Folder()
        defer { folder.remove() }
        try folder.write("a-bidi.txt", "Invoice \u{202E}fdp.exe\u{202C} and \u{2066}isolate\u{2069} end\n\n"
            + "Text \u{202D}LTR\u{202C} \u{061C}mark, Arabic مرحبا and Hebrew שלום end.\n")
        try folder.write("b-emoji.txt", "Family 👨‍👩‍👧‍👦 and flags 🇺🇦🇷🇺 end\n\n"
            + "Thumbs 👍🏽, rainbow 🏳️‍🌈, keycap 1️⃣, CJK 北京 and ｆｕｌｌ width, a ZWJ\u{200D}here end.\n")
        try folder.write("c-zalgo.txt", "Z" + String(repeating: "\u{0301}\u{0316}\u{0337}", count: 40) + "algo title\n\n"
            + "Body e" + String(repeating: "\u{0300}", count: 200) + " text, jamo \u{1100}\u{1161}\u{11A8} and a\u{0308}\u{0304} end.\n")
        try folder.write("d-many.txt", "Ten thousand paragraphs\n" + (0..<10_000).map { "Paragraph \($0) of many.\n" }.joined())

        let width = 130, height = 24
        let tmux = try TmuxSession(width: width, height: height, arguments: [folder.path])
        defer { tmux.close() }
        try tmux.waitFor(text: "4 articles · 1/4")
        func check(_ screen: String, _ what: String) {
            let rows = lines(screen)
            #expect(rows.count <= height, "\(what): \(rows.count) rows")
            var ruleColumns: Set<Int> = []
            for row in rows {
                #expect(Self.terminalWidth(row) <= width, "\(what): row wider than \(width): \(row)")
                if let rule = row.firstIndex(of: "│") { ruleColumns.insert(Self.terminalWidth(String(row[..<rule]))) }
                let controls = row.unicodeScalars.filter { $0.value < 0x20 || (0x7F...0x9F).contains($0.value)
                    || (0x202A...0x202E).contains($0.value) || (0x2066...0x2069).contains($0.value) || $0.value == 0x061C }
                #expect(controls.isEmpty, "\(what): control or bidi characters drawn: \(controls.map { String($0.value, radix: 16) })")
            }
            #expect(ruleColumns.count == 1, "\(what): the rule is not straight, columns \(ruleColumns.sorted()):\n\(screen)")
        }
        check(try tmux.waitFor(text: "Arabic"), "bidi")
        try tmux.sendKeys("j")
        check(try tmux.waitFor(text: "keycap"), "emoji")
        try tmux.sendKeys("j")
        check(try tmux.waitFor(text: "jamo"), "combining")
        try tmux.sendKeys("j")
        try tmux.waitFor(text: "4/4")
        try tmux.sendKeys("Enter")
        try tmux.waitFor(text: "Paragraph 3 of many.")
        try tmux.sendKeys("G")
        check(try tmux.waitFor(text: "Paragraph 9999 of many."), "the end of 10,000 paragraphs")
        try tmux.sendKeys("Q")
        try tmux.waitFor(text: "[exit 0]")
    }

    // MARK: - Sizes

    @Test("started at 1x1, 20x5 and 300x100 it draws, stays alive, and recovers at 100x30",
          arguments: [(1, 1), (20, 5), (300, 100)])
    func startSizes(width: Int, height: Int) throws {
        let tmux = try TmuxSession(width: width, height: height)
        defer { tmux.close() }
        _ = try tmux.appPID()
        try tmux.waitFor(format: "#{alternate_on}", equals: "1")
        if width >= 20 {
            let screen = try tmux.waitFor("the list at \(width)x\(height)") { $0.contains("▸ Trump") }
            #expect(lines(screen).count <= height)
        }
        if width == 300 {
            #expect(try tmux.capture().contains("seeds · 12 articles · 1/12"))
        }
        try tmux.sendKeys("j")
        try tmux.resize(width: 100, height: 30)
        try tmux.waitFor("the list at 100x30, second row selected") {
            $0.contains("seeds · 12 articles · 2/12") && !$0.contains("[exit")
        }
        try tmux.sendKeys("Q")
        try tmux.waitFor(text: "[exit 0]")
    }

    @Test("a storm of 50 resizes while scrolling: no crash, no lost key, the right row at the end")
    func resizeStorm() throws {
        let tmux = try TmuxSession(width: 100, height: 30)
        defer { tmux.close() }
        try tmux.waitFor(text: "1/12")
        let sizes = [(100, 30), (20, 5), (1, 1), (300, 100), (45, 12), (80, 24), (2, 40), (250, 3), (61, 17), (130, 40)]
        for i in 0..<50 {
            let (w, h) = sizes[i % sizes.count]
            try tmux.resize(width: w, height: h)
            if i % 5 == 0 { try tmux.sendKeys("j") }  // 10 downs
            if i % 10 == 7 { try tmux.sendKeys("Enter") }  // open the reader...
            if i % 10 == 8 { try tmux.sendKeys("Left") }  // ...and go back
        }
        try tmux.resize(width: 100, height: 30)
        let screen = try tmux.waitFor("the list at 11/12 after the storm") {
            $0.contains("seeds · 12 articles · 11/12") && $0.contains(Self.seedHeadline)
        }
        #expect(!screen.contains("[exit"))
        #expect(lines(screen).count <= 30)
        try tmux.sendKeys("Q")
        try tmux.waitFor(text: "[exit 0]")
    }

    // MARK: - Locale, colour, TERM, stdout

    @Test("LANG=C: every non-ASCII glyph is drawn as '?', nothing breaks")
    func cLocale() throws {
        let tmux = try TmuxSession(width: 100, height: 30, prefix: "LANG=C LC_ALL=C ")
        defer { tmux.close() }
        _ = try tmux.waitFor(text: "seeds ? 12 articles ? 1/12")
        // (The rows may come a frame after the header on a loaded machine: wait for the marked one.)
        let list = try tmux.waitFor(text: "? Trump pushes Russia")
        try tmux.sendKeys("Enter")
        let reader = try tmux.waitFor(text: "US President Trump urges Russia")
        for screen in [list, reader] {
            let nonASCII = screen.unicodeScalars.filter { $0.value >= 0x80 }
            #expect(nonASCII.isEmpty, "non-ASCII drawn in the C locale: \(Set(nonASCII.map { String($0) }))")
        }
        try tmux.sendKeys("Q")
        try tmux.waitFor(text: "[exit 0]")
    }

    @Test("TERM=dumb (cannot address the cursor): a clear message and exit 2, the screen untouched")
    func dumbTerminal() throws {
        let tmux = try TmuxSession(prefix: "TERM=dumb ")
        defer { tmux.close() }
        try tmux.waitFor(text: "[exit 2]")
        let joined = try tmux.tmux(["capture-pane", "-t", "t", "-p", "-J"])
        #expect(joined.contains("terminal type 'dumb' cannot move the cursor"), "\(joined)")
        #expect(try tmux.display("#{alternate_on}") == "0")
    }

    /// SGR parameters that select a colour (30-37, 38, 40-47, 48, 90-97, 100-107); 39 and 49
    /// (the default colours) are not colours.
    static func colourCodes(_ escaped: String) -> [String] {
        var found: [String] = []
        var rest = escaped[...]
        while let start = rest.range(of: "\u{1B}[") {
            let params = rest[start.upperBound...].prefix { $0.isNumber || $0 == ";" }
            let after = rest.index(start.upperBound, offsetBy: params.count)
            rest = rest[after...]
            guard rest.first == "m" else { continue }
            var codes = params.split(separator: ";", omittingEmptySubsequences: false).map { Int($0) ?? 0 }[...]
            while let c = codes.popFirst() {
                switch c {
                case 30...37, 40...47, 90...97, 100...107: found.append(String(c))
                case 38, 48:
                    found.append(String(c))
                    if codes.first == 5 { codes = codes.dropFirst(2) } else if codes.first == 2 { codes = codes.dropFirst(4) }
                default: break
                }
            }
        }
        return found
    }

    /// Rows of an escaped capture, each cell with the style in force (read as one stream).
    static func styledRows(_ escaped: String) -> [[(char: Character, style: SGR.Style)]] {
        var rows: [[(char: Character, style: SGR.Style)]] = [[]]
        for cell in SGR.cells(escaped) {
            if cell.char == "\n" { rows.append([]) } else { rows[rows.count - 1].append(cell) }
        }
        return rows
    }

    @Test("NO_COLOR=1: no colour in the drawn screens, but reverse and bold still mark things")
    func noColor() throws {
        // The same screens with colour first, so the check below is known to see colour at all.
        let coloured = try TmuxSession(width: 100, height: 30)
        defer { coloured.close() }
        try coloured.waitFor(text: "1/12")
        #expect(!Self.colourCodes(try coloured.capture(escapes: true)).isEmpty, "the colour run shows no colour")
        coloured.close()

        let tmux = try TmuxSession(width: 100, height: 30, prefix: "NO_COLOR=1 ")
        defer { tmux.close() }
        let list = try tmux.waitFor(text: "1/12")
        #expect(list.contains("▸ \(Self.seedHeadline)"))
        try tmux.sendKeys("Enter")
        try tmux.waitFor(text: "US President Trump urges Russia")
        let reader = try tmux.capture(escapes: true)
        try tmux.sendKeys("Left")
        try tmux.waitFor(text: "▸ \(Self.seedHeadline)")
        let listEscaped = try tmux.capture(escapes: true)
        for (name, screen) in [("list", listEscaped), ("reader", reader)] {
            #expect(Self.colourCodes(screen).isEmpty, "\(name): colour codes \(Set(Self.colourCodes(screen)).sorted())")
        }
        // The selected row is reverse video; highlights and headings are bold. The whole capture
        // is read as one stream: `capture-pane -e` carries attributes over from the row above.
        let rows = Self.styledRows(listEscaped)
        let selected = rows.first { String($0.map(\.char)).contains(Self.seedHeadline) } ?? []
        #expect(selected.contains { $0.style.reverse && $0.char == "T" }, "selected row not reverse: \(listEscaped.debugDescription)")
        #expect(Self.styledRows(reader).joined().contains { $0.style.bold }, "nothing bold in the reader")
    }

    @Test("stdout redirected to a file: one line on stderr, exit 2, and not a byte of screen codes in the file")
    func stdoutToFile() throws {
        let folder = try Folder()
        defer { folder.remove() }
        let out = folder.url.appendingPathComponent("out.txt").path
        let script = "\"$0\" \"$1\" > \"$2\"; echo \"[exit $?]\"; exec sleep 600"
        let tmux = try TmuxSession(width: 100, height: 30, command: ["sh", "-c", script, try E2EPaths.binary(), E2EPaths.seeds, out])
        defer { tmux.close() }
        try tmux.waitFor(text: "[exit 2]")
        let joined = try tmux.tmux(["capture-pane", "-t", "t", "-p", "-J"])
        #expect(joined.contains("needs an interactive terminal"), "\(joined)")
        #expect(try tmux.display("#{alternate_on}") == "0")
        let written = FileManager.default.contents(atPath: out)
        #expect(written?.isEmpty == true, "the file got \(written?.count ?? -1) bytes")
    }

    // MARK: - Job control

    @Test("kill -TSTP then -CONT (under sh -c, an orphaned process group): the app survives, redraws, keys work")
    func stopAndContinue() throws {
        let tmux = try TmuxSession(width: 100, height: 30)
        defer { tmux.close() }
        try tmux.waitFor(text: "1/12")
        let pid = try tmux.appPID()
        // The kernel discards a stop signal's default action in an orphaned process group, so
        // the app is not stopped here; ncurses' SIGTSTP handler still leaves and re-enters the
        // screen. Either way it must come back drawn and responsive.
        #expect(kill(pid, SIGTSTP) == 0)
        usleep(200_000)
        #expect(kill(pid, SIGCONT) == 0)
        try tmux.waitFor(format: "#{alternate_on}", equals: "1")
        try tmux.waitFor("the list redrawn") { $0.contains("▸ \(Self.seedHeadline)") && $0.contains("1/12") }
        try tmux.sendKeys("j")
        try tmux.waitFor(text: "2/12")
        #expect(kill(pid, 0) == 0, "the app is gone")
        try tmux.sendKeys("Q")
        try tmux.waitFor(text: "[exit 0]")
    }

    /// newstui started from an interactive bash (job control: the app gets its own process group
    /// and the terminal), at the list; nil when there is no bash.
    private func startInJobShell() throws -> TmuxSession? {
        guard FileManager.default.isExecutableFile(atPath: "/bin/bash") else {
            print("job-control tests: skipped, no /bin/bash")
            return nil
        }
        let binary = try E2EPaths.binary()
        let tmux = try TmuxSession(width: 100, height: 30, command: [
            "env", "HISTFILE=/dev/null", "PS1=jobshell$ ", "/bin/bash", "--norc", "--noprofile", "-i",
        ])
        do {
            try tmux.waitFor("a shell prompt") { $0.contains("$") || $0.contains("#") }
            try tmux.sendKeys("-l", "'\(binary)' '\(E2EPaths.seeds)'")
            try tmux.sendKeys("Enter")
            try tmux.waitFor(text: "1/12")
            try tmux.sendKeys("j")
            try tmux.waitFor(text: "2/12")
        } catch {
            tmux.close()
            throw error
        }
        return tmux
    }

    /// Quits and checks the shell got exit status 0.
    private func quitToShell(_ tmux: TmuxSession) throws {
        try tmux.sendKeys("Q")
        try tmux.waitFor(format: "#{alternate_on}", equals: "0")
        try tmux.sendKeys("-l", "echo \"[exit $?]\"")
        try tmux.sendKeys("Enter")
        try tmux.waitFor(text: "[exit 0]")
    }

    @Test("Ctrl-Z in a job-control shell suspends to the shell with the terminal restored; fg redraws and keys work")
    func suspendAndResume() throws {
        guard let tmux = try startInJobShell() else { return }
        defer { tmux.close() }
        try tmux.sendKeys("C-z")
        try tmux.waitFor(format: "#{alternate_on}", equals: "0")
        let shell = try tmux.waitFor(text: "Stopped")
        #expect(!shell.contains(Self.seedHeadline), "the list is still on the shell's screen")

        try tmux.sendKeys("-l", "fg")
        try tmux.sendKeys("Enter")
        try tmux.waitFor(format: "#{alternate_on}", equals: "1")
        try tmux.waitFor("the list redrawn after fg") { $0.contains("2/12") && $0.contains("▸ Statement from") }
        try tmux.sendKeys("j")
        try tmux.waitFor(text: "3/12")
        try tmux.sendKeys("Down")  // arrow keys too: keypad mode is back
        try tmux.waitFor(text: "4/12")
        try quitToShell(tmux)
    }

    @Test("SIGSTOP from outside (ncurses not told), then fg: the shell's text is painted over, the tty is raw again, keys work")
    func stopBehindTheAppsBack() throws {
        guard let tmux = try startInJobShell() else { return }
        defer { tmux.close() }
        let pid = try tmux.appPID()
        // The shell reports the stop on the app's (alternate) screen and puts the tty back in
        // its own cooked, echoing mode; nothing in the app runs until it is continued.
        #expect(kill(pid, SIGSTOP) == 0)
        try tmux.waitFor(text: "Stopped")
        try tmux.sendKeys("-l", "fg")
        try tmux.sendKeys("Enter")
        let redrawn = try tmux.waitFor("the list repainted after fg") {
            $0.contains("▸ Statement from") && !$0.contains("Stopped") && !$0.contains("jobshell")
        }
        #expect(redrawn.contains("2/12"))
        // One key, no Enter: only a raw (cbreak, no echo) tty delivers it at once, unechoed.
        try tmux.sendKeys("j")
        let moved = try tmux.waitFor(text: "3/12")
        #expect(!lines(moved).contains { $0.trimmingCharacters(in: .whitespaces) == "j" }, "the key was echoed")
        try tmux.sendKeys("Down")
        try tmux.waitFor(text: "4/12")
        try quitToShell(tmux)
    }

    // MARK: - Closed pipes

    @Test("`newstui analyze seeds | head -1`: the first line, nothing on stderr, no crash status")
    func closedPipe() throws {
        let folder = try Folder()
        defer { folder.remove() }
        let err = folder.url.appendingPathComponent("stderr").path
        let status = folder.url.appendingPathComponent("status").path
        for format in ["json", "text"] {
            let script = "{ \"$0\" analyze --format \(format) \"$1\" 2>\"$2\"; echo $? >\"$3\"; } | head -1"
            let result = try DefaultSignals.run(["/bin/sh", "-c", script, try E2EPaths.binary(), E2EPaths.seeds, err, status])
            let code = (try? String(contentsOfFile: status, encoding: .utf8))?.trimmingCharacters(in: .whitespacesAndNewlines)
            let stderr = (try? String(contentsOfFile: err, encoding: .utf8)) ?? "(missing)"
            print("analyze --format \(format) | head -1: newstui exit \(code ?? "?"), stderr \(stderr.debugDescription)")
            #expect(result.status == 0)
            #expect(result.stdout.hasSuffix("\n") && result.stdout.filter { $0 == "\n" }.count == 1, "\(result.stdout.debugDescription)")
            if format == "json" { #expect(result.stdout == "{\n") }
            #expect(stderr.isEmpty, "stderr: \(stderr)")
            #expect(code == "0" || code == "141", "exit status \(code ?? "?")")
        }
        // Deterministic variant: the reading end is closed before newstui writes a byte (the JSON
        // above is 400 KB, so head closes mid-write; the text is small enough to fit the pipe).
        for format in ["json", "text"] {
            let closed = try DefaultSignals.run([try E2EPaths.binary(), "analyze", "--format", format, E2EPaths.seeds], closeStdoutFirst: true)
            print("analyze --format \(format) into a closed pipe: exit \(closed.status), stderr \(closed.stderr.debugDescription)")
            #expect(closed.stderr.isEmpty, "stderr: \(closed.stderr)")
            #expect(closed.status == 0 || closed.status == 128 + SIGPIPE, "exit \(closed.status)")
        }
    }
}

/// libc's wcwidth, looked up at run time (the Glibc module does not export it).
func c_wcwidth(_ c: Int32) -> Int32 {
    typealias WCWidth = @convention(c) (Int32) -> Int32
    guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "wcwidth") else { return c < 0x20 ? -1 : 1 }
    return unsafeBitCast(symbol, to: WCWidth.self)(c)
}

/// Runs a command with every signal at its default disposition and an empty mask (posix_spawn),
/// so SIGPIPE really is fatal unless the program handles it: Foundation.Process passes on the
/// test runner's ignored or blocked signals.
enum DefaultSignals {
    struct Result {
        var status: Int32  // exit code, or 128 + signal
        var stdout: String
        var stderr: String
    }

    static func run(_ argv: [String], closeStdoutFirst: Bool = false, timeout: Double = 30) throws -> Result {
        var outPipe: [Int32] = [0, 0]
        var errPipe: [Int32] = [0, 0]
        guard pipe(&outPipe) == 0, pipe(&errPipe) == 0 else { throw EndToEndError("pipe failed") }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, outPipe[1], 1)
        posix_spawn_file_actions_adddup2(&actions, errPipe[1], 2)
        for fd in outPipe + errPipe { posix_spawn_file_actions_addclose(&actions, fd) }
        var attr = posix_spawnattr_t()
        posix_spawnattr_init(&attr)
        defer { posix_spawnattr_destroy(&attr) }
        var mask = sigset_t()
        sigemptyset(&mask)
        posix_spawnattr_setsigmask(&attr, &mask)
        var defaults = sigset_t()
        sigfillset(&defaults)
        sigdelset(&defaults, SIGKILL)
        sigdelset(&defaults, SIGSTOP)
        posix_spawnattr_setsigdefault(&attr, &defaults)
        posix_spawnattr_setflags(&attr, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        let env = Spawn.environment.map { "\($0.key)=\($0.value)" }
        var cArgs: [UnsafeMutablePointer<CChar>?] = argv.map { strdup($0) } + [nil]
        var cEnv: [UnsafeMutablePointer<CChar>?] = env.map { strdup($0) } + [nil]
        defer {
            for p in cArgs { free(p) }
            for p in cEnv { free(p) }
        }
        var pid = pid_t()
        let spawned = posix_spawn(&pid, argv[0], &actions, &attr, &cArgs, &cEnv)
        close(outPipe[1])
        close(errPipe[1])
        guard spawned == 0 else {
            close(outPipe[0])
            close(errPipe[0])
            throw EndToEndError("posix_spawn \(argv[0]) failed: \(spawned)")
        }
        if closeStdoutFirst { close(outPipe[0]) }
        // Read both pipes to the end (stderr on another thread, so neither can fill up).
        let errBox = Box()
        let errDone = DispatchSemaphore(value: 0)
        let errFD = errPipe[0]
        DispatchQueue.global().async {
            errBox.data = readAll(errFD)
            errDone.signal()
        }
        let out = closeStdoutFirst ? Data() : readAll(outPipe[0])
        errDone.wait()
        if !closeStdoutFirst { close(outPipe[0]) }
        close(errPipe[0])
        var status: Int32 = 0
        let deadline = Date().addingTimeInterval(timeout)
        while waitpid(pid, &status, WNOHANG) == 0 {
            if Date() >= deadline {
                kill(pid, SIGKILL)
                waitpid(pid, &status, 0)
                throw EndToEndError("\(argv) did not exit within \(timeout) s")
            }
            usleep(5_000)
        }
        let signal = status & 0x7F
        return Result(
            status: signal == 0 ? (status >> 8) & 0xFF : 128 + signal,
            stdout: String(decoding: out, as: UTF8.self), stderr: String(decoding: errBox.data, as: UTF8.self))
    }

    private static func readAll(_ fd: Int32) -> Data {
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = read(fd, &buffer, buffer.count)
            if n > 0 { data.append(contentsOf: buffer[0..<n]) } else if n < 0 && errno == EINTR { continue } else { break }
        }
        return data
    }

    private final class Box: @unchecked Sendable {
        var data = Data()
    }
}
