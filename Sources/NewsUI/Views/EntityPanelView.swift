import NewsModel

/// The reader's side panel: the article's entities by kind, and the colour legend.
enum EntityPanelView {
    static func render(_ state: AppState, in area: Rect, into buffer: inout ScreenBuffer, theme: Theme) {
        guard area.width > 2, area.height > 0 else { return }
        for y in area.y..<area.maxY { buffer.put("│", x: area.x, y: y, style: theme.style(.border)) }
        let inner = Rect(x: area.x + 2, y: area.y, width: area.width - 2, height: area.height)
        let rows = state.panelRows
        var y = inner.y
        let title = state.panelFocused ? "Entities (Enter: next mention)" : "Entities (e to select)"
        buffer.put(title, x: inner.x, y: y, maxWidth: inner.width, style: theme.style(state.panelFocused ? .paneTitleFocused : .paneTitle))
        y += 1
        var lastKind: EntityKind? = nil
        // Keep the selected row visible: skip rows above it when the panel is short.
        let capacity = max(1, inner.height - 3 - EntityKind.allCases.count)
        let skip = max(0, state.panelSelected - capacity + 1)
        for (i, row) in rows.enumerated() where i >= skip {
            if y >= inner.maxY - 2 { break }
            if row.kind != lastKind {
                lastKind = row.kind
                buffer.put(heading(row.kind), x: inner.x, y: y, maxWidth: inner.width, style: theme.style(.muted))
                y += 1
                if y >= inner.maxY - 2 { break }
            }
            let selected = state.panelFocused && i == state.panelSelected
            let base = selected ? theme.style(.selection) : .plain
            if selected { buffer.fill(Rect(x: inner.x, y: y, width: inner.width, height: 1), style: base) }
            let count = "\(row.count)"
            buffer.put(" ", x: inner.x, y: y, style: base)
            buffer.putTruncated(row.name, x: inner.x + 1, y: y, width: inner.width - DisplayWidth.of(count) - 2, style: base.merged(with: theme.style(.entity(row.kind))))
            buffer.put(count, x: inner.maxX - DisplayWidth.of(count), y: y, style: base)
            y += 1
        }
        if rows.isEmpty {
            buffer.put("none found", x: inner.x, y: y, maxWidth: inner.width, style: theme.style(.muted))
        }
        Legend.render(in: Rect(x: inner.x, y: inner.maxY - 2, width: inner.width, height: 2), into: &buffer, theme: theme)
    }

    static func heading(_ kind: EntityKind) -> String {
        switch kind {
        case .person: return "People"
        case .country: return "Countries"
        case .organization: return "Organizations"
        case .place: return "Places"
        }
    }
}

/// What each entity style means.
enum Legend {
    static func render(in area: Rect, into buffer: inout ScreenBuffer, theme: Theme) {
        guard area.height > 0 else { return }
        var x = area.x, y = area.y
        for kind in EntityKind.allCases {
            let label = kind.rawValue
            let w = DisplayWidth.of(label) + 1
            if x + w > area.maxX && y + 1 < area.maxY { x = area.x; y += 1 }
            x += buffer.put(label, x: x, y: y, maxWidth: area.maxX - x, style: theme.style(.entity(kind)))
            x += buffer.put(" ", x: x, y: y, maxWidth: area.maxX - x)
        }
    }
}
