import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// The built `newstui` binary driven through tmux (keys in, screens out) and, for the
/// no-terminal paths, run directly. Every test owns its tmux server; no fixed sleeps.
@Suite("newstui end to end")
struct ReaderEndToEndTests {
    static let seedHeadline = "Trump pushes Russia to accelerate Ukraine ceasefire talks"
    /// The first paragraph (standfirst) of the seed article, as wrapped text starts it.
    static let seedFirstParagraph = "US President Trump urges Russia to fast-track ceasefire talks"
    static let footer = "↑↓ move"

    // MARK: - Helpers

    /// Starts newstui on the seeds and waits for the article list.
    private func startOnList(width: Int = 100, height: Int = 30) throws -> TmuxSession {
        let tmux = try TmuxSession(width: width, height: height)
        do {
            try tmux.waitFor("the article list") {
                $0.contains(Self.seedHeadline) && $0.contains("▸ ") && $0.contains(Self.footer)
            }
        } catch {
            tmux.close()
            throw error
        }
        return tmux
    }

    /// Lines of a capture (the trailing newline does not make a line).
    private func lines(_ screen: String) -> [String] {
        var result = screen.components(separatedBy: "\n")
        if result.last == "" { result.removeLast() }
        return result
    }

    /// Terminal cells a string takes (2 for the wide East Asian and emoji ranges, 0 for marks).
    private func displayWidth(_ s: String) -> Int {
        s.unicodeScalars.reduce(0) { width, scalar in
            let v = scalar.value
            switch v {
            case 0x0300...0x036F, 0x200B...0x200F, 0xFE00...0xFE0F: return width
            case 0x1100...0x115F, 0x2E80...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF,
                 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x1F300...0x1F64F,
                 0x1F900...0x1F9FF, 0x20000...0x3FFFD:
                return width + 2
            default: return width + 1
            }
        }
    }

    /// The view tabs named in the header: the words between "newstui" and the status on the right.
    private func tabNames(_ plainHeader: String) -> [String] {
        guard let start = plainHeader.range(of: "newstui") else { return [] }
        let rest = plainHeader[start.upperBound...].drop { $0 == " " }
        let tabs = rest.range(of: "   ").map { rest[..<$0.lowerBound] } ?? rest
        return tabs.split(separator: " ").map(String.init)
    }

    /// The header tab drawn differently from the others (the active view), from a `-e` capture.
    private func activeTab(_ escapedScreen: String) -> String? {
        let header = lines(escapedScreen).first ?? ""
        let cells = SGR.cells(header)
        let text = String(cells.map(\.char))
        var styles: [String: SGR.Style] = [:]
        for name in tabNames(text) {
            guard let range = text.range(of: " \(name) ") else { return nil }
            let offset = text.distance(from: text.startIndex, to: range.lowerBound) + 1
            styles[name] = cells[offset].style
        }
        guard styles.count >= 3 else { return nil }
        let distinct = styles.filter { name, style in
            styles.filter { $0.key != name && $0.value == style }.isEmpty
        }
        return distinct.count == 1 ? distinct.first?.key : nil
    }

    private func waitForActiveTab(_ tmux: TmuxSession, _ name: String) throws {
        try tmux.waitFor("\(name) as the active tab", escapes: true) { activeTab($0) == name }
    }

    private func assertFits(_ screen: String, width: Int, height: Int,
                            sourceLocation: SourceLocation = #_sourceLocation) {
        let rows = lines(screen)
        #expect(rows.count <= height, "more rows than the pane", sourceLocation: sourceLocation)
        for row in rows {
            #expect(displayWidth(row) <= width,
                    "row wider than \(width): \(row)", sourceLocation: sourceLocation)
        }
    }

    /// The part of a row left of the first "│" rule (the whole row when there is none).
    private func articleColumn(_ row: String) -> String {
        // (A claim's margin mark in the first column is the article's, not the panel's rule.)
        let text = row.first == "│" || row.first == "▌" ? String(row.dropFirst()) : row
        guard let rule = text.firstIndex(of: "│") else { return text }
        return String(text[..<rule])
    }

    /// Words of `text` with any run of blanks collapsed to one space.
    private func normalized(_ text: String) -> String {
        text.split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
    }

    // MARK: - The list

    @Test("at 100x30 the seed headline is first in the list, with header and footer")
    func listShowsSeeds() throws {
        let tmux = try startOnList()
        defer { tmux.close() }
        let screen = try tmux.capture()
        let rows = lines(screen)
        #expect(rows.first?.contains("newstui") == true)
        #expect(rows.first?.contains("seeds · 12 articles · 1/12") == true)
        #expect(rows.dropFirst().first?.hasPrefix("▸ \(Self.seedHeadline)") == true)
        let footer = rows.last ?? ""
        #expect(footer.hasPrefix(" ↑↓ move  Enter open  ← back  Tab views"), "footer: \(footer)")
        #expect(footer.contains("? help") && footer.contains("q quit"), "footer: \(footer)")
        assertFits(screen, width: 100, height: 30)
        try waitForActiveTab(tmux, "Articles")
    }

    // MARK: - The reader

    @Test("Down, Enter opens the second article wrapped to the width; Left returns to the list")
    func openArticleAndGoBack() throws {
        let tmux = try startOnList()
        defer { tmux.close() }
        try tmux.sendKeys("Down")
        try tmux.waitFor(text: "2/12")
        try tmux.sendKeys("Enter")
        let title = "Statement from the National Security Advisor"
        let screen = try tmux.waitFor("the reader") { s in
            !s.contains("▸ ") && s.contains(title) && s.contains("Mike Waltz")
        }
        try waitForActiveTab(tmux, "Reader")
        assertFits(screen, width: 100, height: 30)

        // The long first paragraph is wrapped at spaces, every word kept, using the width.
        let paragraph = "“Today, President Donald J. Trump and his Special Envoy Steve Witkoff are able to "
            + "announce that Mr. Witkoff is leaving Russian airspace with Marc Fogel, an American who was "
            + "detained by Russia. President Trump, Steve Witkoff and the President’s advisors negotiated "
            + "an exchange that serves as a show of good faith from the Russians"
        // The article text is the part of each row left of any side panel's "│" rule.
        let text: [String] = lines(screen).dropFirst().dropLast().map(articleColumn)
        let body: [String] = text.map { $0.trimmingCharacters(in: .whitespaces) }
        #expect(normalized(body.joined(separator: " ")).contains(paragraph))
        let paragraphRows = text.filter { $0.contains("Witkoff") || $0.contains("Marc Fogel") }
        #expect(paragraphRows.count >= 3, "the paragraph should wrap over several rows")
        #expect(paragraphRows.contains { displayWidth($0) > 50 }, "wrapping should use the width")

        try tmux.sendKeys("Left")
        try tmux.waitFor("the list again") { $0.contains("▸ \(title)") && $0.contains(Self.seedHeadline) }
        try waitForActiveTab(tmux, "Articles")
    }

    @Test("Tab cycles through every view (in Conflicts it first moves to claim B), back to Articles")
    func tabCyclesViews() throws {
        let tmux = try startOnList()
        defer { tmux.close() }
        // (While the corpus loads the header is busier and shows the other tabs by number: wait for the
        // loaded header, which names them; a slow run under AddressSanitizer can still be loading here.)
        let screen = try tmux.waitFor("the header naming every tab") { self.tabNames(self.lines($0).first ?? "").contains("Problems") }
        let header = lines(screen).first ?? ""
        let tabs = tabNames(header)
        #expect(tabs.first == "Articles", "tabs: \(tabs)")
        #expect(tabs.contains("Reader"), "tabs: \(tabs)")
        #expect(tabs.contains("Problems"), "tabs: \(tabs)")
        try waitForActiveTab(tmux, "Articles")
        // Each Tab moves to the next tab in header order, wrapping round.
        var order: [String] = Array(tabs.dropFirst())
        order.append("Articles")
        for next in order {
            try tmux.sendKeys("Tab")
            try waitForActiveTab(tmux, next)
            if next == "Conflicts" {
                // Tab first moves from claim A to claim B, then on to the next view.
                try tmux.sendKeys("Tab")
                try waitForActiveTab(tmux, "Conflicts")
            }
        }
        try tmux.waitFor(text: "▸ \(Self.seedHeadline)")
    }

    // MARK: - Help

    @Test("? shows the Keys box and any key closes it")
    func helpOverlay() throws {
        let tmux = try startOnList()
        defer { tmux.close() }
        try tmux.sendKeys("?")
        let screen = try tmux.waitFor("the Keys box") { $0.contains("Keys") && $0.contains("┌") && $0.contains("┘") }
        #expect(screen.contains("quit"))
        assertFits(screen, width: 100, height: 30)
        try tmux.sendKeys("x")
        try tmux.waitFor("the box to close") { !$0.contains("┌") && $0.contains("▸ \(Self.seedHeadline)") }
        // The closing key is swallowed, not acted on: still on the first article.
        #expect(try tmux.capture().contains("1/12"))
    }

    // MARK: - Resizing

    @Test("resizing to 40x12 and back to 100x30 keeps the list on screen")
    func resize() throws {
        let tmux = try startOnList()
        defer { tmux.close() }
        try tmux.resize(width: 40, height: 12)
        let small = try tmux.waitFor("the list at 40x12") { s in
            s.contains("▸ Trump pushes") && lines(s).count <= 12
                && lines(s).allSatisfy { displayWidth($0) <= 40 }
        }
        assertFits(small, width: 40, height: 12)
        try tmux.resize(width: 100, height: 30)
        let big = try tmux.waitFor("the list at 100x30") { s in
            s.contains("▸ \(Self.seedHeadline)") && s.contains("seeds · 12 articles · 1/12")
        }
        #expect(!big.contains("[exit"))
        // A burst of sizes, including tiny ones, then back: still alive, still the list.
        for (w, h) in [(20, 5), (1, 1), (130, 40), (10, 3), (100, 30)] {
            try tmux.resize(width: w, height: h)
        }
        let after = try tmux.waitFor("the list after a burst of resizes") { s in
            s.contains("▸ \(Self.seedHeadline)") && s.contains("seeds · 12 articles · 1/12")
        }
        #expect(!after.contains("[exit"))
        assertFits(after, width: 100, height: 30)
    }

    // MARK: - Split view

    @Test("at 130x30 the list and the reader sit side by side")
    func splitView() throws {
        let tmux = try startOnList(width: 130, height: 30)
        defer { tmux.close() }
        let screen = try tmux.waitFor("the split view") { s in
            lines(s).contains { $0.contains("│") && $0.contains(Self.seedFirstParagraph) }
        }
        let rows = lines(screen)
        let left = rows.first { $0.hasPrefix("▸ Trump pushes Russia") }
        #expect(left?.contains("│") == true, "the selected row and the rule share a line")
        // The rule is one straight column.
        let ruleColumns = Set(rows.dropFirst().dropLast().compactMap { row -> Int? in
            guard let i = row.firstIndex(of: "│") else { return nil }
            return displayWidth(String(row[..<i]))
        })
        #expect(ruleColumns.count == 1, "the rule is not straight: columns \(ruleColumns)")
        // The paragraph is right of the rule.
        let paragraphRow = try #require(rows.first { $0.contains(Self.seedFirstParagraph) })
        let rule = try #require(paragraphRow.firstIndex(of: "│"))
        #expect(paragraphRow[rule...].contains(Self.seedFirstParagraph))
        assertFits(screen, width: 130, height: 30)
    }

    // MARK: - Quitting

    @Test("q quits from the list with status 0 and leaves the normal screen")
    func quitFromList() throws {
        let tmux = try startOnList()
        defer { tmux.close() }
        #expect(try tmux.display("#{alternate_on}") == "1")
        try tmux.sendKeys("q")
        let screen = try tmux.waitFor(text: "[exit 0]")
        try tmux.waitFor(format: "#{alternate_on}", equals: "0")
        #expect(!screen.contains("Articles"))
        #expect(!screen.contains(Self.seedHeadline))
    }

    @Test("Q quits at once from the reader with status 0")
    func quitFromReader() throws {
        let tmux = try startOnList()
        defer { tmux.close() }
        try tmux.sendKeys("Enter")
        try waitForActiveTab(tmux, "Reader")
        try tmux.sendKeys("Q")
        let screen = try tmux.waitFor(text: "[exit 0]")
        try tmux.waitFor(format: "#{alternate_on}", equals: "0")
        #expect(!screen.contains("Articles"))
    }

    @Test("a signal restores the terminal and exits 128+signal",
          arguments: [(SIGTERM, 143), (SIGINT, 130), (SIGHUP, 129)])
    func signalExit(signal: Int32, status: Int) throws {
        let tmux = try startOnList()
        defer { tmux.close() }
        let pid = try tmux.appPID()
        #expect(kill(pid, signal) == 0)
        let screen = try tmux.waitFor(text: "[exit \(status)]")
        try tmux.waitFor(format: "#{alternate_on}", equals: "0")
        #expect(!screen.contains(Self.seedHeadline))
    }

    // MARK: - No usable terminal

    @Test("with TERM unset or unknown it says so and exits 2",
          arguments: [("env -u TERM ", "TERM"), ("env TERM=no-such-term ", "no-such-term")])
    func badTerm(prefix: String, mention: String) throws {
        let tmux = try TmuxSession(prefix: prefix)
        defer { tmux.close() }
        try tmux.waitFor(text: "[exit 2]")
        let joined = try tmux.tmux(["capture-pane", "-t", "t", "-p", "-J"])
        #expect(joined.contains(mention), "message should mention \(mention): \(joined)")
        #expect(try tmux.display("#{alternate_on}") == "0")
    }

    @Test("stdin from /dev/null: one line on stderr about an interactive terminal, exit 2")
    func noTerminal() throws {
        let result = try Spawn.capture(
            try E2EPaths.binary(), [E2EPaths.seeds],
            environment: Spawn.environment.merging(["TERM": "xterm-256color"]) { $1 })
        #expect(result.status == 2)
        let errLines = result.stderr.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(errLines.count == 2 && errLines.last == "", "exactly one line: \(result.stderr)")
        #expect(result.stderr.contains("interactive terminal"))
        #expect(result.stdout.isEmpty)
    }

    @Test("--version exits 0 and prints the version")
    func version() throws {
        let result = try Spawn.capture(try E2EPaths.binary(), ["--version"])
        #expect(result.status == 0)
        #expect(result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
            .range(of: #"^\d+\.\d+\.\d+"#, options: .regularExpression) != nil)
    }

    @Test("an unknown option exits 2 with a usage message")
    func bogusOption() throws {
        let result = try Spawn.capture(try E2EPaths.binary(), ["--bogus"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("--bogus"))
    }
}

/// A minimal SGR reader for `capture-pane -e` lines: each character with the style in force.
enum SGR {
    struct Style: Equatable {
        var fg: String?
        var bg: String?
        var bold = false
        var reverse = false
    }

    static func cells(_ line: String) -> [(char: Character, style: Style)] {
        var result: [(char: Character, style: Style)] = []
        var style = Style()
        var chars = Array(line)
        var i = 0
        chars.append(" ")
        while i < chars.count - 1 {
            if chars[i] == "\u{1B}", chars[i + 1] == "[" {
                var j = i + 2
                var params = ""
                while j < chars.count, !chars[j].isLetter { params.append(chars[j]); j += 1 }
                if j < chars.count, chars[j] == "m" { apply(params, to: &style) }
                i = j + 1
                continue
            }
            result.append((chars[i], style))
            i += 1
        }
        return result
    }

    private static func apply(_ params: String, to style: inout Style) {
        var codes = params.split(separator: ";", omittingEmptySubsequences: false).map { Int($0) ?? 0 }
        if codes.isEmpty { codes = [0] }
        var k = 0
        while k < codes.count {
            let c = codes[k]
            switch c {
            case 0: style = Style()
            case 1: style.bold = true
            case 22: style.bold = false
            case 7: style.reverse = true
            case 27: style.reverse = false
            case 30...37, 90...97: style.fg = String(c)
            case 39: style.fg = nil
            case 40...47, 100...107: style.bg = String(c)
            case 49: style.bg = nil
            case 38, 48:
                let n = (k + 1 < codes.count && codes[k + 1] == 2) ? 4 : 2
                let value = codes[(k + 1)..<min(codes.count, k + 1 + n)].map(String.init).joined(separator: ";")
                if c == 38 { style.fg = value } else { style.bg = value }
                k += n
            default: break
            }
            k += 1
        }
    }
}

@Suite("newstui filters end to end", .serialized)
struct FilterEndToEndTests {
    @Test("--person starts filtered by a person; the header names them")
    func personFlag() throws {
        let tmux = try TmuxSession(width: 120, height: 30, arguments: [E2EPaths.seeds, "--person", "Putin"])
        defer { tmux.close() }
        // The header names the filter while the corpus still loads: wait for the loaded list.
        let screen = try tmux.waitFor("the loaded list filtered by Putin") {
            $0.contains("person: Vladimir Putin") && !$0.contains("loading ") && !$0.contains("analysing ")
        }
        #expect(screen.contains("/12 articles"))
        #expect(screen.contains("Trump pushes Russia to accelerate Ukraine ceasefire talks"))
        #expect(!screen.contains("Statement from the National Security Advisor"))
    }

    @Test("f, typing a capital and Enter filters by its country; F clears")
    func countryPicker() throws {
        let tmux = try TmuxSession(width: 120, height: 30)
        defer { tmux.close() }
        _ = try tmux.waitFor(text: "12 articles")
        try tmux.sendKeys("f")
        _ = try tmux.waitFor(text: "Filter by person or country")
        try tmux.sendKeys("k", "y", "i", "v")
        _ = try tmux.waitFor(text: "Ukraine (Kyiv)")
        try tmux.sendKeys("Enter")
        let filtered = try tmux.waitFor(text: "country: Ukraine")
        #expect(filtered.contains("/12 articles"))
        try tmux.sendKeys("F")
        _ = try tmux.waitFor(text: "12 articles · 1/12")
    }
}

@Suite("newstui warm start end to end", .serialized)
struct WarmStartEndToEndTests {
    @Test("a second start shows the saved analysis, then the fresh one where a file changed; q still restores the terminal")
    func savedThenChecked() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("newstui-e2e-warm-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        let news = dir.appendingPathComponent("news")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: URL(fileURLWithPath: E2EPaths.seeds), to: news)
        let prefix = "XDG_CACHE_HOME='\(dir.appendingPathComponent("cache").path)' "
        func open() throws -> TmuxSession {
            let tmux = try TmuxSession(width: 120, height: 30, arguments: [news.path], prefix: prefix)
            do {
                try tmux.waitFor("the checked list") {
                    $0.contains("12 articles") && !$0.contains("checking files") && !$0.contains("files changed") && !$0.contains("loading ") && !$0.contains("analysing ")
                }
            } catch {
                tmux.close()
                throw error
            }
            return tmux
        }
        func quit(_ tmux: TmuxSession) throws {
            try tmux.sendKeys("q")
            _ = try tmux.waitFor(text: "[exit 0]")
            try tmux.waitFor(format: "#{alternate_on}", equals: "0")
            tmux.close()
        }
        try quit(try open())  // cold: writes the snapshot
        let warm = try open()
        #expect(try warm.capture().contains(ReaderEndToEndTests.seedHeadline))
        try quit(warm)
        // A headline changed after the snapshot was written: the saved list may show first, the
        // fresh one replaces it.
        let file = news.appendingPathComponent("000_abeb776ff520d061.txt")
        let text = try String(contentsOf: file, encoding: .utf8)
        try text.replacingOccurrences(of: ReaderEndToEndTests.seedHeadline, with: "Headline changed after the snapshot")
            .write(to: file, atomically: true, encoding: .utf8)
        let changed = try open()
        defer { changed.close() }
        _ = try changed.waitFor(text: "Headline changed after the snapshot")
        try quit(changed)
    }
}
