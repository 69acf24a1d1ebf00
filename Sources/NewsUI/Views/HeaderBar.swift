import NewsModel

/// The top line: the app, the corpus, the view tabs and the position.
enum HeaderBar {
    static func render(_ state: AppState, in area: Rect, into buffer: inout ScreenBuffer, theme: Theme) {
        buffer.fill(area, style: theme.style(.headerBar))
        var x = area.x
        // The app's name gives way to the position on narrow terminals.
        if area.width >= 100 {
            x += buffer.put(" newstui ", x: x, y: area.y, maxWidth: area.width, style: theme.style(.headerBar).merged(with: Style(bold: true)))
        }
        let position = positionText(state)
        let positionWidth = DisplayWidth.of(position) + 2
        // Full tab names when they fit beside the position; else the active one named, the others by number.
        let fullWidth = Screen.allCases.reduce(0) { $0 + DisplayWidth.of(label($1, state)) + 2 }
        let compact = x + fullWidth + positionWidth > area.maxX
        for (n, screen) in Screen.allCases.enumerated() {
            guard x < area.maxX else { break }
            let active = screen == state.screen
            let text = compact && !active ? "\(n + 1)" : label(screen, state)
            // A tab is drawn whole or not at all.
            guard x + DisplayWidth.of(text) + 2 <= area.maxX else { break }
            x += buffer.put(" \(text) ", x: x, y: area.y, maxWidth: area.maxX - x, style: theme.style(active ? .headerTabActive : .headerTab))
        }
        let w = DisplayWidth.of(position)
        if area.maxX - w - 1 > x + 1 {
            buffer.put(position, x: area.maxX - w - 1, y: area.y, style: theme.style(.headerBar))
        } else if area.maxX - x > 6 {
            buffer.putTruncated(position, x: x + 1, y: area.y, width: area.maxX - x - 2, style: theme.style(.headerBar))
        }
    }

    static func label(_ screen: Screen, _ state: AppState) -> String {
        var label = screen.rawValue
        if screen == .problems && !state.analysis.problems.isEmpty { label += " (\(state.analysis.problems.count))" }
        return label
    }

    /// "seeds · 12 articles · 3/12".
    static func positionText(_ state: AppState) -> String {
        if state.checking { return settledText(state) + " · " + checkingText(state.loading) }
        if let (done, total) = state.loading {
            var parts = [state.analysis.name]
            if !state.visible.isEmpty { parts.append("\(min(state.selected, state.visible.count - 1) + 1)/\(state.visible.count)") }
            parts.append(done >= total && total > 0 ? "analysing \(total) files…" : "loading \(done)/\(total) files…")
            return parts.joined(separator: " · ")
        }
        return settledText(state)
    }

    /// The position in a loaded analysis.
    private static func settledText(_ state: AppState) -> String {
        let total = state.analysis.articles.count
        let count = state.visible.count
        var parts = [state.analysis.name]
        if !state.filters.isEmpty {
            parts = [state.filterSummary, "\(count)/\(total) articles"]
        } else {
            parts.append("\(total) article\(total == 1 ? "" : "s")")
        }
        if count > 0 { parts.append("\(min(state.selected, count - 1) + 1)/\(count)") }
        return parts.joined(separator: " · ")
    }

    /// While the last run's analysis is shown: the files are being checked, then the changed ones read.
    private static func checkingText(_ loading: (done: Int, total: Int)?) -> String {
        guard let (done, total) = loading, done > 0, total > 0 else { return "checking files…" }
        return done >= total ? "files changed: analysing \(total) files…" : "files changed: reading \(done)/\(total)…"
    }
}

/// The bottom line: key hints from the key table.
enum FooterBar {
    static func render(_ state: AppState, in area: Rect, into buffer: inout ScreenBuffer, theme: Theme) {
        buffer.fill(area, style: theme.style(.footerBar))
        var x = area.x + 1
        for binding in state.keyMap.bindings where binding.inFooter {
            let keys = binding.footerKeys ?? binding.keyLabel
            let need = DisplayWidth.of(keys) + 1 + DisplayWidth.of(binding.short) + 2
            guard x + need <= area.maxX else { break }
            x += buffer.put(keys, x: x, y: area.y, style: theme.style(.footerKey))
            x += buffer.put(" " + binding.short + "  ", x: x, y: area.y, style: theme.style(.footerBar))
        }
        // A notice (e.g. the cache could not be used) takes the rest of the line until the next key.
        if let notice = state.notice, area.maxX - x > 8 {
            buffer.putTruncated(notice, x: x, y: area.y, width: area.maxX - x - 1, style: theme.style(.footerBar).merged(with: Style(bold: true)))
            return
        }
        // How far through the article the reader is, at the right end.
        if let percent = state.readerPercent, state.screen == .reader || (state.isSplit && state.screen == .articles) {
            let label = "\(percent)% "
            let w = DisplayWidth.of(label)
            if area.maxX - w > x { buffer.put(label, x: area.maxX - w, y: area.y, style: theme.style(.footerBar)) }
        }
    }
}
