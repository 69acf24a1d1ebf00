import ArgumentParser
import Foundation
import NewsModel

/// `newstui bench`: speed and memory on deterministic synthetic corpora of several sizes.
struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Measure analysis, loading, UI and memory on generated corpora (use a release build).",
        discussion: """
            For each corpus size (--sizes), generates a deterministic synthetic corpus of news \
            articles (the same text on every machine) and measures, each stage in its own process \
            so peak memory is its own: gazetteer load; entity recognition on one core and on all; \
            claims with in-article conflicts on one core; the cross-corpus conflict search; the whole \
            analysis; opening the corpus as files to the first frame, cold (empty cache) and warm; \
            render and keypress-to-frame times per view at 200x60 (p50/p99); filter apply/clear \
            and picker keystrokes (p50/p99); peak resident memory. Prints a table, one column per \
            size, and writes JSON with --json. Run it as `swift run -c release newstui bench`.

            Single stages, for profiling one size (each takes --corpus FOLDER --cache-home DIR \
            --out FILE.json): `--stage load` opens cold into an empty cache home, then warm, then \
            times the UI; `--stage ui` only the warm open and the UI, on a cache home a `load` \
            stage filled; `--stage open` one open with the cache as it is; `--stage first` a cold \
            open timed to its first frame listing articles, then exits (use an empty cache home). \
            `--stage conflicts --articles N` times the cross-corpus conflict search alone (after \
            one analysis of the generated corpus) and prints its seconds and a digest of its result. \
            NEWSTUI_BENCH_SLOW=1 lists picker keystrokes over 2 ms.
            """
    )

    @Option(help: "Corpus sizes in articles, comma-separated (e.g. 1000,10000,100000).")
    var sizes: String = "1000,10000"

    @Option(help: "One corpus size (overrides --sizes).")
    var articles: Int?

    @Option(help: "Seed of the synthetic corpus.")
    var seed: UInt64 = SyntheticCorpus.defaultSeed

    @Option(help: "Runs per throughput figure, best reported (corpora over 10,000 articles: 1).")
    var runs: Int = 3

    @Option(help: "Samples per UI timing.")
    var samples: Int = 300

    @Option(help: "Also write the results as JSON to this file.")
    var json: String?

    @Flag(help: "Measure entity recognition only, not claims, conflicts, loading or the UI.")
    var entitiesOnly = false

    @Option(help: "Write the generated articles as files to this folder and stop.")
    var writeCorpus: String?

    // The stages run in child processes of the benchmark.
    @Option(help: .hidden) var stage: String?
    @Option(help: .hidden) var corpus: String?
    @Option(help: .hidden) var cacheHome: String?
    @Option(help: .hidden) var out: String?

    var sizeList: [Int] {
        if let articles { return [articles] }
        return sizes.split(separator: ",").compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }
    }

    func validate() throws {
        guard !sizeList.isEmpty, sizeList.allSatisfy({ $0 >= 1 }) else {
            throw ValidationError("--sizes and --articles take positive numbers of articles.")
        }
        guard runs >= 1 else { throw ValidationError("--runs must be at least 1.") }
        guard samples >= 10 else { throw ValidationError("--samples must be at least 10.") }
    }

    func run() throws {
        switch stage {
        case "analysis":
            let n = sizeList[0]
            let figures = AnalysisBenchmark(articles: n, seed: seed, runs: runs, entitiesOnly: entitiesOnly).run()
            try Self.write(figures, to: out)
            return
        case "conflicts":
            // The cross-corpus conflict search alone, timed after one analysis of the corpus.
            try Self.write(ConflictSearchBenchmark(articles: sizeList[0], seed: seed, runs: runs).run(), to: out)
            return
        case "load":
            guard let corpus, let cacheHome else { throw ValidationError("--stage load needs --corpus and --cache-home.") }
            try Self.write(LoadBenchmark(corpus: corpus, cacheHome: cacheHome).run(uiSamples: samples), to: out)
            return
        case "ui":
            // The warm open and the UI timings alone, on a cache an earlier `load` stage filled.
            guard let corpus, let cacheHome else { throw ValidationError("--stage ui needs --corpus and --cache-home.") }
            try Self.write(LoadBenchmark(corpus: corpus, cacheHome: cacheHome).run(uiSamples: samples, cold: false), to: out)
            return
        case "first":
            // A cold open to its first listed articles, then exit (the cache home should be empty).
            guard let corpus, let cacheHome else { throw ValidationError("--stage first needs --corpus and --cache-home.") }
            LoadBenchmark(corpus: corpus, cacheHome: cacheHome).firstArticlesThenExit(out: out)
        case "open":
            // One open with the cache as it is (warm after a `load` stage on the same folders).
            guard let corpus, let cacheHome else { throw ValidationError("--stage open needs --corpus and --cache-home.") }
            try Self.write(LoadBenchmark(corpus: corpus, cacheHome: cacheHome).openOnce(), to: out)
            return
        case nil:
            break
        default:
            throw ValidationError("unknown stage \(stage ?? "")")
        }
        if let folder = writeCorpus {
            try Self.writeCorpus(articles: sizeList[0], seed: seed, to: folder)
            print("Wrote \(sizeList[0]) articles to \(folder)")
            return
        }

        var results = BenchResults(configuration: Self.buildConfiguration, cores: ProcessInfo.processInfo.activeProcessorCount)
        for n in sizeList {
            let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("newstui-bench-\(getpid())-\(n)")
            try? FileManager.default.removeItem(at: scratch)
            try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: scratch) }
            let runsHere = n > 10_000 ? 1 : runs
            var size = BenchResults.Size(articles: n)
            FileHandle.standardError.write(Data("bench: \(n) articles: analysis...\n".utf8))
            var arguments = ["bench", "--stage", "analysis", "--articles", "\(n)", "--seed", "\(seed)", "--runs", "\(runsHere)",
                             "--out", scratch.appendingPathComponent("analysis.json").path]
            if entitiesOnly { arguments.append("--entities-only") }
            size.analysis = try Self.child(arguments, result: scratch.appendingPathComponent("analysis.json"))
            if !entitiesOnly {
                FileHandle.standardError.write(Data("bench: \(n) articles: loading and UI...\n".utf8))
                let folder = scratch.appendingPathComponent("corpus")
                try Self.writeCorpus(articles: n, seed: seed, to: folder.path)
                let cache = scratch.appendingPathComponent("cache")
                size.load = try Self.child(["bench", "--stage", "load", "--corpus", folder.path, "--cache-home", cache.path,
                                            "--samples", "\(samples)", "--out", scratch.appendingPathComponent("load.json").path],
                                           result: scratch.appendingPathComponent("load.json"))
            }
            results.sizes.append(size)
        }
        print(results.table())
        if let json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            try encoder.encode(results).write(to: URL(fileURLWithPath: json))
        }
    }

    static var buildConfiguration: String {
        #if DEBUG
        return "debug"
        #else
        return "release"
        #endif
    }

    static func writeCorpus(articles: Int, seed: UInt64, to folder: String) throws {
        let url = URL(fileURLWithPath: folder, isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        for (i, text) in SyntheticCorpus.texts(articles: articles, seed: seed).enumerated() {
            try Data(text.utf8).write(to: url.appendingPathComponent(SyntheticCorpus.fileName(i)))
        }
    }

    static func write<T: Encodable>(_ value: T, to path: String?) throws {
        let data = try JSONEncoder().encode(value)
        if let path { try data.write(to: URL(fileURLWithPath: path)) } else { print(String(decoding: data, as: UTF8.self)) }
    }

    /// Runs this program with `arguments` and decodes the JSON it leaves in `result`.
    static func child<T: Decodable>(_ arguments: [String], result: URL) throws -> T {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        process.arguments = arguments
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw ValidationError("benchmark stage \(arguments.prefix(3).joined(separator: " ")) failed (exit \(process.terminationStatus))")
        }
        return try JSONDecoder().decode(T.self, from: Data(contentsOf: result))
    }
}
