import Foundation
import NewsModel
import NewsStore
import NewsUI

/// Times what a user waits for: opening a folder of article files to the first drawn frame,
/// once with an empty analysis cache (cold) and once with the cache it filled (warm); then the
/// UI core on the loaded corpus.
struct LoadBenchmark {
    var corpus: String
    var cacheHome: String

    struct Figures: Codable {
        var files = 0
        /// Read, parse, analyse (and fill the cache) to a drawn first frame, s.
        var coldSeconds = 0.0
        /// The same with every file in the cache and the corpus snapshot valid, to the frame of the
        /// checked analysis (the files walked and stamped, nothing changed), s.
        var warmSeconds = 0.0
        /// To the first analysed frame of the warm open: the last run's analysis from the snapshot,
        /// drawn before the files are checked (0 when there was none), s.
        var warmProvisionalSeconds = 0.0
        /// To the first frame that lists articles (the first files read, before the whole analysis), s.
        var coldFirstArticlesSeconds = 0.0
        var warmFirstArticlesSeconds = 0.0
        var cacheMB = 0.0
        var ui = UIBenchmark.Figures()
        /// Peak resident memory of the whole stage (cold open, warm open, UI), MB.
        var peakMB = 0.0
        /// Peak resident memory of the cold open alone, and of the warm open (from what was
        /// resident before it, freed memory handed back), MB.
        var coldPeakMB = 0.0
        var warmPeakMB = 0.0
        /// Resident memory with the warm-opened corpus in hand, MB.
        var warmResidentMB = 0.0
        /// Resident memory before the warm open (the program, gazetteers not loaded), MB.
        var baseResidentMB = 0.0
    }

    /// Opens the corpus through the cache and draws the first frame, as the reader does; `first`
    /// records when the first articles were shown, `early` when the snapshot's (unchecked)
    /// analysis was.
    private func open(_ first: FirstFrame, _ early: FirstFrame, onFirst: (@Sendable () -> Void)? = nil) -> CorpusAnalysis {
        let environment = ["XDG_CACHE_HOME": cacheHome, "HOME": cacheHome]
        let theme = Theme(colors: true)
        let size = Size(width: 200, height: 60)
        let start = ContinuousClock.now
        first.reset()
        early.reset()
        let (analysis, _, _) = CachedAnalyzer.run(paths: [corpus], useCache: true, environment: environment, preview: { partial in
            guard first.isFirst() else { return }
            var state = AppState(analysis: .empty, size: size)
            _ = state.update(.preview(CorpusAnalysis(unanalyzed: partial)))
            _ = RootView.render(state, theme: theme)
            first.record(Clock.seconds(ContinuousClock.now - start))
            onFirst?()
        }, provisional: { saved in
            guard early.isFirst() else { return }
            var state = AppState(analysis: .empty, size: size)
            _ = state.update(.provisional(saved))
            _ = RootView.render(state, theme: theme)
            early.record(Clock.seconds(ContinuousClock.now - start))
        })
        // The first frame the reader draws once the corpus is in.
        let state = AppState(analysis: analysis, size: size)
        _ = RootView.render(state, theme: theme)
        return analysis
    }

    /// One open alone with the cache as it is (`bench --stage open`, for profiling a warm open):
    /// seconds, peak and resident memory.
    struct OpenFigures: Codable {
        /// To the frame of the checked analysis, and to the unchecked one from the snapshot (0: none).
        var seconds = 0.0
        var provisionalSeconds = 0.0
        var baseResidentMB = 0.0
        var peakMB = 0.0
        var residentMB = 0.0
        var articles = 0
    }

    func openOnce() -> OpenFigures {
        var f = OpenFigures()
        Memory.resetPeak()
        f.baseResidentMB = Memory.residentMB
        var analysis = CorpusAnalysis.empty
        let early = FirstFrame()
        f.seconds = Clock.measure { analysis = open(FirstFrame(), early) }
        f.provisionalSeconds = early.seconds
        f.peakMB = Memory.peakMB
        Memory.resetPeak()
        f.residentMB = Memory.residentMB
        f.articles = analysis.articles.count
        return f
    }

    /// The cold open (into an empty cache), then the warm open and the UI timings; with `cold`
    /// false (`bench --stage ui`), the warm open and the UI alone, on a cache an earlier `load`
    /// stage filled, so the UI at 100,000 articles is timed without minutes of analysis first.
    func run(uiSamples: Int, cold: Bool = true) -> Figures {
        var f = Figures()
        let first = FirstFrame(), early = FirstFrame()
        func open() -> CorpusAnalysis { self.open(first, early) }
        var analysis = CorpusAnalysis.empty
        if cold {
            f.coldSeconds = Clock.measure { analysis = open() }
            f.coldFirstArticlesSeconds = first.seconds
            analysis = .empty
            f.coldPeakMB = Memory.peakMB
        }
        Memory.resetPeak()
        f.baseResidentMB = Memory.residentMB
        f.warmSeconds = Clock.measure { analysis = open() }
        f.warmPeakMB = Memory.peakMB
        Memory.resetPeak()
        f.warmResidentMB = Memory.residentMB
        f.warmFirstArticlesSeconds = first.seconds
        f.warmProvisionalSeconds = early.seconds
        f.files = analysis.articles.count + analysis.problems.count
        f.cacheMB = Self.folderMB(cacheHome)
        f.ui = UIBenchmark(analysis: analysis, samples: uiSamples).run()
        f.peakMB = max(f.coldPeakMB, f.warmPeakMB, Memory.peakMB)
        return f
    }

    /// A cold open (into an empty cache) timed to its first frame listing articles, after which
    /// the process writes the figure to `out` and exits (`bench --stage first`): the first
    /// screen's time at 100,000 articles without the whole analysis behind it.
    func firstArticlesThenExit(out: String?) -> Never {
        let first = FirstFrame()
        // The preview is drawn on the opening thread, so the process can end right there.
        _ = open(first, FirstFrame(), onFirst: {
            try? Bench.write(FirstFigures(seconds: first.seconds, peakMB: Memory.peakMB), to: out)
            exit(0)
        })
        // A corpus of one chunk has no preview: its first articles come with the analysed frame.
        try? Bench.write(FirstFigures(seconds: 0, peakMB: Memory.peakMB), to: out)
        exit(0)
    }

    struct FirstFigures: Codable {
        /// To the first frame that lists articles, cold, s.
        var seconds = 0.0
        var peakMB = 0.0
    }

    /// The size of the files under `path`, in MB.
    static func folderMB(_ path: String) -> Double {
        var total = 0
        if let e = FileManager.default.enumerator(atPath: path) {
            while let name = e.nextObject() as? String {
                let attributes = try? FileManager.default.attributesOfItem(atPath: path + "/" + name)
                total += (attributes?[.size] as? Int) ?? 0
            }
        }
        return Double(total) / 1_000_000
    }
}

/// When the loader first handed over something to show.
private final class FirstFrame: @unchecked Sendable {
    private let lock = NSLock()
    private var taken = false
    private var value = 0.0

    func reset() { lock.lock(); taken = false; value = 0; lock.unlock() }
    func isFirst() -> Bool {
        lock.lock(); defer { lock.unlock() }
        if taken { return false }
        taken = true
        return true
    }
    func record(_ seconds: Double) { lock.lock(); value = seconds; lock.unlock() }
    var seconds: Double { lock.lock(); defer { lock.unlock() }; return value }
}
