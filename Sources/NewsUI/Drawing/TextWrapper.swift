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
        // Most text is printable ASCII, and much of the rest ASCII with curly quotes, dashes and
        // accented letters: one scalar a column, wrapped on its bytes.
        if runs.allSatisfy({ ScreenBuffer.isPlainASCII($0.text) || SimpleText.isSimple($0.text) }) { return wrapSimple(runs, width: width) }
        return wrapCharacters(runs, width: width)
    }

    /// `wrap` for any text, character by character (a character's width in columns may be 0, 1 or 2).
    static func wrapCharacters(_ runs: StyledLine, width: Int) -> [Line] {
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

    /// `wrap` for simple text (`SimpleText`), with the same breaks: each scalar is a character and
    /// a column; the text stays UTF-8 bytes, with where each character starts.
    static func wrapSimple(_ runs: StyledLine, width: Int) -> [Line] {
        var bytes: [UInt8] = []
        // The byte where each character starts, then the end; and where each run ends, in characters.
        var at: [Int] = []
        var ends: [Int] = []
        for run in runs {
            for b in run.text.utf8 {
                if b & 0xC0 != 0x80 { at.append(bytes.count) }
                bytes.append(b)
            }
            ends.append(at.count)
        }
        let n = at.count
        at.append(bytes.count)
        let space = UInt8(ascii: " ")
        func isSpace(_ i: Int) -> Bool { bytes[at[i]] == space }
        var lines: [Line] = []
        var start = 0
        while start < n {
            if start > 0 { while start < n && isSpace(start) { start += 1 } }
            if start >= n { break }
            let limit = min(n, start + width)
            var lastBreak = -1
            var i = start
            while i < limit {
                if isSpace(i) { lastBreak = i }
                i += 1
            }
            var end = i
            if i < n {
                if isSpace(i) {
                    end = i
                } else if lastBreak > start {
                    end = lastBreak
                }
            }
            var last = end
            while last > start && isSpace(last - 1) { last -= 1 }
            var out: StyledLine = []
            var lo = start
            var r = ends.firstIndex { $0 > start } ?? ends.count
            while lo < last && r < runs.count {
                let hi = min(last, ends[r])
                if hi > lo {
                    let text = String(decoding: bytes[at[lo]..<at[hi]], as: UTF8.self)
                    if let previous = out.last, previous.role == runs[r].role {
                        out[out.count - 1].text += text
                    } else {
                        out.append(StyledRun(text, runs[r].role))
                    }
                }
                lo = hi
                r += 1
            }
            lines.append(Line(runs: out, offset: start))
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
