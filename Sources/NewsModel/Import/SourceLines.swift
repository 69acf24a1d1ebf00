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
        while lo < hi && scalars[lo].isSpaceFast { lo += 1 }
        while hi > lo && scalars[hi - 1].isSpaceFast { hi -= 1 }
        if lo == 0 && hi == scalars.count { return self }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[lo..<hi])
        return SourceLine(text: String(view), start: start + lo, end: start + hi)
    }
}

enum SourceLines {
    /// Splits text into lines at LF, CRLF and lone CR, keeping scalar offsets into `text`.
    static func split(_ text: String) -> [SourceLine] {
        var text = text
        // Lines are cut from the UTF-8 bytes (building them scalar by scalar cost more than the
        // rest of parsing); scalar offsets count the bytes that start a scalar.
        return text.withUTF8 { b in
            var lines: [SourceLine] = []
            var offset = 0
            var lineStart = 0
            var byteStart = 0
            var i = 0
            func line(upTo end: Int) {
                lines.append(SourceLine(text: String(decoding: UnsafeBufferPointer(rebasing: b[byteStart..<end]), as: UTF8.self),
                                        start: lineStart, end: offset))
            }
            while i < b.count {
                let c = b[i]
                if c == 0x0A || c == 0x0D {
                    line(upTo: i)
                    offset += 1
                    i += 1
                    // CRLF is one break: the LF counts as a scalar but starts no line of its own.
                    if c == 0x0D && i < b.count && b[i] == 0x0A {
                        offset += 1
                        i += 1
                    }
                    lineStart = offset
                    byteStart = i
                    continue
                }
                if c & 0xC0 != 0x80 { offset += 1 }
                i += 1
            }
            if byteStart < b.count || lineStart < offset {
                line(upTo: b.count)
            }
            return lines
        }
    }
}
