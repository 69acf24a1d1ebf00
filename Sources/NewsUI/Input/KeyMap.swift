/// One entry of the key table: the keys, the action, and how help describes it.
public struct Binding: Sendable, Hashable {
    public var keys: [Key]
    public var action: Action
    public var help: String
    /// Shown in the footer's short list of hints.
    public var inFooter: Bool
    /// The footer's short text ("move", "open").
    public var short: String
    /// The footer's key text when it differs from `keyLabel` ("↑↓").
    public var footerKeys: String?

    public init(
        _ keys: [Key], _ action: Action, help: String, short: String = "", inFooter: Bool = false,
        footerKeys: String? = nil
    ) {
        self.keys = keys
        self.footerKeys = footerKeys
        self.action = action
        self.help = help
        self.short = short
        self.inFooter = inFooter
    }

    /// "↑/k", "Enter/→/l".
    public var keyLabel: String { keys.map(\.label).joined(separator: "/") }
}

/// The one key table: it dispatches keys and generates the help screen and the footer.
public struct KeyMap: Sendable {
    public var bindings: [Binding]
    private var index: [Key: Action]

    public init(_ bindings: [Binding]) {
        self.bindings = bindings
        var index: [Key: Action] = [:]
        for binding in bindings {
            for key in binding.keys where index[key] == nil { index[key] = binding.action }
        }
        self.index = index
    }

    /// The action bound to `key`, if any.
    public func action(for key: Key) -> Action? { index[key] }

    public static let standard = KeyMap([
        Binding([.up, .char("k")], .moveUp, help: "move up", short: "move", inFooter: true, footerKeys: "↑↓"),
        Binding([.down, .char("j")], .moveDown, help: "move down"),
        Binding([.pageUp, .char("b")], .pageUp, help: "page up"),
        Binding([.pageDown, .char(" ")], .pageDown, help: "page down"),
        Binding([.home, .char("g")], .top, help: "go to the top"),
        Binding([.end, .char("G")], .bottom, help: "go to the bottom"),
        Binding([.enter, .right, .char("l")], .open, help: "open the selected item", short: "open", inFooter: true, footerKeys: "Enter"),
        Binding([.left, .char("h"), .escape], .back, help: "go back", short: "back", inFooter: true, footerKeys: "←"),
        Binding([.tab], .nextView, help: "next view (in Conflicts: claim A, then claim B, then on)", short: "views", inFooter: true),
        Binding([.backTab], .previousView, help: "previous view"),
        Binding([.char("1")], .showArticles, help: "Articles view"),
        Binding([.char("2")], .showReader, help: "Reader view"),
        Binding([.char("3")], .showConflicts, help: "Conflicts view: claim A | claim B"),
        Binding([.char("4")], .showEntities, help: "Entities view"),
        Binding([.char("5")], .showProblems, help: "Problems view: files that could not be read"),
        Binding([.char("c")], .toggleClaims, help: "reader: side panel of claims and conflicts, or of entities"),
        Binding([.char("e")], .focusEntities, help: "reader: move between the text and the side panel (Enter there filters by the entity)", short: "panel", inFooter: true),
        Binding([.char("n")], .nextMention, help: "reader: jump to the next mention of the panel's entity"),
        Binding([.char("f")], .openFilter, help: "filter by person or country (type-ahead picker)", short: "filter", inFooter: true),
        Binding([.char("F"), .ctrl("f")], .clearFilter, help: "clear all filters"),
        Binding([.backspace], .removeLastFilter, help: "drop the last filter (without filters: go back)"),
        Binding([.char("?"), .function(1)], .toggleHelp, help: "show or hide this help", short: "help", inFooter: true, footerKeys: "?"),
        Binding([.char("q")], .quit, help: "back, or quit from the top view", short: "quit", inFooter: true),
        Binding([.char("Q")], .quitNow, help: "quit at once"),
        Binding([.ctrl("l")], .redraw, help: "redraw the screen"),
    ])
}
