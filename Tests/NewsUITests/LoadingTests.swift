import NewsModel
import Testing
@testable import NewsUI

@Suite("Loading in the background")
struct LoadingTests {
    static let articles = ["Kyiv talks\n\n-\nUkrainian Foreign Minister Andrii Sybiha spoke in Kyiv on Monday.",
                           "Moscow talks\n\n-\nThe Kremlin said talks in Moscow were useful."]
        .enumerated().compactMap { try? ArticleParser.parse($1, id: "a\($0)") }

    @Test("articles read before the analysis is done are listed at once, and the header says the rest is loading")
    func preview() {
        var s = AppState(analysis: .empty, size: Size(width: 80, height: 6))
        _ = s.update(.loading(done: 0, total: 5000))
        _ = s.update(.preview(CorpusAnalysis(unanalyzed: Corpus(name: "news", articles: [Self.articles[0]]))))
        _ = s.update(.loading(done: 500, total: 5000))
        let screen = RootView.render(s).lines()
        #expect(screen[0].contains("news · 1/1 · loading 500/5000 files…"))
        #expect(screen[1].hasPrefix("▸ Kyiv talks"))
        _ = s.update(.loading(done: 5000, total: 5000))
        #expect(RootView.render(s).lines()[0].contains("analysing 5000 files…"))
    }

    @Test("the analysis replaces the preview and keeps the selected article")
    func previewThenLoaded() {
        var s = AppState(analysis: .empty, size: Size(width: 80, height: 6))
        _ = s.update(.loading(done: 0, total: 2))
        _ = s.update(.preview(CorpusAnalysis(unanalyzed: Corpus(name: "news", articles: Self.articles))))
        s.press(.down)
        _ = s.update(.loaded(Analyzer().analyze(Corpus(name: "news", articles: Self.articles))))
        #expect(s.loading == nil)
        #expect(s.selectedArticle?.article.title == "Moscow talks")
        #expect(!(s.selectedArticle?.mentions.isEmpty ?? true))
        #expect(RootView.render(s).lines()[0].contains("2 articles · 2/2"))
    }
}
