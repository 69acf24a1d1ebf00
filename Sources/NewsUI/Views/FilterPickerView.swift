import NewsModel

/// The filter picker drawn over the screen: the query, then matching people and countries.
enum FilterPickerView {
    static func render(_ picker: FilterPicker, in area: Rect, into buffer: inout ScreenBuffer, theme: Theme) {
        let width = min(area.width, 72)
        let height = min(area.height, 20)
        guard width >= 12, height >= 4 else { return }
        let box = Rect(x: area.x + (area.width - width) / 2, y: area.y + max(0, (area.height - height) / 3), width: width, height: height)
        let inner = Frame.draw(box, title: "Filter by person or country", into: &buffer, theme: theme)
        let used = buffer.put("> ", x: inner.x, y: inner.y, style: theme.style(.helpKey))
        let q = buffer.put(picker.query, x: inner.x + used, y: inner.y, maxWidth: inner.width - used - 1)
        buffer.put("▏", x: inner.x + used + q, y: inner.y, style: theme.style(.helpKey))
        guard inner.height >= 3 else { return }
        buffer.putTruncated("type to search · person: or country: picks the kind · Enter apply · Esc close",
                            x: inner.x, y: inner.y + 1, width: inner.width, style: theme.style(.muted))
        let rows = Rect(x: inner.x, y: inner.y + 2, width: inner.width, height: inner.height - 2)
        if picker.results.isEmpty {
            buffer.put("nothing matches", x: rows.x, y: rows.y, maxWidth: rows.width, style: theme.style(.muted))
            return
        }
        let top = max(0, picker.selected - rows.height + 1)
        for row in 0..<rows.height {
            let i = top + row
            guard i < picker.results.count else { break }
            let s = picker.results[i]
            let y = rows.y + row
            let base = i == picker.selected ? theme.style(.selection) : .plain
            buffer.fill(Rect(x: rows.x, y: y, width: rows.width, height: 1), style: base)
            let count = "\(s.entity.articles) art."
            let kind = s.entity.kind.rawValue.padding(toLength: 8, withPad: " ", startingAt: 0)
            var x = rows.x
            x += buffer.put(kind, x: x, y: y, maxWidth: rows.width, style: base.merged(with: theme.style(.muted)))
            let nameWidth = rows.maxX - x - DisplayWidth.of(count) - 1
            let used = buffer.putTruncated(s.entity.name, x: x, y: y, width: nameWidth, style: base.merged(with: theme.style(.entity(s.entity.kind))))
            if let via = s.via, used + 4 < nameWidth {
                buffer.putTruncated(" (" + via + ")", x: x + used, y: y, width: nameWidth - used, style: base.merged(with: theme.style(.muted)))
            }
            buffer.put(count, x: rows.maxX - DisplayWidth.of(count), y: y, style: base)
        }
    }
}
