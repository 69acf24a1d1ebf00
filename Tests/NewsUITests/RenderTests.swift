import NewsModel
import Testing
@testable import NewsUI

@Suite("Rendered screens")
struct RenderTests {
    @Test("the article list at 80x24")
    func list80x24() {
        let screen = RootView.render(Fixtures.state()).lines()
        #expect(Array(screen.prefix(5)) == [
            " Articles  Reader  Conflicts  Entities  Problems        news · 3 articles · 1/3",
            "▸ Leaders meet in Geneva                Daily Planet    2025-03-01     0p 0c",
            "  東京で新しい駅が開業                  Tokyo Times     2025-03-02     0p 0c",
            "  Ceasefire holds for a third day       Wire            2025-03-03     0p 0c",
            "",
        ])
        #expect(screen[23] == " ↑↓ move  Enter open  ← back  Tab views  e panel  f filter  ? help  q quit")
        #expect(screen.count == 24)
    }

    @Test("the selected row is drawn in reverse video across the width")
    func selectionStyle() {
        let buffer = RootView.render(Fixtures.state())
        #expect(buffer[0, 1].style.reverse)
        #expect(buffer[79, 1].style.reverse)
        #expect(!buffer[0, 2].style.reverse)
    }

    @Test("the reader wraps the article to the width")
    func reader() {
        var s = Fixtures.state(40, 10)
        s.press(.enter)
        let screen = RootView.render(s).lines()
        #expect(Array(screen.prefix(9)) == [
            " 1  Reader  3  4  5  news · 3 articles…",
            " Leaders meet in Geneva",
            " Daily Planet · 2025-03-01",
            "",
            " The talks began on Monday and lasted",
            " well into the night, officials said.",
            "",
            " A second paragraph.",
            "",
        ])
    }

    @Test("wide characters take two columns and the columns after them stay aligned")
    func wideCharacters() {
        let buffer = RootView.render(Fixtures.state())
        // 東 at column 2 is wide: column 3 is its continuation.
        #expect(buffer[2, 2].text == "東")
        #expect(buffer[3, 2].isContinuation)
        #expect(buffer[40, 2].text == "T")  // outlet column lines up with row 1
        #expect(buffer[40, 1].text == "D")
    }

    @Test("at 120 columns or more the list and the reader sit side by side")
    func split() {
        let screen = RootView.render(Fixtures.state(120, 12)).lines()
        #expect(screen[1].hasPrefix(" Articles"))
        #expect(screen[1].contains("│ Reader"))
        #expect(screen[2].hasPrefix("▸ Leaders meet in Geneva"))
        #expect(screen[2].contains("│ Leaders meet in Geneva"))
    }

    @Test("tiny and empty terminals render without crashing", arguments: [(0, 0), (1, 1), (20, 5), (5, 20), (1, 40)])
    func tiny(width: Int, height: Int) {
        var s = Fixtures.state(width, height)
        #expect(RootView.render(s).size == Size(width: width, height: height))
        s.press(.enter, .down, .char("?"))
        #expect(RootView.render(s).lines().count == height)
    }

    @Test("20x5 still shows the header, a row of the list and the footer")
    func twentyByFive() {
        #expect(RootView.render(Fixtures.state(20, 5)).lines() == [
            " Articles  2  3  4",
            "▸ Leaders meet in G…",
            "  東京で新しい駅が…",
            "  Ceasefire holds f…",
            " ↑↓ move",
        ])
    }

    @Test("the help overlay lists every binding of the key table")
    func helpOverlay() {
        var s = Fixtures.state(100, 40)
        s.press(.char("?"))
        let text = RootView.render(s).text
        for b in KeyMap.standard.bindings {
            #expect(text.contains(b.help))
            #expect(text.contains(b.keyLabel))
        }
    }

    @Test("escape sequences in a title never reach the buffer")
    func hostileTitle() {
        let evil = Fixtures.article("e", "Hi\u{1B}]52;c;cGF5bG9hZA==\u{07} there\u{1B}[2J\u{9B}31m", paragraphs: ["x\u{1B}[1mbold"])
        var s = Fixtures.state(corpus: Corpus(name: "x", articles: [evil]))
        let list = RootView.render(s)
        s.press(.enter)
        let reader = RootView.render(s)
        for buffer in [list, reader] {
            for cell in buffer.cells {
                #expect(!cell.text.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
            }
        }
        #expect(list.lines()[1].hasPrefix("▸ Hi there"))
    }

    @Test("the Problems view lists each file with its reason")
    func problems() {
        let corpus = Corpus(name: "x", articles: [], problems: [LoadProblem(path: "bad.txt", message: "binary data, not text")])
        var s = Fixtures.state(60, 6, corpus: corpus)
        s.press(.backTab)
        let screen = RootView.render(s).lines()
        #expect(screen[1] == " 1 file could not be read")
        #expect(screen[2] == " ✗ bad.txt — binary data, not text")
    }

    @Test("without colour, bars and the selection still stand out by attributes")
    func monochrome() {
        let buffer = RootView.render(Fixtures.state(), theme: Theme(colors: false))
        #expect(buffer.cells.allSatisfy { $0.style.foreground == nil && $0.style.background == nil })
        #expect(buffer[0, 0].style.reverse)
        #expect(buffer[5, 1].style.reverse)
    }
}

@Suite("Conflicts view: whom each speaker speaks for")
struct ConflictSideRenderTests {
    @Test("a claim column names the side its speaker speaks for")
    func sideInColumnHeader() throws {
        let article = try ArticleParser.parse("""
            Shelling in Kibumba

            The army's spokesman, Colonel Pascal Mbuyi, said rebel fighters had shelled the market.

            Greenpeace rejected that account.
            """, id: "w")
        let analysis = Analyzer().analyze(Corpus(name: "news", articles: [article]))
        try #require(analysis.conflicts.count == 1)
        var state = AppState(analysis: analysis, size: Size(width: 120, height: 20))
        state.press(.char("3"))
        let screen = RootView.render(state).text
        #expect(screen.contains("A Pascal Mbuyi for The army · said"), "\(screen)")
        #expect(screen.contains("B Greenpeace · rejected"))
    }
}

@Suite("Conflicts view: the list")
struct ConflictListRenderTests {
    /// One article where a paper's claim is answered twice by one person.
    static func analysis(answer: String) -> CorpusAnalysis {
        let article = Fixtures.article("h", "Harbour deal", paragraphs: ["p1", "p2", "p3"])
        func claim(_ n: Int, _ speaker: String, _ text: String) -> Claim {
            Claim(id: "h#\(n)", speaker: speaker, speakerEntity: nil, cue: "said", text: text, quoted: true, paragraph: n,
                  start: 0, end: text.count, article: "h")
        }
        let claims = [claim(1, "The Herald", "The port was sold."), claim(2, "Ana Ruiz", "Nothing was sold."), claim(3, "Ana Ruiz", answer)]
        return CorpusAnalysis(name: "news", articles: [AnalyzedArticle(article: article, mentions: [], claims: claims)], entities: [], problems: [],
                              conflicts: [Conflict(id: "k1", kind: .denial, a: "h#1", b: "h#2", strength: 0.8, why: "w1"),
                                          Conflict(id: "k2", kind: .refutation, a: "h#1", b: "h#3", strength: 0.9, why: "w2")])
    }

    @Test("each row quotes B's words after the speakers, so two answers of one speaker differ")
    func rowsQuoteTheAnswer() {
        var state = AppState(analysis: Self.analysis(answer: "The Herald\nhas it wrong."), size: Size(width: 100, height: 20))
        state.press(.char("3"))
        let lines = Self.lines(state)
        // (The words start in one column: 2 + 12 for the mark and the kind named short below 120
        // columns, 34 for the speakers, 2 blank.)
        #expect(lines[2] == "▸ denial      The Herald ⟷ Ana Ruiz" + String(repeating: " ", count: 15) + "“Nothing was sold.”")
        // (A line break in the claim is one space on its row.)
        #expect(lines[3] == "  refutation  The Herald ⟷ Ana Ruiz" + String(repeating: " ", count: 15) + "“The Herald has it wrong.”")
    }

    @Test("a wide row quotes A's words too, before B's, in two fifths of the room")
    func wideRowsQuoteBoth() {
        var state = AppState(analysis: Self.analysis(answer: "The Herald has it wrong."), size: Size(width: 140, height: 20))
        state.press(.char("3"))
        // (Room for words: 140 - 24 - 36 - 2 - 1 = 77 columns; A's 29, " → ", B's the rest.)
        #expect(Self.lines(state)[3] == "  refutation            The Herald ⟷ Ana Ruiz" + String(repeating: " ", count: 17)
            + "“The port was sold.”" + String(repeating: " ", count: 9) + " → “The Herald has it wrong.”")
    }

    @Test("on a narrow screen speakers and words are cut with an ellipsis, and the words left out where few would fit")
    func narrowRows() {
        func row(_ width: Int) -> String {
            var state = AppState(analysis: Self.analysis(answer: "The Herald has it wrong."), size: Size(width: width, height: 20))
            state.press(.char("3"))
            return Self.lines(state)[3]
        }
        #expect(row(64) == "  refutation  The Herald ⟷ Ana R…  “The Herald has it wrong.”")
        #expect(row(52) == "  refutation  The Herald ⟷ An…  “The Herald has it…")
        #expect(row(40) == "  refutation  The Herald ⟷ An…")
    }

    @Test("below 120 columns kinds are named short; from 120 as in the JSON")
    func kindNames() {
        var state = AppState(analysis: Self.analysis(answer: "The Herald has it wrong."), size: Size(width: 119, height: 20))
        state.press(.char("3"))
        #expect(Self.lines(state)[2].hasPrefix("▸ denial      The"))
        state = AppState(analysis: Self.analysis(answer: "The Herald has it wrong."), size: Size(width: 120, height: 20))
        state.press(.char("3"))
        #expect(Self.lines(state)[2].hasPrefix("▸ denial                The"))
        #expect(ConflictKind.allCases.map(ConflictsView.shortName) == ["denial", "refutation", "accusations", "figures", "framing"])
    }

    /// The screen's rows without the blanks that end them.
    static func lines(_ state: AppState) -> [String] {
        RootView.render(state).text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            var l = Substring(line)
            while l.last == " " { l.removeLast() }
            return String(l)
        }
    }
}

@Suite("Entities view")
struct EntitiesRenderTests {
    @Test("the column headings stand apart, and each count sits under its heading")
    func headings() {
        let corpus = Corpus(name: "news", articles: [Fixtures.article("a", "Talks", paragraphs: ["Vladimir Putin met Donald Trump in Geneva.", "Putin said the talks went well."])])
        var state = AppState(analysis: Analyzer().analyze(corpus), size: Size(width: 80, height: 24))
        state.press(.char("4"))
        let lines = RootView.render(state).text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines[1].hasSuffix("kind         articles mentions"), "\(lines[1])")
        // (The last digit of each count under the last letter of its heading.)
        let row = lines[2]
        let articlesEnd = lines[1].count - " mentions".count, mentionsEnd = lines[1].count
        #expect(Array(row)[articlesEnd - 1].isNumber && Array(row)[mentionsEnd - 1].isNumber, "\(row)")
        #expect(Array(row)[articlesEnd] == " ")
    }
}

@Suite("Conflicts view: a claim on one line")
struct ConflictOneLineTests {
    @Test("white space runs become one space, ends are trimmed, and the text stops at the limit")
    func oneLine() {
        #expect(ConflictsView.oneLine("  The port\n\nwas   sold. ", limit: 100) == "The port was sold.")
        #expect(ConflictsView.oneLine("The port was sold.", limit: 8) == "The port")
        #expect(ConflictsView.oneLine("", limit: 8) == "")
    }
}
