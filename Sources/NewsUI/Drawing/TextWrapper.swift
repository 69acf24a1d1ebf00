import NewsModel

/// Wraps styled text to a width in columns, breaking at spaces and, for over-long words,
/// between characters.
public enum TextWrapper {
    /// A wrapped line and the character offset (into the sanitised text) where it starts.
    public struct Line: Sendable, Hashable {
        public var runs: StyledLine
        public var offset: Int
    }

    /// Wraps `runs` (already sanitised) to `width` columns. Never returns an empty array.
    public static func wrap(_ runs: StyledLine, width: Int) -> [Line] {
        let width = max(1, width)
        var chars: [(ch: Character, role: Role, w: Int)] = []
        for run in runs {
            for ch in run.text { chars.append((ch, run.role, DisplayWidth.width(ch))) }
        }
        var lines: [Line] = []
        var start = 0
        while start < chars.count {
            // Skip spaces at the start of a continuation line.
            if start > 0 { while start < chars.count && chars[start].ch == " " { start += 1 } }
            if start >= chars.count { break }
            var col = 0
            var i = start
            var lastBreak = -1
            while i < chars.count && col + chars[i].w <= width {
                if chars[i].ch == " " { lastBreak = i }
                col += chars[i].w
                i += 1
            }
            var end = i
            if i < chars.count {
                if chars[i].ch == " " {
                    end = i
                } else if lastBreak > start {
                    end = lastBreak
                } else if end == start {
                    end = start + 1  // a glyph wider than the line: place it alone
                }
            }
            lines.append(Line(runs: group(chars[start..<end]), offset: start))
            start = end
        }
        if lines.isEmpty { lines.append(Line(runs: [], offset: 0)) }
        return lines
    }

    private static func group(_ chars: ArraySlice<(ch: Character, role: Role, w: Int)>) -> StyledLine {
        var out: StyledLine = []
        for c in chars {
            if let last = out.last, last.role == c.role {
                out[out.count - 1].text.append(c.ch)
            } else {
                out.append(StyledRun(String(c.ch), c.role))
            }
        }
        // Trailing spaces carry no information on screen.
        while let last = out.last, last.text.hasSuffix(" ") {
            let trimmed = String(last.text.reversed().drop(while: { $0 == " " }).reversed())
            if trimmed.isEmpty { out.removeLast() } else { out[out.count - 1].text = trimmed; break }
        }
        return out
    }
}
