import NewsModel

extension AppState {
    /// Applies a message and returns what the outside world must do.
    public mutating func update(_ msg: Msg) -> [Effect] {
        switch msg {
        case .loading(let done, let total):
            loading = (done, total)
            return []
        case .preview(let partial):
            replaceAnalysis(partial)
            return []
        case .provisional(let saved):
            checking = true
            replaceAnalysis(saved)
            return []
        case .verified:
            // The analysis shown stands: nothing moves, only the header's status goes.
            loading = nil
            checking = false
            return []
        case .loaded(let newAnalysis):
            loading = nil
            checking = false
            replaceAnalysis(newAnalysis)
            return []
        case .resize(let newSize):
            size = newSize
            relayoutReader(keepPosition: true)
            scrollListToSelection()
            return [.fullRedraw]
        case .key(let key):
            notice = nil
            if showHelp { return updateHelp(key) }
            if var p = picker {
                let (chosen, open) = p.handle(key, index: analysis.index)
                picker = open ? p : nil
                if let chosen { addFilter(chosen) }
                return []
            }
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
        case .nextView:
            // In Conflicts, Tab moves from claim A to claim B, and from B on to the next view.
            if screen == .conflicts && !visibleConflicts.isEmpty && conflictColumn == 0 { conflictColumn = 1; return [] }
            conflictColumn = 0
            cycleView(by: 1)
            return []
        case .showArticles: show(.articles); return []
        case .showReader: show(.reader); return []
        case .showConflicts: show(.conflicts); return []
        case .showEntities: show(.entities); return []
        case .showProblems: show(.problems); return []
        case .toggleClaims:
            if screen == .reader {
                panelShowsClaims.toggle()
                panelSelected = 0
                // Without room for a side panel, the claims list takes the keys while it is shown.
                panelFocused = !showsPanel && panelShowsClaims && panelRowCount > 0
            }
            return []
        case .previousView: cycleView(by: -1); return []
        case .quit:
            if screen == .articles { return [.quit] }
            return perform(.back)
        case .back:
            if screen == .reader && (panelFocused || (!showsPanel && panelShowsClaims)) { panelFocused = false; panelShowsClaims = false; return [] }
            if screen == .reader && readerReturn == .conflicts { screen = .conflicts; readerReturn = .articles; highlightedClaim = nil; return [] }
            if screen != .articles { screen = .articles }
            highlightedClaim = nil
            return []
        case .clearFilter:
            setFilters([])
            return []
        case .openFilter:
            picker = FilterPicker(index: analysis.index)
            return []
        case .removeLastFilter:
            if filters.isEmpty { return perform(.back) }
            setFilters(Array(filters.dropLast()))
            return []
        case .focusEntities:
            if screen == .reader && panelRowCount > 0 { panelFocused.toggle() }
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
        case .conflicts: updateConflicts(action)
        case .entities: updateEntities(action)
        case .problems: updateProblems(action)
        }
        return []
    }

    private mutating func cycleView(by step: Int) {
        let all = Screen.allCases
        let i = all.firstIndex(of: screen) ?? 0
        show(all[(i + step + all.count) % all.count])
    }

    private mutating func show(_ target: Screen) {
        screen = target
        readerReturn = .articles
        if target == .reader { relayoutReader(keepPosition: true) }
    }

    private mutating func updateConflicts(_ action: Action) {
        let count = visibleConflicts.count
        guard count > 0 else { return }
        switch action {
        case .moveUp: conflictSelected -= 1
        case .moveDown: conflictSelected += 1
        case .pageUp: conflictSelected -= max(1, conflictListHeight)
        case .pageDown: conflictSelected += max(1, conflictListHeight)
        case .top: conflictSelected = 0
        case .bottom: conflictSelected = count - 1
        case .open:
            let k = visibleConflicts[max(0, min(conflictSelected, count - 1))]
            guard let (claim, article) = analysis.conflictClaim(k, side: conflictColumn == 0 ? 0 : 1) else { return }
            highlightedClaim = claim.id
            openArticle(article, paragraph: claim.paragraph, from: .conflicts)
            return
        default: return
        }
        conflictSelected = max(0, min(conflictSelected, count - 1))
        let page = max(1, conflictListHeight)
        if conflictSelected < conflictTop { conflictTop = conflictSelected }
        if conflictSelected >= conflictTop + page { conflictTop = conflictSelected - page + 1 }
    }

    private mutating func updateList(_ action: Action) {
        let count = visible.count
        if count == 0 && loading != nil {
            // Keys typed while the corpus loads still move the cursor; it is clamped once loaded.
            if action == .moveDown { selected += 1 } else if action == .moveUp { selected = max(0, selected - 1) }
            return
        }
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
            readerReturn = .articles
            highlightedClaim = nil
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
        let count = panelRowCount
        guard count > 0 else { return }
        switch action {
        case .moveUp: panelSelected -= 1
        case .moveDown: panelSelected += 1
        case .top: panelSelected = 0
        case .bottom: panelSelected = count - 1
        case .open:
            if panelShowsClaims {
                jumpToClaim()
            } else if panelRows.indices.contains(panelSelected) {
                panelFocused = false
                addFilter(panelRows[panelSelected].entity)
            }
            return
        default: return
        }
        panelSelected = max(0, min(panelSelected, count - 1))
        mentionCursor = -1
    }

    /// Scrolls the reader to the panel's selected claim and highlights it.
    mutating func jumpToClaim() {
        guard let article = selectedArticle, article.claims.indices.contains(panelSelected), let layout = reader else { return }
        let claim = article.claims[panelSelected]
        highlightedClaim = claim.id
        readerTop = max(0, layout.lineIndex(paragraph: claim.paragraph, offset: 0) - 1)
        clampReader()
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
        let count = visibleEntities.count
        guard count > 0 else { return }
        switch action {
        case .moveUp: entitySelected -= 1
        case .moveDown: entitySelected += 1
        case .pageUp: entitySelected -= listPageHeight
        case .pageDown: entitySelected += listPageHeight
        case .top: entitySelected = 0
        case .bottom: entitySelected = count - 1
        case .open:
            addFilter(analysis.entities[visibleEntities[max(0, min(entitySelected, count - 1))]].id)
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
