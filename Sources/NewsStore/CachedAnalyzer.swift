import Foundation
import NewsModel

/// Loads and analyses a corpus, taking each article's recognised form from the analysis cache
/// when its bytes were seen before by the same analyser version, so a second start analyses
/// only new or changed files. Works in chunks, so memory stays bounded by the chunk, not the corpus.
public struct CachedAnalyzer: Sendable {
    public var loader: CorpusLoader
    /// The analyser of new or changed files; made (loading the gazetteers) only when one is met,
    /// so a start answered by the snapshot does not pay for it.
    public var analyzer: Analyzer {
        get { chosenAnalyzer ?? Analyzer() }
        set { chosenAnalyzer = newValue }
    }
    private var chosenAnalyzer: Analyzer?
    /// nil runs without a cache (`--no-cache`, or a cache that could not be opened).
    public var cache: AnalysisCache?
    public var chunkSize: Int
    /// The analyser version results are stored and looked up under (tests change it).
    public var version: Int
    /// The program build the corpus snapshot is keyed by (tests change it).
    public var build: String

    public init(loader: CorpusLoader = CorpusLoader(), analyzer: Analyzer? = nil, cache: AnalysisCache?, chunkSize: Int = 2000,
                version: Int = Analyzer.version, build: String = CorpusSnapshot.currentBuild) {
        self.loader = loader
        chosenAnalyzer = analyzer
        self.cache = cache
        self.chunkSize = max(1, chunkSize)
        self.version = version
        self.build = build
    }

    /// Opens the cache (unless `useCache` is false), analyses `paths` through it, and returns the
    /// analysis and a one-line warning when the cache could not be used.
    // Kept out of line: inlining the cache's code into the executable crashed the Swift 6.3
    // optimiser (DeadFunctionAndGlobalElimination) in release builds.
    @inline(never) @_optimize(none)
    public static func run(paths: [String], useCache: Bool, environment: [String: String],
                           progress: (@Sendable (Int, Int) -> Void)? = nil,
                           preview: (@Sendable (Corpus) -> Void)? = nil,
                           provisional: (@Sendable (CorpusAnalysis) -> Void)? = nil) -> (CorpusAnalysis, String?, Stats) {
        var cache: AnalysisCache? = nil
        var warning: String? = nil
        if useCache {
            let opened = AnalysisCache.open(directory: nil, environment: environment)
            cache = opened.cache
            warning = opened.warning
            cache?.prune(keeping: Analyzer.version)
        }
        let (analysis, stats) = CachedAnalyzer(cache: cache).analyze(paths: paths, progress: progress, preview: preview,
                                                                     provisional: provisional)
        return (analysis, warning ?? cache?.warning, stats)
    }

    /// What a run did, for the status line and the benchmark.
    public struct Stats: Sendable {
        public var files = 0
        public var fromCache = 0
        public var analysed = 0
        /// The whole analysis came from the corpus snapshot (no merge, claims or conflicts redone).
        public var fromSnapshot = false
        /// Files whose bytes were read (the others were vouched for by their stat stamp).
        public var read = 0
        /// The snapshot's analysis was handed to `provisional` before the files were checked.
        public var provisional = false
        /// The analysis returned is the one handed to `provisional`: no file had changed.
        public var confirmsProvisional: Bool { provisional && fromSnapshot }
    }

    /// Analyses everything under `paths`; `progress(done, total)` is called after each chunk, and
    /// `preview` with the articles read so far after the first chunk and once all are read (before
    /// the corpus-wide analysis), so a reader can show them at once; not for a one-chunk corpus.
    ///
    /// With a cache, a start where no file changed since the last one decodes the corpus snapshot
    /// and does nothing else (see `CorpusSnapshot`).
    ///
    /// `provisional` (stale-while-revalidate) is handed the snapshot's analysis as soon as it is
    /// decoded, on the thread that decoded it, before the files are checked against it: the last
    /// run's analysis, possibly out of date. The result is then that same analysis when no file
    /// changed (`Stats.confirmsProvisional`), else a fresh one; `preview` is not called after a
    /// provisional analysis (it would show less), nor `progress` when the provisional one stands.
    public func analyze(paths: [String], progress: (@Sendable (Int, Int) -> Void)? = nil,
                        preview: (@Sendable (Corpus) -> Void)? = nil,
                        provisional: (@Sendable (CorpusAnalysis) -> Void)? = nil) -> (CorpusAnalysis, Stats) {
        let version = self.version
        let name = CorpusLoader.displayName(for: paths)
        // The snapshot: used whole when nothing changed, else its stamps spare reading unchanged
        // files. It is read and decoded on another thread (most starts change nothing; when
        // something did, the decoded form is dropped).
        let snapshot = cache.map { CorpusSnapshot(directory: ($0.path as NSString).deletingLastPathComponent, paths: paths, version: version, build: build) }
        let speculation = snapshot.map { SnapshotRead($0, name: name, decoded: provisional) }

        // For an early frame the snapshot has the cores to itself until it is decoded: the walk
        // and the stats wait for it (on 2 cores, at 100,000 files, the early frame came 0.2-0.3 s
        // sooner than with the walk beside it, the checked one no later under load). Otherwise
        // they run beside it.
        if provisional != nil { speculation?.waitDecoded() }
        // No snapshot (a first open): most files will be analysed, so the gazetteers load beside
        // the walk, and files are stamped chunk by chunk, so the first articles show without
        // waiting for a stat of every file (100,000 files: about 0.25 s of CPU).
        let firstOpen = snapshot.map { !FileManager.default.fileExists(atPath: $0.path) } ?? true
        if firstOpen && chosenAnalyzer == nil { DispatchQueue.global(qos: .userInitiated).async { _ = Gazetteer.shared } }
        let (files, walkProblems) = loader.discover(paths: paths)
        // Taken before any file is stamped or read: what was changed just before is not vouched for.
        let startTime = FileStamp.now()
        let stamps = firstOpen ? [] : ParallelMap.chunked(files) { FileStamp.of($0.path) }
        var stats = Stats(files: files.count)

        var known: [String: SnapshotEntry] = [:]
        if let snapshot, let speculation {
            let outcome = speculation.wait()
            stats.provisional = speculation.handedEarly
            switch outcome {
            case .none:
                break
            case .corrupt(let why):
                snapshotProblem(snapshot, why)
            case .header(let snapWalk, let entries, let decoded):
                if entries.count == files.count, stamps.count == files.count, snapWalk == walkProblems,
                   zip(entries, files).allSatisfy({ $0.path == $1.path }) {
                    // Files the stamps do not vouch for are hashed: a touched but unchanged file still matches.
                    let loader = self.loader
                    let unvouched = entries.indices.filter { !entries[$0].vouches(for: stamps[$0]) }
                    let same = ParallelMap.run(unvouched) { i -> Bool in
                        Self.hash(loader.bytes(of: files[i].path)) == entries[i].hash
                    }
                    stats.read = same.count
                    if same.allSatisfy({ $0 }) {
                        switch decoded {
                        case .success(let analysis):
                            stats.fromCache = analysis.articles.count
                            stats.fromSnapshot = true
                            if !stats.provisional { progress?(files.count, files.count) }
                            return (analysis, stats)
                        case .failure(.corrupt(let why)):
                            snapshotProblem(snapshot, why)
                        case .failure(.unreadable):
                            break
                        }
                    }
                }
                for e in entries where e.trusted && e.stamp != nil { known[e.path] = e }
            }
        }

        var problems = walkProblems
        var recognized: [RecognizedArticle] = []
        recognized.reserveCapacity(files.count)
        var entries: [SnapshotEntry] = []
        entries.reserveCapacity(files.count)
        var start = 0
        while start < files.count {
            // A small first chunk, so the first articles show quickly.
            let size = start == 0 ? min(chunkSize, 500) : chunkSize
            let range = start..<min(files.count, start + size)
            let chunk = Array(files[range])
            let chunkStamps = firstOpen ? ParallelMap.chunked(chunk) { FileStamp.of($0.path) } : Array(stamps[range])
            let vouched = zip(chunk, chunkStamps).map { file, stamp -> String? in
                guard let e = known[file.path], e.vouches(for: stamp), !e.hash.hasPrefix("!") else { return nil }
                return e.hash
            }
            // A corpus of more than one chunk is previewed after its first chunk is read and
            // parsed, before it is recognised (100,000 files cold: the first screen waited
            // for the gazetteers and the recognition of 500 articles).
            let previewFirst = preview != nil && !stats.provisional && start == 0 && files.count > chunk.count
            let results = process(chunk, vouched: vouched, version: version, stats: &stats, parsed: !previewFirst ? nil : { parsed in
                var articles: [Article] = []
                var shown = problems
                for (i, result) in parsed.enumerated() {
                    switch result {
                    case .success(let article): articles.append(article)
                    case .failure(let error): shown.append(LoadProblem(path: chunk[i].path, message: error.description))
                    }
                }
                preview?(Corpus(name: name, articles: articles, problems: shown))
            })
            for (i, (result, hash)) in results.enumerated() {
                switch result {
                case .success(let r): recognized.append(r)
                case .failure(let error): problems.append(LoadProblem(path: chunk[i].path, message: error.description))
                }
                let stamp = chunkStamps[i]
                entries.append(SnapshotEntry(path: chunk[i].path, stamp: stamp, hash: hash,
                                             trusted: stamp.map { $0.modified < startTime - FileStamp.racyWindow && $0.changed < startTime - FileStamp.racyWindow } ?? false))
            }
            start += chunk.count
            progress?(start, files.count)
            // Only a corpus that takes more than one chunk is worth showing half-read (its first
            // chunk was shown above); once all is read, it is shown again.
            if let preview, !stats.provisional, start > chunk.count, start == files.count {
                preview(Corpus(name: name, articles: recognized.map(\.article), problems: problems))
            }
        }
        // Walk problems first, then file problems in file order (as CorpusLoader.load reports them).
        var analysis = analyzer.analyze(recognized: consume recognized, name: name, problems: problems)
        if let snapshot, let cache {
            if let failure = snapshot.write(analysis, walkProblems: walkProblems, files: entries) {
                cache.noteSnapshotProblem("cache snapshot not saved (\(failure))")
            } else {
                Self.reopen(snapshot, name: name, replacing: &analysis)
            }
        }
        return (analysis, stats)
    }

    /// Replaces a fresh analysis with the snapshot just written, mapped and decoded on demand as
    /// a warm start does: the same analysis in a tenth of the memory (100,000 articles: 2.2 GB
    /// resident before, 0.2 GB after). Kept as it is when the snapshot cannot be read back.
    private static func reopen(_ snapshot: CorpusSnapshot, name: String, replacing analysis: inout CorpusAnalysis) {
        // (Its chunks are checked as they are used: the bytes were written a moment ago.)
        guard case .header(_, _, let reader) = snapshot.open(), case .success(let (decoded, _)) = snapshot.analysis(from: reader) else { return }
        var mapped = decoded
        mapped.name = name
        analysis = mapped
        FreedMemory.release()
    }

    /// A damaged snapshot: said once, deleted, and rebuilt by this run.
    private func snapshotProblem(_ snapshot: CorpusSnapshot, _ why: String) {
        snapshot.remove()
        cache?.noteSnapshotProblem("cache snapshot was corrupt (\(why)) and has been rebuilt (\(snapshot.path))")
    }

    /// A cached payload: binary (what is stored now), or JSON (stored by earlier versions).
    private static func decode(_ payload: Data, _ decoder: JSONDecoder) -> RecognizedArticle? {
        if payload.first == AnalysisCodec.recognizedMark { return try? AnalysisCodec.decodeRecognized([UInt8](payload)) }
        return try? decoder.decode(RecognizedArticle.self, from: payload)
    }

    /// What the snapshot records for a read: the bytes' hash, or "!" and why they could not be read.
    private static func hash(_ read: Result<[UInt8], ImportError>) -> String {
        switch read {
        case .success(let bytes): return ContentHash.of(bytes)
        case .failure(let e): return "!" + e.description
        }
    }

    /// Reads (unless `vouched` gives the hash), decodes hits and analyses misses, on all cores.
    /// Each result comes with the hash recorded for its file. `parsed` is handed the chunk's
    /// articles (or why a file failed), in order, once they are read and parsed and before any is
    /// recognised: what a first screen lists needs no recognition (nor the gazetteers).
    private func process(_ chunk: [(path: String, id: String)], vouched: [String?], version: Int, stats: inout Stats,
                         parsed: (([Result<Article, ImportError>]) -> Void)? = nil) -> [(Result<RecognizedArticle, ImportError>, String)] {
        let loader = self.loader
        // Read and hash in parallel, except files whose stamp vouches for a known hash.
        let read = ParallelMap.run(Array(zip(chunk, vouched))) { file, known -> Result<([UInt8]?, String), ImportError> in
            if let known { return .success((nil, known)) }
            return loader.bytes(of: file.path).map { ($0, ContentHash.of($0)) }
        }
        var hashes: [String] = []
        for r in read { if case .success(let (_, h)) = r { hashes.append(h) } }
        let cached = cache?.payloads(for: hashes, version: version) ?? [:]
        let decoder = JSONDecoder()
        struct Out: Sendable {
            /// nil until a parsed article (`pending`) is recognised.
            var result: Result<RecognizedArticle, ImportError>?
            var hash: String
            var analysed = false
            var read = false
            var payload: Data? = nil
            /// Parsed, to be recognised.
            var pending: Article? = nil
        }
        // Decode hits and parse misses, in parallel.
        var out = ParallelMap.run(Array(zip(chunk, read))) { pair -> Out in
            let (file, r) = pair
            switch r {
            case .failure(let e): return Out(result: .failure(e), hash: "!" + e.description, read: true)
            case .success(let (readBytes, knownHash)):
                if let payload = cached[knownHash], var hit = Self.decode(payload, decoder) {
                    // The payload depends on content only; the id and path are this file's.
                    hit.article.id = file.id
                    hit.article.path = file.path
                    return Out(result: .success(hit), hash: knownHash, read: readBytes != nil)
                }
                // Not cached (or vouched for but no longer cached): read it now.
                let bytes: [UInt8]
                var hash = knownHash
                if let readBytes {
                    bytes = readBytes
                } else {
                    switch loader.bytes(of: file.path) {
                    case .failure(let e): return Out(result: .failure(e), hash: "!" + e.description, read: true)
                    case .success(let b): bytes = b; hash = ContentHash.of(b)
                    }
                }
                switch CorpusLoader.parse(bytes: bytes, id: file.id, path: file.path) {
                case .failure(let e): return Out(result: .failure(e), hash: hash, read: true)
                case .success(let article):
                    return Out(result: nil, hash: hash, analysed: true, read: true, pending: article)
                }
            }
        }
        parsed?(out.map { o in o.pending.map { .success($0) } ?? o.result!.map(\.article) })
        // Recognise what was parsed, in parallel (the analyser, and so the gazetteers, only now).
        let misses = out.indices.filter { out[$0].pending != nil }
        if !misses.isEmpty {
            let analyzer = self.analyzer
            let storing = cache != nil
            let recognized = ParallelMap.run(misses.map { out[$0].pending! }) { article -> (RecognizedArticle, Data?) in
                let rec = analyzer.recognize(article)
                return (rec, storing ? Data(AnalysisCodec.encode(rec)) : nil)
            }
            for (i, (rec, payload)) in zip(misses, recognized) {
                out[i].result = .success(rec)
                out[i].payload = payload
                out[i].pending = nil
            }
        }
        var toStore: [(hash: String, payload: Data)] = []
        for o in out {
            if o.read { stats.read += 1 }
            guard case .success = o.result! else { continue }
            if o.analysed { stats.analysed += 1 } else { stats.fromCache += 1 }
            if let payload = o.payload { toStore.append((o.hash, payload)) }
        }
        if !toStore.isEmpty { cache?.store(toStore, version: version) }
        return out.map { ($0.result!, $0.hash) }
    }
}

/// A snapshot opened and decoded on a thread of its own, from the moment it is made; its
/// analysis is handed to `decoded` (named `name`) as soon as it is decoded, and then the rest of
/// its region is checked: a damaged chunk makes the outcome a corrupt snapshot (the provisional
/// analysis is then replaced, like one whose files changed).
private final class SnapshotRead: @unchecked Sendable {
    enum Outcome {
        case none
        case corrupt(String)
        case header(walkProblems: [LoadProblem], files: [SnapshotEntry], analysis: Result<CorpusAnalysis, BinaryCodingError>)
    }

    private let decodedSignal = DispatchSemaphore(value: 0)
    private let done = DispatchSemaphore(value: 0)
    private var outcome = Outcome.none
    /// Whether `decoded` was called (read after `wait`).
    private(set) var handedEarly = false

    init(_ snapshot: CorpusSnapshot, name: String, decoded: (@Sendable (CorpusAnalysis) -> Void)?) {
        Thread.detachNewThread { [self] in
            var signaled = false
            switch snapshot.open() {
            case .none: outcome = .none
            case .corrupt(let why): outcome = .corrupt(why)
            case .header(let walk, let files, let reader):
                switch snapshot.analysis(from: reader) {
                case .failure(let error):
                    outcome = .header(walkProblems: walk, files: files, analysis: .failure(error))
                case .success(let (decodedAnalysis, checker)):
                    var a = decodedAnalysis
                    a.name = name
                    if let decoded {
                        handedEarly = true
                        decoded(a)
                    }
                    decodedSignal.signal()
                    signaled = true
                    let good = checker.checkAll(workers: ProcessInfo.processInfo.activeProcessorCount)
                    outcome = .header(walkProblems: walk, files: files,
                                      analysis: good ? .success(a) : .failure(.corrupt("region checksum mismatch")))
                }
            }
            if !signaled { decodedSignal.signal() }
            done.signal()
        }
    }

    /// Returns once the analysis is decoded (or the snapshot found missing or damaged), before
    /// the rest of its region is checked.
    func waitDecoded() {
        decodedSignal.wait()
        decodedSignal.signal()
    }

    /// The outcome, once the thread is done (the semaphore orders its writes before this read).
    /// May be called more than once.
    func wait() -> Outcome {
        done.wait()
        defer { done.signal() }
        return outcome
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

    /// The same in contiguous chunks (a few per core), for many small tasks (a stat per file).
    static func chunked<T: Sendable, U: Sendable>(_ items: [T], _ transform: @Sendable (T) -> U) -> [U] {
        let cores = ProcessInfo.processInfo.activeProcessorCount
        let chunks = max(1, min(items.count / 256, cores * 4))
        guard chunks > 1 else { return items.map(transform) }
        let slots = Slots<[U]>(chunks)
        DispatchQueue.concurrentPerform(iterations: chunks) { c in
            slots.set(c, items[items.count * c / chunks..<items.count * (c + 1) / chunks].map(transform))
        }
        return slots.values { c in items[items.count * c / chunks..<items.count * (c + 1) / chunks].map(transform) }.flatMap { $0 }
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
