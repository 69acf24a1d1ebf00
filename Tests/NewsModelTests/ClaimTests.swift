import Foundation
import Testing
@testable import NewsModel

extension CorpusAnalysis {
    var claims: [Claim] { articles.flatMap(\.claims) }
    func claim(containing text: String) -> Claim? { claims.first { $0.text.contains(text) } }
}

@Suite("Claims: who claimed what")
struct ClaimTests {
    @Test("a quotation attributed after it: the quote is the claim (without the comma before the attribution), the speaker is named")
    func quoteAfter() throws {
        let a = analyze(["“The bridge will reopen next week,” Transport Minister Lena Orlova said on Monday."])
        let c = try #require(a.claims.first)
        #expect(c.text == "The bridge will reopen next week")
        #expect(c.speaker == "Lena Orlova")
        #expect(c.quoted)
        #expect(c.cue == "said")
    }

    @Test("a quotation over two sentences gives a claim per sentence, both to the speaker")
    func quoteSpansSentences() {
        let a = analyze(["\"We were never consulted. The plan is unworkable,\" said Mayor Tomas Berg."])
        #expect(a.claims.map(\.text) == ["We were never consulted.", "The plan is unworkable"])
        #expect(Set(a.claims.map(\.speaker)) == ["Tomas Berg"])
    }

    @Test("a reporting clause: what follows 'reported that', paraphrased, by the subject")
    func reportingClause() throws {
        let a = analyze(["The Daily Courier reported that the factory would close in March."])
        let c = try #require(a.claims.first)
        #expect(c.speaker == "Daily Courier")
        #expect(c.cue == "reported")
        #expect(c.text == "the factory would close in March.")
        #expect(!c.quoted)
    }

    @Test("according to X: the source as written when it is no entity")
    func accordingTo() throws {
        let a = analyze(["The meeting lasted four hours, according to local officials."])
        let c = try #require(a.claims.first)
        #expect(c.speaker == "local officials")
        #expect(c.speakerEntity == nil)
        #expect(c.cue == "according to")
    }

    @Test("a pronoun and a role phrase resolve to the speaker before them")
    func coreference() {
        let a = analyze([
            "Foreign Minister Ana Ribeiro said the talks were useful.",
            "She added that a deal was close.",
            "\"Nothing is agreed yet,\" the Portuguese diplomat stressed.",
        ])
        #expect(a.claims.map(\.speaker) == ["Ana Ribeiro", "Ana Ribeiro", "Ana Ribeiro"])
    }

    @Test("an embedded post is claimed by its author")
    func embeddedPost() throws {
        let a = analyze(["Intro text about the dispute here.", "The report is simply wrong about our plans.", "— Jane Okafor (@janeokafor) May 2, 2024"])
        let c = try #require(a.claim(containing: "simply wrong"))
        #expect(c.speaker == "Jane Okafor")
        #expect(c.cue == "post")
    }

    @Test("claim offsets point at the claim text in the source")
    func offsets() throws {
        let text = "T\n\n-\n“Prices will fall,” Minister Eva Lund said.\nThe Ledger reported that prices rose."
        let article = try ArticleParser.parse(text, id: "t")
        let a = Analyzer().analyze(Corpus(name: "t", articles: [article]))
        #expect(a.claims.count == 2)
        for c in a.claims { #expect(text.scalars(c.start, c.end) == c.text) }
    }
}

@Suite("Conflicts: claims that disagree")
struct ConflictTests {
    @Test("denial: the person a report is about negates its point in his own words")
    func denial() throws {
        let a = analyze([
            "The Ledger reported that Senator Paul Amsel planned to sell the port.",
            "\"I have never planned to sell the port,\" Amsel said.",
        ])
        let c = try #require(a.conflicts.first)
        #expect(c.kind == .denial)
        #expect(a.claim(c.a)?.claim.speaker == "The Ledger")
        #expect(a.claim(c.b)?.claim.speaker == "Paul Amsel")
        #expect(c.why.contains("never"))
    }

    @Test("refutation: the subject says the source misrepresents him")
    func refutation() throws {
        let a = analyze([
            "The Ledger reported that Senator Paul Amsel backed the tax.",
            "\"The Ledger misrepresents my position,\" Amsel said.",
        ])
        let c = try #require(a.conflicts.first)
        #expect(c.kind == .refutation)
        #expect(c.why.contains("misrepresents"))
    }

    @Test("mutual accusation: one side's charge against 'X and Y accuse each other'")
    func mutual() throws {
        let a = analyze([
            "Both Armenia and Azerbaijan accuse each other of breaking the truce.",
            "\"Azerbaijan is breaking the truce every night,\" Armenian spokesman Aram Petrosyan said.",
        ])
        let c = try #require(a.conflicts.first)
        #expect(c.kind == .mutualAccusation)
    }

    @Test("'X were killed, officials said, as A and B blamed each other': two claims, the parties from the clause of 'each other'")
    func mutualAfterAComma() throws {
        let a = analyze([
            "YEREVAN, Armenia - Twelve people were killed in a border village, hospital officials said, as Azerbaijan and Georgia blamed each other for the attack.",
            "Hospital officials accused Azerbaijan of delaying ambulances after the attack.",
        ])
        let mutual = try #require(a.claims.first { $0.mutualParties.count >= 2 })
        #expect(mutual.mutualParties.sorted() == ["country/az", "country/ge"])
        #expect(mutual.text.hasPrefix("Azerbaijan and Georgia blamed each other"))
        #expect(a.claims.contains { $0.speaker == "hospital officials" && $0.text.contains("Twelve people were killed") })
        // The officials are no party to the quarrel: their words are no side of it.
        #expect(!a.conflicts.contains { $0.b == mutual.id }, "\(a.conflicts.map(\.why))")
    }

    @Test("fact-check layout: FACT answers the HOAX before it")
    func factCheck() throws {
        let a = analyze([
            "HOAX: The Ledger claimed the mayor closed every library.",
            "FACT: All twelve libraries remain open.",
        ])
        let c = try #require(a.conflicts.first)
        #expect(c.kind == .refutation)
        #expect(a.claim(c.b)?.claim.cue == "fact-check")
    }

    @Test("agreeing claims and claims on different topics are no conflict")
    func noConflict() {
        let a = analyze([
            "The Ledger reported that Senator Paul Amsel backed the tax.",
            "\"I back the tax because it funds schools,\" Amsel said.",
            "Minister Eva Lund said the weather was fine.",
        ])
        #expect(a.conflicts.isEmpty)
    }

    @Test("conflicts are found across articles through the entities they share")
    func acrossArticles() throws {
        let one = try ArticleParser.parse("A\n\n-\nThe Ledger reported that Senator Paul Amsel planned to sell the port.", id: "one")
        let two = try ArticleParser.parse("B\n\n-\n\"I have never planned to sell the port,\" Senator Paul Amsel said.", id: "two")
        let a = Analyzer().analyze(Corpus(name: "t", articles: [one, two]))
        let c = try #require(a.conflicts.first)
        #expect(a.claim(c.a)?.claim.article == "one")
        #expect(a.claim(c.b)?.claim.article == "two")
    }
}
