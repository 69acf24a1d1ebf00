/// A line of source text with its Unicode scalar offsets (line breaks excluded).
struct SourceLine: Sendable {
    var text: String
    var start: Int
    var end: Int

    var isBlank: Bool { text.unicodeScalars.allSatisfy { $0.properties.isWhitespace } }

    /// The line without surrounding whitespace, with offsets moved to match.
    var trimmed: SourceLine {
        let scalars = Array(text.unicodeScalars)
        var lo = 0, hi = scalars.count
        while lo < hi && scalars[lo].properties.isWhitespace { lo += 1 }
        while hi > lo && scalars[hi - 1].properties.isWhitespace { hi -= 1 }
        if lo == 0 && hi == scalars.count { return self }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[lo..<hi])
        return SourceLine(text: String(view), start: start + lo, end: start + hi)
    }
}

enum SourceLines {
    /// Splits text into lines at LF, CRLF and lone CR, keeping scalar offsets into `text`.
    static func split(_ text: String) -> [SourceLine] {
        var lines: [SourceLine] = []
        var current = String.UnicodeScalarView()
        var offset = 0
        var lineStart = 0
        var pendingCR = false
        for scalar in text.unicodeScalars {
            if pendingCR {
                pendingCR = false
                if scalar == "\n" { offset += 1; lineStart = offset; continue }
            }
            if scalar == "\n" || scalar == "\r" {
                lines.append(SourceLine(text: String(current), start: lineStart, end: offset))
                current = String.UnicodeScalarView()
                offset += 1
                lineStart = offset
                pendingCR = scalar == "\r"
                continue
            }
            current.append(scalar)
            offset += 1
        }
        if !current.isEmpty || lineStart < offset {
            lines.append(SourceLine(text: String(current), start: lineStart, end: offset))
        }
        return lines
    }
}
