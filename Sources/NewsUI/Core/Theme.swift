import NewsModel

/// What a piece of the screen is; the theme decides how it looks.
public enum Role: Sendable, Hashable {
    case text, title, meta, standfirst, heading, caption, post, muted
    case headerBar, headerTab, headerTabActive, footerBar, footerKey
    case selection, selectionUnfocused, border, paneTitle, paneTitleFocused
    case problem, helpKey, emphasis
    /// A conflict's kind, and the margin marks of claims.
    case conflictKind, claimMark, conflictMark, highlight
    /// A mention of an entity of this kind.
    case entity(EntityKind)
}

/// Role -> Style, in one table. Every role stays readable without colour.
public struct Theme: Sendable {
    /// Whether colours are used at all (false for NO_COLOR and monochrome terminals).
    public var colors: Bool

    public init(colors: Bool = true) {
        self.colors = colors
    }

    public func style(_ role: Role) -> Style {
        let s = baseStyle(role)
        if colors { return s }
        // Without colour, a coloured background becomes reverse video so bars stay visible.
        let reverse = s.background != nil ? !s.reverse : s.reverse
        return Style(bold: s.bold, underline: s.underline, reverse: reverse, dim: s.dim, italic: s.italic)
    }

    private func baseStyle(_ role: Role) -> Style {
        switch role {
        case .text: return .plain
        case .title: return Style(bold: true)
        case .meta: return Style(foreground: .cyan, dim: true)
        case .standfirst: return Style(italic: true)
        case .heading: return Style(bold: true, underline: true)
        case .caption: return Style(foreground: .blue, dim: true, italic: true)
        case .post: return Style(foreground: .green)
        case .muted: return Style(dim: true)
        case .headerBar: return Style(foreground: .black, background: .cyan, reverse: false)
        case .headerTab: return Style(foreground: .black, background: .cyan)
        case .headerTabActive: return Style(foreground: .white, background: .blue, bold: true)
        case .footerBar: return Style(foreground: .black, background: .white)
        case .footerKey: return Style(foreground: .blue, background: .white, bold: true)
        case .selection: return Style(reverse: true)
        case .selectionUnfocused: return Style(underline: true)
        case .border: return Style(dim: true)
        case .paneTitle: return Style(dim: true)
        case .paneTitleFocused: return Style(bold: true)
        case .problem: return Style(foreground: .red, bold: true)
        case .helpKey: return Style(foreground: .yellow, bold: true)
        case .emphasis: return Style(bold: true)
        case .conflictKind: return Style(foreground: .red, bold: true)
        case .claimMark: return Style(foreground: .blue, bold: true)
        case .conflictMark: return Style(foreground: .red, bold: true)
        case .highlight: return Style(underline: true, reverse: true)
        // Each kind has a colour and an attribute of its own, so kinds differ without colour too.
        case .entity(.person): return Style(foreground: .yellow, bold: true)
        case .entity(.country): return Style(foreground: .cyan, underline: true)
        case .entity(.organization): return Style(foreground: .magenta, bold: true, underline: true)
        case .entity(.place): return Style(foreground: .green, italic: true)
        }
    }
}
