import ArgumentParser
import Foundation
import NewsModel

#if canImport(Glibc)
import Glibc
#endif

/// `newstui bench`: measures entity recognition on a deterministic synthetic corpus.
struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Measure analysis speed and memory on a generated corpus (use a release build).",
        discussion: """
            Generates a deterministic synthetic corpus of news articles (the same text on every \
            machine), then reports the gazetteer's load time and the memory it adds, entity \
            recognition throughput on one core and on all cores (best of 3 runs), and peak \
            resident memory. Run it as `swift run -c release newstui bench`.
            """
    )

    @Option(help: "Number of articles to generate.")
    var articles: Int = 2000

    @Option(help: "Seed of the synthetic corpus.")
    var seed: UInt64 = SyntheticCorpus.defaultSeed

    @Option(help: "Runs per measurement; the best is reported.")
    var runs: Int = 3

    @Option(help: "Also write the results as JSON to this file.")
    var json: String?

    @Flag(help: "Measure entity recognition only, not the whole analysis (claims, conflicts).")
    var entitiesOnly = false

    @Option(help: "Write the generated articles as files to this folder and stop.")
    var writeCorpus: String?

    func validate() throws {
        guard articles >= 1 else { throw ValidationError("--articles must be at least 1.") }
        guard runs >= 1 else { throw ValidationError("--runs must be at least 1.") }
    }

    func run() throws {
        if let folder = writeCorpus {
            let url = URL(fileURLWithPath: folder, isDirectory: true)
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
            for (i, text) in SyntheticCorpus.texts(articles: articles, seed: seed).enumerated() {
                try Data(text.utf8).write(to: url.appendingPathComponent(SyntheticCorpus.fileName(i)))
            }
            print("Wrote \(articles) articles to \(folder)")
            return
        }
        var r = BenchResults()
        r.configuration = Self.buildConfiguration
        r.cores = ProcessInfo.processInfo.activeProcessorCount

        // The gazetteer first, before anything else touches it.
        let rssBefore = Memory.kilobytes("VmRSS")
        let loadStart = ContinuousClock.now
        r.gazetteerPhrases = Gazetteer.shared.phraseCount
        r.gazetteerLoadSeconds = Self.seconds(ContinuousClock.now - loadStart)
        r.gazetteerRSSMB = Double(Memory.kilobytes("VmRSS") - rssBefore) / 1024

        let genStart = ContinuousClock.now
        let corpus = SyntheticCorpus.generate(articles: articles, seed: seed)
        r.generateSeconds = Self.seconds(ContinuousClock.now - genStart)
        r.articles = corpus.count
        let bytes = EntityBenchmark.textBytes(corpus)
        r.corpusMB = Double(bytes) / 1_000_000

        let recognizer = EntityRecognizer()
        var words = 0
        r.scanSeconds = best(runs) { words = EntityBenchmark.scanWords(corpus) }
        var tokens = 0
        r.tokenizeSeconds = best(runs) { tokens = EntityBenchmark.tokenize(corpus) }
        r.tokens = tokens
        var mentions = 0
        var cpu = Double.infinity
        r.singleSeconds = best(runs) {
            let start = Self.threadCPUSeconds()
            mentions = EntityBenchmark.recognize(corpus, recognizer: recognizer)
            cpu = min(cpu, Self.threadCPUSeconds() - start)
        }
        r.singleCPUSeconds = cpu
        r.mentions = mentions
        r.words = words
        r.allCoresSeconds = best(runs) { mentions = EntityBenchmark.recognizeConcurrently(corpus, recognizer: recognizer) }
        let whole = Corpus(name: "synthetic", articles: corpus)
        var entities = 0
        if !entitiesOnly { r.analysisSeconds = best(runs) { entities = Analyzer(recognizer: recognizer).analyze(whole).entities.count }
        r.entities = entities }
        r.peakRSSMB = Double(Memory.kilobytes("VmHWM")) / 1024
        r.finish()

        print(r.table())
        if let json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            try encoder.encode(r).write(to: URL(fileURLWithPath: json))
        }
    }

    static var buildConfiguration: String {
        #if DEBUG
        return "debug"
        #else
        return "release"
        #endif
    }

    /// CPU time of the calling thread: unlike wall time, it does not count time other processes take.
    static func threadCPUSeconds() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) * 1e-9
    }

    static func seconds(_ d: Duration) -> Double {
        Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18
    }

    /// The shortest of `runs` timed runs of `body`, in seconds.
    private func best(_ runs: Int, _ body: () -> Void) -> Double {
        var shortest = Double.infinity
        for _ in 0..<runs {
            let start = ContinuousClock.now
            body()
            shortest = min(shortest, Self.seconds(ContinuousClock.now - start))
        }
        return shortest
    }
}

/// The figures of one benchmark run (also its JSON form).
struct BenchResults: Codable {
    var configuration = ""
    var cores = 0
    var articles = 0
    var corpusMB = 0.0
    var words = 0
    var mentions = 0
    var entities = 0
    var generateSeconds = 0.0
    var gazetteerPhrases = 0
    var gazetteerLoadSeconds = 0.0
    var gazetteerRSSMB = 0.0
    var scanSeconds = 0.0
    /// Tokenising and gazetteer word lookups alone (the first stage of recognition).
    var tokens = 0
    var tokenizeSeconds = 0.0
    var tokenizeMBPerSecond = 0.0
    var scanMBPerSecond = 0.0
    var singleSeconds = 0.0
    var singleMBPerSecond = 0.0
    var singleArticlesPerSecond = 0.0
    /// The single-core run's thread CPU time, and throughput per CPU second.
    var singleCPUSeconds = 0.0
    var singleMBPerCPUSecond = 0.0
    var allCoresSeconds = 0.0
    var allCoresMBPerSecond = 0.0
    var allCoresArticlesPerSecond = 0.0
    /// The whole `Analyzer().analyze` (entities, merge, claims, conflicts) on all cores.
    var analysisSeconds = 0.0
    var analysisMBPerSecond = 0.0
    var analysisArticlesPerSecond = 0.0
    /// Single-core recognition throughput over the plain scan's: a ratio that depends little on the machine.
    var singleVersusScan = 0.0
    var peakRSSMB = 0.0

    mutating func finish() {
        scanMBPerSecond = corpusMB / max(scanSeconds, 1e-9)
        singleMBPerSecond = corpusMB / max(singleSeconds, 1e-9)
        tokenizeMBPerSecond = corpusMB / max(tokenizeSeconds, 1e-9)
        singleArticlesPerSecond = Double(articles) / max(singleSeconds, 1e-9)
        singleMBPerCPUSecond = corpusMB / max(singleCPUSeconds, 1e-9)
        allCoresMBPerSecond = corpusMB / max(allCoresSeconds, 1e-9)
        allCoresArticlesPerSecond = Double(articles) / max(allCoresSeconds, 1e-9)
        analysisMBPerSecond = analysisSeconds == 0 ? 0 : corpusMB / analysisSeconds
        analysisArticlesPerSecond = analysisSeconds == 0 ? 0 : Double(articles) / analysisSeconds
        singleVersusScan = singleMBPerSecond / max(scanMBPerSecond, 1e-9)
    }

    func table() -> String {
        func f(_ x: Double, _ digits: Int = 2) -> String { String(format: "%.\(digits)f", x) }
        let rows: [(String, String)] = [
            ("build", configuration + (configuration == "release" ? "" : "  (figures are meant for -c release)")),
            ("cores", "\(cores)"),
            ("corpus", "\(articles) articles, \(f(corpusMB)) MB of text, \(words) words (generated in \(f(generateSeconds)) s)"),
            ("gazetteer load", "\(f(gazetteerLoadSeconds * 1000, 1)) ms, +\(f(gazetteerRSSMB, 1)) MB resident, \(gazetteerPhrases) phrases"),
            ("text scan (baseline)", "\(f(scanMBPerSecond, 1)) MB/s"),
            ("tokens + word lookups", "\(f(tokenizeMBPerSecond, 1)) MB/s, \(tokens) tokens (first stage of entities, 1 core)"),
            ("entities, 1 core", "\(f(singleMBPerSecond, 2)) MB/s, \(f(singleArticlesPerSecond, 0)) articles/s, \(mentions) mentions"
                + " (\(f(singleMBPerCPUSecond, 2)) MB per CPU second)"),
            ("entities, all cores", "\(f(allCoresMBPerSecond, 2)) MB/s, \(f(allCoresArticlesPerSecond, 0)) articles/s"),
            ("analysis, all cores", analysisSeconds == 0 ? "not measured (--entities-only)"
                : "\(f(analysisMBPerSecond, 2)) MB/s, \(f(analysisArticlesPerSecond, 0)) articles/s, \(entities) entities (Analyzer().analyze)"),
            ("1 core / baseline", f(singleVersusScan, 4)),
            ("peak resident", "\(f(peakRSSMB, 1)) MB"),
        ]
        let width = rows.map(\.0.count).max() ?? 0
        var out = "newstui bench (best of runs; throughput = article text MB / s)\n"
        for (k, v) in rows { out += k.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + v + "\n" }
        return out
    }
}

/// Resident memory figures of this process, from /proc/self/status (Linux); 0 elsewhere.
enum Memory {
    static func kilobytes(_ field: String) -> Int {
        guard let file = fopen("/proc/self/status", "r") else { return 0 }
        defer { fclose(file) }
        var line: UnsafeMutablePointer<CChar>? = nil
        var capacity = 0
        defer { free(line) }
        while getline(&line, &capacity, file) > 0 {
            guard let line else { break }
            let text = String(cString: line)
            if text.hasPrefix(field + ":") {
                let digits = text.dropFirst(field.count + 1).filter(\.isNumber)
                return Int(digits) ?? 0
            }
        }
        return 0
    }
}
