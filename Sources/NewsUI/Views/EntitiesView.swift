import NewsModel

/// Every entity of the corpus with its kind, article and mention counts, and countries.
enum EntitiesView {
    /// "kind" left in 12 columns, then two right-aligned counts of 7: 26 columns.
    /// The kind, articles and mentions columns, and a blank after them.
    static let statsWidth = 31

    static func statsColumns(_ kind: String, _ a: String, _ b: String) -> String {
        func right(_ s: String, _ w: Int) -> String { String(repeating: " ", count: max(0, w - s.count)) + s }
        // (Nine columns each: the headings "articles" and "mentions" with a space before them.)
        return kind.padding(toLength: 12, withPad: " ", startingAt: 0) + right(a, 9) + right(b, 9)
    }

    static func render(_ state: AppState, in area: Rect, into buffer: inout ScreenBuffer, theme: Theme) {
        guard !area.isEmpty else { return }
        let visible = state.visibleEntities
        let (titleRow, rows) = area.splitTop(1)
        let headingStyle = theme.style(.paneTitleFocused)
        if visible.isEmpty {
            buffer.put(" No entities found.", x: titleRow.x, y: titleRow.y, maxWidth: titleRow.width, style: headingStyle)
        } else {
            buffer.put(" Entity", x: titleRow.x, y: titleRow.y, maxWidth: titleRow.width, style: headingStyle)
            if titleRow.width >= 40 {
                buffer.put(Self.statsColumns("kind", "articles", "mentions"), x: titleRow.maxX - Self.statsWidth, y: titleRow.y, maxWidth: Self.statsWidth, style: headingStyle)
            }
        }
        let selected = max(0, min(state.entitySelected, visible.count - 1))
        for row in 0..<rows.height {
            let i = state.entityTop + row
            guard i < visible.count else { break }
            let e = state.analysis.entities[visible[i]]
            let y = rows.y + row
            let base = i == selected ? theme.style(.selection) : .plain
            buffer.fill(Rect(x: rows.x, y: y, width: rows.width, height: 1), style: base)
            let nameWidth = max(4, rows.width - Self.statsWidth - 2)
            buffer.putTruncated(" " + e.name, x: rows.x, y: y, width: nameWidth, style: base.merged(with: theme.style(.entity(e.kind))))
            let countries = e.kind == .country ? "" : e.countries.compactMap { state.analysis.entity($0)?.name }.prefix(2).joined(separator: ", ")
            if !countries.isEmpty && rows.width >= 70 {
                // The countries it belongs to, after the name when there is room.
                let used = DisplayWidth.of(e.name) + 2
                if used + 4 < nameWidth { buffer.putTruncated("(" + countries + ")", x: rows.x + used, y: y, width: nameWidth - used, style: base.merged(with: theme.style(.muted))) }
            }
            if rows.width >= 40 {
                buffer.put(Self.statsColumns(e.kind.rawValue, "\(e.articles)", "\(e.mentions)"), x: rows.maxX - Self.statsWidth, y: y, maxWidth: Self.statsWidth, style: base)
            }
        }
    }
}
