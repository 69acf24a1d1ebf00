import NewsModel

/// Files that could not be read as articles, each with its one-line reason.
enum ProblemsView {
    static func render(_ state: AppState, in area: Rect, into buffer: inout ScreenBuffer, theme: Theme) {
        guard !area.isEmpty else { return }
        let problems = state.analysis.problems
        let (titleRow, rows) = area.splitTop(1)
        let title = problems.isEmpty ? " No problems: every file was read." : " \(problems.count) file\(problems.count == 1 ? "" : "s") could not be read"
        buffer.put(title, x: titleRow.x, y: titleRow.y, maxWidth: titleRow.width, style: theme.style(.paneTitleFocused))
        for row in 0..<rows.height {
            let i = state.problemTop + row
            guard i < problems.count else { break }
            let y = rows.y + row
            let isSelected = i == state.problemSelected
            let base = isSelected ? theme.style(.selection) : .plain
            buffer.fill(Rect(x: rows.x, y: y, width: rows.width, height: 1), style: base)
            var x = rows.x + 1
            x += buffer.put("✗ ", x: x, y: y, maxWidth: rows.maxX - x, style: base.merged(with: theme.style(.problem)))
            // Long paths keep their end: the file name matters most.
            let pathWidth = max(0, min(rows.maxX - x, rows.width / 2))
            let path = SafeText.sanitize(problems[i].path)
            let shown = DisplayWidth.of(path) <= pathWidth ? path : "…" + String(path.suffix(max(0, pathWidth - 1)))
            x += buffer.put(shown, x: x, y: y, maxWidth: pathWidth, style: base.merged(with: Style(bold: true)))
            x += buffer.put(" — ", x: x, y: y, maxWidth: rows.maxX - x, style: base)
            buffer.put(problems[i].message, x: x, y: y, maxWidth: rows.maxX - x, style: base)
        }
    }
}
