import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Entry points for measuring claims and conflicts, and the phases of the whole analysis.
public enum ClaimBenchmark {
    /// One measured phase of `Analyzer().analyze`.
    public struct Phase: Sendable, Codable {
        public var name: String
        public var seconds: Double
    }

    public struct Result: Sendable, Codable {
        public var articles = 0
        /// MB of the text entity recognition reads (`EntityBenchmark.textBytes`).
        public var textMB = 0.0
        public var claims = 0
        public var inArticleConflicts = 0
        public var conflicts = 0
        /// Claim extraction plus each article's own conflict search, on the calling thread:
        /// thread CPU seconds (best of runs) and MB of article text per CPU second.
        public var extractCPUSeconds = 0.0
        public var extractMBPerCoreSecond = 0.0
        /// Claim extraction alone, on the calling thread (MB per CPU second).
        public var extractOnlyMBPerCoreSecond = 0.0
        /// The cross-corpus conflict search over all claims, on all cores (wall seconds, best of runs).
        public var conflictSearchSeconds = 0.0
        /// The whole analysis, phase by phase, on all cores (wall seconds, best of runs each):
        /// "recognize", "merge", "claims", "conflicts", "index" (CorpusAnalysis with its indexes).
        public var phases: [Phase] = []

        /// Sum of the phases: the whole analysis.
        public var analysisSeconds: Double { phases.reduce(0) { $0 + $1.seconds } }

        /// A few lines for a table: "phase  seconds  MB/s".
        public var lines: [(String, String)] {
            func f(_ x: Double, _ d: Int) -> String { String(format: "%.\(d)f", x) }
            var out: [(String, String)] = [
                ("claims + in-article, 1 core", "\(f(extractMBPerCoreSecond, 2)) MB per CPU second, \(claims) claims, \(inArticleConflicts) in-article conflicts"),
                ("claims alone, 1 core", "\(f(extractOnlyMBPerCoreSecond, 2)) MB per CPU second"),
                ("conflict search, all cores", "\(f(conflictSearchSeconds * 1000, 1)) ms, \(conflicts) conflicts"),
            ]
            for p in phases {
                out.append(("  phase " + p.name, "\(f(p.seconds * 1000, 1)) ms (\(f(textMB / max(p.seconds, 1e-9), 1)) MB/s)"))
            }
            return out
        }
    }

    /// Measures claim extraction and in-article conflicts per core, the cross-corpus conflict
    /// search, and each phase of the whole analysis, on `articles` (best of `runs`).
    public static func measure(_ articles: [Article], runs: Int = 3, recognizer: EntityRecognizer = EntityRecognizer()) -> Result {
        var r = Result()
        r.articles = articles.count
        r.textMB = Double(EntityBenchmark.textBytes(articles)) / 1_000_000
        let corpus = Corpus(name: "synthetic", articles: articles)
        let analyzer = Analyzer(recognizer: recognizer)
        var best: [String: Double] = [:]
        func time<T>(_ name: String, _ body: () -> T) -> T {
            let start = ContinuousClock.now
            let value = body()
            let d = ContinuousClock.now - start
            let s = Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18
            best[name] = min(best[name] ?? .infinity, s)
            return value
        }
        var merged = Analyzer.MergedEntities(name: "", articles: [], entities: [], problems: [])
        for _ in 0..<max(1, runs) {
            let raw = time("recognize") { () -> [[RawMention]] in
                var raw = [[RawMention]](repeating: [], count: articles.count)
                raw.withUnsafeMutableBufferPointer { buffer in
                    let box = UncheckedBox(buffer)
                    ParallelChunks.forEach(articles.count, minimum: 1) { i in box.value[i] = recognizer.recognize(articles[i]) }
                }
                return raw
            }
            merged = time("merge") { analyzer.merge(corpus: corpus, raw: raw) }
            let (info, lookup) = Analyzer.entityLookups(merged.entities)
            let withClaims = time("claims") { Analyzer.extractClaims(merged.articles, entities: info) }
            let conflicts = time("conflicts") { ConflictFinder().find(in: withClaims, entities: lookup) }
            let analysis = time("index") {
                CorpusAnalysis(name: merged.name, articles: withClaims, entities: merged.entities, problems: merged.problems, conflicts: conflicts)
            }
            r.claims = analysis.articles.reduce(0) { $0 + $1.claims.count }
            r.conflicts = analysis.conflicts.count
        }
        r.phases = ["recognize", "merge", "claims", "conflicts", "index"].map { Phase(name: $0, seconds: best[$0] ?? 0) }
        r.conflictSearchSeconds = best["conflicts"] ?? 0

        // Claims and each article's own conflicts, one article after another on this thread.
        let (info, lookup) = Analyzer.entityLookups(merged.entities)
        let extractor = ClaimExtractor(), finder = ConflictFinder()
        var cpu = Double.infinity
        for _ in 0..<max(1, runs) {
            let start = threadCPUSeconds()
            var inArticle = 0
            for article in merged.articles {
                let claims = extractor.extract(article, entities: info)
                inArticle += finder.find(claims, entities: lookup).count
            }
            cpu = min(cpu, threadCPUSeconds() - start)
            r.inArticleConflicts = inArticle
        }
        r.extractCPUSeconds = cpu
        var extractOnly = Double.infinity
        for _ in 0..<max(1, runs) {
            let start = threadCPUSeconds()
            var count = 0
            for article in merged.articles { count += extractor.extract(article, entities: info).count }
            extractOnly = min(extractOnly, threadCPUSeconds() - start)
            precondition(count == r.claims)
        }
        r.extractOnlyMBPerCoreSecond = r.textMB / max(extractOnly, 1e-9)
        r.extractMBPerCoreSecond = r.textMB / max(cpu, 1e-9)
        return r
    }

    /// CPU time of the calling thread.
    static func threadCPUSeconds() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) * 1e-9
    }
}
