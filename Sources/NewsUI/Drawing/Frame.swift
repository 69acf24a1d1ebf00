/// A titled box drawn over the screen (help, picker): clears it, draws the border, and returns
/// the area inside, one column of padding on each side.
enum Frame {
    static func draw(_ box: Rect, title: String, into buffer: inout ScreenBuffer, theme: Theme) -> Rect {
        buffer.fill(box)
        let border = theme.style(.border).merged(with: Style(dim: false))
        buffer.put("┌" + String(repeating: "─", count: max(0, box.width - 2)) + "┐", x: box.x, y: box.y, style: border)
        buffer.put("└" + String(repeating: "─", count: max(0, box.width - 2)) + "┘", x: box.x, y: box.maxY - 1, style: border)
        for y in (box.y + 1)..<max(box.y + 1, box.maxY - 1) {
            buffer.put("│", x: box.x, y: y, style: border)
            buffer.put("│", x: box.maxX - 1, y: y, style: border)
        }
        buffer.put(" \(title) ", x: box.x + 2, y: box.y, maxWidth: box.width - 4, style: theme.style(.emphasis))
        return Rect(x: box.x + 2, y: box.y + 1, width: box.width - 4, height: box.height - 2)
    }
}
