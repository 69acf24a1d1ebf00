import Testing
@testable import NewsModel

// Rules for the plain rebuttals of everyday news copy: a figure corrected in so many words, a
// one-line "that's wrong", a company known by one invented word.
@Suite("Dispute rules: plain rebuttals of everyday news")
struct PlainRebuttalTests {
    @Test("'11,500 ballots left, not 18,000' contradicts the 18,000 another speaker gave, with one word in common")
    func figureCorrectedInSoManyWords() throws {
        let a = analyze([
            "\"There are 18,000 ballots still sitting in drop boxes, and those are our voters,\" candidate Renata Solis said.",
            "County Auditor Helen Marchetti said her office had about 11,500 left to count, not 18,000.",
        ])
        let c = try #require(a.conflicts.first, "\(a.claims.map(\.text))")
        #expect(c.kind == .contradictingFigures)
        #expect(a.claims.first { $0.id == c.a }?.speaker == "Renata Solis")
        #expect(a.claims.first { $0.id == c.b }?.speaker == "Helen Marchetti")
        #expect(c.why.contains("not 18,000"), "\(c.why)")
    }

    @Test("a figure named after 'not' that nobody gave before is no correction")
    func correctionNeedsTheOtherFigure() {
        let a = analyze([
            "\"There are 18,000 ballots still sitting in drop boxes,\" candidate Renata Solis said.",
            "County Auditor Helen Marchetti said the count would finish by Friday, not 12 May.",
        ])
        #expect(a.conflicts.isEmpty, "\(a.conflicts.map(\.why))")
    }

    @Test("the accused side's first word after a charge answers it, in whatever words; a later one does not")
    func accusedSideAnswers() throws {
        let a = analyze([
            "The mayor, Renata Solis, faces the businessman Curtis Bramhall.",
            "Bramhall accused the Solis campaign of sending illegal texts to voters on Monday. A Solis spokesperson, Ana Whitlock, said every message had been sent through an approved vendor.",
        ])
        let c = try #require(a.conflicts.first, "\(a.claims.map { "\($0.speaker): \($0.text) [\($0.speakerSide ?? "-")]" })")
        #expect(c.kind == .refutation)
        #expect(a.claims.first { $0.id == c.a }?.speaker == "Curtis Bramhall")
        #expect(a.claims.first { $0.id == c.b }?.speaker == "Ana Whitlock")
        // Two paragraphs on, the same words answer nothing.
        let far = analyze([
            "The mayor, Renata Solis, faces the businessman Curtis Bramhall.",
            "Bramhall accused the Solis campaign of sending illegal texts to voters on Monday.",
            "Turnout was about 38 percent.", "Polls closed at 8 p.m.",
            "A Solis spokesperson, Ana Whitlock, said every message had been sent through an approved vendor.",
        ])
        #expect(far.conflicts.isEmpty, "\(far.conflicts.map(\.why))")
    }

    @Test("'disputed the turnout' answers the other side's figure, not its nearer claim without one")
    func disputedTheTurnout() throws {
        let a = analyze([
            "Delivery riders switched off Fetchly's app on Friday night.",
            "Union secretary Priya Raman said more than 1,200 riders took part. \"Riders have had enough,\" she said.",
            "Fetchly disputed the turnout.",
        ])
        let c = try #require(a.conflicts.first, "\(a.claims.map { "\($0.speaker): \($0.text)" })")
        #expect(a.claims.first { $0.id == c.a }?.text == "more than 1,200 riders took part.", "\(c.why)")
    }

    @Test("people counted by one fate: '31 people were wounded' against 'fewer than ten people had been wounded'")
    func peopleCountedByFate() throws {
        let a = analyze([
            "Medics said 31 people were wounded, several of them critically.",
            "Military spokesman Osman al-Tayeb said “fewer than ten” people had been wounded, all of them fighters.",
        ])
        let c = try #require(a.conflicts.first, "\(a.claims.map(\.text))")
        #expect(c.kind == .contradictingFigures)
        #expect(c.why == "Medics gives 31 people wounded, Osman al-Tayeb gives 10 people wounded", "\(c.why)")
        // Different fates are different counts.
        let b = analyze([
            "Medics said 31 people were wounded.",
            "Military spokesman Osman al-Tayeb said ten people had been arrested.",
        ])
        #expect(b.conflicts.isEmpty, "\(b.conflicts.map(\.why))")
    }

    @Test("two claims sharing only a negation word ('never') make no point in common")
    func negationIsNoTopic() {
        let a = analyze([
            "Superintendent Gail Ostrander said the savings came to $90,000 a year and that money was never the point.",
            "Parent Marisol Encinas, a rancher, said the school board never put the schedule to a public vote.",
        ])
        #expect(a.conflicts.isEmpty, "\(a.conflicts.map(\.why))")
        #expect(!TopicTerms.of("money was never the point").contains("never"))
    }

    @Test("a share of a scale word written out is a figure: 'a quarter of a million dollars', 'half a million'")
    func scaleWordsWrittenOut() {
        #expect(ConflictFinder.figures(in: "the port would earn a quarter of a million dollars a month")["money"] == "a quarter of a million")
        #expect(ConflictFinder.figures(in: "half a million tourists came")["tourist"] == "half a million tourists")
        #expect(ConflictFinder.figures(in: "Three quarters of a billion euros were spent")["money"] == "three quarters of a billion")
        #expect(ConflictFinder.figures(in: "a spokesman said a third of the staff left")["money"] == nil)
        #expect(ConflictFinder.figures(in: "closer to sixty-one thousand dollars")["money"] == "61 thousand")
        #expect(ConflictFinder.figures(in: "about ninety inspectors")["inspector"] == "90 inspectors")
        #expect(ConflictFinder.sameFigure("61 thousand", "$61,000"))
        // Sums by their value, whatever their writing.
        #expect(ConflictFinder.sameFigure("$250,000", "a quarter of a million"))
        #expect(ConflictFinder.sameFigure("half a million", "500,000"))
        #expect(!ConflictFinder.sameFigure("$31.3 billion", "$31.3 million"))
        #expect(!ConflictFinder.sameFigure("$90,000", "a quarter of a million"))
    }

    @Test("'disputes that figure' answers a sum written in words")
    func disputedSumInWords() throws {
        let a = analyze([
            "Harbour commissioner Dana Rooke said the new berth would earn a quarter of a million dollars a month.",
            "The shipping association disputes that figure.",
        ])
        let c = try #require(a.conflicts.first, "\(a.claims.map { "\($0.speaker): \($0.text)" })")
        #expect(a.claims.first { $0.id == c.a }?.speaker == "Dana Rooke", "\(c.why)")
        // The figure disputed, not the same speaker's later claim that B's next words echo.
        let b = analyze([
            "Harbour commissioner Dana Rooke said the berth was a gift to the town. \"It will earn half a million dollars a year,\" she said.",
            "Shipping association chair Tom Vale disputes that figure. He said the berth's earnings would come to about $90,000, and that the town was no gift.",
        ])
        let disputes = try #require(b.claims.first { $0.text.contains("disputes") }, "\(b.claims.map(\.text))")
        let d = try #require(b.conflicts.first { $0.b == disputes.id }, "\(b.conflicts.map(\.why))")
        #expect(b.claims.first { $0.id == d.a }?.text.contains("half a million") == true, "\(d.why)")
        let whys = b.conflicts.map(\.why)
        #expect(whys.contains { $0.contains("half a million") && $0.contains("$90,000") }, "\(whys)")
    }

    @Test("the numbers a text says a figure is not")
    func numbersCorrected() {
        #expect(ConflictFinder.numbersCorrected("about 11,500 left, not 18,000, and") == ["18000"])
        #expect(ConflictFinder.numbersCorrected("$14.10 an hour rather than $31.40") == ["31.40"])
        #expect(ConflictFinder.numbersCorrected("it was not clear how many") == [])
    }

    @Test("'says that's wrong': the pronoun 'that' is part of what was said")
    func thatIsWrong() throws {
        let a = analyze([
            "Marisol Encinas, who has three children in the district, says the school board never put the schedule to a public vote.",
            "The board's president, Russell Vang, says that's wrong.",
        ])
        let vang = try #require(a.claims.first { $0.speaker == "Russell Vang" })
        #expect(vang.text == "that's wrong.")
        let c = try #require(a.conflicts.first { $0.b == vang.id }, "\(a.conflicts.map(\.why))")
        #expect(a.claims.first { $0.id == c.a }?.speaker == "Marisol Encinas")
    }
}

@Suite("Claims: bodies described in apposition, and quotes inside a reported sentence")
struct DescribedBodyTests {
    @Test("'The Sahel Shield Forces (SSF), the paramilitary group that ...': 'the group said' is the SSF")
    func groupDescribedInApposition() throws {
        let a = analyze([
            "The Sahel Shield Forces (SSF), the paramilitary group that controls much of the area, blamed the army for the attack. "
                + "In a statement, the group said the strike was a deliberate massacre of starving people.",
        ])
        let c = try #require(a.claims.first { $0.text.contains("massacre") }, "\(a.claims.map(\.text))")
        #expect(c.speakerEntity == "organization/ssf", "\(c.speaker)")
    }

    @Test("'which calls its members “...”, says it is ...': the clause after the quote is no speaker's name")
    func clauseAfterQuoteIsNoName() {
        let a = analyze([
            "The council cut the grant. The union, which calls its members “the backbone of the city”, says it is defending workers the council abandoned.",
        ])
        #expect(!a.claims.contains { $0.speaker.lowercased().hasPrefix("it ") }, "\(a.claims.map(\.speaker))")
    }

    @Test("of two bodies both described as 'a group', 'the group' is the one named last")
    func groupNamedLast() throws {
        let a = analyze([
            "The Northern Liberation Front (NLF), the armed group that holds the hills, blamed the police for the raid.",
            "The food convoy was run by the Harbour Aid Trust, a group of local charities.",
            "The police describe the NLF as “bandits”. The group says it is protecting villages the police abandoned.",
        ])
        let c = try #require(a.claims.first { $0.text.contains("protecting villages") }, "\(a.claims.map(\.text))")
        #expect(c.speakerEntity == "organization/nlf", "\(c.speaker)")
        // Named last the other way round, the other body.
        let b = analyze([
            "The Northern Liberation Front (NLF), the armed group that holds the hills, blamed the police for the raid.",
            "The food convoy was run by the Harbour Aid Trust, a group of local charities.",
            "The police thanked the Harbour Aid Trust. The group says it will run the convoy again.",
        ])
        let d = try #require(b.claims.first { $0.text.contains("convoy again") }, "\(b.claims.map(\.text))")
        #expect(d.speaker.contains("Harbour Aid Trust"), "\(d.speaker)")
    }

    @Test("'X, the armed group that controls the area, said ...': the body before the described apposition speaks")
    func sourceDescribedWithRelativeClause() throws {
        let a = analyze([
            "The Tawila Front, the armed group that controls much of the area, said the police had started the fire.",
        ])
        let c = try #require(a.claims.first, "\(a.claims.map(\.text))")
        #expect(c.speaker == "Tawila Front")
        #expect(c.text == "the police had started the fire.")
    }

    @Test("'X, a group that says it protects farmers, said ...': the relative clause is X's claim too")
    func relativeClauseOfDescribedSource() {
        let a = analyze([
            "The Tawila Front, a group that says it protects farmers, said the police had started the fire.",
            "The council approved a plan that says homes must be insulated.",
        ])
        #expect(a.claims.map(\.speaker) == ["Tawila Front", "Tawila Front"], "\(a.claims.map { "\($0.speaker): \($0.text)" })")
        #expect(a.claims.map(\.text) == ["it protects farmers", "the police had started the fire."])
    }

    @Test("'but the firm that runs the app says ...', 'the company behind the country's biggest app says ...': the body speaks, after its cue")
    func bodyWithPostModifier() {
        let a = analyze([
            "Skoot runs the city's busiest delivery app.",
            "Riders struck on Friday, but the firm that runs the app says most riders barely noticed.",
            "Riders struck again on Saturday, but the company behind the country's second-largest delivery app says few riders joined.",
        ])
        #expect(a.claims.map(\.text) == ["most riders barely noticed.", "few riders joined."], "\(a.claims.map { "\($0.speaker): \($0.text)" })")
        #expect(!a.claims.contains { $0.speaker.contains("runs") || $0.speaker.contains("behind") }, "\(a.claims.map(\.speaker))")
        // "that" before a source, not a verb: the source after it speaks.
        let b = analyze(["The two banks gave conflicting readings, a rare public split that analysts said could unsettle investors."])
        #expect(b.claims.map(\.speaker) == ["analysts"], "\(b.claims.map(\.speaker))")
    }

    @Test("a quotation inside a sentence already claimed by its speaker is no second claim")
    func quoteInsideReportedSentence() {
        let a = analyze([
            "The Sahel Shield Forces said the strike was “a deliberate massacre of starving people” and a “war crime in broad daylight”.",
        ])
        #expect(a.claims.count == 1, "\(a.claims.map(\.text))")
    }
}

@Suite("Claims: radio and television transcripts")
struct TranscriptLayoutTests {
    @Test("a speaker's label in capitals makes each sentence after it theirs; a host's or reporter's turn narrates")
    func speakerTurns() throws {
        let a = analyze([
            "LEILA FARROW, HOST:",
            "Small districts have dropped Friday classes. Dana Whitcomb reports.",
            "DANA WHITCOMB, BYLINE: Superintendent Gail Ostrander says it was the best decision in a decade.",
            "GAIL OSTRANDER: We were losing teachers every single spring. Since the switch, we haven't lost a single one.",
            "WHITCOMB: Teacher Bryce Hollenbeck has taught science in Timpas for nine years.",
            "BRYCE HOLLENBECK: Three of my colleagues left last spring.",
        ])
        let turns = a.claims.filter { $0.quoted }.map { "\($0.speaker): \($0.text)" }
        #expect(turns == [
            "Gail Ostrander: We were losing teachers every single spring.",
            "Gail Ostrander: Since the switch, we haven't lost a single one.",
            "Bryce Hollenbeck: Three of my colleagues left last spring.",
        ], "\(a.claims.map { "\($0.speaker): \($0.text)" })")
        #expect(!a.claims.contains { $0.speaker.contains("Whitcomb") && $0.quoted })
    }

    @Test("labels: names in capitals with an optional role; no label in ordinary prose or fact-check tags")
    func labels() {
        #expect(TranscriptLayout.label("GAIL OSTRANDER: We were") == .init(name: "GAIL OSTRANDER", role: nil, length: 16))
        #expect(TranscriptLayout.label("DANA WHITCOMB, BYLINE: On a Friday")?.role == "BYLINE")
        #expect(TranscriptLayout.label("The minister said: we will not yield.") == nil)
        #expect(TranscriptLayout.label("HOAX: The vaccine contains a chip.") == nil)
    }

    @Test("an article with one capitalised label and no narrator is no transcript")
    func notATranscript() {
        let a = analyze(["UPDATE: Police said the road had reopened.", "The driver was taken to hospital, police said."])
        #expect(a.claims.allSatisfy { $0.speaker.lowercased() == "police" }, "\(a.claims.map { "\($0.speaker): \($0.text)" })")
    }
}
