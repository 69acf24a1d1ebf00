import NewsModel

/// The reader's side panel: the article's entities by kind, and the colour legend.
enum EntityPanelView {
    static func render(_ state: AppState, in area: Rect, into buffer: inout ScreenBuffer, theme: Theme) {
        guard area.width > 2, area.height > 0 else { return }
        for y in area.y..<area.maxY { buffer.put("│", x: area.x, y: y, style: theme.style(.border)) }
        let inner = Rect(x: area.x + 2, y: area.y, width: area.width - 2, height: area.height)
        if state.panelShowsClaims {
            ClaimsPanel.render(state, in: inner, into: &buffer, theme: theme)
            return
        }
        let rows = state.panelRows
        var y = inner.y
        let title = state.panelFocused ? "Entities (n: next mention, Enter: filter)" : "Entities (e: select, c: claims)"
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

/// The reader's side panel in claims mode: who claimed what here, conflicts marked.
enum ClaimsPanel {
    static func render(_ state: AppState, in inner: Rect, into buffer: inout ScreenBuffer, theme: Theme) {
        guard let article = state.selectedArticle else { return }
        let title = state.panelFocused ? "Claims (Enter: show it)" : "Claims (e: select, c: entities)"
        buffer.put(title, x: inner.x, y: inner.y, maxWidth: inner.width, style: theme.style(state.panelFocused ? .paneTitleFocused : .paneTitle))
        let conflicted = state.visible.indices.contains(state.selected) ? state.analysis.conflictedClaims(of: article, at: state.visible[state.selected]) : []
        let rows = inner.height - 1
        let skip = max(0, state.panelSelected - rows + 1)
        for (i, claim) in article.claims.enumerated() where i >= skip {
            let y = inner.y + 1 + i - skip
            if y >= inner.maxY { break }
            let selected = state.panelFocused && i == state.panelSelected
            let base = selected ? theme.style(.selection) : .plain
            if selected { buffer.fill(Rect(x: inner.x, y: y, width: inner.width, height: 1), style: base) }
            let mark = conflicted.contains(claim.id) ? "▌" : "│"
            buffer.put(mark, x: inner.x, y: y, style: base.merged(with: theme.style(conflicted.contains(claim.id) ? .conflictMark : .claimMark)))
            let kind = claim.speakerEntity.flatMap { state.analysis.entity($0)?.kind }
            let used = buffer.putTruncated(claim.speaker, x: inner.x + 2, y: y, width: max(1, inner.width - 12), style: base.merged(with: kind.map { theme.style(.entity($0)) } ?? Style(bold: true)))
            buffer.putTruncated(" " + claim.cue, x: inner.x + 2 + used, y: y, width: inner.maxX - inner.x - 2 - used, style: base.merged(with: theme.style(.muted)))
        }
        if article.claims.isEmpty {
            buffer.put("none found", x: inner.x, y: inner.y + 1, maxWidth: inner.width, style: theme.style(.muted))
        }
    }
}
