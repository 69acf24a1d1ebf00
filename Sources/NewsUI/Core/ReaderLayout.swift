import NewsModel

/// One line of the reader: styled runs, the paragraph it comes from, and where in it it starts.
public struct ReaderLine: Sendable, Hashable {
    public var runs: StyledLine
    /// Paragraph index, or -1 for the title block.
    public var paragraph: Int
    /// Character offset into the paragraph's sanitised text.
    public var offset: Int
    /// A margin drawn before the text (e.g. "│ " for embedded posts).
    public var margin: StyledRun?
    /// The claim this line belongs to, if any, and whether that claim is in a conflict.
    public var claim: String? = nil
    public var conflicted: Bool = false
}

/// An article wrapped to a width. Computed when an article opens or the width changes, so a
/// frame only slices the lines it shows.
public struct ReaderLayout: Sendable, Hashable {
    public var articleIndex: Int
    public var width: Int
    public var lines: [ReaderLine]

    public init(article analyzed: AnalyzedArticle, articleIndex: Int, width: Int, conflicted: Set<String> = []) {
        let article = analyzed.article
        var bySegment: [Int: [Mention]] = [:]
        for m in analyzed.mentions { bySegment[m.paragraph, default: []].append(m) }
        func runs(_ text: String, _ segment: Int, _ start: Int, _ role: Role) -> StyledLine {
            Self.highlight(text, segmentStart: start, mentions: bySegment[segment] ?? [], base: role)
        }
        self.articleIndex = articleIndex
        let width = max(1, width)
        self.width = width
        var lines: [ReaderLine] = []
        func add(_ runs: StyledLine, paragraph: Int, margin: StyledRun? = nil) {
            let marginWidth = margin.map { DisplayWidth.of($0.text) } ?? 0
            for line in TextWrapper.wrap(runs, width: width - marginWidth) {
                lines.append(ReaderLine(runs: line.runs, paragraph: paragraph, offset: line.offset, margin: margin))
            }
        }
        func blank(_ paragraph: Int) { lines.append(ReaderLine(runs: [], paragraph: paragraph, offset: 0)) }

        add(runs(article.title, -1, article.titleRange.lowerBound, .title), paragraph: -1)
        let meta = [article.outlet, article.date, article.url].compactMap { $0 }.map(SafeText.sanitize)
        if !meta.isEmpty { add([StyledRun(meta.joined(separator: " · "), .meta)], paragraph: -1) }
        if !article.standfirst.isEmpty {
            blank(-1)
            add(runs(article.standfirst, -2, article.standfirstRange.lowerBound, .standfirst), paragraph: -1)
        }
        for p in article.paragraphs {
            blank(p.index)
            func text(_ role: Role) -> StyledLine { runs(p.text, p.index, p.start, role) }
            switch p.kind {
            case .body: add(text(.text), paragraph: p.index)
            case .heading: add(text(.heading), paragraph: p.index)
            case .caption: add(text(.caption), paragraph: p.index, margin: StyledRun("▣ ", .caption))
            case .post, .postAttribution: add(text(.post), paragraph: p.index, margin: StyledRun("│ ", .post))
            case .readMore, .source, .dateline: add(text(.muted), paragraph: p.index)
            }
        }
        // Mark the lines of each claim (offsets: characters of the sanitised paragraph, which
        // match its scalars for ordinary text).
        var starts: [Int: Int] = [:]
        for p in article.paragraphs { starts[p.index] = p.start }
        // Each paragraph's non-blank lines and where each ends, worked out once for all claims.
        var linesOf: [Int: [(index: Int, end: Int)]] = [:]
        if !analyzed.claims.isEmpty {
            for i in lines.indices where !lines[i].runs.isEmpty {
                let length = lines[i].runs.reduce(0) { total, run in
                    total + (ScreenBuffer.isPlainASCII(run.text) ? run.text.utf8.count : SimpleText.characterCount(run.text))
                }
                linesOf[lines[i].paragraph, default: []].append((i, lines[i].offset + length))
            }
        }
        for claim in analyzed.claims {
            guard let base = starts[claim.paragraph] else { continue }
            let lo = claim.start - base, hi = claim.end - base
            for (i, lineEnd) in linesOf[claim.paragraph] ?? [] {
                let lineStart = lines[i].offset
                if lineStart < hi && lo < lineEnd && lines[i].claim == nil {
                    lines[i].claim = claim.id
                    lines[i].conflicted = conflicted.contains(claim.id)
                }
            }
        }
        self.lines = lines
    }

    /// Splits a segment's raw text at its mentions, styling each mention by kind, then sanitises
    /// each piece (so offsets are applied to the raw text, before anything is removed).
    static func highlight(_ text: String, segmentStart: Int, mentions: [Mention], base: Role) -> StyledLine {
        if mentions.isEmpty { return [StyledRun(SafeText.sanitize(text), base)] }
        // Printable ASCII: scalars are bytes and nothing needs removing.
        if ScreenBuffer.isPlainASCII(text) {
            let bytes = Array(text.utf8)
            return cut(bytes.count, segmentStart: segmentStart, mentions: mentions, base: base) { a, b in
                String(decoding: bytes[a..<b], as: UTF8.self)
            }
        }
        // Simple text: scalars are characters and nothing needs removing; cut on its UTF-8 bytes.
        if SimpleText.isSimple(text) {
            let bytes = Array(text.utf8)
            var at: [Int] = []  // the byte where each scalar starts, then the end
            at.reserveCapacity(bytes.count + 1)
            for (i, b) in bytes.enumerated() where b & 0xC0 != 0x80 { at.append(i) }
            let count = at.count
            at.append(bytes.count)
            return cut(count, segmentStart: segmentStart, mentions: mentions, base: base) { a, b in
                String(decoding: bytes[at[a]..<at[b]], as: UTF8.self)
            }
        }
        return highlightScalars(text, segmentStart: segmentStart, mentions: mentions, base: base)
    }

    /// `highlight` for any text: cut on its scalars, each piece sanitised.
    static func highlightScalars(_ text: String, segmentStart: Int, mentions: [Mention], base: Role) -> StyledLine {
        let scalars = Array(text.unicodeScalars)
        return cut(scalars.count, segmentStart: segmentStart, mentions: mentions, base: base) { a, b in
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[a..<b])
            return SafeText.sanitize(String(view))
        }
    }

    /// Cuts scalars [0, count) of a segment at its mentions; `piece` gives the text of a cut.
    private static func cut(_ count: Int, segmentStart: Int, mentions: [Mention], base: Role,
                            piece: (Int, Int) -> String) -> StyledLine {
        var out: StyledLine = []
        var cursor = 0
        func add(_ a: Int, _ b: Int, _ role: Role) {
            guard a < b else { return }
            let text = piece(a, b)
            if !text.isEmpty { out.append(StyledRun(text, role)) }
        }
        for m in mentions.sorted(by: { $0.start < $1.start }) {
            let a = max(cursor, m.start - segmentStart), b = min(count, m.end - segmentStart)
            guard a < b else { continue }
            add(cursor, a, base)
            add(a, b, .entity(m.kind))
            cursor = b
        }
        add(cursor, count, base)
        return out
    }

    /// The line that shows (paragraph, offset), used to keep the reading position across reflows.
    public func lineIndex(paragraph: Int, offset: Int) -> Int {
        var best = 0
        for (i, line) in lines.enumerated() {
            if line.paragraph < paragraph { best = i; continue }
            if line.paragraph == paragraph && line.offset <= offset { best = i; continue }
            if line.paragraph > paragraph { break }
        }
        return best
    }
}
