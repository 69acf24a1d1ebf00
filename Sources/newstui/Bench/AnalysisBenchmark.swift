import Foundation
import NewsModel

/// Times the analysis of an in-memory synthetic corpus stage by stage: the gazetteer, entity
/// recognition on one core and on all, claims with in-article conflicts on one core, the
/// cross-corpus conflict search, and the whole `Analyzer().analyze`.
struct AnalysisBenchmark {
    var articles: Int
    var seed: UInt64
    var runs: Int
    var entitiesOnly: Bool

    struct Figures: Codable {
        var articles = 0
        var corpusMB = 0.0
        var words = 0
        var tokens = 0
        var mentions = 0
        var entities = 0
        var claims = 0
        var conflicts = 0
        var generateSeconds = 0.0
        var gazetteerPhrases = 0
        var gazetteerLoadSeconds = 0.0
        var gazetteerRSSMB = 0.0
        var scanMBPerSecond = 0.0
        var tokenizeMBPerSecond = 0.0
        /// Entity recognition on the calling thread: wall, and per CPU second of that thread.
        var entitiesOneCoreMBPerSecond = 0.0
        var entitiesOneCoreMBPerCPUSecond = 0.0
        var entitiesOneCoreArticlesPerSecond = 0.0
        var entitiesAllCoresMBPerSecond = 0.0
        /// Claim extraction and each article's own conflicts, on the calling thread.
        var claimsOneCoreMBPerSecond = 0.0
        var claimsOneCoreMBPerCPUSecond = 0.0
        /// Claim extraction alone (no conflict search), one core, MB of article text per CPU second.
        var extractOnlyMBPerCPUSecond = 0.0
        /// The corpus-wide conflict search over all claims (index-driven), s.
        var conflictSearchSeconds = 0.0
        /// Everything: recognition, merge, claims, conflicts, indexes, on all cores.
        var analysisSeconds = 0.0
        var analysisMBPerSecond = 0.0
        var analysisArticlesPerSecond = 0.0
        var peakMB = 0.0
    }

    func run() -> Figures {
        var f = Figures()
        // The gazetteer first, before anything else touches it.
        let rssBefore = Memory.kilobytes("VmRSS")
        f.gazetteerLoadSeconds = Clock.measure { f.gazetteerPhrases = Gazetteer.shared.phraseCount }
        f.gazetteerRSSMB = Double(Memory.kilobytes("VmRSS") - rssBefore) / 1024

        var corpus: [Article] = []
        f.generateSeconds = Clock.measure { corpus = SyntheticCorpus.generate(articles: articles, seed: seed) }
        f.articles = corpus.count
        let mb = Double(EntityBenchmark.textBytes(corpus)) / 1_000_000
        f.corpusMB = mb

        let recognizer = EntityRecognizer()
        f.scanMBPerSecond = mb / Clock.best(runs) { f.words = EntityBenchmark.scanWords(corpus) }
        f.tokenizeMBPerSecond = mb / Clock.best(runs) { f.tokens = EntityBenchmark.tokenize(corpus) }
        var cpu = Double.infinity
        let single = Clock.best(runs) {
            let start = Clock.threadCPUSeconds()
            f.mentions = EntityBenchmark.recognize(corpus, recognizer: recognizer)
            cpu = min(cpu, Clock.threadCPUSeconds() - start)
        }
        f.entitiesOneCoreMBPerSecond = mb / single
        f.entitiesOneCoreMBPerCPUSecond = mb / cpu
        f.entitiesOneCoreArticlesPerSecond = Double(corpus.count) / single
        f.entitiesAllCoresMBPerSecond = mb / Clock.best(runs) { _ = EntityBenchmark.recognizeConcurrently(corpus, recognizer: recognizer) }
        guard !entitiesOnly else {
            f.peakMB = Memory.peakMB
            return f
        }

        let whole = Corpus(name: "synthetic", articles: corpus)
        corpus = []
        var analysis = CorpusAnalysis.empty
        f.analysisSeconds = Clock.best(runs) {
            analysis = .empty
            analysis = Analyzer(recognizer: recognizer).analyze(whole)
        }
        f.analysisMBPerSecond = mb / f.analysisSeconds
        f.analysisArticlesPerSecond = Double(whole.articles.count) / f.analysisSeconds
        f.entities = analysis.entities.count
        f.conflicts = analysis.conflicts.count

        // Claims again, stage by stage, on the analysis's own entities.
        let names = Dictionary(uniqueKeysWithValues: analysis.entities.map { ($0.id, $0) })
        let info = ClaimExtractor.EntityInfo(name: { names[$0]?.name }, kind: { names[$0]?.kind })
        let lookup = ConflictFinder.EntityLookup(name: { names[$0]?.name }, countries: { names[$0]?.countries ?? [] })
        let extractor = ClaimExtractor(), finder = ConflictFinder()
        var claims: [Claim] = []
        var claimCPU = Double.infinity
        let claimSeconds = Clock.best(runs) {
            let start = Clock.threadCPUSeconds()
            defer { claimCPU = min(claimCPU, Clock.threadCPUSeconds() - start) }
            claims = []
            for article in analysis.articles {
                let own = extractor.extract(article, entities: info)
                _ = finder.find(own, entities: lookup)
                claims.append(contentsOf: own)
            }
        }
        f.claims = claims.count
        f.claimsOneCoreMBPerSecond = mb / claimSeconds
        f.claimsOneCoreMBPerCPUSecond = mb / claimCPU
        var extractCPU = Double.infinity
        _ = Clock.best(runs) {
            let start = Clock.threadCPUSeconds()
            defer { extractCPU = min(extractCPU, Clock.threadCPUSeconds() - start) }
            for article in analysis.articles { _ = extractor.extract(article, entities: info) }
        }
        f.extractOnlyMBPerCPUSecond = mb / extractCPU
        f.conflictSearchSeconds = Clock.best(runs) { _ = finder.find(claims, entities: lookup) }
        f.peakMB = Memory.peakMB
        return f
    }
}
