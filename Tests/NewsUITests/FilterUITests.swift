import NewsModel
import Testing
@testable import NewsUI

@Suite("Filtering in the UI")
struct FilterUITests {
    static func state() -> AppState {
        let texts = [
            "Kyiv talks\n\n-\nUkrainian Foreign Minister Andrii Sybiha spoke in Kyiv on Monday.",
            "Moscow talks\n\n-\nThe Kremlin said talks in Moscow were useful.",
            "Paris talks\n\n-\nPresident Volodymyr Zelensky met President Emmanuel Macron in Paris.",
        ]
        let articles = texts.enumerated().compactMap { try? ArticleParser.parse($1, id: "a\($0)") }
        return AppState(analysis: Analyzer().analyze(Corpus(name: "news", articles: articles)), size: Size(width: 80, height: 12))
    }

    @Test("f opens the picker; typing narrows it; Enter applies; the header shows the filter")
    func picker() {
        var s = Self.state()
        s.press(.char("f"))
        #expect(s.picker != nil)
        for c in "kyiv" { s.press(.char(c)) }
        #expect(s.picker?.results.first?.entity.name == "Ukraine")
        s.press(.enter)
        #expect(s.picker == nil)
        #expect(s.filters == ["country/ua"])
        #expect(s.visible == [0, 2])
        let header = RootView.render(s).lines()[0]
        #expect(header.contains("country: Ukraine · 2/3 articles"))
    }

    @Test("the filtered list shows only matching articles")
    func filteredScreen() {
        var s = Self.state()
        s.setFilters(["country/ua"])
        let screen = RootView.render(s).lines()
        #expect(screen[1].hasPrefix("▸ Kyiv talks"))
        #expect(screen[2].hasPrefix("  Paris talks"))
        #expect(screen[3] == "")
    }

    @Test("person: and country: scopes choose the kind; Esc closes without a filter")
    func scopes() {
        var s = Self.state()
        s.press(.char("f"))
        for c in "person:" { s.press(.char(c)) }
        #expect(s.picker?.results.allSatisfy { $0.entity.kind == .person } == true)
        s.press(.escape)
        #expect(s.picker == nil)
        #expect(s.filters.isEmpty)
    }

    @Test("Backspace drops the last filter, F clears all, and the selection survives")
    func removing() {
        var s = Self.state()
        s.press(.down, .down)  // Paris talks
        s.setFilters(["country/ua", "country/fr"])
        #expect(s.visible == [2])
        s.press(.backspace)
        #expect(s.filters == ["country/ua"])
        #expect(s.selectedArticle?.article.title == "Paris talks")
        s.press(.char("F"))
        #expect(s.filters.isEmpty)
        #expect(s.selectedArticle?.article.title == "Paris talks")
    }

    @Test("an empty result says so and how to clear it")
    func emptyResult() {
        var s = Self.state()
        s.setFilters(["country/ua", "country/ru"])
        let text = RootView.render(s).text
        #expect(text.contains("No article matches country: Ukraine · country: Russia."))
        #expect(text.contains("Press F to clear the filters"))
    }

    @Test("Enter in the Entities view applies the entity as the filter")
    func fromEntities() {
        var s = Self.state()
        s.press(.char("4"))
        #expect(s.screen == .entities)
        s.press(.enter)
        #expect(s.screen == .articles)
        #expect(s.filters.count == 1)
    }

    @Test("a filter set in the Articles view narrows the Entities view when it is shown")
    func entitiesFollowFilterWhenShown() {
        var s = Self.state()
        s.setFilters(["country/ru"])
        s.press(.char("4"))
        #expect(s.screen == .entities)
        let names = s.visibleEntities.map { s.analysis.entities[$0].name }
        #expect(names.contains("Kremlin"))
        #expect(!names.contains("Emmanuel Macron"))
        s.press(.char("F"))
        #expect(s.visibleEntities.count == s.analysis.entities.count)
    }
}
