import Testing
@testable import NewsModel

/// The general rules of news prose the recogniser follows, each shown on a small constructed
/// sentence with the exact mentions expected (kind, form and text).
@Suite("Entity recognition: rules of news prose")
struct EntityProseRulesTests {
    /// "kind form text" of every mention of the body (paragraph >= 0), in text order.
    private func body(_ a: CorpusAnalysis) -> [String] {
        a.mentions().filter { $0.paragraph >= 0 }.map { "\($0.kind.rawValue) \($0.form.rawValue) \($0.text)" }
    }

    private func headline(_ a: CorpusAnalysis) -> [String] {
        a.mentions().filter { $0.paragraph == -1 }.map { "\($0.kind.rawValue) \($0.form.rawValue) \($0.text)" }
    }

    // MARK: Headlines

    @Test("a Title Case headline joins no unknown name across 'on', 'for', 'the': the known names inside stand")
    func titleCaseJoiners() {
        let a = analyze(["Fishing delegations from Norway and Iceland met in Oslo on Tuesday."],
                        title: "Outcomes of the Norway and Iceland Fishing Groups On the North Sea")
        #expect(!headline(a).contains { $0.contains("Groups") || $0.contains(" On ") }, "\(headline(a))")
        #expect(headline(a).contains("country name Norway") && headline(a).contains("country name Iceland"))
        // (A heading in the body too: the person stands, no organisation "... on Harbour Talks".)
        let h = analyze(["Minister Ana Ruiz on Harbour Talks", "Ana Ruiz said the talks would go on."])
        #expect(body(h).first == "person name Ana Ruiz", "\(body(h))")
        #expect(!body(h).contains { $0.hasPrefix("organization") })
    }

    @Test("a headline's name across a small word stands when the article's sentences name it so")
    func titleCaseConfirmed() {
        let a = analyze(["The Committee on Harbour Safety said on Monday that repairs would take a year."],
                        title: "Committee on Harbour Safety Warns of Long Repairs")
        #expect(headline(a).first == "organization name Committee on Harbour Safety", "\(headline(a))")
    }

    // MARK: Organisations

    @Test("a one-word name no list knows is a body by what it has or who speaks for it, and is so everywhere")
    func oneWordBodyByContext() {
        let a = analyze([
            "Riders switched off the app on Friday, the busiest night for Fetchly.",
            "Fetchly's head of policy, Daniel Okonkwo, said the survey was flawed.",
            "Fetchly disputed the turnout, and a Hearthcam spokesperson declined to comment.",
        ])
        #expect(body(a) == ["organization name Fetchly", "organization name Fetchly", "person name Daniel Okonkwo",
                            "organization name Fetchly", "organization name Hearthcam"], "\(body(a))")
        // A person's belongings make no body of them: a surname stays a person's.
        let p = analyze(["Critics said Johnson's staff had ignored the warnings."])
        #expect(!body(p).contains { $0.hasPrefix("organization") }, "\(body(p))")
    }

    @Test("a hyphened particle after a titled name is part of it: 'spokesman Osman al-Tayeb', then 'Al-Tayeb'")
    func hyphenedParticleAfterTitle() {
        let a = analyze(["Military spokesman Osman al-Tayeb said the trucks carried weapons.", "Al-Tayeb accused the militia of lying."])
        #expect(a.mentions().filter { $0.kind == .person }.map(\.entity) == ["person/osman-al-tayeb", "person/osman-al-tayeb"],
                "\(body(a))")
    }

    @Test("a known body whose first word is a given name is no person: 'told Al Jazeera'")
    func knownBodyOpeningWithGivenName() {
        let a = analyze(["The spokesman told Al Jazeera that the trucks carried weapons."])
        #expect(body(a) == ["organization name Al Jazeera"], "\(body(a))")
    }

    @Test("a one-word body never named without its 's keeps it: Bramley's")
    func possessiveBodyName() {
        let a = analyze(["Shares in Bramley’s rose on Monday.", "Bramley’s board rejected the offer, and Bramley’s staff were told."])
        #expect(body(a) == ["organization name Bramley’s", "organization name Bramley’s", "organization name Bramley’s"], "\(body(a))")
    }

    @Test("a club named in full is an organisation, and its first word alone stands for it later")
    func clubShortForm() {
        let a = analyze(["Westbourne United announced the signing on Monday.", "Westbourne said the fee was agreed."])
        #expect(body(a) == ["organization name Westbourne United", "organization name Westbourne"])
        #expect(Set(a.mentions().map(\.entity)).count == 1)
    }

    @Test("a group named with a place at its end goes by the name without the place later ('Green Tide Scotland' ... 'Green Tide')")
    func nameBeforePlaceShortForm() {
        let a = analyze(["The campaign group Fair Fuel Scotland said the field would harm the coast.", "Fair Fuel said its analysis showed fewer jobs."])
        #expect(body(a).contains("organization name Fair Fuel"), "\(body(a))")
        #expect(Set(a.mentions().filter { $0.kind == .organization }.map(\.entity)).count == 1)
    }

    @Test("a plural possessive before an organisation word is part of the name ('Aviators' Union', 'Rail Workers’ Union')")
    func pluralPossessiveOrganisation() {
        let a = analyze(["The Aviators' Union of East Africa and the Rail Workers’ Union called a strike."])
        #expect(body(a) == ["organization name Aviators' Union of East Africa", "organization name Rail Workers’ Union"])
        // One or two capitalised words may come between the possessive and the organisation word.
        #expect(body(analyze(["The Tenants' Housing Alliance said rents rose."])) == ["organization name Tenants' Housing Alliance"])
    }

    @Test("a plural that takes 's before an organisation word is part of the name ('Women's Health Initiative')")
    func irregularPluralPossessive() {
        let a = analyze(["They cut funding for the Women’s Health Initiative and the Children's Rights Fund.",
                         "People’s Defence Forces units withdrew, the Men's Shelter Network said."])
        #expect(body(a) == ["organization name Women’s Health Initiative", "organization name Children's Rights Fund",
                            "organization name People’s Defence Forces", "organization name Men's Shelter Network"], "\(body(a))")
        // (A country before the plural is no part of the name, and stays a country.)
        let c = body(analyze(["Talks on the Chile Children’s Rights Fund resumed."]))
        #expect(c.first == "country name Chile" && !c.contains { $0.contains("Chile Children") }, "\(c)")
    }

    @Test("a doer named after 'the' is a body, not a person ('The Daily Beast claimed')")
    func theBeforeADoer() {
        let a = analyze(["The Daily Planet claimed the visit broke the rules.", "In its tenth paragraph, The Daily Planet admitted it."])
        #expect(body(a) == ["organization name Daily Planet", "organization name Daily Planet"], "\(body(a))")
        // (Without "the", the same words and verb still make a person.)
        #expect(body(analyze(["Daily Planet claimed the visit broke the rules."])) == ["person name Daily Planet"])
    }

    @Test("a sentence's first word, capitalised only for that, joins no name across 'for'/'of'")
    func sentenceStartBeforeConnector() {
        #expect(body(analyze(["Support for the Labour Party grew in March."])) == ["organization name Labour Party"])
        // (An organisation word opens a name there: "Bank of England".)
        #expect(body(analyze(["Bank of England officials said so."])) == ["organization name Bank of England"])
    }

    @Test("a business-name ending makes an organisation, not a person")
    func businessEnding() {
        let a = analyze(["Verdana Naturals said the spray would stay on sale."])
        #expect(body(a) == ["organization name Verdana Naturals"])
    }

    @Test("the first two words of a three-word organisation name are that organisation later, not a person")
    func organisationPrefix() {
        let a = analyze(["The crash of a Savannah Link Airways turboprop killed six people.", "Savannah Link said the report was wrong."])
        #expect(body(a) == ["organization name Savannah Link Airways", "organization name Savannah Link"])
        #expect(Set(a.mentions().map(\.entity)).count == 1)
    }

    @Test("the first two words of an organisation's name are that organisation even before a lower-case adverb")
    func organisationPrefixBeforeAdverb() {
        let a = analyze(["The crash of a Tamarind Sky Airways turboprop killed six people.", "Tamarind Sky flatly denied the report."])
        #expect(body(a) == ["organization name Tamarind Sky Airways", "organization name Tamarind Sky"])
        #expect(Set(a.mentions().map(\.entity)).count == 1)
    }

    @Test("a titled person before 'of the <body>' is two names: the person and the body")
    func personOfBody() {
        let a = analyze(["Dr. Kerry-Ann Lockhart of the Caribbean Ocean Science Centre questioned the figures."])
        #expect(body(a) == ["person name Kerry-Ann Lockhart", "organization name Caribbean Ocean Science Centre"])
    }

    @Test("the surname of a person this article names in full is that person, not a town of that name")
    func surnameBeatsTown() {
        let a = analyze(["Professor Tomás Ibarra questioned the study.", "Ibarra said the paper did not show adaptation."])
        #expect(body(a) == ["person name Tomás Ibarra", "person name Ibarra"])
    }

    @Test("a name ending in a head word keeps its modifier")
    func modifierOpensOrganisation() {
        let a = analyze(["The ruling of the Supreme Court surprised many.", "Funding from the National Science Foundation ended."])
        #expect(body(a) == ["organization name Supreme Court", "organization name National Science Foundation"])
    }

    @Test("a head word followed by of or for makes one organisation, with no place inside it")
    func organisationByConnector() {
        let a = analyze(["Researchers at the Massachusetts Institute of Technology and the Bureau for Coastal Research agreed."])
        #expect(body(a) == ["organization name Massachusetts Institute of Technology", "organization name Bureau for Coastal Research"])
    }

    @Test("a lead-of name keeps a last unknown word after and")
    func leadOfWithAnd() {
        let a = analyze(["The Union of Pipers and Drummers marched."])
        #expect(body(a) == ["organization name Union of Pipers and Drummers"])
        // Two words after "and" may end in an organisation word; a known name after "and" stands alone.
        #expect(body(analyze(["The Department of Fisheries and Marine Services said so."])) == ["organization name Department of Fisheries and Marine Services"])
        #expect(body(analyze(["The Ministry of Health and Red Cross officials met."])) == ["organization name Ministry of Health", "organization name Red Cross"])
    }

    @Test("an abbreviation in brackets names the same organisation throughout the article")
    func bracketedAbbreviation() throws {
        let a = analyze(["The Union of Coastal Fishers (UCF) protested on Monday.", "Later UCF leaders met the mayor."])
        #expect(body(a) == ["organization name Union of Coastal Fishers", "organization name UCF", "organization name UCF"])
        let ids = Set(a.mentions(.organization).map(\.entity))
        #expect(ids.count == 1)
    }

    @Test("an unknown name before ', whose' is a person; Dutch and French particles join a surname")
    func personBeforeWhoseAndParticles() {
        let a = analyze(["Marit Hoekstra, whose union is the second largest, blamed him.", "Spokesman Joris ten Brink and Anne du Pont agreed."])
        #expect(body(a).filter { $0.hasPrefix("person") } == ["person name Marit Hoekstra", "person name Joris ten Brink", "person name Anne du Pont"])
    }

    @Test("stacked titles ('spokesman Commodore X') are no part of the name; a shoal or reef is a place")
    func stackedTitlesAndSeaPlaces() {
        let a = analyze(["Navy spokesman Commodore Joaquin Salcedo said the ship ran aground near Halvard Reef."])
        #expect(body(a) == ["person name Joaquin Salcedo", "place name Halvard Reef"])
    }

    @Test("an article's own bracketed abbreviation beats the gazetteer's organisation of that name")
    func bracketedAbbreviationBeatsGazetteer() throws {
        let a = analyze(["The Atlantic Nurses Council (ANC) met on Monday.", "Later ANC delegates left."])
        #expect(body(a) == ["organization name Atlantic Nurses Council", "organization name ANC", "organization name ANC"])
        let ids = Set(a.mentions(.organization).map(\.entity))
        #expect(ids.count == 1)
        #expect(!ids.contains { $0.contains("african") }, "\(ids)")
    }

    @Test("a word named as an organisation by its context is that organisation throughout the article")
    func oneSensePerDiscourse() {
        let a = analyze(["Former members of Zorbanity spoke to reporters.", "They said Zorbanity had watched them for years."])
        #expect(body(a) == ["organization name Zorbanity", "organization name Zorbanity"])
        let b = analyze(["The reporters met Zorbanity officials on Friday."])
        #expect(body(b) == ["organization name Zorbanity"])
    }

    @Test("a leading The is no part of the mention, and a web address is no mention")
    func leadingTheAndDomains() {
        let a = analyze(["On Monday The Guardian reported the figures."])
        #expect(body(a) == ["organization name Guardian"])
        let b = analyze(["Former members of Zorbanity said Zorbanity.org was down."])
        #expect(body(b) == ["organization name Zorbanity"])
    }

    @Test("a team named after a country, a tournament group, and a school district are organisations")
    func teamsGroupsDistricts() {
        let a = analyze(["Team Estonia rebuilt its robot.", "In the first game of Group G, the hosts lost.", "The Lakeview Unified School District closed its schools."])
        #expect(body(a) == ["organization name Team Estonia", "organization name Group G", "organization name Lakeview Unified School District"])
    }

    // MARK: Places

    @Test("a town named with its region is a place")
    func townWithRegion() {
        let a = analyze(["The boy from Plainsboro, Texas, won the prize."])
        #expect(body(a) == ["place name Plainsboro", "place name Texas"])
    }

    @Test("a lower-case region word is not part of the name; a compass point before a place is")
    func regionWordsAndCompassPoints() {
        let a = analyze(["The governor of the Lombardy region spoke.", "Officers drove to East Los Angeles."])
        #expect(body(a) == ["place name Lombardy", "place name East Los Angeles"])
    }

    // MARK: People

    @Test("a given name inside a place name starts no person")
    func givenNameInsidePlace() {
        let a = analyze(["A detective for the Los Angeles Sheriff's office said nothing."])
        #expect(a.mentions(.person).isEmpty)
    }

    @Test("a title before a demonym body names no person")
    func titleBeforeDemonym() {
        let a = analyze(["The Chairman of the Australian Centre for Reef Studies spoke."])
        #expect(a.mentions(.person).isEmpty)
        #expect(body(a) == ["organization name Australian Centre for Reef Studies"])
    }

    @Test("an unknown first name after punctuation joins the given name and surname after it")
    func unknownFirstName() {
        let a = analyze(["After the vote, Valdemiro Dario Paz, the mayor, thanked the voters."])
        #expect(a.mentions(.person).map(\.text) == ["Valdemiro Dario Paz"])
        let b = analyze(["The video featured Zoroastrian Tom Cruise."])
        #expect(b.mentions(.person).map(\.text) == ["Tom Cruise"])
    }

    @Test("hyphenated given names keep their lower-case particle")
    func hyphenatedParticle() {
        let a = analyze(["Crowds greeted city mayor Chen Shui-bin on Friday."])
        #expect(a.mentions(.person).map(\.text) == ["Chen Shui-bin"])
    }

    @Test("a common surname that is also a place word may end a three-word name")
    func surnameHead() {
        let a = analyze(["The professor Marc Lamont Hill commented on the case."])
        #expect(body(a) == ["person name Marc Lamont Hill"])
    }

    @Test("a one-word name after a title is a surname for the rest of the article")
    func surnameFromTitle() {
        let a = analyze(["Foreign Minister Lindqvist arrived in the capital.", "Lindqvist told reporters the talks were useful."])
        let people = a.mentions(.person)
        #expect(people.map(\.text) == ["Lindqvist", "Lindqvist"])
        #expect(Set(people.map(\.entity)).count == 1)
    }

    @Test("a Title Case headline makes a person only of known names")
    func titleCaseHeadline() {
        let a = analyze(["President Maria Olsen signed the accord on Tuesday."], title: "President Hails Historic Accord At Summit")
        #expect(headline(a).filter { $0.hasPrefix("person") }.isEmpty)
        let b = analyze(["President Maria Olsen signed the accord on Tuesday."], title: "Olsen Hails Historic Accord At Summit")
        #expect(headline(b) == ["person name Olsen"])
        #expect(Set(b.mentions(.person).map(\.entity)).count == 1)
    }

    // MARK: Titles

    @Test("a title standing for a person resolves to the person named with it, as a title mention")
    func titleMentions() throws {
        let a = analyze(["Russian Foreign Minister Sergey Lavrov met the envoys.", "The Russian foreign minister said the talks went well."])
        #expect(body(a) == ["country demonym Russian", "person name Sergey Lavrov", "country demonym Russian", "person title foreign minister"])
        let people = a.mentions(.person)
        #expect(Set(people.map(\.entity)).count == 1)
    }

    @Test("titles of unnamed, former, deputy or several holders are no mentions")
    func titleMentionsNeedOneHolder() {
        let a = analyze(["Foreign Minister Sergey Lavrov met the envoys.", "The deputy foreign minister and the president of the club stayed away."])
        #expect(a.mentions(.person).map(\.form) == [.name])
        let b = analyze(["President Maria Olsen met President Jonas Berg.", "The president said little."])
        #expect(!b.mentions(.person).contains { $0.form == .title })
    }

    @Test("title mentions are not names: the scorer's name mentions leave them out")
    func titleMentionsAreNotNames() {
        let a = analyze(["Kremlin spokesman Dmitry Peskov spoke.", "The Kremlin spokesman added nothing."])
        #expect(a.mentions(.person).filter { $0.form == .name }.map(\.text) == ["Dmitry Peskov"])
        #expect(a.mentions(.person).filter { $0.form == .title }.map(\.text) == ["spokesman"])
    }
    // MARK: Datelines and names introduced by a noun

    @Test("a wire dateline's place in capitals is a place: the gazetteer's when it knows the name, else as written in title case")
    func datelines() {
        let known = analyze(["LISBON, Portugal -- Dockworkers walked out on Monday, the union said."])
        #expect(body(known) == ["place name LISBON", "country name Portugal"])
        #expect(known.named("Lisbon")?.kind == .place)
        let two = analyze(["THE HAGUE, March 3 (Reuters) - The talks ended without a deal."])
        #expect(body(two).first == "place name THE HAGUE")
        let unknown = analyze(["KWAMBOKA -- Farmers blocked the road for a second day."])
        #expect(body(unknown) == ["place name KWAMBOKA"])
        #expect(unknown.named("Kwamboka")?.kind == .place)
        // Capitals that run on into the sentence, with no comma or dash standing apart, are no dateline.
        #expect(body(analyze(["NASA-FUNDED teams said the probe was lost."])).allSatisfy { !$0.hasPrefix("place") })
    }

    @Test("a lower-case noun for a kind of body before an unknown name makes it that organisation, and the name alone later too")
    func organisationByNoun() {
        let a = analyze(["A poll by the research firm Tolvane showed support falling, the broadcaster KRV reported.",
                         "Analysts at the stockbroker Marsh Pellow called the bid low.", "Tolvane said its sample was 2,000 people."])
        #expect(body(a) == ["organization name Tolvane", "organization name KRV", "organization name Marsh Pellow", "organization name Tolvane"])
        #expect(Set(a.mentions().filter { $0.text == "Tolvane" }.map(\.entity)).count == 1)
        // Not a day, a title or a person named by a given name.
        #expect(body(analyze(["The company Monday said sales rose."])).isEmpty)
    }

    @Test("an unknown acronym that owns something or has a spokesman is an organisation; a name set off by commas after a noun for a body is one")
    func organisationByContext() {
        let a = analyze(["The figure comes from KPD's own data, KPD spokesman Leon Ortiz said.",
                         "Workers at her bakery, Tolsa, were paid late.", "Staff at Tolsa said so too."])
        #expect(body(a) == ["organization name KPD", "organization name KPD", "person name Leon Ortiz",
                            "organization name Tolsa", "organization name Tolsa"])
        // (A two-letter one is more often a product: "IE's market share".)
        #expect(body(analyze(["The browser's market share fell as IE's users left."])).isEmpty)
    }

    @Test("a lower-case title word before a name that qualifies a channel is an adjective: no person")
    func officialAccount() {
        let a = analyze(["The ministry posted on its official Kwibo account that the ship left.", "A senior official Kwame Mensah said talks failed."])
        #expect(a.mentions(.person).map(\.text) == ["Kwame Mensah"])
    }

    @Test("an unknown name after 'the town of', 'the island of' is a place")
    func placeByNoun() {
        let a = analyze(["Fishermen from the coastal town of Barangal and the island of Mourek were evacuated."])
        #expect(body(a) == ["place name Barangal", "place name Mourek"])
    }

    @Test("an ampersand joins one company's name")
    func ampersandCompany() {
        let a = analyze(["The garden centre group Holt & Varley closed four sites, and Dunmore & Sons followed."])
        #expect(body(a) == ["organization name Holt & Varley", "organization name Dunmore & Sons"])
    }

    @Test("a person described by a noun before 'of the <party>' is two names: the person and the party")
    func leaderOfParty() {
        let a = analyze(["Opposition leader Ilse Vrouwe of the Social Democrats said the coalition had failed."])
        #expect(body(a) == ["person name Ilse Vrouwe", "organization name Social Democrats"])
    }
}
