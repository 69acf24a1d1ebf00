import Foundation
import NewsModel
import Testing
@testable import NewsStore

@Suite("Analysing through the cache")
struct CachedAnalyzerTests {
    static func folder() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("newstui-cached-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("news"), withIntermediateDirectories: true)
        try Data("Talks in Kyiv\n\n-\nForeign Minister Andrii Sybiha said the talks in Kyiv went well.".utf8)
            .write(to: dir.appendingPathComponent("news/a.txt"))
        try Data("Talks in Paris\n\n-\nPresident Emmanuel Macron met the press in Paris.".utf8)
            .write(to: dir.appendingPathComponent("news/b.txt"))
        return dir
    }

    @Test("a second start takes every article from the cache, and the analysis is the same")
    func warmStart() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let (cache, warning) = AnalysisCache.open(directory: dir.appendingPathComponent("cache"), environment: [:])
        #expect(warning == nil)
        let news = dir.appendingPathComponent("news").path
        let (cold, first) = CachedAnalyzer(cache: cache).analyze(paths: [news])
        #expect(first.analysed == 2 && first.fromCache == 0)
        let (warm, second) = CachedAnalyzer(cache: cache).analyze(paths: [news])
        #expect(second.analysed == 0 && second.fromCache == 2)
        #expect(try AnalysisReport(analysis: warm).json() == AnalysisReport(analysis: cold).json())
    }

    @Test("a changed file is analysed again; the others come from the cache")
    func changedFile() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let (cache, _) = AnalysisCache.open(directory: dir.appendingPathComponent("cache"), environment: [:])
        let news = dir.appendingPathComponent("news").path
        _ = CachedAnalyzer(cache: cache).analyze(paths: [news])
        try Data("Talks in Paris\n\n-\nPresident Emmanuel Macron met Chancellor Friedrich Merz in Berlin.".utf8)
            .write(to: dir.appendingPathComponent("news/b.txt"))
        let (analysis, stats) = CachedAnalyzer(cache: cache).analyze(paths: [news])
        #expect(stats.analysed == 1 && stats.fromCache == 1)
        #expect(analysis.entities.contains { $0.name == "Friedrich Merz" })
    }

    @Test("without a cache everything is analysed and nothing breaks")
    func noCache() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let (analysis, stats) = CachedAnalyzer(cache: nil).analyze(paths: [dir.appendingPathComponent("news").path])
        #expect(stats.analysed == 2 && stats.fromCache == 0, "\(stats) \(analysis.problems)")
        #expect(analysis.articles.count == 2)
    }

    @Test("a corpus of several chunks is previewed after the first chunk and once all is read; a small one is not")
    func previews() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data("Talks in Rome\n\n-\nPrime Minister Giorgia Meloni spoke in Rome.".utf8).write(to: dir.appendingPathComponent("news/c.txt"))
        let news = dir.appendingPathComponent("news").path
        let seen = Seen()
        _ = CachedAnalyzer(cache: nil, chunkSize: 2).analyze(paths: [news], preview: { seen.add($0.articles.count) })
        #expect(seen.counts == [2, 3])
        let small = Seen()
        _ = CachedAnalyzer(cache: nil).analyze(paths: [news], preview: { small.add($0.articles.count) })
        #expect(small.counts.isEmpty)
    }
}

/// Article counts of the previews, in order.
private final class Seen: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [Int] = []
    func add(_ n: Int) { lock.lock(); values.append(n); lock.unlock() }
    var counts: [Int] { lock.lock(); defer { lock.unlock() }; return values }
}
