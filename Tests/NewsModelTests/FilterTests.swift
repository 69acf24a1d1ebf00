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

    @Test("conflicts kept by a filter are those with a claim by, about or (a country) for it, or of anything of a country, as a scan of every conflict finds")
    func conflictsAgainstScan() throws {
        let seeds = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("seeds")
        let analysis = Analyzer().analyze(CorpusLoader().load(paths: [seeds.path]))
        let claims = Dictionary(uniqueKeysWithValues: analysis.articles.flatMap(\.claims).map { ($0.id, $0) })
        let byID = Dictionary(uniqueKeysWithValues: analysis.entities.map { ($0.id, $0) })
        func scan(_ filters: [Entity]) -> [Int] {
            analysis.conflicts.indices.filter { k in
                let ids = [analysis.conflicts[k].a, analysis.conflicts[k].b].compactMap { claims[$0] }
                    .flatMap { c in
                        (c.speakerEntity.map { [$0] } ?? []) + c.about
                            + (c.speakerSide.flatMap { byID[$0]?.kind == .country ? [$0] : nil } ?? [])
                    }
                return filters.allSatisfy { f in
                    ids.contains { id in id == f.id || (f.kind == .country && (byID[id]?.countries.contains(f.id) ?? false)) }
                }
            }
        }
        let candidates = analysis.entities.filter { $0.kind == .person || $0.kind == .country }
        try #require(analysis.conflicts.count > 10 && candidates.count > 10)
        var nonEmpty = 0
        for (i, f) in candidates.enumerated() {
            let expected = scan([f])
            #expect(analysis.filtered(by: [f.id], withEntities: false).conflicts == expected, "\(f.name)")
            if !expected.isEmpty { nonEmpty += 1 }
            let g = candidates[(i * 7 + 3) % candidates.count]
            #expect(analysis.filtered(by: [f.id, g.id], withEntities: false).conflicts == scan([f, g]), "\(f.name) + \(g.name)")
        }
        #expect(nonEmpty >= 5)
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
