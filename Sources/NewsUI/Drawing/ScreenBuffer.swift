import NewsModel

/// A grid of cells that views draw into; the terminal backend shows it by diff.
public struct ScreenBuffer: Sendable, Hashable {
    public let size: Size
    public private(set) var cells: [Cell]

    public init(size: Size) {
        self.size = size
        cells = Array(repeating: .blank, count: size.width * size.height)
    }

    public var bounds: Rect { Rect(x: 0, y: 0, width: size.width, height: size.height) }

    public subscript(x: Int, y: Int) -> Cell {
        guard x >= 0, y >= 0, x < size.width, y < size.height else { return .blank }
        return cells[y * size.width + x]
    }

    /// Fills `rect` with blanks in `style`.
    public mutating func fill(_ rect: Rect, style: Style = .plain) {
        let r = clip(rect)
        guard !r.isEmpty else { return }
        for y in r.y..<r.maxY {
            for x in r.x..<r.maxX { set(x, y, Cell(ascii: 0x20, style: style)) }
        }
    }

    /// Lays `style` over every cell of `rect`, keeping the glyphs.
    public mutating func apply(_ style: Style, to rect: Rect) {
        let r = clip(rect)
        guard !r.isEmpty else { return }
        for y in r.y..<r.maxY {
            for x in r.x..<r.maxX { cells[y * size.width + x].style = cells[y * size.width + x].style.merged(with: style) }
        }
    }

    /// Writes `text` at (x, y), sanitised and clipped to `maxWidth` columns and the buffer.
    /// Returns the number of columns written.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, maxWidth: Int = Int.max, style: Style = .plain) -> Int {
        guard y >= 0, y < size.height, x < size.width, maxWidth > 0 else { return 0 }
        let limit = maxWidth >= size.width - x ? size.width : x + maxWidth
        var col = x
        if Self.isPlainASCII(text) {
            // Most text: one byte a cell, nothing to sanitise or measure.
            for b in text.utf8 {
                if col >= limit { break }
                if col >= 0 { set(col, y, Cell(ascii: b, style: style)) }
                col += 1
            }
            return max(0, col - max(x, 0))
        }
        let safe = SafeText.sanitize(text)
        let bytes = safe.utf8
        var index = bytes.startIndex
        while index < bytes.endIndex {
            // A printable ASCII byte not followed by a mark or joiner is a one-column glyph of its own.
            let b = bytes[index]
            let next = bytes.index(after: index)
            if b &- 0x20 < 0x5F && (next == bytes.endIndex || bytes[next] < 0x80) {
                if col >= limit { break }
                if col >= 0 { set(col, y, Cell(ascii: b, style: style)) }
                col += 1
                index = next
                continue
            }
            let ch = safe[index]
            index = bytes.index(index, offsetBy: ch.utf8.count)
            let (glyph, width) = DisplayWidth.glyph(ch)
            if width == 0 { continue }
            if col + width > limit {
                // A wide glyph that does not fit leaves a blank rather than half a character.
                if col < limit && col >= 0 { set(col, y, Cell(ascii: 0x20, style: style)) ; col += 1 }
                break
            }
            if col >= 0 {
                set(col, y, Cell(text: glyph, width: UInt8(width), style: style))
                if width == 2 { set(col + 1, y, .continuation(style)) }
            }
            col += width
        }
        return max(0, col - max(x, 0))
    }

    /// Writes `text` within `width` columns, ending in "…" when it does not fit.
    @discardableResult
    public mutating func putTruncated(_ text: String, x: Int, y: Int, width: Int, style: Style = .plain) -> Int {
        guard width > 0 else { return 0 }
        if Self.isPlainASCII(text) {
            let count = text.utf8.count
            return put(count <= width ? text : String(text.utf8.prefix(width - 1))! + "…", x: x, y: y, maxWidth: width, style: style)
        }
        let safe = SafeText.sanitize(text)
        if DisplayWidth.of(safe) <= width { return put(safe, x: x, y: y, maxWidth: width, style: style) }
        var prefix = ""
        var used = 0
        for ch in safe {
            let w = DisplayWidth.width(ch)
            if used + w > width - 1 { break }
            prefix.append(ch)
            used += w
        }
        return put(prefix + "…", x: x, y: y, maxWidth: width, style: style)
    }

    /// Writes `text` and pads with blanks to exactly `width` columns.
    public mutating func putPadded(_ text: String, x: Int, y: Int, width: Int, style: Style = .plain) {
        let used = put(text, x: x, y: y, maxWidth: width, style: style)
        if used < width { fill(Rect(x: x + used, y: y, width: width - used, height: 1), style: style) }
    }

    /// Printable ASCII (0x20-0x7E) only: no control character, nothing wide or combining.
    @inline(__always) static func isPlainASCII(_ text: String) -> Bool {
        text.utf8.allSatisfy { $0 &- 0x20 < 0x5F }
    }

    private mutating func set(_ x: Int, _ y: Int, _ cell: Cell) {
        guard x >= 0, y >= 0, x < size.width, y < size.height else { return }
        let i = y * size.width + x
        // Never leave half of a wide glyph behind.
        if cells[i].isContinuation && !cell.isContinuation && x > 0 {
            cells[i - 1] = Cell(ascii: 0x20, style: cells[i - 1].style)
        }
        if cells[i].width == 2 && cell.width != 2 && x + 1 < size.width {
            cells[i + 1] = Cell(ascii: 0x20, style: cells[i + 1].style)
        }
        if cell.width == 2 && x + 1 >= size.width {
            cells[i] = Cell(ascii: 0x20, style: cell.style)  // no room for the right half
            return
        }
        cells[i] = cell
    }

    private func clip(_ r: Rect) -> Rect {
        let x0 = max(0, r.x), y0 = max(0, r.y)
        let x1 = min(size.width, r.maxX), y1 = min(size.height, r.maxY)
        return Rect(x: x0, y: y0, width: x1 - x0, height: y1 - y0)
    }

    // MARK: - Reading back

    /// Each row as text, trailing blanks removed: what a person sees.
    public func lines() -> [String] {
        (0..<size.height).map { y in
            var row = ""
            for x in 0..<size.width {
                let c = cells[y * size.width + x]
                if !c.isContinuation { row += c.text }
            }
            while row.hasSuffix(" ") { row.removeLast() }
            return row
        }
    }

    /// The whole screen as one string, rows joined by newlines.
    public var text: String { lines().joined(separator: "\n") }

    /// The columns of each row that differ from `old`, as (row, first column, end column) runs.
    /// A size change marks everything.
    public func changedRuns(from old: ScreenBuffer?) -> [(y: Int, x0: Int, x1: Int)] {
        guard let old, old.size == size else {
            return (0..<size.height).map { ($0, 0, size.width) }
        }
        var runs: [(y: Int, x0: Int, x1: Int)] = []
        for y in 0..<size.height {
            var first = -1, last = -1
            let base = y * size.width
            for x in 0..<size.width where cells[base + x] != old.cells[base + x] {
                if first < 0 { first = x }
                last = x
            }
            if first >= 0 {
                // Start on a glyph's left half and end after a wide glyph's right half.
                if first > 0 && cells[base + first].isContinuation { first -= 1 }
                var end = last + 1
                if end < size.width && cells[base + end].isContinuation { end += 1 }
                runs.append((y, first, end))
            }
        }
        return runs
    }
}
