/// One terminal cell: the glyph drawn there, its width, and its style.
///
/// A wide glyph occupies its cell (width 2) and the next one, which is a continuation (width 0,
/// empty text).
public struct Cell: Sendable, Hashable {
    public var text: String
    public var width: UInt8
    public var style: Style

    public init(text: String, width: UInt8 = 1, style: Style = .plain) {
        self.text = text
        self.width = width
        self.style = style
    }

    public static let blank = Cell(text: " ")
    static func continuation(_ style: Style) -> Cell { Cell(text: "", width: 0, style: style) }
    public var isContinuation: Bool { width == 0 }
}
