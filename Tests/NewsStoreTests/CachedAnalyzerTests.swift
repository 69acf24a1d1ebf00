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

    // Stale-while-revalidate: the snapshot's analysis handed early, then checked against the files.

    /// Runs the analyser with a cache in `dir`, collecting what it hands to `provisional`.
    private static func open(_ dir: URL, chunkSize: Int = 2000, preview: Seen? = nil) -> (CorpusAnalysis, CachedAnalyzer.Stats, [CorpusAnalysis]) {
        let (cache, _) = AnalysisCache.open(directory: dir.appendingPathComponent("cache"), environment: [:])
        let early = Early()
        let (analysis, stats) = CachedAnalyzer(cache: cache, chunkSize: chunkSize).analyze(
            paths: [dir.appendingPathComponent("news").path], preview: { preview?.add($0.articles.count) },
            provisional: { early.add($0) })
        return (analysis, stats, early.values)
    }

    static func json(_ analysis: CorpusAnalysis) throws -> Data { try AnalysisReport(analysis: analysis).json() }

    @Test("with nothing changed the early analysis is the snapshot's, and the final one is that same analysis")
    func provisionalStands() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let (cold, coldStats, none) = Self.open(dir)
        #expect(none.isEmpty && !coldStats.provisional)
        let (warm, stats, early) = Self.open(dir)
        #expect(early.count == 1 && stats.provisional && stats.confirmsProvisional)
        #expect(early.first?.articles.isPacked == true)
        #expect(try Self.json(early[0]) == Self.json(cold))
        #expect(try Self.json(warm) == Self.json(cold))
        #expect(early[0].name == warm.name && early[0].articles == warm.articles && early[0].conflicts == warm.conflicts)
    }

    @Test("a file changed after the snapshot was written is shown early as it was; the final analysis has the new content")
    func provisionalThenChanged() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data("Talks in Rome\n\n-\nPrime Minister Giorgia Meloni spoke in Rome.".utf8).write(to: dir.appendingPathComponent("news/c.txt"))
        let (before, _, _) = Self.open(dir)
        try Data("Talks in Paris\n\n-\nPresident Emmanuel Macron met Chancellor Friedrich Merz in Berlin.".utf8)
            .write(to: dir.appendingPathComponent("news/b.txt"))
        let previews = Seen()
        let (after, stats, early) = Self.open(dir, chunkSize: 2, preview: previews)
        #expect(early.count == 1 && stats.provisional && !stats.confirmsProvisional)
        #expect(try Self.json(early[0]) == Self.json(before))
        #expect(!early[0].entities.contains { $0.name == "Friedrich Merz" })
        #expect(after.entities.contains { $0.name == "Friedrich Merz" })
        #expect(stats.analysed == 1 && after.articles.count == 3)
        // No half-read preview after the whole saved analysis was shown.
        #expect(previews.counts.isEmpty)
    }

    @Test("a deleted file is shown early and is gone from the final analysis")
    func provisionalThenDeleted() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        _ = Self.open(dir)
        try FileManager.default.removeItem(at: dir.appendingPathComponent("news/a.txt"))
        let (after, stats, early) = Self.open(dir)
        #expect(early.first?.articles.count == 2)
        #expect(stats.provisional && !stats.confirmsProvisional)
        #expect(after.articles.count == 1 && after.articles[0].article.title == "Talks in Paris")
        #expect(after.problems.isEmpty)
    }

    @Test("with no snapshot (none written yet, no cache, or a damaged one) there is no early analysis")
    func noProvisional() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let early = Early()
        let (plain, _) = CachedAnalyzer(cache: nil).analyze(paths: [dir.appendingPathComponent("news").path], provisional: { early.add($0) })
        #expect(early.values.isEmpty && plain.articles.count == 2)
        let (_, first, none) = Self.open(dir)
        #expect(none.isEmpty && !first.provisional)
        // A damaged snapshot: nothing early, and the analysis is whole.
        let cacheFolder = dir.appendingPathComponent("cache")
        let names = try FileManager.default.contentsOfDirectory(atPath: cacheFolder.path)
        let snapshot = try #require(names.first { $0.hasPrefix("snapshot-") && $0.hasSuffix(".bin") })
        let url = cacheFolder.appendingPathComponent(snapshot)
        var bytes = try Data(contentsOf: url)
        bytes[bytes.count / 2] ^= 0xFF
        try bytes.write(to: url)
        let (again, stats, damaged) = Self.open(dir)
        #expect(damaged.isEmpty && !stats.provisional && !stats.fromSnapshot)
        #expect(try Self.json(again) == Self.json(plain))
    }
}

/// The analyses handed to `provisional`, in order.
private final class Early: @unchecked Sendable {
    private let lock = NSLock()
    private var list: [CorpusAnalysis] = []
    func add(_ a: CorpusAnalysis) { lock.lock(); list.append(a); lock.unlock() }
    var values: [CorpusAnalysis] { lock.lock(); defer { lock.unlock() }; return list }
}

/// Article counts of the previews, in order.
private final class Seen: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [Int] = []
    func add(_ n: Int) { lock.lock(); values.append(n); lock.unlock() }
    var counts: [Int] { lock.lock(); defer { lock.unlock() }; return values }
}
