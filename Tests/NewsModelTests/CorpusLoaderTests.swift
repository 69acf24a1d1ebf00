import Foundation
import Testing
@testable import NewsModel

@Suite("Loading a corpus")
struct CorpusLoaderTests {
    @Test("the shipped seeds load with no problems, and every article has a title and paragraphs")
    func seeds() {
        let corpus = CorpusLoader().load(paths: [RepoFiles.seeds.path])
        #expect(corpus.problems.isEmpty)
        #expect(corpus.articles.count >= 12)
        for a in corpus.articles {
            #expect(!a.title.isEmpty)
            #expect(!a.paragraphs.isEmpty)
        }
        #expect(!corpus.articles.contains { $0.path?.hasSuffix("SOURCES.md") == true })
    }

    @Test("offsets of every shipped article point at the paragraph text")
    func seedOffsets() throws {
        let corpus = CorpusLoader().load(paths: [RepoFiles.seeds.path])
        for a in corpus.articles {
            let text = try TextDecoder.decode(Array(try Data(contentsOf: URL(fileURLWithPath: a.path ?? ""))))
            for p in a.paragraphs { #expect(text.scalars(p.start, p.end) == p.text) }
        }
    }

    @Test("the corpus files' Source lines give outlet, ISO date and URL")
    func sourceMetadata() {
        let corpus = CorpusLoader().load(paths: [RepoFiles.seeds.path])
        let withSource = corpus.articles.filter { $0.paragraphs.contains { $0.kind == .source } }
        #expect(withSource.count >= 10)
        for a in withSource {
            #expect(a.outlet?.isEmpty == false)
            #expect(a.date?.count == 10)
            #expect(a.url?.hasPrefix("https://") == true)
        }
    }

    @Test("bad files become problems with one-line reasons and the good ones still load")
    func badFiles() throws {
        let dir = try RepoFiles.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        func write(_ name: String, _ bytes: [UInt8]) throws {
            try Data(bytes).write(to: dir.appendingPathComponent(name))
        }
        try write("good.txt", Array("Good title\n\n-\nA paragraph.".utf8))
        try write("empty.txt", [])
        try write("binary.txt", [0x00, 0x01, 0x02, 0xFF])
        try write("latin1.txt", Array("Caf".utf8) + [0xE9, 0x20, 0x6F, 0x6B])
        try write("notes.json", Array("{}".utf8))  // not an article extension: ignored
        try write("README.md", Array("# Docs".utf8))  // documentation: ignored
        let corpus = CorpusLoader().load(paths: [dir.path])
        #expect(corpus.articles.map(\.title) == ["Good title"])
        let reasons = Dictionary(uniqueKeysWithValues: corpus.problems.map { (($0.path as NSString).lastPathComponent, $0.message) })
        #expect(reasons == [
            "binary.txt": "binary data, not text",
            "empty.txt": "empty file",
            "latin1.txt": "not valid UTF-8 (bad byte at offset 3)",
        ])
        #expect(corpus.problems.allSatisfy { !$0.message.contains("\n") })
    }

    @Test("a missing path, a FIFO and an over-size file are problems, not hangs")
    func specialFiles() throws {
        let dir = try RepoFiles.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let fifo = dir.appendingPathComponent("pipe.txt").path
        #expect(mkfifo(fifo, 0o644) == 0)
        let big = dir.appendingPathComponent("big.txt")
        try Data(repeating: 0x61, count: 2048).write(to: big)
        let corpus = CorpusLoader(maxFileBytes: 1024).load(paths: [dir.appendingPathComponent("nope").path, fifo, big.path])
        #expect(corpus.articles.isEmpty)
        #expect(corpus.problems.map(\.message) == [
            "no such file or folder (No such file or directory)",
            "not a regular file",
            "file is 2.0 KB; articles are read up to 1.0 KB",
        ])
    }

    @Test("a symlink loop is walked once")
    func symlinkLoop() throws {
        let dir = try RepoFiles.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data("T\n\n-\nP.".utf8).write(to: dir.appendingPathComponent("a.txt"))
        try FileManager.default.createSymbolicLink(atPath: dir.appendingPathComponent("loop").path, withDestinationPath: dir.path)
        let corpus = CorpusLoader().load(paths: [dir.path])
        #expect(corpus.articles.count <= 2)
        #expect(corpus.articles.first?.title == "T")
    }

    @Test("articles with the same file name get distinct ids")
    func distinctIDs() throws {
        let dir = try RepoFiles.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        for sub in ["a", "b"] {
            let folder = dir.appendingPathComponent(sub)
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data("T\n\n-\nP.".utf8).write(to: folder.appendingPathComponent("story.txt"))
        }
        let ids = CorpusLoader().load(paths: [dir.path]).articles.map(\.id)
        #expect(ids == ["story", "story-2"])
    }

    @Test("folder entries are walked in the byte order of their names, however long the common prefix")
    func byteOrder() {
        let names = ["synthetic-000010.txt", "synthetic-000002.txt", "synthetic-00000.txt", "synthetic", "synthetic-",
                     "b", "a", "ab", "", "é.txt", "e.txt", "z.txt", "Z.txt", "synthetic-000002.txt\u{0}", "synthetic-000002.tx"]
        let sorted = CorpusLoader.sortedByBytes(names.map { ($0, true) }).map(\.0)
        #expect(sorted == names.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) })
    }
}
