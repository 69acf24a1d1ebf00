import NewsModel

/// Everything the UI shows, as a value. `update` changes it; `render` draws it.
public struct AppState: Sendable {
    public var corpus: Corpus
    public var size: Size
    public var screen: Screen = .articles
    /// Index of the selected article (clamped when drawn).
    public var selected: Int = 0
    /// First visible row of the article list.
    public var listTop: Int = 0
    /// First visible line of the reader.
    public var readerTop: Int = 0
    public var problemSelected: Int = 0
    public var problemTop: Int = 0
    public var showHelp: Bool = false
    public var helpTop: Int = 0
    public var keyMap: KeyMap = .standard
    /// The selected article wrapped to the reader's width.
    public private(set) var reader: ReaderLayout?

    /// Terminals at least this wide show the list and the reader side by side.
    public static let splitWidth = 120

    public init(corpus: Corpus, size: Size) {
        self.corpus = corpus
        self.size = size
        relayoutReader(keepPosition: false)
    }

    public var isSplit: Bool { size.width >= Self.splitWidth }

    public var selectedArticle: Article? {
        corpus.articles.indices.contains(selected) ? corpus.articles[selected] : nil
    }

    // MARK: - Geometry shared by update and render

    /// The area between the header and the footer.
    var bodyRect: Rect {
        let full = Rect(x: 0, y: 0, width: size.width, height: size.height)
        if size.height < 3 { return full }
        return Rect(x: 0, y: 1, width: size.width, height: size.height - 2)
    }

    /// In split mode, the list's and the reader's areas (a one-column rule between them).
    var splitRects: (list: Rect, reader: Rect) {
        let body = bodyRect
        let listWidth = min(60, max(36, body.width * 2 / 5))
        let (list, rest) = body.splitLeft(listWidth)
        let (_, reader) = rest.splitLeft(1)
        return (list, reader)
    }

    var listRect: Rect { isSplit ? splitRects.list : bodyRect }

    /// Where the reader's text goes: inside a margin of one column on each side.
    var readerTextRect: Rect {
        let area = isSplit ? splitRects.reader : bodyRect
        let (_, below) = area.splitTop(isSplit ? 1 : 0)  // split mode shows a pane title row
        return area.width >= 20 ? below.inset(dx: 1, dy: 0) : below
    }

    var readerPageHeight: Int { max(1, readerTextRect.height) }
    var listPageHeight: Int { max(1, listRect.height - (isSplit ? 1 : 0)) }

    // MARK: - Reader layout

    /// Rewraps the selected article to the reader's width; keeps the top line's place when asked.
    mutating func relayoutReader(keepPosition: Bool) {
        guard let article = selectedArticle else {
            reader = nil
            readerTop = 0
            return
        }
        let width = max(1, readerTextRect.width)
        if let current = reader, current.articleIndex == selected, current.width == width { return }
        var anchor: (Int, Int)? = nil
        if keepPosition, let current = reader, current.articleIndex == selected, current.lines.indices.contains(readerTop) {
            anchor = (current.lines[readerTop].paragraph, current.lines[readerTop].offset)
        }
        let layout = ReaderLayout(article: article, articleIndex: selected, width: width)
        reader = layout
        readerTop = anchor.map { layout.lineIndex(paragraph: $0.0, offset: $0.1) } ?? 0
        clampReader()
    }

    mutating func clampReader() {
        let count = reader?.lines.count ?? 0
        readerTop = max(0, min(readerTop, max(0, count - readerPageHeight)))
    }
}
