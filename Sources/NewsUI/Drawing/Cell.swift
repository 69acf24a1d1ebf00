/// One terminal cell: the glyph drawn there, its width, and its style.
///
/// A wide glyph occupies its cell (width 2) and the next one, which is a continuation (width 0,
/// empty text). The glyph is kept as a small number (see `GlyphTable`), so a cell is a plain
/// value: screens are filled, copied and compared without reference counting.
public struct Cell: Sendable, Hashable {
    /// The glyph's number in `GlyphTable`.
    var glyph: UInt32
    public var width: UInt8
    public var style: Style

    public init(text: String, width: UInt8 = 1, style: Style = .plain) {
        self.glyph = GlyphTable.shared.id(text)
        self.width = width
        self.style = style
    }

    /// A printable ASCII character (0x20-0x7E), one column wide.
    @inline(__always) init(ascii: UInt8, style: Style) {
        self.glyph = UInt32(ascii)
        self.width = 1
        self.style = style
    }

    /// The glyph as text.
    public var text: String {
        get { GlyphTable.shared.string(glyph) }
        set { glyph = GlyphTable.shared.id(newValue) }
    }

    public static let blank = Cell(ascii: 0x20, style: .plain)
    static func continuation(_ style: Style) -> Cell { Cell(text: "", width: 0, style: style) }
    public var isContinuation: Bool { width == 0 }
}
