import NewsModel

/// The selected article, wrapped to the width, scrolled to `readerTop`.
enum ReaderView {
    static func render(
        _ state: AppState, in area: Rect, into buffer: inout ScreenBuffer, theme: Theme, focused: Bool, titled: Bool
    ) {
        guard !area.isEmpty else { return }
        if titled {
            let (titleRow, _) = area.splitTop(1)
            buffer.put(" Reader", x: titleRow.x, y: titleRow.y, maxWidth: titleRow.width,
                       style: theme.style(focused ? .paneTitleFocused : .paneTitle))
        }
        if state.showsPanel {
            EntityPanelView.render(state, in: state.panelRect, into: &buffer, theme: theme)
        } else if area.height >= 6 && area.width >= 30 && !(state.selectedArticle?.mentions.isEmpty ?? true) {
            // Narrow: the legend takes the reader's last row instead of a side panel.
            let row = Rect(x: area.x + 1, y: area.maxY - 1, width: area.width - 2, height: 1)
            buffer.fill(row)
            Legend.render(in: row, into: &buffer, theme: theme)
        }
        let text = state.readerTextRect
        guard let layout = state.reader, !text.isEmpty else {
            buffer.put(" No article selected.", x: text.x, y: text.y, maxWidth: text.width, style: theme.style(.muted))
            return
        }
        let top = max(0, min(state.readerTop, max(0, layout.lines.count - 1)))
        for row in 0..<text.height {
            let i = top + row
            guard i < layout.lines.count else { break }
            let line = layout.lines[i]
            var x = text.x
            if let margin = line.margin {
                x += buffer.put(margin.text, x: x, y: text.y + row, maxWidth: text.width, style: theme.style(margin.role))
            }
            buffer.put(line.runs, x: x, y: text.y + row, width: text.maxX - x, theme: theme)
            // Claims are marked in the left margin; one in a conflict in red.
            if let claim = line.claim {
                if text.x > area.x {
                    buffer.put(line.conflicted ? "▌" : "│", x: text.x - 1, y: text.y + row, style: theme.style(line.conflicted ? .conflictMark : .claimMark))
                }
                if claim == state.highlightedClaim {
                    buffer.apply(theme.style(.highlight), to: Rect(x: text.x, y: text.y + row, width: text.width, height: 1))
                }
            }
        }
        // Narrow terminals show the panel over the text when asked for (e or c).
        if !state.showsPanel && (state.panelFocused || state.panelShowsClaims) {
            let width = min(38, area.width)
            let overlay = Rect(x: area.maxX - width, y: text.y, width: width, height: text.height)
            buffer.fill(overlay)
            EntityPanelView.render(state, in: overlay, into: &buffer, theme: theme)
        }
    }
}
