import Testing
@testable import NewsModel

/// One constructed sentence per claim rule, with the exact speaker and text expected.
@Suite("Claim rules: who said what in English news prose")
struct ClaimRulesTests {
    @Test("'on Aug. 3' is one date: a month's abbreviation before a number ends no sentence")
    func monthAbbreviation() throws {
        let a = analyze(["The airline said a mechanic reported the fault on Sept. 14 and that the jet was grounded the next day."])
        let c = try #require(a.claim(containing: "reported the fault"))
        #expect(c.speaker == "The airline")
        #expect(c.text.contains("Sept. 14 and that the jet was grounded"), "\(c.text)")
    }

    @Test("a roundup's heading naming one person gives them the quotations under it that have no attribution")
    func roundupHeading() throws {
        let a = analyze([
            "Here is what the ministers said this weekend:",
            "Finance Minister Ana Ruiz on Morning Report",
            "“The harbour tax will not rise this year, and nobody in this government has asked for it.” (Watch)",
            "“We will publish every figure before the vote so that people can judge for themselves.” (Watch)",
            "The programme also spoke to fishermen in the port.",
            "“Nobody asked us about the quay before they started building it, and now it is too short.”",
        ])
        let kinds = a.articles[0].article.paragraphs.map(\.kind)
        try #require(kinds[1] == .heading, "\(kinds)")
        #expect(try #require(a.claim(containing: "harbour tax will not rise")).speaker == "Ana Ruiz")
        #expect(try #require(a.claim(containing: "publish every figure")).speaker == "Ana Ruiz")
        // (A paragraph that is no quotation ends the heading's run.)
        #expect(a.claim(containing: "Nobody asked us")?.speaker != "Ana Ruiz")
    }

    @Test("quotations signed on the line after them are the signer's ('– Harbour Commissioner Ana Ruiz')")
    func signatureLine() throws {
        let a = analyze([
            "“Today the harbour reopened to every ship, and the fees we charge will not rise this year.",
            "“We thank the crews who kept the port running through the storm.”",
            "– Harbour Commissioner Ana Ruiz",
        ])
        #expect(try #require(a.claim(containing: "fees we charge will not rise")).speaker == "Ana Ruiz")
        #expect(try #require(a.claim(containing: "thank the crews")).speaker == "Ana Ruiz")
    }

    @Test("'The following is a statement from X': the quotations after it are X's")
    func statementIntroducer() throws {
        let a = analyze([
            "Six fishing boats returned to port on Monday. The following is a statement from the harbour commissioner, Ana Ruiz, on the rescue.",
            "“Every crew is safe, and the coast guard deserves the thanks of the whole town.”",
        ])
        #expect(try #require(a.claim(containing: "Every crew is safe")).speaker == "Ana Ruiz")
    }

    @Test("before a colon and a quotation, what is said starts after the cue, not at the speaker")
    func clauseBeforeColon() throws {
        let a = analyze(["Mayor Ana Ruiz said she had arranged a meeting between the two unions: “I thought they should first meet on their own.”"])
        #expect(try #require(a.claim(containing: "arranged a meeting")).text == "she had arranged a meeting between the two unions")
        // (An attribution set off by a comma keeps what comes before it.)
        let b = analyze(["The harbour fees were raised twice without notice, fishermen told the council on Monday: “We found out from the bill.”"])
        #expect(try #require(b.claim(containing: "fees were raised")).text == "The harbour fees were raised twice without notice")
    }

    @Test("what is said starts after the cue when words stand between speaker and cue, or a clause opens before the speaker")
    func contentAfterTheCue() throws {
        let a = analyze(["Harbour spokeswoman Ana Ruiz had previously cautioned that any new quay would need a permit.",
                         "His remarks came as the harbour authority announced on Saturday that the old quay would close in June."])
        #expect(try #require(a.claim(containing: "new quay would need")).text == "any new quay would need a permit.")
        #expect(try #require(a.claim(containing: "old quay would close")).text == "the old quay would close in June.")
    }

    @Test("a label in capitals, a subject of two parties and an aside before 'that' are no part of what is said")
    func labelCoordinationAside() throws {
        let a = analyze(["UPDATE: The harbour fees were raised twice without notice, the fishermen's union told the council.",
                         "Local traders and several fishermen claimed the new quay was too short for trawlers.",
                         "The harbour board claimed, without checking the tide tables, that the quay was long enough."])
        #expect(try #require(a.claim(containing: "fees were raised")).text.hasPrefix("The harbour fees were raised twice"))
        #expect(try #require(a.claim(containing: "too short for trawlers")).text == "the new quay was too short for trawlers.")
        #expect(try #require(a.claim(containing: "long enough")).text == "the quay was long enough.")
    }

    @Test("'according to the coach, Ana Ruiz,' is Ana Ruiz; after 'but', what the second speaker said starts after the cue")
    func appositiveSourceAndBut() throws {
        let a = analyze(["According to the team's coach, Ana Ruiz, the robot won its first match easily.",
                         "Officials have not said why the visas were refused, but harbour commissioner Tomas Berg said the forms were late."])
        #expect(try #require(a.claim(containing: "robot won")).speaker == "Ana Ruiz")
        let c = try #require(a.claim(containing: "forms were late"))
        #expect(c.speaker == "Tomas Berg")
        #expect(c.text == "the forms were late.")
    }

    @Test("a long opening phrase set off by a comma is said by nobody ('With the work almost complete, X announced ...')")
    func longOpeningPhrase() throws {
        let a = analyze(["With the rebuilding of the old harbour wall almost complete, the port authority announced that the quay would reopen in May."])
        #expect(try #require(a.claim(containing: "quay would reopen")).text == "the quay would reopen in May.")
    }

    @Test("a word of a name is no reporting verb ('The United States and Norway have agreed')")
    func nameWordIsNoCue() throws {
        let a = analyze(["The United States and Norway have agreed to keep the strait open to all shipping."])
        #expect(a.articles[0].claims.isEmpty, "\(a.articles[0].claims.map { "\($0.speaker): \($0.text)" })")
        // (The same word as a verb still reports.)
        let b = analyze(["The ministry states that the strait will stay open to all shipping."])
        #expect(try #require(b.claim(containing: "strait will stay open")).speaker == "The ministry")
    }

    @Test("\"they\" stands for the last group, not a single person")
    func theyIsAGroup() throws {
        let a = analyze([
            "Mayor Tomas Berg opened the harbour on Monday.",
            "Local fishermen say the new quay is too short for their boats. They say the council ignored their advice.",
        ])
        let c = try #require(a.claim(containing: "the council ignored"))
        #expect(c.speaker == "Local fishermen")
    }

    @Test("\"she\" passes over a man the article names by 'Mr' to the woman before him")
    func sheFindsTheWoman() throws {
        let a = analyze([
            "Ms Adeyemi said she had spoken to nine tenants.",
            "Mr Lindgren suggested she had made up her mind first.",
            #""I listened to every one of them," she said."#,
        ])
        let c = try #require(a.claim(containing: "listened"))
        #expect(c.speaker.contains("Adeyemi"), "\(c.speaker)")
    }

    @Test("\"he\" passes over a woman known by her given name")
    func heFindsTheMan() throws {
        let a = analyze([
            "Tomas Berg said the port would close.",
            "Olivia Grant disagreed with the plan.",
            #""We will appeal," he said."#,
        ])
        let c = try #require(a.claim(containing: "appeal"))
        #expect(c.speaker == "Tomas Berg")
    }

    @Test("\"he\" prefers the subject of the previous sentence to the last person named")
    func heIsThePreviousSubject() throws {
        let a = analyze(["Senator Paul Amsel met Mayor Tomas Berg in the town hall. He said the port would stay open."])
        let c = try #require(a.claim(containing: "port would stay open"))
        #expect(c.speaker == "Paul Amsel")
    }

    @Test("the head noun before a participle modifier is the speaker, not the name inside the modifier")
    func headBeforeParticiple() throws {
        let a = analyze(["A confidential memo seen by Reuters says the plant will close in June."])
        let c = try #require(a.claim(containing: "plant will close"))
        #expect(c.speaker == "confidential memo")
    }

    @Test("an unnamed source is the phrase as written, not the name inside it")
    func unnamedSource() throws {
        let a = analyze(["Two people familiar with Westbourne's position said the offer had never exceeded 35 million euros."])
        let c = try #require(a.claim(containing: "never exceeded"))
        #expect(c.speaker == "Two people familiar with Westbourne's position")
    }

    @Test("a reported clause goes on after a partial quote, and ', and warned that ...' is a second claim without 'that'")
    func clauseAfterPartialQuote() throws {
        let a = analyze([#"The committee said the fall was "driven mainly by a stronger currency" rather than by policy, and warned that overruns had reached 3 billion."#])
        let first = try #require(a.claim(containing: "driven mainly"))
        #expect(first.text == #"the fall was "driven mainly by a stronger currency" rather than by policy"#)
        let second = try #require(a.claim(containing: "overruns"))
        #expect(second.cue == "warned")
        #expect(second.text == "overruns had reached 3 billion.")
        #expect(second.speaker == first.speaker)
    }

    @Test("'X said A, and added that B': B is X's claim, without 'that'")
    func addedThat() throws {
        let a = analyze(["Mayor Tom Berg said the bridge was safe, and added that repairs would finish in May."])
        let added = try #require(a.claim(containing: "repairs"))
        #expect(added.text == "repairs would finish in May.")
        #expect(added.cue == "added")
        #expect(added.speaker == "Tom Berg")
    }

    @Test("a speaker set off by a relative clause: what was said comes after the cue")
    func speakerBeforeRelativeClause() throws {
        let a = analyze([
            "Marta Lindqvist, whose party leads the coalition, said she would resign on Wednesday.",
            "The ministry, which drafted the bill, said the cap would hold.",
        ])
        let resign = try #require(a.claim(containing: "resign"))
        #expect(resign.speaker == "Marta Lindqvist")
        #expect(resign.text == "she would resign on Wednesday.")
        let cap = try #require(a.claim(containing: "cap would hold"))
        #expect(cap.speaker == "The ministry")
        #expect(cap.text == "the cap would hold.")
    }

    @Test("'said in a written response to questions from Reuters that X' is X")
    func longPrepositionalPhraseBeforeThat() throws {
        let a = analyze(["The transport ministry said in an emailed reply to questions from the Associated Press that fares would rise 4 percent."])
        let c = try #require(a.claim(containing: "4 percent"))
        #expect(c.text == "fares would rise 4 percent.")
    }

    @Test("'The 49-year-old former farmer said' is the person the paragraph is about")
    func personByAge() throws {
        let a = analyze(["Marta Lindqvist blamed the prime minister. The 62-year-old retired teacher said the talks had been rigged."])
        let c = try #require(a.claim(containing: "rigged"))
        #expect(c.speaker == "Marta Lindqvist")
    }

    @Test("reported speech inside reported speech: 'X said Y had told her that \"...\"' is X's, from Y's words on")
    func reportedSpeechInsideReportedSpeech() throws {
        let a = analyze([#"Marta Lindqvist said Berg had told her on Monday that "the council will manage without your votes"."#])
        let c = try #require(a.claim(containing: "manage without"))
        #expect(c.speaker == "Marta Lindqvist")
        #expect(c.text.hasPrefix("Berg had told her"))
    }

    @Test("the subject after an opening participle clause is who 'he' is next")
    func subjectAfterParticipleClause() throws {
        let a = analyze([#"Senator Paul Amsel met Mayor Tomas Berg. Asked about the budget, Berg was blunt. "We have no money left," he said."#])
        let c = try #require(a.claim(containing: "no money"))
        #expect(c.speaker == "Tomas Berg")
    }

    @Test("a quote signed with a dash, the name up to the first comma ('— Curtis Hollands, candidate for ..., in a video')")
    func dashSignedQuoteWithDescription() throws {
        let a = analyze([#"CLAIM: "Burglaries have doubled since the sheriff was elected." — Dana Whitfield, candidate for county sheriff, in a radio advert aired Oct. 2."#])
        let c = try #require(a.claim(containing: "Burglaries"))
        #expect(c.speaker == "Dana Whitfield")
        #expect(c.text == "Burglaries have doubled since the sheriff was elected.")
    }

    @Test("a reporting verb after an appositive ('Mr Castellano, 54, claims ...') is a verb, not the noun 'claims'")
    func verbAfterAppositive() throws {
        let a = analyze(["Mr Okafor, 61, claims the reports were false."])
        let c = try #require(a.claim(containing: "reports were"))
        #expect(c.cue == "claimed")
        #expect(c.text == "the reports were false.")
    }

    @Test("'put it to her that X' in court and 'was quoted by a paper as saying X' are claims")
    func putItToAndQuotedAsSaying() throws {
        let a = analyze([
            "Counsel Mark Devlin put it to her that only two of the drivers had seen the crash.",
            "Its chairman, Pieter Vos, was quoted by the newspaper NRC as saying he regretted the vote.",
        ])
        let put = try #require(a.claim(containing: "only two"))
        #expect(put.speaker == "Mark Devlin")
        #expect(put.text == "only two of the drivers had seen the crash.")
        let quoted = try #require(a.claim(containing: "regretted"))
        #expect(quoted.speaker == "Pieter Vos")
        #expect(quoted.text == "he regretted the vote.")
    }

    @Test("', saying X' after a relative clause that reports nothing is the sentence subject's")
    func sayingAfterRelativeClause() throws {
        let a = analyze(["Union leader Sandra Kowalczyk raised concerns about the pension scheme, which has about 11,000 members, saying a buyout would put the pensions at risk."])
        let c = try #require(a.claim(containing: "buyout"))
        #expect(c.speaker == "Sandra Kowalczyk")
    }

    @Test("'According to the figures the police department publishes, X': the body that publishes them")
    func accordingToABodysDocument() throws {
        let a = analyze(["According to the monthly figures the Leeds City Council publishes online, the waiting list grew to 3,100 families."])
        let c = try #require(a.claim(containing: "3,100"))
        #expect(c.speaker == "Leeds City Council")
        #expect(c.cue == "according to")
    }

    @Test("a body or group before 'in <place>' is the source as written, speaking for its country")
    func bodyInAPlace() throws {
        let a = analyze(["France's embassy in Nairobi said it was deeply concerned by the arrests.", "Several European consulates in Karachi said they were following the case."])
        let france = try #require(a.claim(containing: "deeply concerned"))
        #expect(france.speaker == "France's embassy in Nairobi")
        #expect(france.speakerSide == "country/fr")
        let europe = try #require(a.claim(containing: "following the case"))
        #expect(europe.speaker == "Several European consulates in Karachi")
    }

    @Test("a role with nobody named yet ('The mayor said') is the source as written")
    func roleWithNobodyNamed() throws {
        let a = analyze(["The mayor said the bridge was safe."])
        let c = try #require(a.claim(containing: "bridge was safe"))
        #expect(c.speaker == "The mayor")
        #expect(c.speakerEntity == nil)
    }

    @Test("'told the Federal Court X', 'told Reuters X': what was told, without whom it was told to")
    func toldABodyOrOutlet() throws {
        let a = analyze(["Senator Paul Amsel told the Federal Court he had never seen the letter.", "Amsel told Reuters the plan was dead."])
        #expect(try #require(a.claim(containing: "never seen")).text == "he had never seen the letter.")
        #expect(try #require(a.claim(containing: "plan was dead")).text == "the plan was dead.")
    }

    @Test("'A critic being sued by X has told ...': the speaker is the critic, not X")
    func speakerBeforeBeing() throws {
        let a = analyze(["A blogger being sued by developer Ian Crowe has told the court she interviewed nine tenants."])
        let c = try #require(a.claim(containing: "nine tenants"))
        #expect(c.speaker == "blogger")
    }

    @Test("'told reporters he was innocent': what was told, without the audience")
    func toldAnAudience() throws {
        let a = analyze(["Senator Paul Amsel told reporters he was innocent."])
        let c = try #require(a.claim(containing: "innocent"))
        #expect(c.text == "he was innocent.")
        #expect(c.cue == "told")
    }

    @Test("a body's former employee is a source as written, not the body")
    func formerEmployee() throws {
        let a = analyze(["Harbour Freight Ltd. opened a depot.", "A former Harbour Freight driver said the depot had no fire exits."])
        let c = try #require(a.claim(containing: "no fire exits"))
        #expect(c.speaker == "former Harbour Freight driver")
        #expect(c.speakerEntity == nil)
    }

    @Test("a source granted anonymity in a 'who' clause is the phrase before it")
    func anonymityClause() throws {
        let a = analyze([
            "A senior official, who spoke on condition of anonymity, said the talks had collapsed.",
            "A diplomat who was not authorised to speak publicly said the ceasefire would hold.",
        ])
        #expect(try #require(a.claim(containing: "talks had collapsed")).speaker == "senior official")
        #expect(try #require(a.claim(containing: "ceasefire would hold")).speaker == "diplomat")
    }

    @Test("', saying ...' after a clause that reports nothing is said by the sentence's subject")
    func sayingAfterAnAct() throws {
        let a = analyze(["SYDNEY - Verdana Naturals withdrew the advertisement on Friday, saying the trial had been misread."])
        let c = try #require(a.claim(containing: "trial had been misread"))
        #expect(c.speaker == "Verdana Naturals")
        #expect(c.text == "the trial had been misread.")
    }

    @Test("a dateline is no speaker; a name a day away from its verb still speaks ('Kirui on Friday denied')")
    func datelineAndDay() throws {
        let a = analyze(["ELDORET, Kenya -- Kenyan marathon runner Mercy Kirui on Friday denied taking a banned substance, saying a supplement was to blame and accusing investigators of mishandling her sample."])
        #expect(try #require(a.claim(containing: "banned substance")).speaker == "Mercy Kirui")
        let saying = try #require(a.claim(containing: "supplement was to blame"))
        #expect(saying.speaker == "Mercy Kirui" && saying.text == "a supplement was to blame")
        let accusing = try #require(a.claim(containing: "mishandling"))
        #expect(accusing.speaker == "Mercy Kirui" && accusing.cue == "accused")
    }

    @Test("'Residents of a Norwich suburb' are the residents, not the town")
    func groupOfPlace() throws {
        let a = analyze(["NORWICH, England - Residents of a Norwich suburb have vowed to fight the plan, accusing the council of ignoring their objections."])
        #expect(try #require(a.claim(containing: "ignoring their objections")).speaker == "Residents")
    }

    @Test("'X dismissed a newspaper report that ... as nonsense': the report's claim inside X's denial")
    func deniedReportThat() throws {
        let a = analyze(["Kirui's agent, Tom Keller, dismissed a newspaper report that she had missed two earlier tests as \"nonsense.\""])
        let report = try #require(a.claims.first { $0.cue == "reported" })
        #expect(report.speaker == "newspaper report" && report.text == "she had missed two earlier tests")
        let denial = try #require(a.claims.first { $0.speaker == "Tom Keller" })
        #expect(denial.text.contains("nonsense"))
        #expect(a.conflicts.contains { $0.a == report.id && $0.b == denial.id && $0.kind == .denial })
    }

    @Test("'The ministry' with no ministry named before is a source as written")
    func bodyAsWritten() throws {
        let a = analyze(["The ministry said 40 people had died in the floods."])
        #expect(try #require(a.claim(containing: "40 people")).speaker == "The ministry")
    }

    @Test("'The ministry hit back, saying ...' and 'X maintained that ...'")
    func hitBackAndMaintained() throws {
        let a = analyze([
            "The ministry hit back in a statement on Wednesday, saying the core measure was not the official inflation rate.",
            "Savannah Link Airways maintained that the crew had rested for ten hours.",
        ])
        #expect(try #require(a.claim(containing: "core measure")).speaker == "The ministry")
        let m = try #require(a.claim(containing: "crew had rested"))
        #expect(m.speaker == "Savannah Link Airways" && m.cue == "insisted")
    }

    @Test("'criticized X for ...' is a claim that charges X; 'attract criticism' is none")
    func criticizedCue() throws {
        let a = analyze(["The report also criticized the company for storing bank details without encryption.",
                         "Media have said the questionnaires attract criticism from both sides."])
        let c = try #require(a.claim(containing: "storing bank details"))
        #expect(c.speaker == "The report" && c.cue == "criticized")
        #expect(a.claim(containing: "attract criticism")?.cue == "said")
    }

    @Test("a paraphrase's text is what was said, without the reporting clause")
    func paraphraseContent() throws {
        let a = analyze([
            "Council leader Marcus Fenwick said 35 percent of the homes would be affordable.",
            "Linda Harcourt told about 300 people at a meeting that the figure was misleading.",
            "The ministry said in a statement that the border would reopen on Monday.",
        ])
        #expect(try #require(a.claim(containing: "35 percent")).text == "35 percent of the homes would be affordable.")
        #expect(try #require(a.claim(containing: "figure was misleading")).text == "the figure was misleading.")
        #expect(try #require(a.claim(containing: "border would reopen")).text == "the border would reopen on Monday.")
    }

    @Test("'she' after 'Her mother, Karen Mitchell, ...' is Karen Mitchell; '27-year-old Aroha Mitchell' is a name with an age")
    func appositiveSubjects() throws {
        let a = analyze([
            "Hamish Ward, who led the search, said the hikers had done everything right.",
            "One of the hikers, 27-year-old Aroha Mitchell, said the group never felt in danger.",
            "Her mother, Karen Mitchell, who raised the alarm, thanked the searchers. \"They did not stop,\" she said.",
        ])
        #expect(try #require(a.claim(containing: "never felt in danger")).speaker == "Aroha Mitchell")
        #expect(try #require(a.claim(containing: "did not stop")).speaker == "Karen Mitchell")
    }

    @Test("'the Toronto-based company' is the company, not Toronto; 'The ministry' is not the bank named before")
    func basedAndOtherBody() throws {
        let a = analyze([
            "Kestrel Mobile Inc. said it was reviewing the findings.",
            "In a statement, the Toronto-based company said about 1.2 million accounts had been affected.",
            "The Bank of Ghana said inflation was high. The ministry said it had not borrowed beyond its limits.",
        ])
        #expect(try #require(a.claim(containing: "1.2 million")).speaker == "Kestrel Mobile Inc.")
        #expect(try #require(a.claim(containing: "not borrowed")).speaker == "The ministry")
    }

    @Test("a country's body ('Ecuador's foreign ministry') is the source as written, speaking for the country")
    func countryBody() throws {
        let a = analyze(["LUSAKA - Zambia's main opposition party on Monday accused election officials of stuffing ballot boxes.",
                         "Ecuador's foreign ministry said the soldiers were arrested inside Ecuador."])
        let party = try #require(a.claim(containing: "stuffing ballot boxes"))
        #expect(party.speaker == "Zambia's main opposition party" && party.speakerEntity == nil && party.speakerSide == "country/zm")
        let ministry = try #require(a.claim(containing: "arrested inside"))
        #expect(ministry.speaker == "Ecuador's foreign ministry" && ministry.speakerSide == "country/ec")
    }

    @Test("an aside between commas, a body after the name, and 'the ministry' after a country's ministry")
    func asidesAndBodies() throws {
        let a = analyze([
            "Adriana Mejía Castro spoke in Bogotá. Mejía, in turn, accused Ecuador of turning a blind eye to armed groups.",
            "A third scientist, Dr. Samuel Osei-Bonsu of the Global Reef Monitoring Consortium, said the result was interesting.",
            "Rwanda's foreign ministry said it had no involvement. The ministry said Congo was using Rwanda as a scapegoat.",
        ])
        #expect(try #require(a.claim(containing: "blind eye")).speaker == "Adriana Mejía Castro")
        #expect(try #require(a.claim(containing: "result was interesting")).speaker == "Samuel Osei-Bonsu")
        #expect(try #require(a.claim(containing: "scapegoat")).speaker == "Rwanda's foreign ministry")
    }

    @Test("'disputed' is a cue that disputes")
    func disputedCue() throws {
        let a = analyze(["The report said the plane touched down 640 metres beyond the threshold.", "Savannah Link disputed the touchdown figure."])
        let c = try #require(a.claim(containing: "disputed the touchdown"))
        #expect(c.cue == "disputed" && c.disputes)
    }

    @Test("a cue word after a verb is a noun: no claim")
    func nounNotVerb() {
        let a = analyze(["The storm has prompted calls for better sea walls along the coast."])
        #expect(a.claims.isEmpty)
    }

    @Test("a quote after a colon belongs to the clause's subject, not the name nearest the colon")
    func colonQuoteBySubject() throws {
        let a = analyze(["Senator Paul Amsel defended the delay, as no decision from Mayor Tomas Berg is due yet: “We are working as fast as we can on it.”"])
        let c = try #require(a.claim(containing: "working as fast"))
        #expect(c.speaker == "Paul Amsel")
    }

    @Test("an appositive between the speaker and the verb")
    func appositive() throws {
        let a = analyze(["Senator Paul Amsel, chair of the harbour committee, says the quay must be rebuilt before winter."])
        let c = try #require(a.claim(containing: "quay must be rebuilt"))
        #expect(c.speaker == "Paul Amsel")
        #expect(c.cue == "said")
    }

    @Test("a quote continued in its own paragraph keeps the speaker")
    func quoteContinuedInNextParagraph() throws {
        let a = analyze([
            "“The repairs will take a year and cost more than planned,” Mayor Tomas Berg said.",
            "“We have asked the government for help with the bill and we expect an answer soon.”",
        ])
        let c = try #require(a.claim(containing: "asked the government"))
        #expect(c.speaker == "Tomas Berg")
        #expect(c.quoted)
    }

    @Test("an attribution closing a paragraph (\"X stated,\") gives the next paragraph's quote its speaker")
    func openAttribution() throws {
        let a = analyze([
            "The council met on Tuesday. Mayor Tomas Berg stated,",
            "“The harbour will reopen once the divers have checked every mooring.”",
        ])
        #expect(a.claim(containing: "stated,") == nil)
        let c = try #require(a.claim(containing: "divers have checked"))
        #expect(c.speaker == "Tomas Berg")
        #expect(c.cue == "stated")
    }

    @Test("a second quote in the paragraph, standing alone, continues the speaker")
    func secondQuoteInParagraph() throws {
        let a = analyze(["Mayor Tomas Berg said the repairs were urgent. “Every week of delay costs the fishermen money.”"])
        let c = try #require(a.claim(containing: "Every week of delay"))
        #expect(c.speaker == "Tomas Berg")
    }

    @Test("a quote inside a reported clause: the clause is the claim, and the clause before is kept")
    func nestedQuote() throws {
        let a = analyze(["Senator Paul Amsel said the tax was fair, and said it was “the only way to pay for the schools” in the region."])
        let first = try #require(a.claim(containing: "the tax was fair"))
        #expect(first.speaker == "Paul Amsel")
        let second = try #require(a.claim(containing: "it was “the only way to pay for the schools”"))
        #expect(second.speaker == "Paul Amsel")
        #expect(!second.quoted)
    }

    @Test("new cues: recommends, called for, dubbed")
    func newCues() throws {
        let a = analyze([
            "Senator Paul Amsel recommends that every school should test its water.",
            "Mayor Tomas Berg called for a full inquiry into the flooding.",
        ])
        #expect(a.claim(containing: "test its water")?.cue == "recommended")
        #expect(a.claim(containing: "full inquiry")?.cue == "called for")
    }

    @Test("a gerund after the clause: \"with X reporting\" gives X the rest of the sentence")
    func withGerund() throws {
        let a = analyze(["Harbour officials tell local radio every request will be reviewed quickly, with the Courier reporting no ship will be turned away."])
        let first = try #require(a.claim(containing: "every request"))
        #expect(first.speaker == "Harbour officials")
        #expect(!first.text.contains("turned away"))
        let second = try #require(a.claim(containing: "no ship will be turned away"))
        #expect(second.speaker == "the Courier")
        #expect(second.cue == "reported")
    }

    @Test("a relative clause: \"which X rejects\"")
    func relativeClause() throws {
        let a = analyze(["The plan was said to favour large ports, which Senator Paul Amsel rejects, and to cost too much."])
        let c = try #require(a.claims.first { $0.text.hasPrefix("which") })
        #expect(c.speaker == "Paul Amsel")
        #expect(c.text == "which Senator Paul Amsel rejects")
    }

    @Test("lone group sources: \"Officials\", \"media\"")
    func groupSources() throws {
        let a = analyze(["Officials say the bridge is safe. But media have said the inspection was rushed."])
        #expect(a.claim(containing: "bridge is safe")?.speaker == "Officials")
        #expect(a.claim(containing: "inspection was rushed")?.speaker == "media")
    }

    @Test("a pull quote signed with a dash")
    func dashPullQuote() throws {
        let a = analyze(["“Nobody in this town has ever seen a winter like this one.” - Mayor Tomas Berg"])
        let c = try #require(a.claim(containing: "Nobody in this town"))
        #expect(c.speaker == "Tomas Berg")
        #expect(c.cue == "quote")
    }

    @Test("\"according to\" inside a that-clause, with a participle after the source")
    func buriedAccordingTo() throws {
        let a = analyze(["The Courier has learned that according to a statement issued late on Friday, the ferry will stop running in May."])
        let c = try #require(a.claim(containing: "ferry will stop"))
        #expect(c.speaker == "statement")
        #expect(c.cue == "according to")
    }

    @Test("'she' after 'The court heard from X, who ...' is X, not the woman who spoke before")
    func pronounForIntroducedPerson() throws {
        let a = analyze([
            "Ana Ruiz said the ledgers had been altered.",
            "The court has also heard from Marta Lind, who ran the office until 2022. She told the judge that the ledgers were checked every week.",
        ])
        let c = try #require(a.claim(containing: "checked every week"))
        #expect(c.speaker == "Marta Lind")
    }

    @Test("'the official said' is the source named with that role before, not the last person named")
    func roleNamedBefore() throws {
        let a = analyze([
            "Ana Ruiz said the cap had been watered down.",
            "A senior official in the Harbour Workers Federation, who asked not to be named, said the ships had been booked. \"Nobody books ships for a strike they plan to call off,\" the official said.",
        ])
        let c = try #require(a.claim(containing: "Nobody books ships"))
        #expect(c.speaker != "Ana Ruiz")
        #expect(c.speaker == a.claim(containing: "ships had been booked")?.speaker)
    }

    @Test("'the minister' is the one named as 'Health Secretary' before, one office by two names, not the last person named")
    func oneOfficeTwoNames() throws {
        let a = analyze([
            "Health Secretary Mari Evans said waiting lists had shortened.",
            "Dr Owen Price, who chairs the doctors' committee, said the figures were wrong.",
            "The minister described the new plan as the biggest investment in a generation.",
        ])
        let c = try #require(a.claim(containing: "biggest investment"))
        #expect(c.speaker == "Mari Evans")
    }

    @Test("'..., in which she alleged that X': X is the claim, commas and all")
    func relativeClauseWithThat() throws {
        let a = analyze(["Mara Lind is being sued over two articles, in which she alleged that cooks at the Harbour Grill, a Dover restaurant, were paid late."])
        let c = try #require(a.claims.first)
        #expect(c.speaker == "Mara Lind")
        #expect(c.text == "cooks at the Harbour Grill, a Dover restaurant, were paid late.")
    }

    @Test("'(Hours later,) the committee kept its rate at 4 percent and said X' says X; 'put its losses at three and said X' says both")
    func actAndSaid() throws {
        let act = analyze(["Hours later, the Harbour Bank's rate committee kept its main lending rate at 4 percent and said wage pressures remained high."])
        #expect(act.claims.map(\.text) == ["wage pressures remained high."])
        let stated = analyze(["The Dock Workers Union put its own losses at three members and said that more than 60 guards had left."])
        let c = try #require(stated.claims.first)
        #expect(c.text.hasPrefix("The Dock Workers Union put its own losses"))
    }

    @Test("'Meanwhile, X, director of a department at Norway's ministry, told NRK that ...': X, for Norway")
    func appositiveAfterOpener() throws {
        let a = analyze(["Meanwhile, Tomas Berg, director of the Harbour Office at Norway’s Fisheries Ministry, told NRK that the quota had been broken 40 times."])
        let c = try #require(a.claims.first)
        #expect(c.speaker == "Tomas Berg")
        #expect(c.speakerSide == "country/no")
        #expect(c.text == "the quota had been broken 40 times.")
    }

    @Test("a lone plural noun of people opening the sentence ('Traders said ...') is a source")
    func lonePluralSource() throws {
        let a = analyze(["Traders said footfall had fallen while the bridge was shut."])
        #expect(analyze(["Shippers have warned that a stoppage would hit exports of grain."]).claims.first?.speaker == "Shippers")
        let c = try #require(a.claims.first)
        #expect(c.speaker == "Traders")
        #expect(c.text == "footfall had fallen while the bridge was shut.")
    }

    @Test("'One of the company's largest investors, who asked not to be named, said ...': some of a group is a source")
    func someOfAGroup() throws {
        let a = analyze(["But one of the company’s ten largest investors, who asked not to be named, said the board would be wise to engage."])
        let c = try #require(a.claims.first)
        #expect(c.speaker == "one of the company’s ten largest investors")
        #expect(c.text == "the board would be wise to engage.")
    }

    @Test("'X, which confirmed on Monday that Y, said Z': two claims by X")
    func whichConfirmedThat() throws {
        let a = analyze(["Northgate Freight Ltd, which confirmed on Monday that it had made three offers since July, said its latest offer was fair."])
        let texts = a.claims.filter { $0.speaker.hasPrefix("Northgate") }.map(\.text)
        #expect(texts.contains("it had made three offers since July"), "\(texts)")
        #expect(texts.contains("its latest offer was fair."), "\(texts)")
    }

    @Test("'In the town of X, the port nearest the reef, fisherman Name, 52, said by phone that Y': Name said Y")
    func describedNameWithAgeAfterOpener() throws {
        let a = analyze(["In the fishing town of Dunmore, the port nearest the reef, fisherman Peter Brady, 52, said by phone that foreign trawlers had kept local boats away from the bay."])
        let c = try #require(a.claims.first)
        #expect(c.speaker == "Peter Brady")
        #expect(c.text == "foreign trawlers had kept local boats away from the bay.")
    }

    @Test("'The chief engineer of the Dover and Deal Roads Authority, Peter Moore, said': Peter Moore speaks, for the authority")
    func roleOfBodyThenName() throws {
        let a = analyze(["The chief engineer of the Dover and Deal Roads Authority, Peter Moore, said the piers were sound. He said steel jackets had been fitted."])
        #expect(a.claims.count == 2)
        #expect(a.claims.allSatisfy { $0.speaker == "Peter Moore" && $0.speakerSide?.hasPrefix("organization/") == true },
                "\(a.claims.map { ($0.speaker, $0.speakerSide ?? "-") })")
    }

    @Test("'Health Minister X said ... The ministry said': the minister and the ministry are one side")
    func ministerSpeaksForMinistry() throws {
        let a = analyze([
            "Health Minister Lorna Vettori told senators that waiting lists had shrunk by a third since March.",
            "The ministry said the new clinics in Varese would open in the spring.",
        ])
        let minister = try #require(a.claim(containing: "waiting lists"))
        let ministry = try #require(a.claim(containing: "new clinics"))
        #expect(minister.speakerSide == "the health ministry", "\(minister.speakerSide ?? "-")")
        #expect(ministry.speakerSide == "the health ministry", "\(ministry.speakerSide ?? "-")")
    }

    @Test("'Deputy Governor X' just after the Reserve Bank of Malawi is named speaks for the bank")
    func governorOfTheBankJustNamed() throws {
        let a = analyze(["The Reserve Bank of Malawi held its policy rate on Tuesday. Deputy Governor Chikondi Banda said food prices were still climbing."])
        let c = try #require(a.claim(containing: "food prices"))
        #expect(c.speakerSide?.hasPrefix("organization/reserve-bank") == true, "\(c.speakerSide ?? "-")")
    }

    @Test("'The bank said' after the Reserve Bank of Malawi is named is that bank")
    func theBankIsTheBankNamed() throws {
        let a = analyze(["Economists expect the Reserve Bank of Malawi to hold rates.", "The bank said the kwacha had steadied in the past month."])
        let c = try #require(a.claim(containing: "kwacha"))
        #expect(c.speakerEntity?.hasPrefix("organization/reserve-bank") == true, "\(c.speaker)")
    }

    @Test("'A central bank official said' after the Reserve Bank of Malawi is named speaks for that bank")
    func bodyRoleAsWrittenHasTheBodysSide() throws {
        let a = analyze(["Economists expect the Reserve Bank of Malawi to hold rates.", "A central bank official said the kwacha had steadied in the past month."])
        let c = try #require(a.claim(containing: "kwacha"))
        #expect(c.speakerSide?.hasPrefix("organization/reserve-bank") == true, "\(c.speaker) \(c.speakerSide ?? "-")")
    }

    @Test("'the Lakeshore Credit Bank's lending committee ... the committee said': the committee speaks for the bank")
    func ownedBodySpeaksForItsOwner() throws {
        let a = analyze(["The Lakeshore Credit Bank named a new governor. Members of the Lakeshore Credit Bank's lending committee met on Tuesday.", "The Lilongwe Traders Association welcomed the meeting.", "The committee said the kwacha had steadied in the past month."])
        let c = try #require(a.claim(containing: "kwacha"))
        #expect(c.speakerSide?.hasPrefix("organization/lakeshore") == true, "\(c.speaker) \(c.speakerSide ?? "-")")
    }

    @Test("'A landlord being sued by X ... X's barrister said': in a civil case the lawyer of the one suing speaks for the claimant")
    func claimantsLawyerIsNotTheDefence() throws {
        let a = analyze([
            "A landlord being sued by builder Gordon Ashby told the court the extension had been left unfinished.",
            "Mr Ashby's barrister, Celia Monkton, said the work had been signed off in June.",
        ])
        let c = try #require(a.claim(containing: "signed off"))
        #expect(c.speakerSide == "the claimant", "\(c.speaker) \(c.speakerSide ?? "-")")
    }

    @Test("'The board was unmoved. Its spokeswoman, X, said': the body the sentence was about, not an organisation named before")
    func itsAfterABodySubject() throws {
        let a = analyze([
            "The Northfield Planning Board met on Monday to hear the appeal.",
            "The developer, Fenner, posted a video on YouTube on Sunday.",
            "The board was unmoved. Its spokeswoman, Alma Ruiz, said the appeal had been lodged a week late.",
        ])
        let c = try #require(a.claim(containing: "lodged a week late"))
        #expect(c.speakerSide?.contains("northfield") == true, "\(c.speaker) \(c.speakerSide ?? "-")")
    }

    @Test("'\"...,\" the agency's chief inspector, X, told reporters': the side has no quotation mark in it")
    func roleAfterAClosingQuote() throws {
        let a = analyze([
            "The Harbour Safety Agency opened an inquiry.",
            #""The mooring lines were worn through," the agency's chief inspector, Pavel Dunne, told reporters."#,
        ])
        let c = try #require(a.claim(containing: "mooring lines"))
        #expect(c.speakerSide?.hasPrefix("organization/") == true, "\(c.speaker) \(c.speakerSide ?? "-")")
    }

    @Test("'\"...,\" said his lawyer, Moses Kiplagat.': the person named after the role speaks, for the role's side")
    func invertedAttributionWithAppositiveName() throws {
        let a = analyze([
            "Prosecutors say the fan, Peter Ouma, threw a flare onto the pitch during the cup final.",
            #""The story that my client threw a flare is false," said his lawyer, Moses Kiplagat."#,
        ])
        let c = try #require(a.claim(containing: "threw a flare is false"))
        #expect(c.speaker == "Moses Kiplagat", "\(c.speaker)")
        #expect(c.speakerSide == "person/peter-ouma", "\(c.speakerSide ?? "-")")
    }

    @Test("'put the figure at 63 percent' is an estimate the subject gives; 'put the books on the table' is none")
    func putAFigureAtANumber() throws {
        let a = analyze(["The harbour board said 40 boats had sunk in the storm.",
                         "The fishermen's union put the figure at 63 boats.",
                         "Police put the number of protesters at 5,000.",
                         "The porter put the boxes of books on the table."])
        let union = try #require(a.claim(containing: "at 63 boats"))
        #expect(union.speaker == "The fishermen's union" && union.cue == "put" && union.text == "the figure at 63 boats.", "\(union.speaker) \(union.cue) \(union.text)")
        let police = try #require(a.claim(containing: "at 5,000"))
        #expect(police.speaker == "Police" && police.text == "the number of protesters at 5,000.", "\(police.speaker) \(police.text)")
        #expect(a.claim(containing: "on the table") == nil)
    }

    @Test("'Reed's family rejected ...': the family speaks, as written, for the person, not the person themself")
    func aPersonsFamilySpeaksForThem() throws {
        let a = analyze(["Police said Marcus Reed had pointed a gun at officers outside the store.",
                         "Reed's family said he had never owned a gun."])
        let c = try #require(a.claim(containing: "never owned a gun"))
        #expect(c.speaker == "Reed's family" && c.speakerEntity == nil, "\(c.speaker) \(c.speakerEntity ?? "-")")
        #expect(c.speakerSide == "person/marcus-reed", "\(c.speakerSide ?? "-")")
    }

    @Test("'said Dr X, who chairs the association's committee': the body the relative clause names is the side")
    func sideFromARelativeClause() throws {
        let a = analyze([
            "The Harbour Pilots' Association said the new quay was too short for trawlers.",
            #""The survey is wrong, and the board knows it is wrong," said Dr Elin Morgan, who chairs the association's safety committee."#,
        ])
        let c = try #require(a.claim(containing: "survey is wrong"))
        #expect(c.speaker == "Elin Morgan", "\(c.speaker)")
        #expect(c.speakerSide?.hasPrefix("organization/harbour-pilots") == true, "\(c.speakerSide ?? "-")")
    }

    @Test("an outlet a source talks to ('told The Associated Press') is a channel: 'their lawyer' later does not speak for it")
    func anOutletToldIsNoSide() throws {
        let a = analyze(["Tanya Brooks told The Associated Press that the ferry had left the harbour early. Their lawyer, Gregory Pike, said the crew was not at fault."])
        let c = try #require(a.claim(containing: "crew was not at fault"))
        #expect(c.speaker == "Gregory Pike")
        #expect(c.speakerSide?.contains("associated-press") != true, "\(c.speakerSide ?? "-")")
    }

    @Test("'X said Monday the average ...', 'said late Saturday that ...': when it was said is no part of what was said")
    func timeAfterTheCue() throws {
        let a = analyze(["Ferry spokesperson Anita Rehal said Monday the average deckhand earned $58,400 last year.",
                         "The union said late Saturday that talks had collapsed over pay."])
        #expect(try #require(a.claim(containing: "average deckhand")).text == "the average deckhand earned $58,400 last year.")
        #expect(try #require(a.claim(containing: "talks had collapsed")).text == "talks had collapsed over pay.")
    }

    @Test("'said its crews \"stayed ...\" and that it had \"not received ...\"': two claims, the first ending before 'and that'")
    func twoQuotedThatClauses() throws {
        let a = analyze(["Ferry operator Lakeshore Lines spoke after the talks.",
                         #"In a statement, the company said its crews "stayed until the union committee left the room" and that it had "not received any counter-offer in writing.""#])
        let first = try #require(a.claim(containing: "stayed until"))
        #expect(!first.text.contains("counter-offer"), "\(first.text)")
        let second = try #require(a.claim(containing: "counter-offer"))
        #expect(second.text.hasPrefix("it had"), "\(second.text)")
    }

    @Test("'X wrote in a post on X. \"...\"': the capital letter ends the sentence; the quotation alone is the claim")
    func letterBeforeAQuotationEndsTheSentence() throws {
        let a = analyze([#""We reported the fault within the time the law allows," chief executive Daniel Mercer wrote in a post on X. "Any suggestion that we sat on this for a month is simply wrong.""#])
        let c = try #require(a.claim(containing: "sat on this"))
        #expect(c.text == "Any suggestion that we sat on this for a month is simply wrong.", "\(c.text)")
        #expect(c.speaker == "Daniel Mercer")
    }

    @Test("', while Dushanbe acknowledged only two' and '; Kyrgyzstan said ...' are claims of their own, by their own subjects")
    func coordinateClausesOfTheirOwn() throws {
        let a = analyze(["The ferry board put the number of passengers stranded at 300, while the harbour authority acknowledged only forty.",
                         "State television reported that 14 fishermen had been hurt; Norway said its coast guard had not fired on any boat."])
        let board = try #require(a.claim(containing: "stranded at 300"))
        #expect(board.speaker == "The ferry board" && !board.text.contains("forty"), "\(board.speaker) \(board.text)")
        let authority = try #require(a.claim(containing: "only forty"))
        #expect(authority.speaker == "the harbour authority" && authority.text == "only forty.", "\(authority.speaker) \(authority.text)")
        let tv = try #require(a.claim(containing: "fishermen had been hurt"))
        #expect(!tv.text.contains("coast guard"), "\(tv.text)")
        #expect(try #require(a.claim(containing: "had not fired")).speaker == "Norway")
    }

    @Test("a capital standing for its government ('Bishkek called ...', 'Moscow denied ...') speaks for the country")
    func capitalSpeaksForItsCountry() throws {
        let a = analyze(["Bishkek called the clash an act of aggression against a sovereign state. Moscow denied sending troops to the border."])
        #expect(try #require(a.claim(containing: "act of aggression")).speakerSide == "country/kg")
        #expect(try #require(a.claim(containing: "sending troops")).speakerSide == "country/ru")
    }

    @Test("'A Western diplomat in Oslo, speaking on condition of anonymity, said ...': the diplomat as written, whom 'the diplomat' later is")
    func unnamedSourceInAPlace() throws {
        let a = analyze([
            "Harbour Commissioner Ana Ruiz said the quay would reopen on Friday.",
            "A Western diplomat in Oslo, speaking on condition of anonymity, said it was too early to know who fired first. Both navies had moved ships toward the strait, the diplomat said.",
        ])
        let first = try #require(a.claim(containing: "too early to know"))
        #expect(first.speaker == "Western diplomat in Oslo", "\(first.speaker)")
        let second = try #require(a.claim(containing: "moved ships"))
        #expect(second.speaker == first.speaker, "\(second.speaker)")
    }

    @Test("the narration around a cue that is no verb gives no claim")
    func noFalseClaims() {
        let a = analyze(["The fighting continued through the night. The meeting lasted four hours and the harbour reopened."])
        #expect(a.claims.isEmpty)
    }
}

extension ClaimRulesTests {
    @Test("'In Ms Ames's words, ...' and 'In the words of X, ...': the rest of the sentence, quotes and all, is X's")
    func inTheirWords() throws {
        let a = analyze([
            "Union organiser Priya Ames led the rally. In Ms Ames's words, \"flexible hours\" are \"a polite name for no sick leave.\"",
            "In the words of Tom Reyes, the new roster was a step backwards for every driver.",
        ])
        let ames = try #require(a.claims.first { $0.text.contains("polite name") })
        #expect(ames.speaker == "Priya Ames")
        #expect(ames.text.hasPrefix("\"flexible hours\""), "\(ames.text)")
        let reyes = try #require(a.claims.first { $0.text.contains("step backwards") })
        #expect(reyes.speaker == "Tom Reyes")
        #expect(reyes.text.hasPrefix("the new roster"), "\(reyes.text)")
    }

    @Test("'X has said that ..., according to figures she cites': X's claim; 'according to a researcher who says she ...' is the researcher's")
    func accordingToWhatTheSpeakerCites() throws {
        let a = analyze([
            "Mayor Ana Ruiz has said that burglaries fell 14% last year, according to police figures she cites on her website.",
            "Thousands of files were exposed, according to a security researcher who says she found them by chance.",
        ])
        let ruiz = try #require(a.claims.first { $0.text.contains("burglaries fell") })
        #expect(ruiz.speaker == "Ana Ruiz", "\(ruiz.speaker)")
        #expect(!ruiz.text.contains("according to"), "\(ruiz.text)")
        let researcher = try #require(a.claims.first { $0.text.contains("files were exposed") })
        #expect(researcher.cue == "according to")
        #expect(researcher.speaker.contains("researcher"), "\(researcher.speaker)")
    }
}

extension ClaimRulesTests {
    @Test("'“...,” one resident, who asked not to be named, told the paper': the quote is the resident's, not the last speaker's")
    func quoteBySubjectSetOffByRelativeClause() throws {
        let a = analyze([
            "Reporter Tom Reyes said residents heard two blasts. \"People ran to help, and then the second one came,\" one resident, who asked not to be named, told the paper by phone.",
        ])
        let c = try #require(a.claims.first { $0.text.contains("People ran") })
        #expect(c.speaker == "one resident", "\(c.speaker)")
        #expect(c.cue == "told")
    }
}
