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

    @Test("the saved analysis is shown at once with 'checking files…' in the header; once checked, only the status goes")
    func provisionalThenVerified() {
        var s = AppState(analysis: .empty, size: Size(width: 80, height: 8))
        s.loading = (0, 0)
        _ = s.update(.provisional(Analyzer().analyze(Corpus(name: "news", articles: Self.articles))))
        s.press(.down, .enter)
        let before = RootView.render(s).lines()
        #expect(before[0] == " 1  Reader  3  4  5                   news · 2 articles · 2/2 · checking files…")
        #expect(before[1].hasPrefix(" Moscow talks"))
        _ = s.update(.verified)
        let after = RootView.render(s).lines()
        #expect(after[0] == " Articles  Reader  Conflicts  Entities  Problems        news · 2 articles · 2/2")
        #expect(Array(after.dropFirst()) == Array(before.dropFirst()))
        #expect(s.screen == .reader && s.loading == nil && !s.checking)
    }

    @Test("while changed files are read the header says so; the fresh analysis then replaces the saved one in place")
    func provisionalThenChanged() {
        var s = AppState(analysis: .empty, size: Size(width: 100, height: 8))
        s.loading = (0, 0)
        _ = s.update(.provisional(Analyzer().analyze(Corpus(name: "news", articles: Self.articles))))
        s.press(.down)
        _ = s.update(.loading(done: 500, total: 5000))
        #expect(RootView.render(s).lines()[0].hasSuffix("news · 2 articles · 2/2 · files changed: reading 500/5000…"))
        _ = s.update(.loading(done: 5000, total: 5000))
        #expect(RootView.render(s).lines()[0].hasSuffix("files changed: analysing 5000 files…"))
        let changed = ["Kyiv talks\n\n-\nUkrainian Foreign Minister Andrii Sybiha spoke in Kyiv on Monday.",
                       "Moscow talks resume\n\n-\nThe Kremlin said talks in Moscow were useful.",
                       "Rome talks\n\n-\nPrime Minister Giorgia Meloni spoke in Rome."]
            .enumerated().compactMap { try? ArticleParser.parse($1, id: "a\($0)") }
        _ = s.update(.loaded(Analyzer().analyze(Corpus(name: "news", articles: changed))))
        #expect(!s.checking && s.loading == nil)
        #expect(s.selectedArticle?.article.title == "Moscow talks resume")
        #expect(RootView.render(s).lines()[0].hasSuffix("news · 3 articles · 2/3"))
    }

    @Test("the reader keeps its place when the analysis under it is replaced")
    func readerPlaceKept() {
        let long = (1...30).map { "Paragraph \($0) of the talks in Kyiv, with words enough to wrap." }.joined(separator: "\n\n")
        let articles = [try! ArticleParser.parse("Kyiv talks\n\n-\n" + long, id: "k")]
        var s = AppState(analysis: .empty, size: Size(width: 60, height: 10))
        _ = s.update(.provisional(Analyzer().analyze(Corpus(name: "news", articles: articles))))
        s.press(.enter)
        for _ in 0..<12 { s.press(.down) }
        let line = s.reader.map { $0.lines[s.readerTop].paragraph }
        #expect(s.readerTop > 0)
        _ = s.update(.loaded(Analyzer().analyze(Corpus(name: "news", articles: articles))))
        #expect(s.screen == .reader && s.readerTop > 0)
        #expect(s.reader.map { $0.lines[s.readerTop].paragraph } == line)
    }
}
