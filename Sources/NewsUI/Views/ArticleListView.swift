import NewsModel

/// The list of articles: title, outlet and date, with the selection visible.
enum ArticleListView {
    static func render(
        _ state: AppState, in area: Rect, into buffer: inout ScreenBuffer, theme: Theme, focused: Bool, titled: Bool
    ) {
        guard !area.isEmpty else { return }
        var rows = area
        if titled {
            let (titleRow, rest) = area.splitTop(1)
            buffer.put(" Articles", x: titleRow.x, y: titleRow.y, maxWidth: titleRow.width,
                       style: theme.style(focused ? .paneTitleFocused : .paneTitle))
            rows = rest
        }
        let articles = state.analysis.articles
        let visible = state.visible
        if visible.isEmpty {
            let lines = state.loading != nil ? [
                "Loading and analysing articles…",
            ] : !state.filters.isEmpty ? [
                "No article matches \(state.filterSummary).",
                "Press F to clear the filters, or Backspace to drop the last one.",
            ] : [
                "No articles in \(state.analysis.name).",
                "newstui reads .txt and .md articles; see `newstui --help`.",
            ]
            for (i, line) in lines.enumerated() where i < rows.height {
                buffer.put(" " + line, x: rows.x, y: rows.y + i, maxWidth: rows.width, style: theme.style(.muted))
            }
            return
        }
        let selected = max(0, min(state.selected, visible.count - 1))
        let showMeta = rows.width >= 60 && !state.isSplit
        let metaWidth = showMeta ? 40 : 0
        for row in 0..<rows.height {
            let index = state.listTop + row
            guard index < visible.count else { break }
            // The list's columns only: the article itself is not decoded for its row.
            let article = articles.row(visible[index])
            let y = rows.y + row
            let isSelected = index == selected
            let rowStyle = isSelected ? theme.style(focused ? .selection : .selectionUnfocused) : .plain
            buffer.fill(Rect(x: rows.x, y: y, width: rows.width, height: 1), style: rowStyle)
            let marker = isSelected ? "▸ " : "  "
            var x = rows.x
            x += buffer.put(marker, x: x, y: y, maxWidth: rows.width, style: rowStyle)
            let titleWidth = rows.maxX - x - (showMeta ? metaWidth + 1 : 0)
            let title = article.title.isEmpty ? "(untitled)" : article.title
            buffer.putTruncated(title, x: x, y: y, width: titleWidth, style: rowStyle.merged(with: isSelected ? Style(bold: true) : .plain))
            if showMeta {
                let outlet = article.outlet ?? "—"
                let date = article.date ?? ""
                let mx = rows.maxX - metaWidth
                // On the selected row the bar's own style wins, so columns do not turn into blocks.
                let metaStyle = isSelected ? rowStyle : theme.style(.meta)
                buffer.putTruncated(outlet, x: mx, y: y, width: 15, style: metaStyle)
                buffer.put(date, x: rows.maxX - 24, y: y, maxWidth: 10, style: metaStyle)
                // People and countries the article mentions.
                let people = article.people
                let countries = article.countries
                let conflicts = state.conflictCount(article: visible[index])
                let counts = "\(people)p \(countries)c" + (conflicts > 0 ? " \(conflicts)!" : "   ")
                buffer.put(counts, x: rows.maxX - 1 - DisplayWidth.of(counts), y: y, style: isSelected ? rowStyle : theme.style(.muted))
            }
        }
    }
}
