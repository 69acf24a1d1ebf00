import Foundation
import NewsModel

/// The cross-corpus conflict search alone (`bench --stage conflicts --articles N`), for profiling
/// and comparing it quickly: the corpus is analysed once, then only the search is timed, with a
/// digest of the conflicts found so two builds can be checked to find the same ones.
struct ConflictSearchBenchmark {
    var articles: Int
    var seed: UInt64
    var runs: Int

    struct Figures: Codable {
        var articles = 0
        var claims = 0
        var conflicts = 0
        /// Best wall seconds of the search, on all cores.
        var seconds = 0.0
        /// CPU seconds of the process (all threads) in that run: steadier than wall time on a busy machine.
        var cpuSeconds = 0.0
        /// FNV-1a of every conflict's fields in order: equal digests, equal results.
        var digest = ""
    }

    func run() -> Figures {
        var f = Figures()
        let corpus = Corpus(name: "synthetic", articles: SyntheticCorpus.generate(articles: articles, seed: seed))
        f.articles = corpus.articles.count
        let analysis = Analyzer().analyze(corpus)
        let names = Dictionary(uniqueKeysWithValues: analysis.entities.map { ($0.id, $0) })
        let lookup = ConflictFinder.EntityLookup(name: { names[$0]?.name }, countries: { names[$0]?.countries ?? [] })
        let claims = analysis.articles.flatMap(\.claims)
        f.claims = claims.count
        var conflicts: [Conflict] = []
        f.seconds = .infinity
        for _ in 0..<max(1, runs) {
            let cpu = Clock.processCPUSeconds()
            let wall = Clock.measure { conflicts = ConflictFinder().find(claims, entities: lookup) }
            if wall < f.seconds { f.seconds = wall; f.cpuSeconds = Clock.processCPUSeconds() - cpu }
        }
        f.conflicts = conflicts.count
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for c in conflicts {
            for byte in "\(c.id)|\(c.kind.rawValue)|\(c.a)|\(c.b)|\(c.strength)|\(c.why)\n".utf8 {
                hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
            }
        }
        f.digest = String(hash, radix: 16)
        return f
    }
}
