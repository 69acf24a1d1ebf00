import NewsModel

/// Everything the UI shows, as a value. `update` changes it; `render` draws it.
public struct AppState: Sendable {
    public var analysis: CorpusAnalysis {
        didSet { decoded = nil }
    }
    /// The selected article as last decoded (articles from a snapshot are decoded when shown).
    private var decoded: (index: Int, article: AnalyzedArticle)? = nil
    public var size: Size
    public var screen: Screen = .articles {
        // The Entities view's list under the filters is worked out when it is first shown.
        didSet { if screen == .entities && entitiesStale { refreshEntities() } }
    }
    /// Index of the selected article (clamped when drawn).
    public var selected: Int = 0
    /// First visible row of the article list.
    public var listTop: Int = 0
    /// First visible line of the reader.
    public var readerTop: Int = 0
    public var problemSelected: Int = 0
    public var problemTop: Int = 0
    /// Entity filters (ids), combined with AND: people and other entities keep the articles that
    /// mention them; countries also keep those that mention anything of theirs.
    public private(set) var filters: [String] = []
    /// Indices of the listed articles, conflicts and entities under the filters.
    public private(set) var visible: [Int] = []
    public private(set) var visibleConflicts: [Int] = []
    public private(set) var visibleEntities: [Int] = []
    /// Whether `visibleEntities` is out of date for the filters (it is left so while not shown).
    private var entitiesStale = false
    /// The filter picker, while it is open.
    public var picker: FilterPicker? = nil
    public var entitySelected: Int = 0
    public var entityTop: Int = 0
    /// Whether the reader's keys move the entity panel's selection instead of the text.
    public var panelFocused: Bool = false
    public var panelSelected: Int = 0
    /// Index into the selected panel entity's mentions, for `n`.
    public var mentionCursor: Int = -1
    /// The reader's side panel shows claims (true) or entities (false).
    public var panelShowsClaims: Bool = false
    public var conflictSelected: Int = 0
    public var conflictTop: Int = 0
    /// Which claim of the selected conflict has focus: 0 for A, 1 for B.
    public var conflictColumn: Int = 0
    /// The claim shown highlighted in the reader (opened from the Conflicts view).
    public var highlightedClaim: String? = nil
    /// Where back goes from the reader: the Conflicts view when the reader was opened from it.
    public var readerReturn: Screen = .articles
    /// A one-line message in the footer until the next key ("cache unavailable ...").
    public var notice: String? = nil
    /// Files read so far while the corpus loads in the background; nil once it is loaded.
    public var loading: (done: Int, total: Int)? = nil
    /// The analysis shown is the last run's, not yet checked against the files (`.provisional`).
    public var checking: Bool = false
    public var showHelp: Bool = false
    public var helpTop: Int = 0
    public var keyMap: KeyMap = .standard
    /// The selected article wrapped to the reader's width.
    public private(set) var reader: ReaderLayout?

    /// Terminals at least this wide show the list and the reader side by side.
    public static let splitWidth = 120

    public init(analysis: CorpusAnalysis, size: Size) {
        self.analysis = analysis
        self.size = size
        visible = Array(analysis.articles.indices)
        visibleConflicts = Array(analysis.conflicts.indices)
        visibleEntities = Array(analysis.entities.indices)
        relayoutReader(keepPosition: false)
    }

    public var isSplit: Bool { size.width >= Self.splitWidth }

    /// The article under the list's cursor.
    public var selectedArticle: AnalyzedArticle? {
        guard visible.indices.contains(selected) else { return nil }
        let index = visible[selected]
        if let decoded, decoded.index == index { return decoded.article }
        return analysis.articles[index]
    }

    /// Applies entity filters, keeping the selected article (and its scroll) when it stays listed.
    public mutating func setFilters(_ newFilters: [String]) {
        let current = visible.indices.contains(selected) ? visible[selected] : nil
        let selectedConflict = visibleConflicts.indices.contains(conflictSelected) ? visibleConflicts[conflictSelected] : nil
        filters = newFilters
        let result = analysis.filtered(by: newFilters, withEntities: false)
        visible = result.articles
        visibleConflicts = result.conflicts
        entitiesStale = true
        if screen == .entities { refreshEntities() }
        if let current, let i = visible.firstIndex(of: current) {
            selected = i
        } else {
            selected = 0
            readerTop = 0
        }
        conflictSelected = selectedConflict.flatMap { visibleConflicts.firstIndex(of: $0) } ?? 0
        conflictTop = min(conflictTop, conflictSelected)
        entitySelected = 0
        entityTop = 0
        scrollListToSelection()
        relayoutReader(keepPosition: true)
    }

    private mutating func refreshEntities() {
        visibleEntities = analysis.entities(inArticles: visible, filtered: !filters.isEmpty)
        entitiesStale = false
    }

    /// Puts a newly loaded analysis in place, keeping the view, the filters, the selected article
    /// and, when it is still there, the reader's place in it.
    public mutating func replaceAnalysis(_ newAnalysis: CorpusAnalysis) {
        let selectedID = selectedArticle?.article.id
        let typed = selected
        let anchor = reader.flatMap { $0.lines.indices.contains(readerTop) ? ($0.lines[readerTop].paragraph, $0.lines[readerTop].offset) : nil }
        analysis = newAnalysis
        reader = nil
        let known = filters.filter { newAnalysis.entity($0) != nil }
        setFilters(known)
        var same = false
        if let selectedID, let i = visible.firstIndex(where: { newAnalysis.articles.id($0) == selectedID }) {
            selected = i
            same = true
        } else {
            selected = max(0, min(typed, visible.count - 1))
        }
        scrollListToSelection()
        relayoutReader(keepPosition: false)
        if same, let anchor, let layout = reader {
            readerTop = layout.lineIndex(paragraph: anchor.0, offset: anchor.1)
            clampReader()
        }
    }

    /// Adds a filter (once).
    public mutating func addFilter(_ entity: String) {
        if !filters.contains(entity) { setFilters(filters + [entity]) }
    }

    /// "person: Vladimir Putin · country: Ukraine".
    public var filterSummary: String {
        filters.map { id in
            let e = analysis.entity(id)
            return "\(e?.kind.rawValue ?? "entity"): \(e?.name ?? id)"
        }.joined(separator: " · ")
    }

    /// Opens the reader on article `index` (clearing the filter if it hides it), scrolled to `paragraph`.
    public mutating func openArticle(_ index: Int, paragraph: Int?, from origin: Screen) {
        if !visible.contains(index) { setFilters([]) }
        selected = visible.firstIndex(of: index) ?? 0
        scrollListToSelection()
        screen = .reader
        readerReturn = origin
        panelFocused = false
        relayoutReader(keepPosition: false)
        if let paragraph, let layout = reader {
            readerTop = layout.lineIndex(paragraph: paragraph, offset: 0)
            // Leave a line of context above the claim.
            readerTop = max(0, readerTop - 1)
            clampReader()
        }
    }

    /// The conflicts in which the article at `index` takes part.
    public func conflictCount(article index: Int) -> Int { analysis.conflictCounts[index] }

    /// Side panel of entities next to the reader when there is room.
    var showsPanel: Bool { readerArea.width >= 90 }
    var readerArea: Rect { isSplit ? splitRects.reader : bodyRect }
    var panelRect: Rect {
        let (_, panel) = readerArea.splitLeft(readerArea.width - 30)
        return panel
    }

    /// Rows of the Conflicts view's list above the two columns.
    var conflictListHeight: Int { max(1, min(8, (bodyRect.height - 1) / 3)) }

    /// The share of the article shown down to the bottom of the reader, or nil when it all fits.
    public var readerPercent: Int? {
        guard let layout = reader, layout.lines.count > readerPageHeight else { return nil }
        return min(100, (min(readerTop, layout.lines.count) + readerPageHeight) * 100 / max(1, layout.lines.count))
    }

    /// Rows of the reader's side panel in its current mode.
    var panelRowCount: Int { panelShowsClaims ? (selectedArticle?.claims.count ?? 0) : panelRows.count }

    /// The selected article's entity panel rows.
    public var panelRows: [EntityPanelRow] {
        selectedArticle?.panelRows { analysis.entity($0)?.name } ?? []
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
        var area = readerArea
        if showsPanel { area = area.splitLeft(area.width - 31).0 }
        var (_, below) = area.splitTop(isSplit ? 1 : 0)  // split mode shows a pane title row
        if !showsPanel && below.height >= 6 && below.width >= 30 && !(selectedArticle?.mentions.isEmpty ?? true) {
            below = below.splitBottom(1).1  // the last row holds the legend
        }
        return area.width >= 20 ? below.inset(dx: 1, dy: 0) : below
    }

    var readerPageHeight: Int { max(1, readerTextRect.height) }
    var listPageHeight: Int { max(1, listRect.height - (isSplit ? 1 : 0)) }

    // MARK: - Reader layout

    /// Rewraps the selected article to the reader's width; keeps the top line's place when asked.
    mutating func relayoutReader(keepPosition: Bool) {
        guard let article = selectedArticle, visible.indices.contains(selected) else {
            decoded = nil
            reader = nil
            readerTop = 0
            return
        }
        let articleIndex = visible[selected]
        decoded = (articleIndex, article)
        let width = max(1, readerTextRect.width)
        if let current = reader, current.articleIndex == articleIndex, current.width == width { return }
        var anchor: (Int, Int)? = nil
        if keepPosition, let current = reader, current.articleIndex == articleIndex, current.lines.indices.contains(readerTop) {
            anchor = (current.lines[readerTop].paragraph, current.lines[readerTop].offset)
        }
        let layout = ReaderLayout(article: article, articleIndex: articleIndex, width: width,
                                  conflicted: analysis.conflictedClaims(of: article, at: articleIndex))
        panelSelected = 0
        mentionCursor = -1
        reader = layout
        readerTop = anchor.map { layout.lineIndex(paragraph: $0.0, offset: $0.1) } ?? 0
        clampReader()
    }

    mutating func clampReader() {
        let count = reader?.lines.count ?? 0
        readerTop = max(0, min(readerTop, max(0, count - readerPageHeight)))
    }
}
