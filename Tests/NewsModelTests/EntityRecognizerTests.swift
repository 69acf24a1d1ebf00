import Foundation
import Testing
@testable import NewsModel

/// Analyses one in-memory article.
func analyze(_ paragraphs: [String], title: String = "Untitled report") -> CorpusAnalysis {
    var text = title + "\n\n-\n"
    text += paragraphs.joined(separator: "\n")
    let article = (try? ArticleParser.parse(text, id: "t")) ?? Article(id: "t", title: title, paragraphs: [])
    return Analyzer().analyze(Corpus(name: "t", articles: [article]))
}

extension CorpusAnalysis {
    func mentions(_ kind: EntityKind? = nil) -> [Mention] {
        articles.flatMap(\.mentions).filter { kind == nil || $0.kind == kind }
    }
    func named(_ text: String) -> Entity? { entities.first { $0.name == text } }
}

@Suite("Entity recognition rules")
struct EntityRecognizerTests {
    @Test("a title and demonym before a name: the person, affiliated with the country")
    func titledPerson() throws {
        let a = analyze(["Estonian Foreign Minister Margus Tsahkna said the talks would resume."])
        let person = try #require(a.named("Margus Tsahkna"))
        #expect(person.kind == .person)
        #expect(person.countries == ["country/ee"])
        #expect(a.mentions(.country).map(\.form) == [.demonym])
    }

    @Test("a surname after the full name is the same person")
    func surnameCoreference() {
        let a = analyze(["Prime Minister Ilse Vandermeer arrived on Monday.", "Vandermeer told reporters the vote was close."])
        let people = a.entities.filter { $0.kind == .person }
        #expect(people.map(\.name) == ["Ilse Vandermeer"])
        #expect(people.first?.mentions == 2)
    }

    @Test("a hyphenated surname alone after the full name is the same person")
    func hyphenatedSurname() {
        let a = analyze(["Trade Minister Nadia Okafor-Lindqvist arrived on Monday.", "Okafor-Lindqvist told reporters the vote was close."])
        let people = a.entities.filter { $0.kind == .person }
        #expect(people.map(\.name) == ["Nadia Okafor-Lindqvist"])
        #expect(people.first?.mentions == 2)
        #expect(a.claims.first?.speakerEntity == people.first?.id)
    }

    @Test("an unknown name set off after a role ('Its spokesman, Davor Kunaku,') or before a reporting verb is a person")
    func appositiveUnknownName() {
        let a = analyze(["The council rejected the plan. Its spokesman, Davor Kunaku, described the bid as reckless."])
        #expect(a.entities.filter { $0.kind == .person }.map(\.name) == ["Davor Kunaku"])
        #expect(a.claims.contains { $0.speaker == "Davor Kunaku" && $0.cue == "described" })
    }

    @Test("spelling variants of a name meet in one entity across articles")
    func variantsAcrossCorpus() {
        let one = try? ArticleParser.parse("A\n\n-\nPresident Oleksandr Zelenskyy spoke.", id: "a")
        let two = try? ArticleParser.parse("B\n\n-\nPresident Oleksandr Zelenskiy spoke.", id: "b")
        let a = Analyzer().analyze(Corpus(name: "t", articles: [one, two].compactMap { $0 }))
        #expect(a.entities.filter { $0.kind == .person }.count == 1)
    }

    @Test("US, U.S., United States and America are one country")
    func countryAliases() {
        let a = analyze(["The US and the U.S. disagree.", "The United States says America will act."])
        #expect(Set(a.mentions(.country).map(\.entity)) == ["country/us"])
        #expect(a.mentions(.country).count == 4)
    }

    @Test("a hyphenated pair of demonyms yields both countries")
    func hyphenatedDemonyms() {
        let a = analyze(["Officials released a US-Russian dual national on Thursday."])
        #expect(Set(a.mentions(.country).map(\.entity)) == ["country/us", "country/ru"])
    }

    @Test("a metonym stays an organisation affiliated with its country")
    func metonym() throws {
        let a = analyze(["The Kremlin rejected the proposal on Friday."])
        let kremlin = try #require(a.mentions(.organization).first)
        #expect(kremlin.text == "Kremlin")
        #expect(a.entity(kremlin.entity)?.countries == ["country/ru"])
        #expect(a.mentions(.country).isEmpty)
    }

    @Test("regions and cities carry their country", arguments: [
        // (A lower-case region word is not part of the name: the mention is "Kursk", of the Kursk region.)
        ("Drones were shot down over the Kursk region overnight.", "Kursk", "country/ru"),
        ("The exchange took place in Abu Dhabi.", "Abu Dhabi", "country/ae"),
        ("He boarded the plane in Maryland.", "Maryland", "country/us"),
    ])
    func placeCountry(sentence: String, place: String, country: String) throws {
        let a = analyze([sentence])
        let m = try #require(a.mentions(.place).first)
        #expect(m.text == place)
        #expect(a.entity(m.entity)?.countries == [country])
    }

    @Test("a government body named with a demonym gets a canonical name and the country")
    func governmentBody() throws {
        let a = analyze(["The Russian Foreign Ministry condemned the plan."])
        let org = try #require(a.mentions(.organization).first)
        #expect(org.text == "Russian Foreign Ministry")
        #expect(a.entity(org.entity)?.name == "Ministry of Foreign Affairs of Russia")
    }

    @Test("unknown organisations are found by their head word and unknown people by context")
    func unknownNames() {
        let a = analyze(["Zorbatech Holdings said profits rose.", "Analyst Quentin Marlowe told investors the deal was done."])
        #expect(a.mentions(.organization).map(\.text) == ["Zorbatech Holdings"])
        #expect(a.mentions(.person).map(\.text) == ["Quentin Marlowe"])
    }

    @Test("apostrophes, hyphens and initials stay inside names")
    func nameShapes() {
        let a = analyze(["Senator Conor O'Brien met Jean-Luc Moreau and J.D. Vance in Paris."])
        let names = a.mentions(.person).map(\.text)
        #expect(names.contains("Conor O'Brien"))
        #expect(names.contains("Jean-Luc Moreau"))
        #expect(names.contains("J.D. Vance"))
    }

    @Test("a sentence-initial function word is not a name")
    func sentenceStart() {
        let a = analyze(["However, Meanwhile and According are not names.", "Earlier, talks stalled."])
        #expect(a.mentions(.person).isEmpty)
    }

    @Test("an all-caps headline gives no invented names")
    func shouting() {
        let a = analyze(["Body text."], title: "100 DAYS OF HOAXES: CUTTING THROUGH THE FAKE NEWS")
        #expect(a.mentions().isEmpty)
    }

    @Test("mention offsets point at the mention text in the source", arguments: [
        "“Russia has to get moving,” President Dana Whitfield wrote, as Ukraine’s envoy waited in Kyiv.",
        "Tōkyō and 東京 and Café owner Renée Dubois met the Secretary-General of NATO.",
    ])
    func offsets(sentence: String) throws {
        let text = "Title\n\n-\n" + sentence
        let article = try ArticleParser.parse(text, id: "t")
        let a = Analyzer().analyze(Corpus(name: "t", articles: [article]))
        for m in a.mentions() { #expect(text.scalars(m.start, m.end) == m.text) }
        #expect(!a.mentions().isEmpty)
    }

    @Test("hostile text finishes quickly and sensibly", arguments: [
        String(repeating: "Capitalised ", count: 10_000),
        String(repeating: "Zzyzx-Qq'Rr ", count: 5_000),
        "Путин и Зеленский; 習近平; محمد — " + String(repeating: "é", count: 1000),
        "",
    ])
    func hostile(paragraph: String) {
        let a = analyze([paragraph.isEmpty ? "x" : paragraph])
        #expect(a.mentions().count < 10_000)
    }
}
