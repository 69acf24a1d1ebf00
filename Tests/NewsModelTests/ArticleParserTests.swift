import Foundation
import Testing
@testable import NewsModel

@Suite("Article parsing")
struct ArticleParserTests {
    @Test("the seed format gives headline, standfirst and one paragraph a line")
    func seedFormat() throws {
        let text = "Headline here\nA standfirst.\n-\nFirst paragraph.\nSecond paragraph.\n"
        let a = try ArticleParser.parse(text, id: "x")
        #expect(a.format == .seed)
        #expect(a.title == "Headline here")
        #expect(a.standfirst == "A standfirst.")
        #expect(a.paragraphs.map(\.text) == ["First paragraph.", "Second paragraph."])
        #expect(a.paragraphs.map(\.index) == [0, 1])
    }

    @Test("an empty standfirst line is allowed")
    func emptyStandfirst() throws {
        let a = try ArticleParser.parse("Title\n\n-\nBody text here.", id: "x")
        #expect(a.format == .seed)
        #expect(a.standfirst == "")
        #expect(a.paragraphs.count == 1)
    }

    @Test("plain text: title line then blank-line separated paragraphs, lines inside joined")
    func plainText() throws {
        let text = "My title\n\nOne line\nstill the same paragraph.\n\nSecond paragraph.\n"
        let a = try ArticleParser.parse(text, id: "x")
        #expect(a.format == .plainText)
        #expect(a.title == "My title")
        #expect(a.paragraphs.count == 2)
        #expect(a.paragraphs[0].text == "One line\nstill the same paragraph.")
    }

    @Test("every paragraph's text is exactly the source between its offsets", arguments: [
        "Title\r\nStand\r\n-\r\nPara one.\r\nPara two.",
        "Title\n\n-\n\tTabbed paragraph.\n   Indented one.",
        "Title\n\nA\r\nB continues.\r\n\r\nC.",
        "Tïtlé 東京\n\n-\nCafé 🇺🇦 naïve e\u{301} text.\nLast line without newline",
        "Title\rOld Mac\r-\rLone CR paragraph.",
    ])
    func offsetsMatchSource(text: String) throws {
        let a = try ArticleParser.parse(text, id: "x")
        #expect(!a.paragraphs.isEmpty)
        for p in a.paragraphs {
            #expect(text.scalars(p.start, p.end) == p.text)
        }
        #expect(text.scalars(a.titleRange.lowerBound, a.titleRange.upperBound) == a.title)
    }

    @Test("CRLF and a lone CR break lines like LF")
    func lineEndings() throws {
        let crlf = try ArticleParser.parse("T\r\nS\r\n-\r\nOne.\r\nTwo.\r\n", id: "x")
        #expect(crlf.paragraphs.map(\.text) == ["One.", "Two."])
        let cr = try ArticleParser.parse("T\rS\r-\rOne.\rTwo.", id: "x")
        #expect(cr.paragraphs.map(\.text) == ["One.", "Two."])
    }

    @Test("a line ending in a photo credit is a caption")
    func caption() throws {
        let a = try ArticleParser.parse(
            "T\n\n-\nThe minister arrives at the summit in Brussels on June 3, 2024 (Reuters)\nBody text (with a parenthesis).\nHe spoke to reporters (AFP).", id: "x")
        #expect(a.paragraphs.map(\.kind) == [.caption, .body, .body])
    }

    @Test("an embedded post and its attribution line are recognised")
    func embeddedPost() throws {
        let a = try ArticleParser.parse(
            "T\n\n-\nIntro paragraph.\nThis is the post text https://t.co/x\n— Jane Roe (@janeroe) May 2, 2024\nAfter.", id: "x")
        #expect(a.paragraphs.map(\.kind) == [.body, .post, .postAttribution, .body])
    }

    @Test("trailing Read more and Source lines; Source fills outlet, date and url")
    func sourceLine() throws {
        let a = try ArticleParser.parse(
            "T\n\n-\nBody.\nRead more: Another story\nSource: Daily Planet (planet.example), 19 March 2025, https://planet.example/a/b (note)", id: "x")
        #expect(a.paragraphs.map(\.kind) == [.body, .readMore, .source])
        #expect(a.outlet == "Daily Planet")
        #expect(a.date == "2025-03-19")
        #expect(a.url == "https://planet.example/a/b")
    }

    @Test("a short line without closing punctuation is a cross-heading")
    func heading() throws {
        let a = try ArticleParser.parse("T\n\n-\nBody sentence.\nMinisters meet again in Paris\nMore body.", id: "x")
        #expect(a.paragraphs.map(\.kind) == [.body, .heading, .body])
    }

    @Test("a plain-text dateline under the title sets the date")
    func dateline() throws {
        let a = try ArticleParser.parse("Title\n\nFriday, July 21, 2017\n\nBody text.", id: "x")
        #expect(a.date == "2017-07-21")
        #expect(a.paragraphs.first?.kind == .dateline)
    }

    @Test("a Markdown title loses its # and keeps its offsets")
    func markdownTitle() throws {
        let text = "# A title\n\nParagraph one.\n\nParagraph two."
        let a = try ArticleParser.parse(text, id: "x")
        #expect(a.title == "A title")
        #expect(text.scalars(a.titleRange.lowerBound, a.titleRange.upperBound) == "A title")
    }
}

@Suite("Dates")
struct DateParserTests {
    @Test("dates as news writes them", arguments: [
        ("19 March 2025", "2025-03-19"), ("March 19, 2025", "2025-03-19"), ("2024-02-29", "2024-02-29"),
        ("on Sept. 3rd 2023 in", "2023-09-03"), ("Friday, Jul 21, 2017", "2017-07-21"),
    ])
    func parses(input: String, expected: String) {
        #expect(DateParser.firstDate(in: input)?.0 == expected)
    }

    @Test("text without a date gives nil")
    func noDate() {
        #expect(DateParser.firstDate(in: "May the force be with you in 2025") == nil)
        #expect(DateParser.wholeDate("Talks resumed on 3 May 2024 in Geneva") == nil)
    }
}
