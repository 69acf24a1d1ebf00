import Foundation
import Testing
@testable import NewsModel

/// In-article dispute rules, each on a small constructed article: how two voices of one story
/// answer each other in English news prose.
@Suite("Dispute rules: claims of one article that disagree")
struct DisputeRulesTests {
    /// The one conflict of `a`, with its two claims' speakers.
    private func only(_ a: CorpusAnalysis) throws -> (Conflict, String, String) {
        try #require(a.conflicts.count == 1, "conflicts: \(a.conflicts.map(\.why))")
        let c = a.conflicts[0]
        let sa = try #require(a.claims.first { $0.id == c.a }).speaker
        let sb = try #require(a.claims.first { $0.id == c.b }).speaker
        return (c, sa, sb)
    }

    @Test("a civil case: the lawyer of the one suing and the defence barrister are opposed sides from the start")
    func claimantAgainstDefence() throws {
        let a = analyze([
            "A landlord being sued by builder Gordon Ashby gave evidence on Monday.",
            "Mr Ashby's barrister, Celia Monkton, said the council inspectors had approved the extension in June.",
            "Defence barrister Ravi Patel said the council inspectors had never approved the extension.",
        ])
        let (c, sa, sb) = try only(a)
        #expect(sa == "Celia Monkton" && sb == "Ravi Patel", "\(c.why)")
    }

    @Test("a denial in other words: 'have not received' denies 'was returned by mail'")
    func deniedInOtherWords() throws {
        let a = analyze([
            "According to Hannah Fiske, the stolen laptops were returned by mail to Greenpeace in May.",
            "Greenpeace officials said they have not received the laptops.",
        ])
        let (c, sa, sb) = try only(a)
        #expect(c.kind == .denial)
        #expect(sa == "Hannah Fiske")
        #expect(sb.contains("Greenpeace"))
        #expect(c.why.contains("not received"))
    }

    @Test("'no one was hurt' denies 'suffered bruises'; 'bought no advertisements' denies 'booked billboards' (the lexicon's points)")
    func injuriesAndAdvertising() throws {
        let hurt = analyze([
            "The union said two dockers suffered bruises in the crush at the gate.",
            "The port operator said no one was hurt at the gate.",
        ])
        let (c, sa, sb) = try only(hurt)
        #expect(c.kind == .denial)
        #expect(sa == "The union" && sb == "The port operator")
        let ads = analyze([
            "The Greens said the Farmers Party had booked billboards across the province in January.",
            "The Farmers Party said it had not bought a single advertisement this year.",
        ])
        let (d, _, _) = try only(ads)
        #expect(d.kind == .denial)
    }

    @Test("side-taking names from the lexicon: 'a precautionary step' / 'a punishment', 'relief' / 'a giveaway'")
    func suspensionAndSpendingFramed() throws {
        let suspension = analyze([
            "The Nordic Cycling Federation suspended rider Anna Brevik on Tuesday after a failed test.",
            "Her lawyer, Jon Dahl, said the suspension was a punishment handed out before any hearing.",
            "The federation said the suspension was a precautionary step that implied no guilt.",
        ])
        let (c, _, _) = try only(suspension)
        #expect(c.kind == .framing && c.why.contains("precautionary") && c.why.contains("punishment"))
        let rebate = analyze([
            "Mayor Ilse Varga said the new rent rebate was relief for struggling tenants.",
            "The opposition Civic Party said the rebate was a giveaway to landlords.",
        ])
        let (d, _, _) = try only(rebate)
        #expect(d.kind == .framing && d.why.contains("giveaway"))
    }

    @Test("a cleft answer ('It is the government soldiers who bombed ...') to an accusation just before accuses back")
    func cleftAccusesBack() throws {
        let a = analyze([
            "The army's spokesman, Ivo Tarn, said fighters of the Free Osk Front had shelled the hospital in Osk.",
            "\"It is the government soldiers who bombed their own hospital, and now they blame us,\" Free Osk Front commander Lena Marsh said.",
        ])
        let (c, sa, sb) = try only(a)
        #expect(c.kind == .mutualAccusation)
        #expect(sa == "Ivo Tarn" && sb == "Lena Marsh")
        // "It is not ..." is no cleft, and a cleft needs an accusation before it.
        #expect(!ConflictFinder.cleftBlame("it is not the soldiers who decide"))
        #expect(ConflictFinder.cleftBlame("it was the rebels who fired first"))
    }

    @Test("'That is not what happened' denies the claim just before it; 'That has never happened before' denies nothing")
    func pointedEventDenial() throws {
        func answer(_ quote: String) -> CorpusAnalysis {
            analyze(["Inspector Dana Kell said the bus driver had run a red light before the crash.",
                     "\"\(quote),\" the driver's lawyer, Ruth Olam, said."])
        }
        let (c, sa, sb) = try only(answer("That is not what happened"))
        #expect(c.kind == .denial)
        #expect(sa == "Dana Kell" && sb == "Ruth Olam")
        #expect(answer("That has never happened before").conflicts.isEmpty)
        // Another claim between: the answer is to that one, never to the earlier claim.
        let between = analyze(["Inspector Dana Kell said the bus driver had run a red light before the crash.",
                               "The bus company said the driver had worked there for nine years.",
                               "\"That is not what happened,\" the driver's lawyer, Ruth Olam, said."])
        let kell = try #require(between.claims.first { $0.speaker == "Dana Kell" })
        #expect(!between.conflicts.contains { k in k.a == kell.id && k.why.contains("not what happened") }, "\(between.conflicts.map(\.why))")
    }

    @Test("two opposed sides denying one point agree on it: no conflict between the two denials")
    func twoDenialsAgree() throws {
        let a = analyze([
            "The union accused the operator of hiding the accident reports.",
            "Union leader Mara Voss said no accident reports had been filed since May.",
            "The operator said no accident reports had been filed since May.",
        ])
        let voss = try #require(a.claims.first { $0.speaker == "Mara Voss" })
        let op = try #require(a.claims.first { $0.speaker == "The operator" })
        #expect(!a.conflicts.contains { $0.a == voss.id && $0.b == op.id }, "\(a.conflicts.map(\.why))")
    }

    @Test("'there was no shelling in the crowded market' denies the shelling, not that the market was crowded")
    func negationEndsAtPreposition() {
        let a = analyze([
            "Market traders said the market was crowded with shoppers.",
            "The army said there was no shelling in the crowded market.",
        ])
        #expect(a.conflicts.isEmpty, "\(a.conflicts.map(\.why))")
    }

    @Test("'the toughest bail law ever' against 'watered down until nothing was left': one law named from two sides")
    func strengthFraming() throws {
        let a = analyze([
            "Prime Minister Anna Holt described the bill as the toughest bail law this country has seen.",
            "Opposition leader Tom Reyes said the bill had been watered down until nothing was left in it.",
        ])
        let (c, _, _) = try only(a)
        #expect(c.kind == .framing, "\(c.why)")
    }

    @Test("calling the other side's denial a lie disputes that denial")
    func denialCalledALie() throws {
        let a = analyze([
            "Greenpeace officials said the laptops were never returned.",
            "\"It is a lie that the laptops were never returned,\" Hannah Fiske said.",
        ])
        let (c, sa, sb) = try only(a)
        #expect(c.kind == .denial)
        #expect(sa.contains("Greenpeace"))
        #expect(sb == "Hannah Fiske")
        #expect(c.why.contains("lie"))
    }

    @Test("a rejection that only points back ('rejected the report') disputes the claim before it")
    func rejectionByReference() throws {
        let a = analyze([
            "The Ledger reported that the port authority sold the harbour to a shell company.",
            "Greenpeace rejected the report.",
        ])
        let (c, sa, sb) = try only(a)
        #expect(c.kind == .denial)
        #expect(sa == "The Ledger")
        #expect(sb == "Greenpeace")
    }

    @Test("'dismissed the watchdog's conclusions as petty' disputes the watchdog's claim, and says so as written")
    func possessiveReferenceCharacterised() throws {
        let a = analyze([
            "The watchdog said the labels had misled shoppers for two years.",
            "Shop owner Ana Ruiz dismissed the watchdog's conclusions as petty and political.",
        ])
        let (c, sa, sb) = try only(a)
        #expect(c.kind == .denial)
        #expect(sa == "The watchdog")
        #expect(sb == "Ana Ruiz")
        #expect(c.why.contains("dismissed the watchdog's conclusions"), "\(c.why)")
    }

    @Test("a figure written in words ('nine and a half hours') is compared with one in digits")
    func figureInWords() throws {
        let a = analyze([
            "According to the drivers' union, the two drivers had been at the wheel for more than 15 hours when the bus crashed.",
            "The operator said its drivers had been at the wheel for eleven and a half hours, within the legal limit.",
        ])
        let (c, _, _) = try only(a)
        #expect(c.kind == .contradictingFigures)
        #expect(c.why.contains("15 hours") && c.why.contains("11.5 hours"), "\(c.why)")
    }

    @Test("one length in two units is compared in one unit: 2 kilometres is not 1,500 metres, but is 2,000 metres")
    func figuresInTwoUnits() throws {
        let differing = analyze([
            "The council said the new bypass road around the village would be 2 kilometres long.",
            "Residents said the new bypass road around the village would be 1,500 metres long.",
        ])
        let (c, _, _) = try only(differing)
        #expect(c.kind == .contradictingFigures)
        #expect(c.why.contains("2 kilometres") && c.why.contains("1,500 metres"), "\(c.why)")
        let same = analyze([
            "The council said the new bypass road around the village would be 2 kilometres long.",
            "Residents said the new bypass road around the village would be 2,000 metres long.",
        ])
        #expect(same.conflicts.isEmpty, "\(same.conflicts.map(\.why))")
    }

    @Test("'12 nautical miles' and 'eight kilometres' three paragraphs apart, two sides, one word in common: one length told two ways")
    func nauticalMilesAcrossParagraphs() throws {
        #expect(ConflictFinder.figures(in: "about 12 nautical miles north of the reef")["@length"] == "12 nautical-miles")
        let a = analyze([
            "The Indonesian Navy said its frigate was hit about 12 nautical miles north of the reef.",
            "The frigate returned to port on Monday.", "Repairs will take a month.",
            "Vietnamese coast guard spokesman Tran Van Minh said the frigate was eight kilometres from the reef.",
        ])
        let (c, _, sb) = try only(a)
        #expect(c.kind == .contradictingFigures)
        #expect(sb == "Tran Van Minh")
        #expect(c.why.contains("12 nautical-miles") && c.why.contains("8 kilometres"), "\(c.why)")
    }

    @Test("'the number of sites that closed was 61' counts sites: against '140 sites were closed', contradicting figures")
    func countNamedBeforeItsNumber() throws {
        #expect(ConflictFinder.figures(in: "the number of Fenwick sites that closed in that period was 61, all of them old")["site"] == "61 sites")
        let a = analyze([
            "Union leader Dana Okoro said 140 sites were closed within two years of the purchase by Harwood Peak.",
            "A spokesperson for Harwood Peak Capital said the number of Fenwick sites that closed in that period was 61, all of them at the end of their leases.",
        ])
        let (c, _, _) = try only(a)
        #expect(c.kind == .contradictingFigures)
        #expect(c.why.contains("140 sites") && c.why.contains("61 sites"), "\(c.why)")
    }

    @Test("a change said ('up 40%', 'doubled') against one worked out from two years' figures: contradicting figures")
    func changeAgainstTwoYears() throws {
        #expect(ConflictFinder.changeFigure(in: "burglaries have gone up 40% since the mayor took office") == "+40.0 percent")
        #expect(ConflictFinder.changeFigure(in: "And thefts have DOUBLED.") == "+100 percent")
        #expect(ConflictFinder.changeFigure(in: "the city recorded 6,412 burglaries in 2021 and 6,790 in 2024")?.hasPrefix("+5.9 percent") == true)
        #expect(ConflictFinder.changeFigure(in: "prices rose by up to A$24.95 a bottle") == nil)
        #expect(ConflictFinder.changeFigure(in: "footfall fell by about a third while the bridge was shut") == "-33.3 percent")
        #expect(ConflictFinder.changeFigure(in: "footfall dropped 12% while the bridge was shut") == "-12.0 percent")
        let a = analyze([
            "Candidate Curtis Hall said car thefts have doubled since the mayor took office.",
            "The Springfield Police Department said the city recorded 412 car thefts in 2021 and 430 in 2024.",
        ])
        let (c, _, _) = try only(a)
        #expect(c.kind == .contradictingFigures)
        #expect(c.why.contains("+100 percent") && c.why.contains("412 in 2021 to 430 in 2024"), "\(c.why)")
        let close = analyze([
            "Candidate Curtis Hall said car thefts have gone up 5% since the mayor took office.",
            "The Springfield Police Department said the city recorded 412 car thefts in 2021 and 430 in 2024.",
        ])
        #expect(close.conflicts.isEmpty, "\(close.conflicts.map(\.why))")
        let fraction = analyze([
            "Market traders said footfall in the market fell by about a third while the bridge was shut.",
            "The council said footfall in the market dropped 12% while the bridge was shut.",
        ])
        let (f, _, _) = try only(fraction)
        #expect(f.kind == .contradictingFigures && f.why.contains("-33.3 percent"), "\(f.why)")
    }

    @Test("'nothing in our numbers shows a 30 percent rise' denies the 30 percent another side just gave")
    func denialRepeatingTheFigure() throws {
        let a = analyze([
            "Candidate Curtis Hall said the 30% figure came straight from the police's own data.",
            "Police spokesman Leon Dart said nothing in the department's published numbers showed anything close to a 30 percent rise.",
        ])
        let (c, sa, sb) = try only(a)
        #expect(c.kind == .denial)
        #expect(sa.hasSuffix("Curtis Hall") && sb == "Leon Dart", "\(sa), \(sb)")
        #expect(c.why.contains("30 percent"), "\(c.why)")
    }

    @Test("a body with a country and its own spokesman are one side: their figures never conflict")
    func spokesmanAndBodyOneSide() {
        let a = analyze([
            "The Indonesian Navy said its frigate had been hit 12 kilometres north of the reef during the patrol.",
            "\"The frigate was hit about nine kilometres north of the reef during the patrol,\" navy spokesman Budi Santoso told reporters.",
        ])
        #expect(a.conflicts.isEmpty, "\(a.conflicts.map(\.why))")
    }

    @Test("a rejection answers a claim several paragraphs back when it names what that claim is about")
    func rejectionOfAFarClaim() throws {
        let a = analyze([
            "Spokesman Wang Bo said the recording had been cut to mislead viewers.",
            "Minister Paul Amsel said talks would resume.", "The weather was calm.", "Fishing boats stayed in port.",
            "Captain Joaquin Salcedo dismissed any suggestion that his crew had doctored the recording. He said the crew had released every minute of it.",
        ])
        let rejection = try #require(a.claims.first { $0.text.contains("doctored") })
        let answer = try #require(a.conflicts.first { $0.b == rejection.id }, "\(a.conflicts.map(\.why))")
        #expect(a.claims.first(where: { $0.id == answer.a })?.speaker == "Wang Bo")
    }

    @Test("'never received any such letter' denies the claim just told, in no shared word")
    func anySuch() throws {
        let a = analyze([
            "Mayor Tomas Berg said the fishermen had written to the port authority twice in June.",
            "The port authority said it had never received any such letter.",
        ])
        let (c, sa, sb) = try only(a)
        #expect(c.kind == .denial)
        #expect(sa == "Tomas Berg")
        #expect(sb == "The port authority")
    }

    @Test("a bare rejection answers the claim its speaker's next words are about, not merely the nearest")
    func rejectionExplainedByWhatFollows() throws {
        let a = analyze([
            "Prosecutor Helen Marsh said the accused had moved the pension money to Malta in 2019.",
            "Marsh said the accused had also lied to the auditors.",
            "Defence lawyer Tom Reyes rejected that account.",
            "Reyes said the pension money had stayed in the company's own accounts.",
        ])
        let rejection = try #require(a.claims.first { $0.text.contains("rejected that account") })
        let answer = try #require(a.conflicts.first { $0.b == rejection.id })
        #expect(answer.kind == .denial)
        #expect(a.claims.first(where: { $0.id == answer.a })?.text.contains("moved the pension money") == true)
    }

    @Test("a bare rejection and the quoted answer after it are two answers to one claim, both kept")
    func bareRejectionAndQuotedAnswer() throws {
        let a = analyze([
            "Union leader Mara Voss said the company had cut the night shift pay.",
            "The company's director, Tom Reyes, rejected that description. \"Nobody has cut the night shift pay,\" Reyes said.",
        ])
        let voss = try #require(a.claims.first { $0.speaker == "Mara Voss" })
        let answers = a.conflicts.filter { $0.a == voss.id }
        #expect(answers.count == 2, "\(a.conflicts.map(\.why))")
        let texts = answers.compactMap { c in a.claims.first { $0.id == c.b }?.text }
        #expect(texts.contains { $0.contains("rejected that description") })
        #expect(texts.contains { $0.hasPrefix("Nobody has cut") })
    }

    @Test("a bare rejection right after the other side's claim in its paragraph answers that claim, not an earlier one its next words echo")
    func rejectionOfTheClaimJustBefore() throws {
        let a = analyze([
            "Union leader Mara Voss said the depot's night shift had lost its overtime pay in March.",
            "Voss also accused the company of using the safety review as an excuse to cut jobs. The company's director, Tom Reyes, rejected that suggestion.",
            "Reyes said the night shift overtime pay had never been touched.",
        ])
        let rejection = try #require(a.claims.first { $0.text.contains("rejected that suggestion") })
        let answer = try #require(a.conflicts.first { $0.b == rejection.id }, "\(a.conflicts.map(\.why))")
        #expect(a.claims.first(where: { $0.id == answer.a })?.text.contains("as an excuse") == true)
    }

    @Test("'denied the allegations' answers the claim that alleges, not the nearest one")
    func deniedTheAllegations() throws {
        let a = analyze([
            "The union accused the operator of hiding safety data from the regulator.",
            "Union leader Sandra Kowalczyk said pay talks would resume on Monday.",
            "Laurentian Pacific Railway denied the allegations.",
        ])
        let denial = try #require(a.claims.first { $0.speaker == "Laurentian Pacific Railway" })
        let c = try #require(a.conflicts.first { $0.b == denial.id })
        #expect(a.claims.first { $0.id == c.a }?.text.contains("hiding safety data") == true)
    }

    @Test("'X rejects that.': a bare pointing denial answers the claim that names X")
    func rejectsThat() throws {
        let a = analyze([
            "Residents accused the council of a flawed consultation. They say the petition was never read.",
            "The council rejects that.",
        ])
        let (c, sa, sb) = try only(a)
        #expect(c.kind == .denial)
        #expect(sa == "Residents" && sb == "The council")
        #expect(a.claims.first { $0.id == c.a }?.text.contains("accused the council") == true)
    }

    @Test("'X disputed that as well.': a pointing object followed by 'as well' still only points back")
    func disputedThatAsWell() throws {
        let a = analyze([
            "The harbour board said the crane had been inspected in March.",
            "The dockers' union disputed that as well.",
        ])
        let (c, sa, sb) = try only(a)
        #expect(c.kind == .denial)
        #expect(sa == "The harbour board" && sb.contains("union"))
    }

    @Test("'dismissed the opposition's complaints' answers only a claim of the one it names, not the nearest claim")
    func possessorNamesWhomItAnswers() {
        let a = analyze([
            "The election board said it would publish the results of every polling station by Friday.",
            "The ruling party dismissed the opposition's complaints.",
        ])
        #expect(a.conflicts.isEmpty, "\(a.conflicts.map(\.why))")
    }

    @Test("', a charge X rejected as baseless' is X's denial of the clause before it")
    func chargeRejectedAs() throws {
        let a = analyze(["The opposition accused election officials of stuffing ballot boxes, a charge the electoral body rejected as \"baseless\"."])
        let (c, sa, sb) = try only(a)
        #expect(c.kind == .denial)
        #expect(sa == "The opposition" && sb == "the electoral body")
    }

    @Test("an accusation answered with a 'no' by the accused is a denial, even in other words")
    func accusationAnsweredNo() throws {
        let a = analyze([
            "Congo's government accused neighbouring Rwanda of backing the rebels.",
            "Rwanda said it had \"no involvement whatsoever\" in the fighting.",
        ])
        let (c, _, sb) = try only(a)
        #expect(c.kind == .denial)
        #expect(sb == "Rwanda")
        #expect(c.why.contains("accusation"))
    }

    @Test("'That is simply not true,' said after the other side's claim, disputes it")
    func thatIsNotWhatHappened() throws {
        let a = analyze([
            "The company said its offer amounted to wage increases of 14 percent over four years.",
            "\"That is simply not true,\" union president Sandra Kowalczyk said.",
        ])
        let (c, sa, sb) = try only(a)
        #expect(c.kind == .denial)
        #expect(sa == "The company" && sb == "Sandra Kowalczyk")
    }

    @Test("two sides' opposite names of a policy in nearby paragraphs need no shared word")
    func nearbyFramingWithoutSharedWords() throws {
        let a = analyze([
            "\"This is a reform that every major railway is looking at,\" chief executive Martin Desrochers said.",
            "\"Let's call it what it is: a cut,\" union president Sandra Kowalczyk said.",
        ])
        let (c, _, _) = try only(a)
        #expect(c.kind == .framing)
        #expect(c.why.contains("reform") && c.why.contains("cut"))
    }

    @Test("'Name, retired teacher Linda Harcourt, said': the name after a lowercase description speaks")
    func describedAppositiveSpeaker() throws {
        let a = analyze(["The group's chair, retired teacher Linda Harcourt, said only 22 percent of the homes were affordable."])
        let claim = try #require(a.claims.first)
        #expect(claim.speaker == "Linda Harcourt")
    }

    @Test("two sides measuring one thing in one unit, two paragraphs apart, give contradicting figures")
    func measuredFigures() throws {
        let a = analyze([
            "The preliminary report by the Air Accident Investigation Department said the aircraft touched down about 640 metres beyond the threshold.",
            "Rain had fallen all morning.",
            "Captain Ruth Wanjiru of Savannah Link said the airline's own analysis put the touchdown point at about 380 metres.",
        ])
        let (c, _, _) = try only(a)
        #expect(c.kind == .contradictingFigures)
        #expect(c.why.contains("640") && c.why.contains("380"))
    }

    @Test("'The union's figure is simply not true' refutes the union: 'not true' is 'false', 'the union' names it")
    func notTrueNamesBody() throws {
        let a = analyze([
            "According to the Aviators' Union of East Africa, the pilots had been on duty for more than 13 hours.",
            "\"The union's figure is simply not true,\" airline spokeswoman Ruth Wanjiru said.",
        ])
        let (c, sa, sb) = try only(a)
        #expect(c.kind == .refutation || c.kind == .denial)
        #expect(sa.contains("Union") && sb == "Ruth Wanjiru")
    }

    @Test("'reportedly ..., which X denies': the reports and the denial, in one sentence")
    func reportedlyWhichDenies() throws {
        let a = analyze([
            "The fast-track plan was reportedly blocked by the prime minister over cost, which Greenpeace denies.",
        ])
        let (c, sa, sb) = try only(a)
        #expect(c.kind == .denial)
        #expect(sa == "reports")
        #expect(sb == "Greenpeace")
        #expect(a.claims.first { $0.id == c.a }?.text.hasSuffix("over cost") == true)
    }

    @Test("accusations each way: X accuses Y and Y accuses X")
    func accusationsEachWay() throws {
        let a = analyze([
            "Armenia's defence ministry accused Azerbaijan of shelling border villages overnight.",
            "Azerbaijan's defence ministry accused Armenia of attacking its positions near the border.",
        ])
        let (c, _, _) = try only(a)
        #expect(c.kind == .mutualAccusation)
    }

    @Test("side-taking names of one thing: 'peacekeeping' against 'occupation'")
    func oppositeFraming() throws {
        let a = analyze([
            "Russian officials said the troops in Abkhazia are a peacekeeping force protecting civilians.",
            "Georgian officials said the troops in Abkhazia are a de facto occupation force.",
        ])
        let (c, _, _) = try only(a)
        #expect(c.kind == .framing)
        #expect(c.why.contains("peacekeeping") && c.why.contains("occupation"))
    }

    @Test("two sources give one count differently")
    func figuresInOneArticle() throws {
        let a = analyze([
            "Police said 12 protesters were injured in the clashes outside parliament.",
            "Organisers said 40 protesters were injured in the clashes.",
        ])
        let (c, _, _) = try only(a)
        #expect(c.kind == .contradictingFigures)
        #expect(c.why.contains("12") && c.why.contains("40"))
    }

    @Test("negations on other points, agreement, and one side's two voices are no conflict")
    func noDispute() {
        let a = analyze([
            "The transport minister said the new bridge will open in May.",
            "Engineers said they have not finished the tunnel under the river.",
            "Police said 12 protesters were arrested.",
            "A police spokesman said officers did not use tear gas.",
            "Greenpeace said the harbour sale was legal and approved by the council.",
            "Greenpeace spokesman Ian Holt said the sale was approved by the council.",
        ])
        #expect(a.conflicts.isEmpty, "\(a.conflicts.map(\.why))")
    }

    @Test("the lexicon reads its three kinds and skips malformed lines")
    func lexiconParsing() {
        let lexicon = DisputeLexicon(text: """
            # comment
            same\ttransfer\treturned received
            opposite\tchange\trose | fell
            framing\twar\tspecial_military_operation | invasion
            same\tbroken line
            """)
        #expect(lexicon.point["returned"] == "transfer" && lexicon.point["received"] == "transfer")
        #expect(lexicon.pole["rose"] == 0 && lexicon.pole["fell"] == 1)
        #expect(lexicon.frame["military operation"] == 0 && lexicon.frame["invasion"] == 1)
        #expect(lexicon.frameFirst.contains("military"))
        #expect(lexicon.point["broken"] == nil)
    }
}

@Suite("Dispute rules: the pieces")
struct DisputePiecesTests {
    @Test("', a claim X rejected' is X's own claim, cut from the teller's, and disputes it")
    func claimXRejected() throws {
        let a = analyze(["Hannah Fiske told reporters that the harbour had been sold for $40 million, a claim Greenpeace rejected."])
        let teller = try #require(a.claims.first { $0.speaker == "Hannah Fiske" })
        #expect(teller.text.hasSuffix("$40 million"))
        let denier = try #require(a.claims.first { $0.speaker == "Greenpeace" })
        #expect(denier.text == "a claim Greenpeace rejected.")
        let c = try #require(a.conflicts.first)
        #expect(c.a == teller.id && c.b == denier.id && c.kind == .denial)
    }

    @Test("figures: a number with its scale and the thing it counts, money by its currency sign")
    func figures() {
        let f = ConflictFinder.figures(in: "Police said 96,272 tonnes of grain and $31.3 billion moved 12 percent towards 40 soldiers")
        #expect(f["tonn"] == "96,272 tonnes")
        #expect(f["money"] == "$31.3 billion")
        #expect(f["soldier"] == "40 soldiers")
        #expect(f["percent"] == "12 percent")
        #expect(f["@mass"] == "96,272 tonnes")
        #expect(f.count == 5)
        #expect(ConflictFinder.figures(in: "turnout was no higher than 41 percent")["percent"] == "41 percent")
        #expect(ConflictFinder.figures(in: "the crew were on duty for nine and a half hours") == [TopicTerms.stem("hours"): "9.5 hours"])
        #expect(ConflictFinder.figures(in: "35 per cent of the homes would be affordable")["home%"] == "35 percent of homes")
        #expect(ConflictFinder.figures(in: "colonies that survived the 2014 event").isEmpty)
        #expect(ConflictFinder.figures(in: "a fee of 42 million euros")["money"] == "42 million")
        #expect(ConflictFinder.sameFigure("96,272 tonnes", "96272 tonne"))
        #expect(!ConflictFinder.sameFigure("12 soldiers", "40 soldiers"))
        #expect(ConflictFinder.measured("2.5 km") == 2500)
        #expect(ConflictFinder.measured("nine hours") == nil)
        #expect(ConflictFinder.differingFigure(["@length": "2 kilometres"], ["@length": "2,000 metres"], counts: { _ in true }) == nil)
        #expect(ConflictFinder.differingFigure(["@length": "2 kilometres"], ["@length": "300 metres"], counts: { _ in true })! == ("2 kilometres", "300 metres"))
    }
}

@Suite("Claims: the side a speaker speaks for")
struct SpeakerSideTests {
    @Test("'Foreign Minister X' right after a country spoke speaks for that country, so their claims never conflict")
    func titleAfterCountry() throws {
        let a = analyze([
            "Colombia says the men never left Colombian soil. Foreign Minister Adriana Mejía Castro told reporters that it was the kidnapping of Colombian servicemen on Colombian territory.",
        ])
        let minister = try #require(a.claims.first { $0.speaker == "Adriana Mejía Castro" })
        #expect(minister.speakerSide == "country/co")
        #expect(a.conflicts.isEmpty, "\(a.conflicts.map(\.why))")
    }

    @Test("a country in the role ('Chinese coast guard spokesman X') or a word of a body just named ('coast guard spokesman') gives the side")
    func sideFromRole() throws {
        let a = analyze([
            "The Indonesian Coast Guard said its boat was struck. Coast guard spokesman Commodore Budi Santoso said the boat was on patrol.",
            "Vietnamese coast guard spokesman Tran Van Minh said the boat had intruded.",
        ])
        let budi = try #require(a.claims.first { $0.speaker == "Budi Santoso" })
        #expect(budi.speakerSide?.hasPrefix("organization/") == true && budi.speakerSide?.contains("coast-guard") == true, "\(budi.speakerSide ?? "none")")
        let tran = try #require(a.claims.first { $0.speaker == "Tran Van Minh" })
        #expect(tran.speakerSide == "country/vn")
    }

    @Test("an organisation named in the role ('Northgate Freight spokesman X', 'Northgate Freight's chief engineer, X') is the side")
    func organisationInRole() throws {
        let a = analyze([
            "Northgate Freight Ltd said the depot would stay open.",
            "Northgate Freight spokesman Tim Baines said the lorries would run on Sunday.",
            "Northgate Freight's chief engineer, Ana Ruiz, said the cranes had been checked.",
        ])
        let org = try #require(a.claims.first).speakerEntity
        #expect(org != nil)
        #expect(a.claims.first { $0.speaker == "Tim Baines" }?.speakerSide == org)
        #expect(a.claims.first { $0.speaker == "Ana Ruiz" }?.speakerSide == org)
    }

    @Test("a person named in the role ('Quill adviser X') is the side; so is the party after 'familiar with'")
    func personInRoleAndFamiliarWith() throws {
        let a = analyze([
            "Senator Mara Quill said the bridge contract was fair.",
            "Quill adviser Tom Reyes said the tender had been open to all.",
            "A person familiar with Northgate Freight Ltd's position said the bid had been the lowest.",
        ])
        let quill = try #require(a.claims.first { $0.speaker == "Mara Quill" }?.speakerEntity)
        #expect(a.claims.first { $0.speaker == "Tom Reyes" }?.speakerSide == quill)
        let familiar = try #require(a.claims.first { $0.speaker.hasPrefix("person familiar") || $0.speaker.hasPrefix("A person familiar") })
        #expect(familiar.speakerSide?.hasPrefix("organization/") == true, "\(familiar.speakerSide ?? "none")")
    }

    @Test("'The council rejects that. A spokesperson said ...': the spokesperson speaks for the council")
    func spokespersonOfTheBodyJustHeard() throws {
        let a = analyze([
            "Residents said the petition was never read. The council rejects that. A spokesperson said every objection had been logged.",
        ])
        let c = try #require(a.claims.first { $0.text.contains("every objection") })
        #expect(c.speakerSide == "The council", "\(c.speaker) for \(c.speakerSide ?? "none")")
    }

    @Test("'A company spokesman said' after the company is named: the claim is the company's, in the words as written")
    func unnamedSpokesmanIsTheBody() throws {
        let a = analyze([
            "Halvern Logistics disputed the figure. A company spokesman said fewer than 200 drivers had stopped work.",
            "Union leader Priya Ames said more than 1,200 drivers had joined the strike.",
        ])
        let firm = try #require(a.claims.first { $0.speaker == "Halvern Logistics" }?.speakerEntity)
        let spokesman = try #require(a.claims.first { $0.text.contains("fewer than 200") })
        #expect(spokesman.speaker.lowercased().hasSuffix("company spokesman"), "\(spokesman.speaker)")
        #expect(spokesman.speakerEntity == firm, "\(spokesman.speakerEntity ?? "none")")
        // A named spokesman stays a person of their own.
        let named = analyze(["Halvern Logistics disputed the figure. Company spokesman Tom Reyes said fewer than 200 drivers had stopped work."])
        let reyes = try #require(named.claims.first { $0.text.contains("fewer than 200") })
        #expect(reyes.speaker == "Tom Reyes")
        #expect(reyes.speakerEntity != named.claims.first { $0.speaker == "Halvern Logistics" }?.speakerEntity)
    }

    @Test("'the statement' speaks for whoever spoke in a statement just before")
    func theStatement() throws {
        let a = analyze([
            "The port authority said in a statement that the pier was safe. The statement said no cracks had been found in the piles.",
        ])
        let statement = try #require(a.claims.first { $0.speaker == "The statement" || $0.speaker == "the statement" })
        #expect(statement.speakerSide == "The port authority")
    }

    @Test("'The ministry', 'the finance ministry' and 'ministry spokesman X' are one body, never two sides")
    func oneBodyByHeadNoun() throws {
        let a = analyze([
            "The ministry said the budget had been kept.",
            "The finance ministry said there had been no overruns in the third quarter.",
            "Ministry spokesman Tom Reyes said the overruns reported were not real.",
        ])
        let sides = Set(a.claims.map { $0.speakerSide ?? $0.speaker })
        #expect(sides == ["The ministry"], "\(a.claims.map { ($0.speaker, $0.speakerSide ?? "-") })")
        #expect(a.conflicts.isEmpty, "\(a.conflicts.map(\.why))")
    }

    @Test("'Her lawyer, X' speaks for her, and her lawyer's words never conflict with hers")
    func herLawyer() throws {
        let a = analyze([
            "Kenyan marathon runner Mercy Kirui denied taking a banned substance.",
            "Her lawyer, Samuel Njoroge, told reporters that the independent laboratory had not followed its own rules.",
        ])
        let lawyer = try #require(a.claims.first { $0.speaker == "Samuel Njoroge" })
        #expect(lawyer.speakerSide == "person/mercy-kirui")
        #expect(a.conflicts.isEmpty, "\(a.conflicts.map(\.why))")
    }

    @Test("a possessive role before the name gives the side, and later claims of the person keep it")
    func possessiveRole() throws {
        let a = analyze([
            "The army's regional spokesman, Colonel Pascal Mbuyi, said the shells had been fired from the ridge.",
            "Mbuyi said the troops would stay in the town.",
        ])
        let claims = a.claims.filter { $0.speaker == "Pascal Mbuyi" }
        #expect(claims.count == 2)
        #expect(claims.allSatisfy { $0.speakerSide == "The army" })
    }

    @Test("'its spokesman' speaks for the organisation just named; a spokeswoman 'for' a body speaks for it")
    func itsAndFor() throws {
        let a = analyze([
            "Greenpeace published the report on Monday. Its spokesman, Ian Holt, said the harbour was polluted.",
            "A spokeswoman for the port authority, Mary Quinn, said the water was clean.",
        ])
        let holt = try #require(a.claims.first { $0.speaker == "Ian Holt" })
        let side = try #require(holt.speakerSide)
        #expect(a.entities.first(where: { $0.id == side })?.name == "Greenpeace")
        let quinn = try #require(a.claims.first { $0.speaker == "Mary Quinn" })
        #expect(quinn.speakerSide == "the port authority")
    }

    @Test("a side's spokesperson and the side itself never dispute each other")
    func sameSideNoConflict() {
        let a = analyze([
            "The army said its troops had not entered the village.",
            "The army's spokesman, Colonel Pascal Mbuyi, said the troops had entered the village to evacuate civilians.",
        ])
        #expect(a.conflicts.isEmpty, "\(a.conflicts.map(\.why))")
    }

    @Test("once two sides disagree, a counter in the next paragraph needs only one shared word")
    func adjacentCounter() throws {
        let a = analyze([
            "The union accused the operator of hiding safety data from the regulator.",
            "Union leader Sandra Kowalczyk said the drivers were exhausted after double shifts.",
            "The operator countered that shifts never exceeded eight hours.",
        ])
        let counter = try #require(a.claims.first { $0.text.contains("never exceeded") })
        let answer = try #require(a.conflicts.first { $0.b == counter.id }, "\(a.conflicts.map(\.why))")
        #expect(a.claims.first(where: { $0.id == answer.a })?.text.contains("double shifts") == true)
        // Not an answer to what came three paragraphs before.
        let far = analyze([
            "The union accused the operator of hiding safety data from the regulator.",
            "Union leader Sandra Kowalczyk said the drivers were exhausted after double shifts.",
            "The weather was mild.", "Trains ran on time.",
            "The operator said shifts never exceeded eight hours.",
        ])
        #expect(!far.conflicts.contains { c in far.claims.first { $0.id == c.b }?.text.contains("never exceeded") == true })
    }

    @Test("two sides that disputed once answer each other on a shared point")
    func opposedSides() throws {
        let a = analyze([
            "Prosecutor Helen Marsh said the accused had hidden the losses from the auditors for three years.",
            "Defence lawyer Tom Reyes rejected that account.",
            "Marsh said the accused signed every quarterly report to the auditors himself.",
            "Reyes said the accused never read the quarterly reports before signing them for the auditors.",
        ])
        #expect(a.conflicts.count == 2, "\(a.conflicts.map(\.why))")
        let never = try #require(a.claims.first { $0.text.contains("never read") })
        let answer = try #require(a.conflicts.first { $0.b == never.id })
        #expect(answer.kind == .denial)
        #expect(a.claims.first(where: { $0.id == answer.a })?.text.contains("signed every quarterly report") == true)
    }

    @Test("two opposed sides' claims more than three paragraphs apart are no answer to each other")
    func opposedSidesFarApart() throws {
        func claims(_ filler: Int) -> CorpusAnalysis {
            analyze([
                "Prosecutor Helen Marsh said the accused had hidden the losses from the auditors for three years.",
                "Defence lawyer Tom Reyes rejected that account.",
                "Marsh said the accused signed every quarterly report to the auditors himself.",
            ] + Array(repeating: "The hearing was adjourned for lunch.", count: filler) + [
                "Reyes said the accused never read the quarterly reports before signing them for the auditors.",
            ])
        }
        let near = claims(1)
        let nearNever = try #require(near.claims.first { $0.text.contains("never read") })
        #expect(near.conflicts.contains { $0.b == nearNever.id }, "\(near.conflicts.map(\.why))")
        let far = claims(3)
        let farNever = try #require(far.claims.first { $0.text.contains("never read") })
        #expect(!far.conflicts.contains { $0.b == farNever.id }, "\(far.conflicts.map(\.why))")
    }

    @Test("'The bloc dismissed it. Its spokesman accused the alliance ...; the alliance's leader, for her part, accused the bloc ...': each accuses the other")
    func accusationsEachWayAfterABodyAsWritten() throws {
        let a = analyze([
            "The Greenfield Alliance said on Monday that Northvale Council had misspent road funds.",
            "The governing bloc dismissed the complaints. Its spokesman, Karl Odeh, accused the alliance of spreading rumours to win votes. "
                + "Greenfield Alliance leader Mara Lind, for her part, accused the governing bloc of hiding the accounts.",
        ])
        // "Its" is the body that spoke just before, not the organisation named a paragraph earlier.
        let odeh = try #require(a.claims.first { $0.speaker == "Karl Odeh" })
        #expect(odeh.speakerSide == "The governing bloc")
        let lind = try #require(a.claims.first { $0.speaker == "Mara Lind" })
        #expect(a.conflicts.contains { $0.kind == .mutualAccusation && $0.a == odeh.id && $0.b == lind.id }, "\(a.conflicts.map(\.why))")
    }

    @Test("one named in a charge denies its point many paragraphs later: 'never underpaid' answers 'were paid less'")
    func chargedPartyAnswersLate() throws {
        let middle = ["Brandt, 48, runs three shops in the city.", "The bakery opened in 2009 and sells bread to several cafes.",
                      "Its sourdough won a regional prize last spring.", "The hearing was adjourned until Monday."]
        let a = analyze(["A consumer blogger, Marta Kowal, alleged that staff at Olek Brandt's bakery in Leeds were paid less than the legal minimum."]
                        + middle + ["Olek Brandt told the court he had never underpaid a single employee."])
        try #require(a.conflicts.count == 1, "\(a.conflicts.map(\.why))")
        let c = a.conflicts[0]
        #expect(c.kind == ConflictKind.denial)
        #expect(a.claims.first { $0.id == c.a }?.speaker == "Marta Kowal" && a.claims.first { $0.id == c.b }?.speaker == "Olek Brandt")
        // A plain statement about him, no charge, is not what he answers so far on.
        let plain = analyze(["A consumer blogger, Marta Kowal, said staff at Olek Brandt's bakery in Leeds were paid every Friday."]
                            + middle + ["Olek Brandt told the court he had never underpaid a single employee."])
        #expect(plain.conflicts.isEmpty, "\(plain.conflicts.map(\.why))")
    }
}

@Suite("Dispute rules: what B names as false, and sources named far back")
struct NamedDisputeRulesTests {
    private let filler = ["The ferry route opened in 1998.", "Tickets cost four pounds.", "The harbour was rebuilt after a storm in 2011."]

    @Test("'The story that P is false' denies the other side's claim that says P, not a nearer claim on something else")
    func storyThatIsFalse() throws {
        let a = analyze([
            "Police said a passenger had thrown a flare at the ferry's crew before the fire.",
            "The operator said the ferry had been inspected in March.",
            "\"The story that my client threw a flare at the crew is simply false,\" said lawyer Moses Kiplagat.",
        ])
        let lawyer = try #require(a.claims.first { $0.speaker == "Moses Kiplagat" })
        let c = try #require(a.conflicts.first { $0.b == lawyer.id }, "\(a.conflicts.map(\.why))")
        #expect(c.kind == .denial)
        #expect(a.claims.first { $0.id == c.a }?.speaker == "Police", "\(c.why)")
        #expect(c.why.contains("false"))
    }

    @Test("'The claim that P is false' with nothing of P said before answers no one")
    func storyThatIsFalseNeedsItsPoint() {
        let a = analyze([
            "The operator said the ferry had been inspected in March.",
            "\"The claim that ticket prices will double is false,\" said union leader Moses Kiplagat.",
        ])
        #expect(a.conflicts.isEmpty, "\(a.conflicts.map(\.why))")
    }

    @Test("'rejected the police account' answers the police's claim four paragraphs back")
    func namedSourceFarBack() throws {
        let a = analyze(["Police said the driver had been speeding when the bus left the road."] + filler
                        + ["The driver's family rejected the police account."])
        let c = try #require(a.conflicts.first)
        #expect(a.conflicts.count == 1)
        #expect(c.kind == .denial)
        #expect(a.claims.first { $0.id == c.a }?.speaker == "Police", "\(c.why)")
    }

    @Test("'dismissed the opposition's complaints' answers the source whose name has 'opposition', paragraphs back")
    func possessorNamesTheSource() throws {
        #expect(ConflictFinder.possessor("the ruling party dismissed the opposition's complaints.") == "opposition")
        #expect(ConflictFinder.possessor("rejected the doctors' figures") == "doctors")
        #expect(ConflictFinder.possessor("rejected the figures") == nil)
        let a = analyze(["Malawi's main opposition party accused election officials of stuffing ballot boxes in Zomba."] + filler
                        + ["The ruling party dismissed the opposition's complaints."])
        let rejection = try #require(a.claims.first { $0.text.contains("dismissed") })
        let c = try #require(a.conflicts.first { $0.b == rejection.id }, "\(a.conflicts.map(\.why))")
        #expect(a.claims.first { $0.id == c.a }?.text.contains("stuffing") == true)
    }

    @Test("a body's own name opening its rejection is its subject, not whom it answers")
    func ownNameIsNoReference() {
        let a = analyze(["The council said the new bridge would open in May."] + filler
                        + ["Residents accused the council of ignoring the flood survey.", "The council rejects that."])
        #expect(!a.conflicts.contains { c in a.claims.first { $0.id == c.a }?.text.contains("bridge") ?? false },
                "\(a.conflicts.map(\.why))")
    }

    @Test("'disputes the barrier count' points back at the other side's figure")
    func disputesTheCount() throws {
        let a = analyze([
            "The company said safety screens had been fitted on 120 of its 212 buses.",
            "The drivers' union disputes the screen count.",
        ])
        let c = try #require(a.conflicts.first, "no conflict")
        #expect(a.conflicts.count == 1)
        #expect(c.kind == .denial)
        #expect(a.claims.first { $0.id == c.a }?.speaker == "The company", "\(c.why)")
    }

    @Test("a defence ministry is no courtroom's defence")
    func defenceMinistryIsNoCourtSide() {
        #expect(ConflictFinder.courtSide("kyrgyzstan’s defence ministry") == nil)
        #expect(ConflictFinder.courtSide("the defense department") == nil)
        #expect(ConflictFinder.courtSide("the defence") == "the defence")
        #expect(ConflictFinder.courtSide("defence lawyers") == "the defence")
        #expect(ConflictFinder.courtSide("prosecutors") == "the prosecution")
    }

    @Test("a body's spokesman speaks for the body's country: one side with the body, another than the other country's")
    func spokesmanOfACountrysBody() throws {
        let a = analyze([
            "Armenia's defence ministry said three soldiers were killed when Azerbaijani troops shelled a border post.",
            "\"This was a planned attack on our territory,\" the ministry's spokesman, Colonel Aram Petrosyan, told reporters.",
            "Azerbaijan's defence ministry said two of its soldiers were wounded.",
        ])
        let claims = a.articles[0].claims
        let (_, lookup) = Analyzer.entityLookups(a.entities.map { $0 })
        let (profiles, _, _) = ConflictFinder().makeProfiles(ConflictFinder.ClaimList([claims]), entities: lookup)
        let ministry = try #require(claims.firstIndex { $0.speaker.hasPrefix("Armenia") })
        let spokesman = try #require(claims.firstIndex { $0.speaker == "Aram Petrosyan" })
        let other = try #require(claims.firstIndex { $0.speaker.hasPrefix("Azerbaijan") })
        #expect(profiles[ministry].sideKey == profiles[spokesman].sideKey)
        #expect(profiles[other].sideKey != profiles[spokesman].sideKey)
    }

    @Test("'fewer than ten real cases' calls its count the true one, against the count given paragraphs before")
    func realCountFarBack() throws {
        #expect(ConflictFinder.qualifiesOwnCount("there were fewer than ten real cases", units: ["case": "ten real cases"]))
        #expect(!ConflictFinder.qualifiesOwnCount("there were ten real problems", units: ["case": "ten cases"]))
        #expect(ConflictFinder.correctsFigure("take the overtime out and you are looking at something closer to 61,000"))
        #expect(ConflictFinder.correctsFigure("it is more like 12 percent"))
        #expect(!ConflictFinder.correctsFigure("it is more likely to rain"))
        let a = analyze(["The outbreak has grown to 31 confirmed cases, county health officials said on Monday."] + filler
                        + ["A local activist, Dan Ruddock, claimed there were \"fewer than ten real cases.\""])
        let c = try #require(a.conflicts.first, "no conflict")
        #expect(c.kind == .contradictingFigures, "\(c.why)")
        #expect(a.conflicts.count == 1)
    }

    @Test("'X, in turn, accused ...' is the other half of the accusation just before it")
    func accusedInTurn() throws {
        #expect(ConflictFinder.answersInTurn("the union, in turn, accused the company of hiding the spill."))
        #expect(!ConflictFinder.answersInTurn("the union accused the company of hiding the spill."))
        let a = analyze(["The mining company accused the farmers' union of spreading false figures about the spill. The union, in turn, accused the company of hiding the spill from inspectors."])
        let c = try #require(a.conflicts.first { $0.kind == .mutualAccusation }, "\(a.conflicts.map(\.why))")
        #expect(a.claims.first { $0.id == c.b }?.text.contains("hiding") == true)
    }

    @Test("side-taking names from the lexicon: 'a blockade' / 'a vigil', 'an incident' / 'an attack'")
    func blockadeAndVigil() throws {
        let road = analyze(["The mining company said the road camp was an illegal blockade.", "The farmers' federation said the camp was a peaceful vigil."])
        let c = try #require(road.conflicts.first, "no conflict")
        #expect(c.kind == .framing, "\(c.why)")
        let border = analyze(["The border police said the shooting was an incident between patrols.", "The neighbouring government said the shooting was an attack on its soldiers."])
        #expect(border.conflicts.first?.kind == .framing, "\(border.conflicts.map(\.why))")
    }

    @Test("'rejected the criticism' answers where the critic's claims begin, not only the last of them")
    func criticismFromItsStart() throws {
        let a = analyze([
            "Professor Ana Brandt said her team had found corals that survived the heat.",
            "A marine biologist, Lars Okafor, said the 2020 heatwave had been shorter than the one in 2014. He also said satellite records showed less heat stress in 2020.",
            "Brandt rejected the criticism.",
        ])
        let rejection = try #require(a.claims.first { $0.text.contains("rejected") })
        let c = try #require(a.conflicts.first { $0.b == rejection.id }, "\(a.conflicts.map(\.why))")
        #expect(a.claims.first { $0.id == c.a }?.text.contains("shorter") == true, "\(c.why)")
    }

    @Test("an estimate ('put the number killed at 11') accuses no one: no half of a mutual accusation")
    func estimateIsNoCharge() {
        let a = analyze(["Armenia and Azerbaijan accused each other on Sunday of starting a gunfight on their border that killed at least six people.",
                         "Armenia's defence ministry put the number of Azerbaijani soldiers killed at 11."])
        #expect(!a.conflicts.contains { $0.kind == .mutualAccusation }, "\(a.conflicts.map(\.why))")
    }

    @Test("'put the figure at' gives a side's own estimate: two percentages a paragraph apart with no word in common conflict")
    func putTheFigureAt() throws {
        #expect(ConflictFinder.correctsFigure("the doctors' association put the figure at 63 percent"))
        #expect(ConflictFinder.correctsFigure("unions estimated the total at 40,000"))
        #expect(!ConflictFinder.correctsFigure("she put the books on the table at 9 a.m."))
        let a = analyze([
            "The health ministry said 71 percent of emergency patients were seen within four hours in March.",
            "The doctors' association said it put the figure at 63 percent.",
        ])
        let c = try #require(a.conflicts.first)
        #expect(c.kind == .contradictingFigures, "\(c.why)")
    }
}

@Suite("Claims: coordinated verbs and spokespeople for a body")
struct CoordinatedClaimTests {
    @Test("'X accused Y of ... and said ...': two claims by X, the first cut before 'and'")
    func secondVerb() throws {
        let a = analyze(["Minister Paul Amsel accused the port authority of hiding the losses and said the harbour had been sold in secret."])
        let claims = a.claims.filter { $0.speaker == "Paul Amsel" }
        #expect(claims.count == 2)
        #expect(claims.contains { $0.text.hasSuffix("hiding the losses") })
        #expect(claims.contains { $0.text == "the harbour had been sold in secret." && $0.cue == "said" })
    }

    @Test("'and urged ...' is no second claim: a call asserts nothing")
    func secondVerbNotACall() {
        let a = analyze(["Minister Paul Amsel said the harbour had been sold in secret and urged the council to act."])
        #expect(a.claims.filter { $0.speaker == "Paul Amsel" }.count == 1)
    }

    @Test("'a spokesman for the board said': the board as written is the source")
    func spokesmanForBody() throws {
        let a = analyze(["A spokesman for the safety board said it had not opened a formal investigation."])
        let c = try #require(a.claims.first)
        #expect(c.speaker == "the safety board")
    }
}
