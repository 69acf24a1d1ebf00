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
        /// The same with every file in the cache, s.
        var warmSeconds = 0.0
        var cacheMB = 0.0
        var ui = UIBenchmark.Figures()
        var peakMB = 0.0
    }

    func run(uiSamples: Int) -> Figures {
        var f = Figures()
        let environment = ["XDG_CACHE_HOME": cacheHome, "HOME": cacheHome]
        let theme = Theme(colors: true)
        let size = Size(width: 200, height: 60)
        func open() -> CorpusAnalysis {
            let (analysis, _) = CachedAnalyzer.run(paths: [corpus], useCache: true, environment: environment)
            // The first frame the reader draws once the corpus is in.
            _ = RootView.render(AppState(analysis: analysis, size: size), theme: theme)
            return analysis
        }
        var analysis = CorpusAnalysis.empty
        f.coldSeconds = Clock.measure { analysis = open() }
        f.files = analysis.articles.count + analysis.problems.count
        analysis = .empty
        f.warmSeconds = Clock.measure { analysis = open() }
        f.cacheMB = Self.folderMB(cacheHome)
        f.ui = UIBenchmark(analysis: analysis, samples: uiSamples).run()
        f.peakMB = Memory.peakMB
        return f
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
