import Foundation
import NewsModel
import NewsUI
import TerminalBackend

/// The run loop: read a key, update the state, render, draw. The only place these meet. The
/// corpus loads on a background thread, so the first screen shows at once with a progress line.
struct ReaderApp {
    /// What to open, and how: the paths, the cache options and the command line's filters.
    var paths: [String]
    var cacheOptions: CacheOptions
    var filter: FilterOptions
    var noColor: Bool
    var environment: [String: String]

    /// Runs the reader and returns the exit code.
    func run(environment: [String: String]) -> Int32 {
        if let problem = Terminal.preflight(environment: environment) {
            FileHandle.standardError.write(Data("\(problem)\n".utf8))
            return 2
        }
        Signals.install()
        let terminal = Terminal()
        do {
            try terminal.start(noColor: noColor)
        } catch {
            terminal.restore()
            FileHandle.standardError.write(Data("newstui: \(error)\n".utf8))
            return 2
        }
        let mailbox = Mailbox()
        let (code, message) = loop(terminal, mailbox: mailbox)
        terminal.restore()
        // Said after the terminal is restored, so it stays on screen.
        if let message { FileHandle.standardError.write(Data("newstui: \(message)\n".utf8)) }
        if !mailbox.loaderFinished {
            // Quit while the corpus still loads: leave at once. `exit` would run the process's
            // destructors (and a sanitizer build's leak check) under the loader's threads, still at
            // work on memory only they reach; nothing of theirs needs keeping.
            fflush(nil)
            _exit(code)
        }
        return code
    }

    private func loop(_ terminal: Terminal, mailbox: Mailbox) -> (Int32, String?) {
        let theme = Theme(colors: terminal.colors)
        let name = CorpusLoader.displayName(for: CorpusPaths.resolve(paths))
        var state = AppState(analysis: CorpusAnalysis(name: name, articles: [], entities: [], problems: []), size: terminal.size)
        state.loading = (0, 0)
        let (cacheOptions, paths, environment) = (self.cacheOptions, self.paths, self.environment)
        DispatchQueue.global(qos: .userInitiated).async {
            let result = cacheOptions.analyze(paths: paths, environment: environment, progress: { done, total in
                mailbox.post(progress: (done, total))
            }, preview: { corpus in
                // Built here, off the UI thread: the articles without their analysis yet.
                mailbox.post(preview: CorpusAnalysis(unanalyzed: corpus))
            }, provisional: { saved in
                mailbox.post(provisional: saved)
            })
            mailbox.post(result: result)
            mailbox.finishLoader()
        }
        terminal.draw(RootView.render(state, theme: theme), full: true)
        while true {
            if let signal = Signals.take() { return (128 + signal, nil) }
            if Signals.takeContinued() {
                // Stopped and continued behind ncurses' back: tty modes and screen to restore.
                terminal.resume()
                terminal.draw(RootView.render(state, theme: theme), full: true)
            }
            if terminal.inputLost { return (1, nil) }
            let (progress, preview, provisional, result) = mailbox.take()
            if let preview, result == nil {
                _ = state.update(.preview(preview))
                if let (done, total) = progress { _ = state.update(.loading(done: done, total: total)) }
                terminal.draw(RootView.render(state, theme: theme))
            }
            // The last run's analysis, shown while the files are checked; with the command line's
            // filters, only when they name entities of it (else the checked analysis decides).
            if let provisional, result == nil, let filters = try? filter.ids(in: provisional) {
                _ = state.update(.provisional(provisional))
                if !filters.isEmpty { state.setFilters(filters) }
                terminal.draw(RootView.render(state, theme: theme))
            }
            if let (analysis, warning, confirmed) = result {
                if confirmed && state.checking {
                    // The analysis shown stands, filters included: nothing moves.
                    _ = state.update(.verified)
                } else if state.checking {
                    // Files had changed: the fresh analysis replaces the one being read, keeping
                    // the place and the filters in use (those it still knows).
                    _ = state.update(.loaded(analysis))
                } else {
                    let filters: [String]
                    do {
                        filters = try filter.ids(in: analysis)
                    } catch {
                        return (2, "\(error)")
                    }
                    _ = state.update(.loaded(analysis))
                    if !filters.isEmpty { state.setFilters(filters) }
                }
                state.notice = warning
                terminal.draw(RootView.render(state, theme: theme))
            } else if let (done, total) = progress {
                _ = state.update(.loading(done: done, total: total))
                terminal.draw(RootView.render(state, theme: theme))
            }
            // While loading, look at the mailbox often: the early frame should not wait out a read.
            terminal.readTimeout = state.loading != nil || state.checking ? 10 : 100
            guard let event = terminal.readEvent() else { continue }
            let msg: Msg
            switch event {
            case .key(let key): msg = .key(key)
            case .resize: msg = .resize(terminal.size)
            }
            let effects = state.update(msg)
            if effects.contains(.quit) { return (0, nil) }
            terminal.draw(RootView.render(state, theme: theme), full: effects.contains(.fullRedraw))
        }
    }
}

/// Hands the loader thread's progress and result to the run loop.
private final class Mailbox: @unchecked Sendable {
    typealias Result = (analysis: CorpusAnalysis, warning: String?, confirmed: Bool)
    private let lock = NSLock()
    private var progress: (Int, Int)?
    private var preview: CorpusAnalysis?
    private var provisional: CorpusAnalysis?
    private var result: Result?
    private var finished = false

    func post(progress p: (Int, Int)) {
        lock.lock(); progress = p; lock.unlock()
    }

    func post(preview p: CorpusAnalysis) {
        lock.lock(); preview = p; lock.unlock()
    }

    func post(provisional p: CorpusAnalysis) {
        lock.lock(); provisional = p; lock.unlock()
    }

    func post(result r: Result) {
        lock.lock(); result = r; lock.unlock()
    }

    /// Marks the loader thread's work done (after its result is posted).
    func finishLoader() {
        lock.lock(); finished = true; lock.unlock()
    }

    /// Whether the loader thread has finished its work.
    var loaderFinished: Bool {
        lock.lock()
        defer { lock.unlock() }
        return finished
    }

    /// The latest progress, preview, provisional analysis and result, each once.
    func take() -> ((Int, Int)?, CorpusAnalysis?, CorpusAnalysis?, Result?) {
        lock.lock()
        defer { lock.unlock() }
        let out = (progress, preview, provisional, result)
        progress = nil
        preview = nil
        provisional = nil
        result = nil
        return out
    }
}
