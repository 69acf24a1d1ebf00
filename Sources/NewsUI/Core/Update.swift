import NewsModel

extension AppState {
    /// Applies a message and returns what the outside world must do.
    public mutating func update(_ msg: Msg) -> [Effect] {
        switch msg {
        case .resize(let newSize):
            size = newSize
            relayoutReader(keepPosition: true)
            scrollListToSelection()
            return [.fullRedraw]
        case .key(let key):
            if showHelp { return updateHelp(key) }
            guard let action = keyMap.action(for: key) else { return [] }
            return perform(action)
        }
    }

    /// Runs one action of the key table.
    public mutating func perform(_ action: Action) -> [Effect] {
        switch action {
        case .quitNow: return [.quit]
        case .redraw: return [.fullRedraw]
        case .toggleHelp:
            showHelp = true
            helpTop = 0
            return []
        case .nextView: cycleView(by: 1); return []
        case .previousView: cycleView(by: -1); return []
        case .quit:
            if screen == .articles { return [.quit] }
            screen = .articles
            return []
        case .back:
            if screen == .reader && panelFocused { panelFocused = false; return [] }
            if screen != .articles { screen = .articles }
            return []
        case .clearFilter:
            setMentionFilter(nil)
            return []
        case .focusEntities:
            if screen == .reader && !panelRows.isEmpty { panelFocused.toggle() }
            return []
        case .nextMention:
            if screen == .reader { jumpToNextMention() }
            return []
        default:
            break
        }
        switch screen {
        case .articles: updateList(action)
        case .reader: panelFocused ? updatePanel(action) : updateReader(action)
        case .entities: updateEntities(action)
        case .problems: updateProblems(action)
        }
        return []
    }

    private mutating func cycleView(by step: Int) {
        let all = Screen.allCases
        let i = all.firstIndex(of: screen) ?? 0
        screen = all[(i + step + all.count) % all.count]
        if screen == .reader { relayoutReader(keepPosition: true) }
    }

    private mutating func updateList(_ action: Action) {
        let count = visible.count
        guard count > 0 else { return }
        let before = selected
        switch action {
        case .moveUp: selected -= 1
        case .moveDown: selected += 1
        case .pageUp: selected -= listPageHeight
        case .pageDown: selected += listPageHeight
        case .top: selected = 0
        case .bottom: selected = count - 1
        case .open:
            screen = .reader
            readerTop = 0
            relayoutReader(keepPosition: false)
            return
        default: return
        }
        selected = max(0, min(selected, count - 1))
        scrollListToSelection()
        if selected != before {
            readerTop = 0
            relayoutReader(keepPosition: false)
        }
    }

    private mutating func updateReader(_ action: Action) {
        guard reader != nil else { return }
        switch action {
        case .moveUp: readerTop -= 1
        case .moveDown: readerTop += 1
        case .pageUp: readerTop -= max(1, readerPageHeight - 1)
        case .pageDown: readerTop += max(1, readerPageHeight - 1)
        case .top: readerTop = 0
        case .bottom: readerTop = Int.max / 2
        default: return
        }
        clampReader()
    }

    private mutating func updatePanel(_ action: Action) {
        let count = panelRows.count
        guard count > 0 else { return }
        switch action {
        case .moveUp: panelSelected -= 1
        case .moveDown: panelSelected += 1
        case .top: panelSelected = 0
        case .bottom: panelSelected = count - 1
        case .open: jumpToNextMention(); return
        default: return
        }
        panelSelected = max(0, min(panelSelected, count - 1))
        mentionCursor = -1
    }

    /// Scrolls the reader to the next mention of the panel's selected entity, cycling.
    mutating func jumpToNextMention() {
        let rows = panelRows
        guard rows.indices.contains(panelSelected), let article = selectedArticle, let layout = reader else { return }
        let entity = rows[panelSelected].entity
        let mentions = article.mentions.filter { $0.entity == entity && $0.paragraph >= 0 }
        guard !mentions.isEmpty else { return }
        mentionCursor = (mentionCursor + 1) % mentions.count
        let m = mentions[mentionCursor]
        let paragraph = article.article.paragraphs.first { $0.index == m.paragraph }
        // Offsets in the layout are characters of the sanitised text; the scalar offset is close enough to find the line.
        let offset = max(0, m.start - (paragraph?.start ?? 0))
        readerTop = layout.lineIndex(paragraph: m.paragraph, offset: offset)
        clampReader()
    }

    private mutating func updateEntities(_ action: Action) {
        let count = analysis.entities.count
        guard count > 0 else { return }
        switch action {
        case .moveUp: entitySelected -= 1
        case .moveDown: entitySelected += 1
        case .pageUp: entitySelected -= listPageHeight
        case .pageDown: entitySelected += listPageHeight
        case .top: entitySelected = 0
        case .bottom: entitySelected = count - 1
        case .open:
            setMentionFilter(analysis.entities[max(0, min(entitySelected, count - 1))].id)
            screen = .articles
            return
        default: return
        }
        entitySelected = max(0, min(entitySelected, count - 1))
        let page = max(1, bodyRect.height - 2)
        if entitySelected < entityTop { entityTop = entitySelected }
        if entitySelected >= entityTop + page { entityTop = entitySelected - page + 1 }
    }

    private mutating func updateProblems(_ action: Action) {
        let count = analysis.problems.count
        guard count > 0 else { return }
        switch action {
        case .moveUp: problemSelected -= 1
        case .moveDown: problemSelected += 1
        case .pageUp: problemSelected -= listPageHeight
        case .pageDown: problemSelected += listPageHeight
        case .top: problemSelected = 0
        case .bottom: problemSelected = count - 1
        default: return
        }
        problemSelected = max(0, min(problemSelected, count - 1))
        let page = max(1, bodyRect.height - 1)
        if problemSelected < problemTop { problemTop = problemSelected }
        if problemSelected >= problemTop + page { problemTop = problemSelected - page + 1 }
    }

    private mutating func updateHelp(_ key: Key) -> [Effect] {
        switch keyMap.action(for: key) {
        case .moveDown: helpTop += 1
        case .moveUp: helpTop = max(0, helpTop - 1)
        case .pageDown: helpTop += max(1, size.height - 4)
        case .pageUp: helpTop = max(0, helpTop - max(1, size.height - 4))
        case .quitNow: return [.quit]
        case .redraw: return [.fullRedraw]
        default: showHelp = false
        }
        helpTop = min(helpTop, max(0, keyMap.bindings.count - 1))
        return []
    }

    mutating func scrollListToSelection() {
        let page = listPageHeight
        if selected < listTop { listTop = selected }
        if selected >= listTop + page { listTop = selected - page + 1 }
        listTop = max(0, min(listTop, max(0, visible.count - page)))
    }
}
