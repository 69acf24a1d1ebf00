/// The eight ANSI colours; nil in a Style means the terminal's default.
public enum Color: Int, Sendable, Hashable, CaseIterable {
    case black, red, green, yellow, blue, magenta, cyan, white
}

/// How a cell looks: colours plus attributes that still read without colour.
public struct Style: Sendable, Hashable {
    public var foreground: Color?
    public var background: Color?
    public var bold: Bool
    public var underline: Bool
    public var reverse: Bool
    public var dim: Bool
    public var italic: Bool

    public init(
        foreground: Color? = nil, background: Color? = nil, bold: Bool = false, underline: Bool = false,
        reverse: Bool = false, dim: Bool = false, italic: Bool = false
    ) {
        self.foreground = foreground
        self.background = background
        self.bold = bold
        self.underline = underline
        self.reverse = reverse
        self.dim = dim
        self.italic = italic
    }

    public static let plain = Style()

    /// This style with `other`'s colours and attributes laid on top.
    public func merged(with other: Style) -> Style {
        Style(
            foreground: other.foreground ?? foreground, background: other.background ?? background,
            bold: bold || other.bold, underline: underline || other.underline,
            reverse: reverse != other.reverse, dim: dim || other.dim, italic: italic || other.italic)
    }
}
