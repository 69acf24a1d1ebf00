import Foundation
import Testing
@testable import NewsModel

@Suite("Filters by person and country")
struct FilterTests {
    /// Three small articles: one on Kyiv and a minister, one on Moscow, one on both leaders.
    static let analysis: CorpusAnalysis = {
        let texts = [
            "One\n\n-\nUkrainian Foreign Minister Andrii Sybiha spoke in Kyiv on Monday.",
            "Two\n\n-\nThe Kremlin said talks in Moscow were useful.",
            "Three\n\n-\nPresident Volodymyr Zelensky met President Emmanuel Macron in Paris.",
        ]
        let articles = texts.enumerated().compactMap { try? ArticleParser.parse($1, id: "a\($0)") }
        return Analyzer().analyze(Corpus(name: "t", articles: articles))
    }()

    @Test("a country filter keeps articles that mention it directly or through its cities, bodies and people")
    func countryAffiliation() throws {
        let ukraine = try Self.analysis.lookup("Ukraine", kind: .country)
        #expect(Self.analysis.filtered(by: [ukraine.id]).articles == [0, 2])
        let russia = try Self.analysis.lookup("Russia", kind: .country)
        #expect(Self.analysis.filtered(by: [russia.id]).articles == [1])
    }

    @Test("filters combine with AND")
    func and() throws {
        let ukraine = try Self.analysis.lookup("Ukraine", kind: .country)
        let france = try Self.analysis.lookup("France", kind: .country)
        #expect(Self.analysis.filtered(by: [ukraine.id, france.id]).articles == [2])
        let russia = try Self.analysis.lookup("Russia", kind: .country)
        #expect(Self.analysis.filtered(by: [ukraine.id, russia.id]).articles.isEmpty)
    }

    @Test("names are found by alias, case and accents ignored", arguments: [
        ("zelenskyy", EntityKind.person, "Volodymyr Zelensky"),
        ("ZELENSKY", .person, "Volodymyr Zelensky"),
        ("macrón", .person, "Emmanuel Macron"),
        ("ukraine", .country, "Ukraine"),
    ])
    func lookup(name: String, kind: EntityKind, expected: String) throws {
        #expect(try Self.analysis.lookup(name, kind: kind).name == expected)
    }

    @Test("an unknown name suggests close ones; an ambiguous one lists the candidates")
    func lookupErrors() {
        #expect(throws: EntityLookupError.self) { try Self.analysis.lookup("Zelenskx", kind: .person) }
        do {
            _ = try Self.analysis.lookup("Zelenskx", kind: .person)
        } catch {
            #expect(error.description == "no person named Zelenskx; did you mean: Volodymyr Zelensky")
        }
        do {
            _ = try Self.analysis.lookup("President", kind: .person)
            Issue.record("expected no match")
        } catch {
            #expect(error.description.hasPrefix("no person named President"))
        }
    }

    @Test("the picker search finds countries through capitals and bodies, ranked by articles")
    func search() {
        let index = Self.analysis.index
        #expect(index.search("ukr").first?.entity.name == "Ukraine")
        #expect(index.search("kyiv").first?.entity.name == "Ukraine")
        #expect(index.search("kremlin").first?.entity.name == "Russia")
        #expect(index.search("zelensk").first?.entity.name == "Volodymyr Zelensky")
        #expect(index.search("").first?.entity.articles == 2)  // Ukraine: the most articles first
    }
}
