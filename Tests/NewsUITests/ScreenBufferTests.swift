import Testing
@testable import NewsUI
import NewsModel

@Suite("The cell buffer")
struct ScreenBufferTests {
    @Test("text is clipped to the width, by columns")
    func clip() {
        var b = ScreenBuffer(size: Size(width: 6, height: 1))
        #expect(b.put("東京駅前", x: 0, y: 0) == 6)
        #expect(b.lines() == ["東京駅"])
        var c = ScreenBuffer(size: Size(width: 5, height: 1))
        c.put("東京駅", x: 0, y: 0)
        #expect(c.lines() == ["東京"])  // the third glyph does not fit: a blank, not half a glyph
    }

    @Test("overwriting half of a wide glyph blanks the other half")
    func halfGlyph() {
        var b = ScreenBuffer(size: Size(width: 4, height: 1))
        b.put("東京", x: 0, y: 0)
        b.put("x", x: 1, y: 0)
        #expect(b.lines() == [" x京"])
        b.put("y", x: 2, y: 0)
        #expect(b.lines() == [" xy"])
    }

    @Test("combining marks stay on their base; joiners and variation selectors are dropped")
    func graphemes() {
        var b = ScreenBuffer(size: Size(width: 10, height: 1))
        #expect(b.put("e\u{301}a👍🏽\u{FE0F}", x: 0, y: 0) == 4)
        #expect(b[0, 0].text == "e\u{301}")
        #expect(b[2, 0].text == "👍")
        #expect(DisplayWidth.of("👨‍👩‍👧") == 2)
    }

    @Test("only rows that changed are redrawn, from the first to the last changed cell")
    func diff() {
        var a = ScreenBuffer(size: Size(width: 10, height: 3))
        a.put("hello", x: 0, y: 1)
        var b = a
        b.put("J", x: 3, y: 1)
        b.put("東", x: 6, y: 2)
        let runs = b.changedRuns(from: a)
        #expect(runs.count == 2)
        #expect(runs[0] == (1, 3, 4))
        #expect(runs[1] == (2, 6, 8))
        #expect(b.changedRuns(from: nil).count == 3)
    }

    @Test("the wrapper never makes a line wider than asked", arguments: [2, 5, 13, 40])
    func wrapWidth(width: Int) {
        let text = "Hello 東京 wörld, a-very-long-unbroken-token-that-must-split and e\u{301}nd 👍 done"
        for line in TextWrapper.wrap([StyledRun(text, .text)], width: width) {
            #expect(DisplayWidth.of(line.runs.map(\.text).joined()) <= width)
        }
    }
}

@Suite("Fast paths give what the general ones give")
struct FastPathTests {
    /// 400 lines of styled runs made of `words` (a deterministic sequence from `seed`), each with a width to wrap to.
    static func randomLines(of words: [String], seed start: UInt64) -> [(StyledLine, Int)] {
        var seed = start
        func next(_ n: Int) -> Int {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            return Int((seed >> 33) % UInt64(n))
        }
        let roles: [Role] = [.text, .title, .entity(.person), .emphasis]
        return (0..<400).map { _ in
            var runs: StyledLine = []
            for _ in 0..<(1 + next(5)) {
                let text = (0..<next(8)).map { _ in words[next(words.count)] }.joined(separator: next(3) == 0 ? "  " : " ")
                runs.append(StyledRun(text + (next(2) == 0 ? " " : ""), roles[next(roles.count)]))
            }
            return (runs, 1 + next(30))
        }
    }

    @Test("wrapping plain ASCII on its bytes breaks every line where the character-by-character wrap does")
    func asciiWrapMatchesCharacterWrap() {
        let words = ["a", "an", "the", "ministry", "said", "x", "supercalifragilistic", "  ", "7,000", "(AP)", "\"quote\""]
        for (runs, width) in Self.randomLines(of: words, seed: 0x9E3779B97F4A7C15) {
            #expect(TextWrapper.wrapSimple(runs, width: width) == TextWrapper.wrapCharacters(runs, width: width), "\(runs) at \(width)")
        }
    }

    @Test("mixed text: ASCII between curly quotes, accents and wide glyphs takes the columns the characters take")
    func mixedText() {
        var b = ScreenBuffer(size: Size(width: 40, height: 1))
        let text = "He said “no” – café e\u{301}! 東京 done"
        let used = b.put(text, x: 0, y: 0)
        #expect(b.lines() == [text])
        #expect(used == text.reduce(0) { $0 + DisplayWidth.width($1) })
        var clipped = ScreenBuffer(size: Size(width: 40, height: 1))
        #expect(clipped.put("ab東京", x: 0, y: 0, maxWidth: 5) == 5)
        #expect(clipped.lines() == ["ab東"])
    }

    @Test("an ASCII paragraph is cut at its mentions as the scalar-by-scalar cut does")
    func asciiHighlightMatches() {
        let text = "Russia said Ukraine and the UN met in Geneva."
        let mentions = [("Russia", EntityKind.country), ("UN", .organization), ("Geneva", .place), ("Ukraine", .country)].map { name, kind in
            let start = text.range(of: name)!.lowerBound.utf16Offset(in: text) + 100
            return Mention(entity: name, kind: kind, form: .name, text: name, paragraph: 0, start: start, end: start + name.count)
        }
        let fast = ReaderLayout.highlight(text, segmentStart: 100, mentions: mentions, base: .text)
        #expect(fast == ReaderLayout.highlightScalars(text, segmentStart: 100, mentions: mentions, base: .text))
        #expect(fast.map(\.text) == ["Russia", " said ", "Ukraine", " and the ", "UN", " met in ", "Geneva", "."])
    }

    @Test("text with curly quotes, dashes and accented letters wraps where the character-by-character wrap does")
    func simpleWrapMatchesCharacterWrap() {
        let words = ["“We", "said”", "a", "Erdoğan", "café", "—", "x", "Zelenskyy’s", "  ", "€7,000", "Ελλάδα", "Москва", "…", "naïve–ly"]
        for (runs, width) in Self.randomLines(of: words, seed: 0x2545F4914F6CDD1D) {
            #expect(runs.allSatisfy { SimpleText.isSimple($0.text) })
            #expect(TextWrapper.wrapSimple(runs, width: width) == TextWrapper.wrapCharacters(runs, width: width), "\(runs) at \(width)")
            for run in runs { #expect(SimpleText.characterCount(run.text) == run.text.count) }
        }
    }

    @Test("text that joins scalars into one character, is wide, or needs sanitising is not simple")
    func notSimple() {
        for text in ["e\u{301}", "東京", "🇺🇦", "a\u{200D}b", "tab\there", "\u{202E}evil", "soft\u{AD}hyphen", "क्ष"] {
            #expect(!SimpleText.isSimple(text), "\(text)")
            #expect(SimpleText.characterCount(text) == text.count, "\(text)")
        }
        #expect(SimpleText.isSimple("“Quoted” — café, Ελλάδα, Москва, €5…"))
    }

    @Test("a paragraph with curly quotes and accents is cut at its mentions as the scalar-by-scalar cut does")
    func simpleHighlightMatches() {
        let text = "“Russia said Ukraine”—and the UN met in Genève’s old town."
        let scalars = Array(text.unicodeScalars)
        let mentions = [("Russia", EntityKind.country), ("UN", .organization), ("Genève", .place), ("Ukraine", .country)].map { name, kind in
            let first = Array(name.unicodeScalars)
            let start = (0...(scalars.count - first.count)).first { Array(scalars[$0..<($0 + first.count)]) == first }! + 100
            return Mention(entity: name, kind: kind, form: .name, text: name, paragraph: 0, start: start, end: start + first.count)
        }
        let fast = ReaderLayout.highlight(text, segmentStart: 100, mentions: mentions, base: .text)
        #expect(fast == ReaderLayout.highlightScalars(text, segmentStart: 100, mentions: mentions, base: .text))
        #expect(fast.map(\.text) == ["“", "Russia", " said ", "Ukraine", "”—and the ", "UN", " met in ", "Genève", "’s old town."])
    }

    @Test("a cell's glyph reads back as written, and equal glyphs are equal cells")
    func glyphsReadBack() {
        let glyphs = [" ", "a", "~", "é", "東", "👩‍👩‍👧", "x\u{301}", ""]
        for text in glyphs {
            #expect(Cell(text: text).text == text)
            // (A glyph met again, from another string, is the cell made before.)
            #expect(Cell(text: text) == Cell(text: String(text.unicodeScalars.map(Character.init))))
        }
        // Different glyphs are different cells, whichever way each is stored.
        for (i, x) in glyphs.enumerated() {
            for y in glyphs[(i + 1)...] { #expect(Cell(text: x) != Cell(text: y), "\(x) / \(y)") }
        }
    }
}
