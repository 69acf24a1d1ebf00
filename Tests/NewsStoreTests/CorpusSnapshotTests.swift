import Foundation
import NewsModel
import Testing
@testable import NewsStore

@Suite("The corpus snapshot")
struct CorpusSnapshotTests {
    /// A corpus folder (two articles and an empty file) with a cache folder beside it.
    struct Fixture {
        let dir: URL
        var news: String { dir.appendingPathComponent("news").path }
        var cacheFolder: URL { dir.appendingPathComponent("cache") }

        init() throws {
            dir = FileManager.default.temporaryDirectory.appendingPathComponent("newstui-snapshot-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: dir.appendingPathComponent("news"), withIntermediateDirectories: true)
            try write("a.txt", "Talks in Kyiv\n\n-\nForeign Minister Andrii Sybiha said the talks in Kyiv went well. \"We will not give up,\" Sybiha said.")
            try write("b.txt", "Talks in Paris\n\n-\nPresident Emmanuel Macron met the press in Paris. Russia denied that it had attacked Kyiv.")
            try write("empty.txt", "")
        }

        func write(_ name: String, _ text: String) throws {
            try Data(text.utf8).write(to: dir.appendingPathComponent("news/\(name)"))
        }

        /// Sets a file's modification time `seconds` in the past (its status-change time becomes now).
        func age(_ name: String, seconds: Int) {
            let path = dir.appendingPathComponent("news/\(name)").path
            var times = [timespec(tv_sec: time(nil) - seconds, tv_nsec: 0), timespec(tv_sec: time(nil) - seconds, tv_nsec: 0)]
            _ = utimensat(AT_FDCWD, path, &times, 0)
        }

        func snapshotFile() -> String? {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: cacheFolder.path)) ?? []
            return names.first { $0.hasPrefix("snapshot-") && $0.hasSuffix(".bin") }.map { cacheFolder.appendingPathComponent($0).path }
        }

        func run(version: Int = Analyzer.version, build: String = "test-build") -> (CorpusAnalysis, CachedAnalyzer.Stats, String?) {
            let (cache, _) = AnalysisCache.open(directory: cacheFolder, environment: [:])
            let (analysis, stats) = CachedAnalyzer(cache: cache, version: version, build: build).analyze(paths: [news])
            return (analysis, stats, cache?.warning)
        }

        func remove() { try? FileManager.default.removeItem(at: dir) }
    }

    static func report(_ analysis: CorpusAnalysis) throws -> Data {
        try AnalysisReport(analysis: analysis).json()
    }

    @Test("a start with no changed file decodes the snapshot, and the analysis is the same as without any cache")
    func warmStart() throws {
        let f = try Fixture()
        defer { f.remove() }
        let (cold, first, _) = f.run()
        #expect(!first.fromSnapshot && first.analysed == 2)
        #expect(f.snapshotFile() != nil)
        let (warm, second, warning) = f.run()
        #expect(second.fromSnapshot && second.analysed == 0 && second.fromCache == 2)
        #expect(warning == nil)
        let (plain, _) = CachedAnalyzer(cache: nil).analyze(paths: [f.news])
        #expect(try Self.report(warm) == Self.report(plain))
        #expect(try Self.report(cold) == Self.report(plain))
        #expect(warm.articles == plain.articles)
        #expect(warm.entities == plain.entities)
        #expect(warm.conflicts == plain.conflicts)
        #expect(warm.problems == plain.problems && warm.problems.count == 1)
        #expect(!warm.articles.flatMap(\.claims).isEmpty)
        #expect(warm.articles.isPacked && !plain.articles.isPacked)
    }

    /// Everything the reader asks of an analysis, the same from `lazy` (decoded from a snapshot
    /// when asked for) as from `eager` (analysed in memory).
    static func expectSame(_ lazy: CorpusAnalysis, _ eager: CorpusAnalysis) {
        #expect(lazy.articles.count == eager.articles.count)
        for i in eager.articles.indices {
            #expect(lazy.articles[i] == eager.articles[i])
            #expect(lazy.articles.row(i) == eager.articles.row(i))
            #expect(lazy.articles.id(i) == eager.articles[i].article.id)
            #expect(lazy.conflictedClaims(of: lazy.articles[i], at: i) == eager.conflictedClaims(of: eager.articles[i], at: i))
        }
        #expect(lazy.conflictCounts == eager.conflictCounts)
        #expect(lazy.conflicts == eager.conflicts)
        for k in eager.conflicts.indices {
            for side in 0...1 {
                #expect(lazy.conflictClaim(k, side: side)?.claim == eager.conflictClaim(k, side: side)?.claim)
                #expect(lazy.conflictClaim(k, side: side)?.article == eager.conflictClaim(k, side: side)?.article)
            }
            #expect(lazy.claim(eager.conflicts[k].a)?.claim == eager.claim(eager.conflicts[k].a)?.claim)
        }
        #expect(lazy.entities == eager.entities)
        for e in eager.entities {
            let l = lazy.filtered(by: [e.id]), r = eager.filtered(by: [e.id])
            #expect(l.articles == r.articles && l.conflicts == r.conflicts && l.entities == r.entities, "\(e.id)")
        }
        #expect(lazy.index.search("a").map(\.entity.id) == eager.index.search("a").map(\.entity.id))
    }

    @Test("a snapshot's articles and conflicts, decoded one at a time when asked for, equal the analysed ones")
    func lazyEqualsEager() throws {
        let f = try Fixture()
        defer { f.remove() }
        for (i, text) in SyntheticCorpus.texts(articles: 120, seed: 11).enumerated() {
            try f.write(SyntheticCorpus.fileName(i), text)
        }
        let (cold, _, _) = f.run()
        let (warm, stats, _) = f.run()
        #expect(stats.fromSnapshot && warm.articles.isPacked && warm.conflicts.count > 10)
        let (plain, _) = CachedAnalyzer(cache: nil).analyze(paths: [f.news])
        Self.expectSame(warm, plain)
        Self.expectSame(cold, plain)
        #expect(try Self.report(warm) == Self.report(plain))
    }

    @Test("a file changed without changing size is analysed again although a snapshot exists")
    func changedSameSize() throws {
        let f = try Fixture()
        defer { f.remove() }
        _ = f.run()
        try f.write("b.txt", "Talks in Berne\n\n-\nPresident Emmanuel Macron met the press in Berne. Russia denied that it had attacked Kyiv.")
        let (analysis, stats, _) = f.run()
        #expect(!stats.fromSnapshot && stats.analysed == 1 && stats.fromCache == 1)
        #expect(analysis.articles.contains { $0.article.title == "Talks in Berne" })
        // The snapshot was rewritten for the new content.
        let (again, third, _) = f.run()
        #expect(third.fromSnapshot)
        #expect(try Self.report(again) == Self.report(analysis))
    }

    @Test("an old unchanged file is vouched for by its stamp and not read; a change of size or time is noticed")
    func stamps() throws {
        let f = try Fixture()
        defer { f.remove() }
        for name in ["a.txt", "b.txt", "empty.txt"] { f.age(name, seconds: 3600) }
        // Status-change times are now: wait past the racy window so the stamps are trusted.
        Thread.sleep(forTimeInterval: Double(FileStamp.racyWindow) / 1e9 + 0.2)
        _ = f.run()
        let (_, quiet, _) = f.run()
        #expect(quiet.fromSnapshot && quiet.read == 0)
        // Touched, same bytes: read and hashed, and the snapshot still holds.
        f.age("a.txt", seconds: 60)
        let (_, touched, _) = f.run()
        #expect(touched.fromSnapshot && touched.read >= 1)
        // Same size and the old modification time put back: the status-change time gives it away.
        try f.write("b.txt", "Talks in Berne\n\n-\nPresident Emmanuel Macron met the press in Berne. Russia denied that it had attacked Kyiv.")
        f.age("b.txt", seconds: 3600)
        let (analysis, changed, _) = f.run()
        #expect(!changed.fromSnapshot && changed.analysed == 1)
        #expect(analysis.articles.contains { $0.article.title == "Talks in Berne" })
        // A different size.
        try f.write("a.txt", "Talks in Kyiv\n\n-\nForeign Minister Andrii Sybiha said the talks went well.")
        let (_, resized, _) = f.run()
        #expect(!resized.fromSnapshot && resized.analysed == 1)
    }

    @Test("a file added or removed is not answered from the snapshot")
    func addedAndRemoved() throws {
        let f = try Fixture()
        defer { f.remove() }
        _ = f.run()
        try f.write("c.txt", "Talks in Rome\n\n-\nPrime Minister Giorgia Meloni spoke in Rome.")
        let (added, stats, _) = f.run()
        #expect(!stats.fromSnapshot && added.articles.count == 3)
        try FileManager.default.removeItem(atPath: f.news + "/a.txt")
        let (removed, again, _) = f.run()
        #expect(!again.fromSnapshot && removed.articles.count == 2)
    }

    @Test("a new analyser version or a new build does not use the snapshot")
    func versions() throws {
        let f = try Fixture()
        defer { f.remove() }
        let (cold, _, _) = f.run()
        let (fromPayloads, newBuild, _) = f.run(build: "another-build")
        #expect(!newBuild.fromSnapshot && newBuild.fromCache == 2 && newBuild.analysed == 0)
        // Rebuilt from the binary per-article payloads: the same analysis.
        #expect(try Self.report(fromPayloads) == Self.report(cold))
        let (_, newVersion, _) = f.run(version: Analyzer.version + 1, build: "another-build")
        #expect(!newVersion.fromSnapshot && newVersion.analysed == 2)
    }

    @Test("a damaged snapshot (truncated, a flipped byte in the stream or in the packed articles, garbage) is reported once, ignored and rebuilt",
          arguments: ["truncate", "flip", "region", "garbage", "empty"])
    func corrupt(damage: String) throws {
        let f = try Fixture()
        defer { f.remove() }
        let (cold, _, _) = f.run()
        // Read before the file is damaged in place: the cold run's analysis is the snapshot it
        // wrote, mapped (newstui itself only ever replaces a snapshot by renaming a new file).
        let expected = try Self.report(cold)
        let path = try #require(f.snapshotFile())
        var bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
        switch damage {
        case "truncate": bytes = Array(bytes.prefix(bytes.count * 2 / 3))
        case "flip": bytes[bytes.count / 2] ^= 0x20
        // Just after the header: the first article's payload, checked when the snapshot is opened.
        case "region": bytes[CorpusSnapshot.Reader.regionStart + 3] ^= 0x01
        case "garbage": bytes = Array("SQLite format 3\0 not a snapshot at all".utf8)
        default: bytes = []
        }
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        let (analysis, stats, warning) = f.run()
        #expect(!stats.fromSnapshot && stats.fromCache == 2)
        #expect(warning?.contains("snapshot was corrupt") == true, "\(warning ?? "no warning")")
        #expect(try Self.report(analysis) == expected)
        let (_, rebuilt, quiet) = f.run()
        #expect(rebuilt.fromSnapshot && quiet == nil)
    }

    @Test("per-article payloads stored as JSON by earlier versions are still read")
    func jsonPayloads() throws {
        let f = try Fixture()
        defer { f.remove() }
        let (cold, _, _) = f.run()
        // Replace every stored payload with its JSON form, and drop the snapshot.
        let (cache, _) = AnalysisCache.open(directory: f.cacheFolder, environment: [:])
        let cacheOK = try #require(cache)
        for name in ["a.txt", "b.txt"] {
            let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: f.news + "/" + name)))
            let hash = ContentHash.of(bytes)
            let payload = try #require(cacheOK.payloads(for: [hash], version: Analyzer.version)[hash])
            #expect(payload.first == AnalysisCodec.recognizedMark)
            let recognized = try AnalysisCodec.decodeRecognized([UInt8](payload))
            cacheOK.store([(hash, try JSONEncoder().encode(recognized))], version: Analyzer.version)
        }
        if let snapshot = f.snapshotFile() { try FileManager.default.removeItem(atPath: snapshot) }
        let (warm, stats, _) = f.run()
        #expect(!stats.fromSnapshot && stats.fromCache == 2 && stats.analysed == 0)
        #expect(try Self.report(warm) == Self.report(cold))
    }

    @Test("writing a snapshot deletes temporary files left an hour ago, not newer ones")
    func staleTemporaryFiles() throws {
        let f = try Fixture()
        defer { f.remove() }
        try FileManager.default.createDirectory(at: f.cacheFolder, withIntermediateDirectories: true)
        let old = f.cacheFolder.appendingPathComponent("snapshot-old.bin.tmp-1").path
        let recent = f.cacheFolder.appendingPathComponent("snapshot-recent.bin.tmp-2").path
        FileManager.default.createFile(atPath: old, contents: Data([1, 2, 3]))
        FileManager.default.createFile(atPath: recent, contents: Data([1, 2, 3]))
        var times = [timespec(tv_sec: time(nil) - 7200, tv_nsec: 0), timespec(tv_sec: time(nil) - 7200, tv_nsec: 0)]
        _ = utimensat(AT_FDCWD, old, &times, 0)
        _ = f.run()
        #expect(!FileManager.default.fileExists(atPath: old))
        #expect(FileManager.default.fileExists(atPath: recent))
    }

    @Test("without a cache there is no snapshot")
    func noCache() throws {
        let f = try Fixture()
        defer { f.remove() }
        _ = CachedAnalyzer(cache: nil).analyze(paths: [f.news])
        #expect(f.snapshotFile() == nil)
    }

    @Test("the analysis codec round-trips the sample corpus")
    func roundTrip() throws {
        let seeds = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("seeds").path
        let (analysis, _) = CachedAnalyzer(cache: nil).analyze(paths: [seeds])
        #expect(analysis.articles.count > 10)
        var pieces: [[UInt8]] = []
        let writer = BinaryWriter { pieces.append($0) }
        AnalysisCodec.encode(analysis, to: writer)
        writer.flush()
        var next = 0
        let reader = BinaryReader { () -> [UInt8]? in
            defer { next += 1 }
            return next < pieces.count ? pieces[next] : nil
        }
        let decoded = try AnalysisCodec.decode(from: reader)
        #expect(reader.atEnd)
        #expect(decoded.articles == analysis.articles)
        #expect(decoded.entities == analysis.entities)
        #expect(decoded.conflicts == analysis.conflicts)
        #expect(decoded.problems == analysis.problems)
        #expect(try Self.report(decoded) == Self.report(analysis))
        #expect(decoded.articles.isPacked)
        Self.expectSame(decoded, analysis)
    }
}
