import Foundation
import GRDB
import NewsStore
import Testing

/// A fresh folder per test, removed at the end.
final class TempFolder {
    let url: URL
    init() {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("newsstore-tests-\(UUID().uuidString)", isDirectory: true)
        try! FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }
    deinit { try? FileManager.default.removeItem(at: url) }
    var database: URL { url.appendingPathComponent(AnalysisCache.fileName) }
}

private func payload(_ text: String) -> Data { Data(text.utf8) }

/// Opens a cache that must be usable, with no warning.
private func openClean(_ folder: TempFolder, options: AnalysisCache.Options = .init()) throws -> AnalysisCache {
    let (cache, warning) = AnalysisCache.open(directory: folder.url, environment: [:], options: options)
    #expect(warning == nil)
    return try #require(cache)
}

/// A database with `count` entries of about 2 KB each, closed again.
private func fillDatabase(_ folder: TempFolder, count: Int) throws {
    let cache = try openClean(folder)
    let items = (0..<count).map { i in
        (hash: ContentHash.of(Array("article \(i)".utf8)), payload: Data(repeating: UInt8(i % 251), count: 2000))
    }
    cache.store(items, version: 1)
    #expect(cache.count() == count)
}

private func randomBytes(_ count: Int) -> Data {
    var generator = SystemRandomNumberGenerator()
    return Data((0..<count).map { _ in UInt8.random(in: 0...255, using: &generator) })
}

@Suite("Analysis cache")
struct AnalysisCacheTests {
    @Test("what is stored is read back, also after reopening; unknown hashes are absent")
    func roundTrip() throws {
        let folder = TempFolder()
        do {
            let cache = try openClean(folder)
            cache.store([(hash: "h1", payload: payload("one")), (hash: "h2", payload: Data())], version: 3)
            let found = cache.payloads(for: ["h1", "h2", "h3", "h1"], version: 3)
            #expect(found == ["h1": payload("one"), "h2": Data()])
            #expect(cache.warning == nil)
        }
        let reopened = try openClean(folder)
        #expect(reopened.payloads(for: ["h1", "h2"], version: 3) == ["h1": payload("one"), "h2": Data()])
        #expect(FileManager.default.fileExists(atPath: folder.database.path))
    }

    @Test("storing the same hash and version again replaces the payload")
    func replace() throws {
        let folder = TempFolder()
        let cache = try openClean(folder)
        cache.store([(hash: "h", payload: payload("old"))], version: 1)
        cache.store([(hash: "h", payload: payload("new"))], version: 1)
        #expect(cache.payloads(for: ["h"], version: 1) == ["h": payload("new")])
        #expect(cache.count() == 1)
    }

    @Test("a changed file (different bytes) misses while the old content still hits")
    func changedFile() throws {
        let folder = TempFolder()
        let cache = try openClean(folder)
        let before = ContentHash.of(Array("Title\n\n-\nThe Kremlin said talks were useful.\n".utf8))
        let after = ContentHash.of(Array("Title\n\n-\nThe Kremlin said talks were useless.\n".utf8))
        #expect(before != after)
        cache.store([(hash: before, payload: payload("analysis of the old text"))], version: 1)
        #expect(cache.payloads(for: [after], version: 1).isEmpty)
        #expect(cache.payloads(for: [before, after], version: 1) == [before: payload("analysis of the old text")])
    }

    @Test("a new analyser version misses; prune removes the other versions")
    func versions() throws {
        let folder = TempFolder()
        let cache = try openClean(folder)
        cache.store([(hash: "a", payload: payload("v1 a")), (hash: "b", payload: payload("v1 b"))], version: 1)
        #expect(cache.payloads(for: ["a", "b"], version: 2).isEmpty)
        cache.store([(hash: "a", payload: payload("v2 a"))], version: 2)
        #expect(cache.payloads(for: ["a", "b"], version: 2) == ["a": payload("v2 a")])
        #expect(cache.count() == 3)
        cache.prune(keeping: 2)
        #expect(cache.count() == 1)
        #expect(cache.payloads(for: ["a", "b"], version: 1).isEmpty)
        #expect(cache.payloads(for: ["a"], version: 2) == ["a": payload("v2 a")])
    }

    @Test("more hashes and items than one batch are all stored and found")
    func batches() throws {
        let folder = TempFolder()
        let cache = try openClean(folder)
        let n = AnalysisCache.batchSize * 2 + 123
        let items = (0..<n).map { (hash: "hash-\($0)", payload: payload("payload \($0)")) }
        cache.store(items, version: 7)
        let found = cache.payloads(for: items.map(\.hash) + ["absent"], version: 7)
        #expect(found.count == n)
        #expect(found["hash-\(n - 1)"] == payload("payload \(n - 1)"))
        #expect(found["absent"] == nil)
    }

    @Test("a file of random bytes is replaced with a warning, and the new cache works")
    func corruptRandomBytes() throws {
        for size in [4096 * 3, 10] {
            let folder = TempFolder()
            try randomBytes(size).write(to: folder.database)
            let (cache, warning) = AnalysisCache.open(directory: folder.url, environment: [:])
            let opened = try #require(cache)
            #expect(warning?.contains("cache was corrupt and has been rebuilt") == true)
            #expect(warning?.contains("\n") == false)
            opened.store([(hash: "h", payload: payload("p"))], version: 1)
            #expect(opened.payloads(for: ["h"], version: 1) == ["h": payload("p")])
            #expect(opened.warning == nil)
        }
    }

    @Test("a truncated database is replaced with a warning, and the new cache works")
    func corruptTruncated() throws {
        let folder = TempFolder()
        try fillDatabase(folder, count: 300)
        let size = try #require(try FileManager.default.attributesOfItem(atPath: folder.database.path)[.size] as? Int)
        #expect(size > 100_000)
        let handle = try FileHandle(forWritingTo: folder.database)
        try handle.truncate(atOffset: UInt64(size / 2))
        try handle.close()

        let (cache, warning) = AnalysisCache.open(directory: folder.url, environment: [:])
        let opened = try #require(cache)
        #expect(warning?.contains("cache was corrupt and has been rebuilt") == true)
        #expect(opened.count() == 0)
        opened.store([(hash: "h", payload: payload("p"))], version: 1)
        #expect(opened.payloads(for: ["h"], version: 1) == ["h": payload("p")])
    }

    @Test("damaged pages behind an intact header are found on open or on first use and rebuilt",
          arguments: [100, 60])
    func corruptPages(keepPercent: Int) throws {
        let folder = TempFolder()
        try fillDatabase(folder, count: 300)
        let original = try Data(contentsOf: folder.database)
        // Keep the header (100 bytes: SQLite finds page 1 damaged when it opens the file) or the
        // first 60% (header, schema, the first leaves: the damage shows in the first query, which
        // rebuilds the database during use); overwrite the rest in place, keeping the size.
        let keep = keepPercent == 100 ? 100 : original.count * keepPercent / 100
        try (original.prefix(keep) + randomBytes(original.count - keep)).write(to: folder.database)

        let (cache, openWarning) = AnalysisCache.open(directory: folder.url, environment: [:])
        let opened = try #require(cache)
        let hashes = (0..<300).map { ContentHash.of(Array("article \($0)".utf8)) }
        _ = opened.payloads(for: hashes, version: 1)
        let warning = openWarning ?? opened.warning
        #expect(warning?.contains("cache was corrupt and has been rebuilt") == true)
        opened.store([(hash: "h", payload: payload("p"))], version: 1)
        #expect(opened.payloads(for: ["h"], version: 1) == ["h": payload("p")])
    }

    // Tests run as root, where permission bits do not stop writes (chmod 0500 on the folder would
    // not make it read-only for us). A read-only cache is reproduced two ways instead: a folder
    // that cannot exist (its parent is a regular file: ENOTDIR, as an unwritable parent gives
    // EACCES), and a database file opened with SQLITE_OPEN_READONLY (Options.readOnly), which is
    // what SQLite does for a file it may not write.
    @Test("a cache folder that cannot be created gives no cache and one warning")
    func folderUnderAFile() throws {
        let folder = TempFolder()
        let file = folder.url.appendingPathComponent("not-a-folder")
        try Data("x".utf8).write(to: file)
        let (cache, warning) = AnalysisCache.open(
            directory: file.appendingPathComponent("newstui"), environment: [:])
        #expect(cache == nil)
        let text = try #require(warning)
        #expect(text.hasPrefix("cache unavailable (cannot create"))
        #expect(text.hasSuffix("working without it"))
        #expect(!text.contains("\n"))
    }

    @Test("a read-only database gives no cache and one warning, and is left as it was")
    func readOnlyDatabase() throws {
        let folder = TempFolder()
        try fillDatabase(folder, count: 5)
        let (cache, warning) = AnalysisCache.open(
            directory: folder.url, environment: [:], options: .init(readOnly: true))
        #expect(cache == nil)
        #expect(warning?.hasPrefix("cache unavailable (read-only") == true)
        #expect(try openClean(folder).count() == 5)
    }

    @Test("a read-only flag on a missing database gives no cache and does not create the file")
    func readOnlyMissing() throws {
        let folder = TempFolder()
        let (cache, warning) = AnalysisCache.open(
            directory: folder.url, environment: [:], options: .init(readOnly: true))
        #expect(cache == nil)
        #expect(warning?.hasPrefix("cache unavailable (") == true)
        #expect(!FileManager.default.fileExists(atPath: folder.database.path))
    }

    @Test("a database locked by another connection gives no cache after the lock timeout, and is kept")
    func lockedOnOpen() throws {
        let folder = TempFolder()
        try fillDatabase(folder, count: 5)
        let holder = try LockHolder(path: folder.database.path)
        let start = Date()
        let (cache, warning) = AnalysisCache.open(directory: folder.url, environment: [:])
        let elapsed = Date().timeIntervalSince(start)
        holder.release()
        #expect(cache == nil)
        #expect(warning?.hasPrefix("cache unavailable (locked") == true)
        #expect(elapsed >= 0.15 && elapsed < 5)
        #expect(try openClean(folder).count() == 5)
    }

    @Test("a write that fails sets the warning once and stops writes; reads go on")
    func failedWrite() throws {
        let folder = TempFolder()
        let cache = try openClean(folder)
        cache.store([(hash: "kept", payload: payload("k"))], version: 1)
        let holder = try LockHolder(path: folder.database.path)
        cache.store([(hash: "lost", payload: payload("l"))], version: 1)
        holder.release()
        let warning = try #require(cache.warning)
        #expect(warning.hasPrefix("cache write failed (locked"))
        cache.store([(hash: "later", payload: payload("x"))], version: 1)  // no longer tried
        cache.prune(keeping: 2)                                              // nor this
        #expect(cache.warning == warning)
        #expect(cache.payloads(for: ["kept", "lost", "later"], version: 1) == ["kept": payload("k")])
    }

    @Test("four threads reading and writing at once lose nothing")
    func concurrency() throws {
        let folder = TempFolder()
        let cache = try openClean(folder)
        let perThread = 300
        let mismatches = Counter()
        DispatchQueue.concurrentPerform(iterations: 4) { thread in
            for start in stride(from: 0, to: perThread, by: 25) {
                let items = (start..<start + 25).map { (hash: "t\(thread)-\($0)", payload: payload("\(thread):\($0)")) }
                cache.store(items, version: 1)
                // Read back our own items and some of the others' (present or not yet).
                let mine = cache.payloads(for: items.map(\.hash), version: 1)
                if mine.count != items.count || items.contains(where: { mine[$0.hash] != $0.payload }) {
                    mismatches.add()
                }
                let others = (0..<4).map { "t\($0)-\(start)" }
                for (hash, value) in cache.payloads(for: others, version: 1) {
                    let parts = hash.dropFirst().split(separator: "-")
                    if value != payload("\(parts[0]):\(parts[1])") { mismatches.add() }
                }
                if start % 100 == 0 { cache.prune(keeping: 1) }
            }
        }
        #expect(mismatches.value == 0)
        #expect(cache.count() == 4 * perThread)
        #expect(cache.warning == nil)
    }

    @Test("the folder is $XDG_CACHE_HOME/newstui, else $HOME/.cache/newstui")
    func folderResolution() {
        #expect(AnalysisCache.defaultDirectory(environment: ["XDG_CACHE_HOME": "/x/cache", "HOME": "/home/u"])?.path
                == "/x/cache/newstui")
        #expect(AnalysisCache.defaultDirectory(environment: ["HOME": "/home/u"])?.path == "/home/u/.cache/newstui")
        // Empty or relative XDG_CACHE_HOME is ignored, as the XDG spec says.
        #expect(AnalysisCache.defaultDirectory(environment: ["XDG_CACHE_HOME": "", "HOME": "/home/u"])?.path
                == "/home/u/.cache/newstui")
        #expect(AnalysisCache.defaultDirectory(environment: ["XDG_CACHE_HOME": "rel", "HOME": "/home/u"])?.path
                == "/home/u/.cache/newstui")
        #expect(AnalysisCache.defaultDirectory(environment: [:]) == nil)
    }

    @Test("open without a folder creates it under XDG_CACHE_HOME or HOME; with neither, one warning")
    func openResolvesFolder() throws {
        let folder = TempFolder()
        let xdg = folder.url.appendingPathComponent("xdg")
        let (viaXDG, w1) = AnalysisCache.open(directory: nil, environment: ["XDG_CACHE_HOME": xdg.path, "HOME": "/nonexistent"])
        #expect(w1 == nil)
        #expect(viaXDG?.path == xdg.appendingPathComponent("newstui/analysis.sqlite").path)
        #expect(FileManager.default.fileExists(atPath: xdg.appendingPathComponent("newstui/analysis.sqlite").path))

        let home = folder.url.appendingPathComponent("home")
        let (viaHome, w2) = AnalysisCache.open(directory: nil, environment: ["HOME": home.path])
        #expect(w2 == nil)
        #expect(viaHome?.path == home.appendingPathComponent(".cache/newstui/analysis.sqlite").path)

        let (none, w3) = AnalysisCache.open(directory: nil, environment: [:])
        #expect(none == nil)
        #expect(w3?.hasPrefix("cache unavailable (") == true)
    }
}

/// Holds SQLite's write lock on a database from another connection until released.
final class LockHolder: Sendable {
    private let release_ = DispatchSemaphore(value: 0)
    private let done = DispatchSemaphore(value: 0)

    init(path: String) throws {
        var configuration = Configuration()
        configuration.journalMode = .wal
        let queue = try DatabaseQueue(path: path, configuration: configuration)
        let started = DispatchSemaphore(value: 0)
        let release = release_, done = done
        DispatchQueue.global().async {
            var locked = false
            try? queue.inDatabase { db in
                try db.execute(sql: "BEGIN EXCLUSIVE")
                locked = true
                started.signal()
                release.wait()
                try db.execute(sql: "ROLLBACK")
            }
            if !locked { started.signal() }  // the test then fails on its expectations, not a hang
            try? queue.close()
            done.signal()
        }
        started.wait()
    }

    func release() {
        release_.signal()
        done.wait()
    }
}

final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    func add() { lock.withLock { count += 1 } }
    var value: Int { lock.withLock { count } }
}
