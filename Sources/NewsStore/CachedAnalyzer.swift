import Foundation
import NewsModel

/// Loads and analyses a corpus, taking each article's recognised form from the analysis cache
/// when its bytes were seen before by the same analyser version, so a second start analyses
/// only new or changed files. Works in chunks, so memory stays bounded by the chunk, not the corpus.
public struct CachedAnalyzer: Sendable {
    public var loader: CorpusLoader
    public var analyzer: Analyzer
    /// nil runs without a cache (`--no-cache`, or a cache that could not be opened).
    public var cache: AnalysisCache?
    public var chunkSize: Int

    public init(loader: CorpusLoader = CorpusLoader(), analyzer: Analyzer = Analyzer(), cache: AnalysisCache?, chunkSize: Int = 2000) {
        self.loader = loader
        self.analyzer = analyzer
        self.cache = cache
        self.chunkSize = max(1, chunkSize)
    }

    /// Opens the cache (unless `useCache` is false), analyses `paths` through it, and returns the
    /// analysis and a one-line warning when the cache could not be used.
    // Kept out of line: inlining the cache's code into the executable crashed the Swift 6.3
    // optimiser (DeadFunctionAndGlobalElimination) in release builds.
    @inline(never) @_optimize(none)
    public static func run(paths: [String], useCache: Bool, environment: [String: String],
                           progress: (@Sendable (Int, Int) -> Void)? = nil,
                           preview: (@Sendable (Corpus) -> Void)? = nil) -> (CorpusAnalysis, String?) {
        var cache: AnalysisCache? = nil
        var warning: String? = nil
        if useCache {
            let opened = AnalysisCache.open(directory: nil, environment: environment)
            cache = opened.cache
            warning = opened.warning
            cache?.prune(keeping: Analyzer.version)
        }
        let (analysis, _) = CachedAnalyzer(cache: cache).analyze(paths: paths, progress: progress, preview: preview)
        return (analysis, warning ?? cache?.warning)
    }

    /// What a run did, for the status line and the benchmark.
    public struct Stats: Sendable {
        public var files = 0
        public var fromCache = 0
        public var analysed = 0
    }

    /// Analyses everything under `paths`; `progress(done, total)` is called after each chunk, and
    /// `preview` with the articles read so far after the first chunk and once all are read (before
    /// the corpus-wide analysis), so a reader can show them at once; not for a one-chunk corpus.
    public func analyze(paths: [String], progress: (@Sendable (Int, Int) -> Void)? = nil,
                        preview: (@Sendable (Corpus) -> Void)? = nil) -> (CorpusAnalysis, Stats) {
        let (files, walkProblems) = loader.discover(paths: paths)
        var problems = walkProblems
        var recognized: [RecognizedArticle] = []
        recognized.reserveCapacity(files.count)
        var stats = Stats(files: files.count)
        let version = Analyzer.version
        var start = 0
        let name = CorpusLoader.displayName(for: paths)
        while start < files.count {
            // A small first chunk, so the first articles show quickly.
            let size = start == 0 ? min(chunkSize, 500) : chunkSize
            let chunk = Array(files[start..<min(files.count, start + size)])
            let results = process(chunk, version: version, stats: &stats)
            for (i, result) in results.enumerated() {
                switch result {
                case .success(let r): recognized.append(r)
                case .failure(let error): problems.append(LoadProblem(path: chunk[i].path, message: error.description))
                }
            }
            start += chunk.count
            progress?(start, files.count)
            // Only a corpus that takes more than one chunk is worth showing half-read.
            if let preview, files.count > chunk.count || start > chunk.count, start == chunk.count || start == files.count {
                preview(Corpus(name: name, articles: recognized.map(\.article), problems: problems))
            }
        }
        // Walk problems first, then file problems in file order (as CorpusLoader.load reports them).
        let analysis = analyzer.analyze(recognized: recognized, name: name, problems: problems)
        return (analysis, stats)
    }

    private func process(_ chunk: [(path: String, id: String)], version: Int, stats: inout Stats) -> [Result<RecognizedArticle, ImportError>] {
        let loader = self.loader
        // Read and hash in parallel.
        let read = ParallelMap.run(chunk) { file -> Result<([UInt8], String), ImportError> in
            loader.bytes(of: file.path).map { ($0, ContentHash.of($0)) }
        }
        var hashes: [String] = []
        for r in read { if case .success(let (_, h)) = r { hashes.append(h) } }
        let cached = cache?.payloads(for: hashes, version: version) ?? [:]
        let analyzer = self.analyzer
        let decoder = JSONDecoder()
        let storing = cache != nil
        // Decode hits, analyse misses, in parallel. The flag says the article was analysed here.
        let out = ParallelMap.run(Array(zip(chunk, read))) { pair -> (Result<RecognizedArticle, ImportError>, Bool, Data?) in
            let (file, r) = pair
            switch r {
            case .failure(let e): return (.failure(e), false, nil)
            case .success(let (bytes, hash)):
                if let payload = cached[hash], var hit = try? decoder.decode(RecognizedArticle.self, from: payload) {
                    // The payload depends on content only; the id and path are this file's.
                    hit.article.id = file.id
                    hit.article.path = file.path
                    return (.success(hit), false, nil)
                }
                switch CorpusLoader.parse(bytes: bytes, id: file.id, path: file.path) {
                case .failure(let e): return (.failure(e), false, nil)
                case .success(let article):
                    let rec = analyzer.recognize(article)
                    return (.success(rec), true, storing ? try? JSONEncoder().encode(rec) : nil)
                }
            }
        }
        var toStore: [(hash: String, payload: Data)] = []
        for (i, (result, analysed, payload)) in out.enumerated() {
            guard case .success = result else { continue }
            if analysed { stats.analysed += 1 } else { stats.fromCache += 1 }
            if let payload, case .success(let (_, hash)) = read[i] { toStore.append((hash, payload)) }
        }
        if !toStore.isEmpty { cache?.store(toStore, version: version) }
        return out.map(\.0)
    }
}

/// Maps an array on all cores, keeping order.
enum ParallelMap {
    static func run<T: Sendable, U: Sendable>(_ items: [T], _ transform: @Sendable (T) -> U) -> [U] {
        // Each result goes into its slot under a lock: results written through an unsafe buffer
        // from the workers were seen lost now and then (files silently missing from a run).
        let slots = Slots<U>(items.count)
        DispatchQueue.concurrentPerform(iterations: items.count) { i in slots.set(i, transform(items[i])) }
        // A slot still empty is worked out here rather than lost (it has never been seen with the lock).
        return slots.values { transform(items[$0]) }
    }

    private final class Slots<V>: @unchecked Sendable {
        private let lock = NSLock()
        private var storage: [V?]
        init(_ n: Int) { storage = Array(repeating: nil, count: n) }
        func set(_ i: Int, _ v: V) { lock.lock(); storage[i] = v; lock.unlock() }
        func values(orElse make: (Int) -> V) -> [V] {
            lock.lock(); defer { lock.unlock() }
            return storage.indices.map { storage[$0] ?? make($0) }
        }
    }
}
