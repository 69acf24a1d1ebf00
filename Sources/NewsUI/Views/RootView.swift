import NewsModel

/// Draws the whole screen for a state: header, the current view, footer, and the help overlay.
public enum RootView {
    public static func render(_ state: AppState, theme: Theme = Theme()) -> ScreenBuffer {
        var buffer = ScreenBuffer(size: state.size)
        guard state.size.width > 0, state.size.height > 0 else { return buffer }
        if state.size.height >= 3 {
            HeaderBar.render(state, in: Rect(x: 0, y: 0, width: state.size.width, height: 1), into: &buffer, theme: theme)
            FooterBar.render(state, in: Rect(x: 0, y: state.size.height - 1, width: state.size.width, height: 1), into: &buffer, theme: theme)
        }
        let body = state.bodyRect
        switch state.screen {
        case .articles, .reader:
            if state.isSplit {
                let (list, reader) = state.splitRects
                ArticleListView.render(state, in: list, into: &buffer, theme: theme, focused: state.screen == .articles, titled: true)
                let rule = Rect(x: list.maxX, y: body.y, width: 1, height: body.height)
                for y in rule.y..<rule.maxY { buffer.put("│", x: rule.x, y: y, style: theme.style(.border)) }
                ReaderView.render(state, in: reader, into: &buffer, theme: theme, focused: state.screen == .reader, titled: true)
            } else if state.screen == .articles {
                ArticleListView.render(state, in: body, into: &buffer, theme: theme, focused: true, titled: false)
            } else {
                ReaderView.render(state, in: body, into: &buffer, theme: theme, focused: true, titled: false)
            }
        case .conflicts:
            ConflictsView.render(state, in: body, into: &buffer, theme: theme)
        case .entities:
            EntitiesView.render(state, in: body, into: &buffer, theme: theme)
        case .problems:
            ProblemsView.render(state, in: body, into: &buffer, theme: theme)
        }
        if let picker = state.picker {
            FilterPickerView.render(picker, in: buffer.bounds, into: &buffer, theme: theme)
        }
        if state.showHelp {
            HelpOverlay.render(state, in: buffer.bounds, into: &buffer, theme: theme)
        }
        return buffer
    }
}
