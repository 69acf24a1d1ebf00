import NewsModel

/// Every entity of the corpus with its kind, article and mention counts, and countries.
enum EntitiesView {
    static func render(_ state: AppState, in area: Rect, into buffer: inout ScreenBuffer, theme: Theme) {
        guard !area.isEmpty else { return }
        let entities = state.analysis.entities
        let (titleRow, rows) = area.splitTop(1)
        let header = entities.isEmpty ? " No entities found." : String(" Entity").padding(toLength: max(8, area.width - 34), withPad: " ", startingAt: 0) + "kind          arts  ments"
        buffer.put(header, x: titleRow.x, y: titleRow.y, maxWidth: titleRow.width, style: theme.style(.paneTitleFocused))
        let selected = max(0, min(state.entitySelected, entities.count - 1))
        for row in 0..<rows.height {
            let i = state.entityTop + row
            guard i < entities.count else { break }
            let e = entities[i]
            let y = rows.y + row
            let base = i == selected ? theme.style(.selection) : .plain
            buffer.fill(Rect(x: rows.x, y: y, width: rows.width, height: 1), style: base)
            let nameWidth = max(4, rows.width - 36)
            buffer.putTruncated(" " + e.name, x: rows.x, y: y, width: nameWidth, style: base.merged(with: theme.style(.entity(e.kind))))
            let countries = e.kind == .country ? "" : e.countries.compactMap { state.analysis.entity($0)?.name }.prefix(2).joined(separator: ", ")
            if !countries.isEmpty && rows.width >= 70 {
                // The countries it belongs to, after the name when there is room.
                let used = DisplayWidth.of(e.name) + 2
                if used + 4 < nameWidth { buffer.putTruncated("(" + countries + ")", x: rows.x + used, y: y, width: nameWidth - used, style: base.merged(with: theme.style(.muted))) }
            }
            let stats = e.kind.rawValue.padding(toLength: 12, withPad: " ", startingAt: 0) + String(format: "%6d %6d", e.articles, e.mentions)
            buffer.put(stats, x: rows.maxX - 27, y: y, maxWidth: 27, style: base)
        }
    }
}
