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
}

/// An article wrapped to a width. Computed when an article opens or the width changes, so a
/// frame only slices the lines it shows.
public struct ReaderLayout: Sendable, Hashable {
    public var articleIndex: Int
    public var width: Int
    public var lines: [ReaderLine]

    public init(article: Article, articleIndex: Int, width: Int) {
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

        add([StyledRun(SafeText.sanitize(article.title), .title)], paragraph: -1)
        let meta = [article.outlet, article.date, article.url].compactMap { $0 }.map(SafeText.sanitize)
        if !meta.isEmpty { add([StyledRun(meta.joined(separator: " · "), .meta)], paragraph: -1) }
        if !article.standfirst.isEmpty {
            blank(-1)
            add([StyledRun(SafeText.sanitize(article.standfirst), .standfirst)], paragraph: -1)
        }
        for p in article.paragraphs {
            blank(p.index)
            let text = SafeText.sanitize(p.text)
            switch p.kind {
            case .body: add([StyledRun(text, .text)], paragraph: p.index)
            case .heading: add([StyledRun(text, .heading)], paragraph: p.index)
            case .caption: add([StyledRun(text, .caption)], paragraph: p.index, margin: StyledRun("▣ ", .caption))
            case .post: add([StyledRun(text, .post)], paragraph: p.index, margin: StyledRun("│ ", .post))
            case .postAttribution: add([StyledRun(text, .post)], paragraph: p.index, margin: StyledRun("│ ", .post))
            case .readMore, .source, .dateline: add([StyledRun(text, .muted)], paragraph: p.index)
            }
        }
        self.lines = lines
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
