import NewsModel

/// Conflicting claims: a list of conflicts, and the selected one as claim A | claim B with the
/// speaker, cue, source and text of each, and one line on why they conflict.
enum ConflictsView {
    /// A kind in at most 11 columns.
    static func shortName(_ kind: ConflictKind) -> String {
        switch kind {
        case .denial: return "denial"
        case .refutation: return "refutation"
        case .mutualAccusation: return "accusations"
        case .contradictingFigures: return "figures"
        case .framing: return "framing"
        }
    }

    /// A claim's text on one line, its first `limit` characters at most (a row shows no more):
    /// runs of white space (line breaks too) as one space.
    static func oneLine(_ text: String, limit: Int) -> String {
        var out = ""
        var count = 0
        var space = false
        for ch in text {
            if count >= limit { break }
            if ch.isWhitespace { space = !out.isEmpty; continue }
            if space { out.append(" "); count += 1; space = false }
            out.append(ch)
            count += 1
        }
        return out
    }

    static func render(_ state: AppState, in area: Rect, into buffer: inout ScreenBuffer, theme: Theme) {
        guard !area.isEmpty else { return }
        let conflicts = IndexedView(state.visibleConflicts, of: state.analysis.conflicts)
        let (titleRow, rest) = area.splitTop(1)
        if conflicts.isEmpty {
            let text = state.filters.isEmpty ? " No conflicting claims found." : " No conflict involves \(state.filterSummary). Press F to clear the filters."
            buffer.put(text, x: titleRow.x, y: titleRow.y, maxWidth: titleRow.width, style: theme.style(.paneTitleFocused))
            return
        }
        let selected = max(0, min(state.conflictSelected, conflicts.count - 1))
        buffer.put(" \(conflicts.count) conflict\(conflicts.count == 1 ? "" : "s") · Tab: other claim · Enter: open it in the reader",
                   x: titleRow.x, y: titleRow.y, maxWidth: titleRow.width, style: theme.style(.paneTitleFocused))
        let (listArea, detailArea) = rest.splitTop(state.conflictListHeight)
        // The visible rows' speakers and words, so rows of the same two speakers tell apart: B's
        // words (B answers), and A's before them where there is room; in columns that stay put
        // while the list scrolls.
        let rows = (0..<listArea.height).map { $0 + state.conflictTop }.filter { $0 < conflicts.count }.map { i -> (who: String, a: String, b: String) in
            let k = state.visibleConflicts[i]
            let a = state.analysis.conflictClaim(k, side: 0), b = state.analysis.conflictClaim(k, side: 1)
            return ("\(a?.claim.speaker ?? "?") ⟷ \(b?.claim.speaker ?? "?")", a.map { Self.oneLine($0.claim.text, limit: listArea.width) } ?? "",
                    b.map { Self.oneLine($0.claim.text, limit: listArea.width) } ?? "")
        }
        // Below 120 columns the kinds are named short, leaving the room to the speakers and words.
        let short = listArea.width < 120
        let kindWidth = short ? 12 : 22
        let free = listArea.width - 2 - kindWidth - 1
        let whoWidth = min(36, max(16, free * 2 / 5))
        for (row, (who, aWords, bWords)) in rows.enumerated() {
            let i = state.conflictTop + row
            let c = conflicts[i]
            let y = listArea.y + row
            let base = i == selected ? theme.style(.selection) : .plain
            buffer.fill(Rect(x: listArea.x, y: y, width: listArea.width, height: 1), style: base)
            var x = listArea.x
            x += buffer.put(i == selected ? "▸ " : "  ", x: x, y: y, maxWidth: listArea.width, style: base)
            x += buffer.put((short ? Self.shortName(c.kind) : c.kind.rawValue).padding(toLength: kindWidth, withPad: " ", startingAt: 0), x: x, y: y, maxWidth: listArea.maxX - x, style: base.merged(with: theme.style(.conflictKind)))
            buffer.putTruncated(who, x: x, y: y, width: min(whoWidth, listArea.maxX - x - 1), style: base)
            x += whoWidth + 2
            let room = listArea.maxX - x - 1
            let words = i == selected ? base : theme.style(.muted)
            // A's words take two fifths of a wide row; B's words need a dozen columns at least.
            if room >= 70 {
                let aWidth = (room - 3) * 2 / 5
                buffer.putTruncated("“\(aWords)”", x: x, y: y, width: aWidth, style: words)
                buffer.put(" → ", x: x + aWidth, y: y, style: base)
                buffer.putTruncated("“\(bWords)”", x: x + aWidth + 3, y: y, width: room - aWidth - 3, style: words)
            } else if room >= 12 {
                buffer.putTruncated("“\(bWords)”", x: x, y: y, width: room, style: words)
            }
        }
        guard detailArea.height >= 3 else { return }
        let conflict = conflicts[selected]
        let (rule, body) = detailArea.splitTop(1)
        buffer.put(String(repeating: "─", count: rule.width), x: rule.x, y: rule.y, style: theme.style(.border))
        let strength = String(format: "%.2f", conflict.strength)
        buffer.put(" \(conflict.kind.rawValue) · strength \(strength) ", x: rule.x + 2, y: rule.y, maxWidth: rule.width - 2, style: theme.style(.conflictKind))
        // The explanation takes the last rows; the two claims share the rest.
        let whyLines = TextWrapper.wrap([StyledRun("Why: ", .emphasis), StyledRun(SafeText.sanitize(conflict.why), .text)], width: max(1, body.width - 2))
        let whyHeight = min(whyLines.count, max(1, body.height / 4))
        let (whyArea, claimsArea) = body.splitBottom(whyHeight)
        for (k, line) in whyLines.prefix(whyHeight).enumerated() {
            buffer.put(line.runs, x: whyArea.x + 1, y: whyArea.y + k, width: whyArea.width - 2, theme: theme)
        }
        let k = state.visibleConflicts[selected]
        let ids = [(k, 0), (k, 1)]
        if claimsArea.width >= 70 {
            let half = claimsArea.width / 2
            let (left, right) = claimsArea.splitLeft(half)
            for y in right.y..<right.maxY { buffer.put("│", x: right.x, y: y, style: theme.style(.border)) }
            ClaimColumn.render(state, ids[0], label: "A", focused: state.conflictColumn == 0, in: left.inset(dx: 1, dy: 0), into: &buffer, theme: theme)
            ClaimColumn.render(state, ids[1], label: "B", focused: state.conflictColumn == 1, in: Rect(x: right.x + 2, y: right.y, width: right.width - 3, height: right.height), into: &buffer, theme: theme)
        } else {
            // Narrow terminals stack the claims.
            let (top, bottom) = claimsArea.splitTop(claimsArea.height / 2)
            ClaimColumn.render(state, ids[0], label: "A", focused: state.conflictColumn == 0, in: top.inset(dx: 1, dy: 0), into: &buffer, theme: theme)
            ClaimColumn.render(state, ids[1], label: "B", focused: state.conflictColumn == 1, in: bottom.inset(dx: 1, dy: 0), into: &buffer, theme: theme)
        }
    }
}

/// One claim of a conflict: speaker and cue, where it is, and its text with the cue words emphasised.
enum ClaimColumn {
    /// `side`: the conflict's index and 0 for claim A, 1 for claim B.
    static func render(_ state: AppState, _ side: (Int, Int), label: String, focused: Bool, in area: Rect, into buffer: inout ScreenBuffer, theme: Theme) {
        guard area.height >= 1, area.width >= 4, let (claim, articleIndex) = state.analysis.conflictClaim(side.0, side: side.1) else { return }
        let head = theme.style(focused ? .selection : .paneTitleFocused)
        buffer.fill(Rect(x: area.x, y: area.y, width: area.width, height: 1), style: head)
        var x = area.x
        x += buffer.put("\(label) ", x: x, y: area.y, maxWidth: area.width, style: head.merged(with: Style(bold: true)))
        let kind = claim.speakerEntity.flatMap { state.analysis.entity($0)?.kind }
        x += buffer.put(claim.speaker, x: x, y: area.y, maxWidth: area.maxX - x, style: head.merged(with: kind.map { theme.style(.entity($0)) } ?? Style(bold: true)))
        // Whom the speaker speaks for, when a role phrase said it ("for The army").
        // (Not when the speaker's own name says it: "Ecuador's foreign ministry".)
        if let side = claim.speakerSide.map({ state.analysis.entity($0)?.name ?? $0 }), side != claim.speaker, !claim.speaker.hasPrefix(side) {
            x += buffer.put(" for " + side, x: x, y: area.y, maxWidth: area.maxX - x, style: head)
        }
        buffer.put(" · " + claim.cue + (claim.quoted ? " (quoted)" : ""), x: x, y: area.y, maxWidth: area.maxX - x, style: head)
        guard area.height >= 2 else { return }
        let title = state.analysis.articles.row(articleIndex).title
        let paragraph = claim.paragraph >= 0 ? " ¶\(claim.paragraph + 1)" : ""
        buffer.putTruncated(title + paragraph, x: area.x, y: area.y + 1, width: area.width, style: theme.style(.meta))
        var runs: StyledLine = []
        for (word, isSpace) in words(SafeText.sanitize(claim.text)) {
            runs.append(StyledRun(word, !isSpace && ReportingCues.isCue(word.trimmingCharacters(in: .punctuationCharacters)) ? .emphasis : .text))
        }
        let lines = TextWrapper.wrap(runs, width: area.width)
        for (k, line) in lines.enumerated() where k + 2 < area.height {
            buffer.put(line.runs, x: area.x, y: area.y + 2 + k, width: area.width, theme: theme)
        }
    }

    /// Words and the spaces between them, in order.
    private static func words(_ text: String) -> [(String, Bool)] {
        var out: [(String, Bool)] = []
        var current = ""
        var inSpace = false
        for ch in text {
            let space = ch == " "
            if space != inSpace && !current.isEmpty { out.append((current, inSpace)); current = "" }
            inSpace = space
            current.append(ch)
        }
        if !current.isEmpty { out.append((current, inSpace)) }
        return out
    }
}
