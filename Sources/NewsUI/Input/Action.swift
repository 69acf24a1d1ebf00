/// What a key asks the app to do. The key table maps keys to actions.
public enum Action: Sendable, Hashable, CaseIterable {
    case moveUp, moveDown, pageUp, pageDown, top, bottom
    case open, back, nextView, previousView
    case toggleHelp, quit, quitNow, redraw
    case focusEntities, nextMention, clearFilter, toggleClaims, openFilter, removeLastFilter
    case showArticles, showReader, showConflicts, showEntities, showProblems
}
