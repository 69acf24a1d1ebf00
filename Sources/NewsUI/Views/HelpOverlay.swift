/// Every key, generated from the key table that dispatches them, in a box over the screen.
enum HelpOverlay {
    static func render(_ state: AppState, in area: Rect, into buffer: inout ScreenBuffer, theme: Theme) {
        let bindings = state.keyMap.bindings
        let keyColumn = min(22, (bindings.map { DisplayWidth.of($0.keyLabel) }.max() ?? 0) + 2)
        let helpColumn = bindings.map { DisplayWidth.of($0.help) }.max() ?? 0
        let width = min(area.width, keyColumn + helpColumn + 4)
        let height = min(area.height, bindings.count + 4)
        guard width >= 4, height >= 3 else { return }
        let box = Rect(x: area.x + (area.width - width) / 2, y: area.y + (area.height - height) / 2, width: width, height: height)
        let inner = Frame.draw(box, title: "Keys", into: &buffer, theme: theme)
        let hint = "any other key closes"
        let rows = inner.height - 1
        let top = max(0, min(state.helpTop, max(0, bindings.count - rows)))
        for row in 0..<max(0, rows) {
            let i = top + row
            guard i < bindings.count else { break }
            let b = bindings[i]
            buffer.put(b.keyLabel, x: inner.x, y: inner.y + row, maxWidth: keyColumn - 1, style: theme.style(.helpKey))
            buffer.put(b.help, x: inner.x + keyColumn, y: inner.y + row, maxWidth: inner.width - keyColumn, style: .plain)
        }
        buffer.put(hint, x: inner.x, y: inner.maxY - 1, maxWidth: inner.width, style: theme.style(.muted))
    }
}
