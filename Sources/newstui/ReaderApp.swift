import Foundation
import NewsModel
import NewsUI
import TerminalBackend

/// The run loop: read a key, update the state, render, draw. The only place these meet.
struct ReaderApp {
    var analysis: CorpusAnalysis
    var filters: [String] = []
    var noColor: Bool
    /// Shown once in the footer (e.g. the cache could not be used).
    var notice: String? = nil

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
        defer { terminal.restore() }
        let theme = Theme(colors: terminal.colors)
        var state = AppState(analysis: analysis, size: terminal.size)
        if !filters.isEmpty { state.setFilters(filters) }
        state.notice = notice
        terminal.draw(RootView.render(state, theme: theme), full: true)
        while true {
            if let signal = Signals.take() { return 128 + signal }
            if terminal.inputLost { return 1 }
            guard let event = terminal.readEvent() else { continue }
            let msg: Msg
            switch event {
            case .key(let key): msg = .key(key)
            case .resize: msg = .resize(terminal.size)
            }
            let effects = state.update(msg)
            if effects.contains(.quit) { return 0 }
            terminal.draw(RootView.render(state, theme: theme), full: effects.contains(.fullRedraw))
        }
    }
}
