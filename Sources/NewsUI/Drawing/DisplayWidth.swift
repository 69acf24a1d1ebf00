/// Terminal column widths of text, measured per grapheme cluster.
///
/// A cell shows one base scalar plus its combining marks; zero-width joiners, variation selectors
/// and other format characters are not drawn, so every cell's width is the width of its base
/// scalar. That keeps columns aligned on terminals whose idea of emoji sequences differs.
public enum DisplayWidth {
    /// Width in columns of one scalar when it starts a cell: 0, 1 or 2.
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        if v < 0x20 || (0x7F..<0xA0).contains(v) { return 0 }
        if v < 0x300 { return 1 }
        if isZeroWidth(scalar) { return 0 }
        return isWide(v) ? 2 : 1
    }

    /// Combining marks, format characters and variation selectors take no column.
    public static func isZeroWidth(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v == 0x200B || (0xFE00...0xFE0F).contains(v) || (0xE0100...0xE01EF).contains(v) { return true }
        if (0x1160...0x11FF).contains(v) { return true }  // Hangul medial vowels and finals
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return true
        default: return false
        }
    }

    /// East Asian Wide and Fullwidth ranges and emoji shown as pictures (as glibc's wcwidth).
    static func isWide(_ v: UInt32) -> Bool {
        switch v {
        case 0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x23E9...0x23EC, 0x23F0, 0x23F3,
             0x25FD...0x25FE, 0x2614...0x2615, 0x2648...0x2653, 0x267F, 0x2693, 0x26A1, 0x26AA...0x26AB,
             0x26BD...0x26BE, 0x26C4...0x26C5, 0x26CE, 0x26D4, 0x26EA, 0x26F2...0x26F3, 0x26F5, 0x26FA,
             0x26FD, 0x2705, 0x270A...0x270B, 0x2728, 0x274C, 0x274E, 0x2753...0x2755, 0x2757,
             0x2795...0x2797, 0x27B0, 0x27BF, 0x2B1B...0x2B1C, 0x2B50, 0x2B55,
             0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
             0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F,
             0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x16FE0...0x16FE4, 0x17000...0x18CFF, 0x1B000...0x1B2FF,
             0x1F004, 0x1F0CF, 0x1F18E, 0x1F191...0x1F19A, 0x1F200...0x1F202, 0x1F210...0x1F23B,
             0x1F240...0x1F248, 0x1F250...0x1F251, 0x1F260...0x1F265, 0x1F300...0x1F320,
             0x1F32D...0x1F335, 0x1F337...0x1F37C, 0x1F37E...0x1F393, 0x1F3A0...0x1F3CA,
             0x1F3CF...0x1F3D3, 0x1F3E0...0x1F3F0, 0x1F3F4, 0x1F3F8...0x1F43E, 0x1F440,
             0x1F442...0x1F4FC, 0x1F4FF...0x1F53D, 0x1F54B...0x1F54E, 0x1F550...0x1F567, 0x1F57A,
             0x1F595...0x1F596, 0x1F5A4, 0x1F5FB...0x1F64F, 0x1F680...0x1F6C5, 0x1F6CC,
             0x1F6D0...0x1F6D2, 0x1F6D5...0x1F6D7, 0x1F6DC...0x1F6DF, 0x1F6EB...0x1F6EC,
             0x1F6F4...0x1F6FC, 0x1F7E0...0x1F7EB, 0x1F7F0, 0x1F90C...0x1F93A, 0x1F93C...0x1F945,
             0x1F947...0x1F9FF, 0x1FA70...0x1FAFF, 0x20000...0x2FFFD, 0x30000...0x3FFFD:
            return true
        default:
            return false
        }
    }

    /// Columns `text` takes once drawn (after sanitising, as the buffer draws it).
    public static func of(_ text: String) -> Int {
        if text.utf8.allSatisfy({ $0 &- 0x20 < 0x5F }) { return text.utf8.count }  // printable ASCII
        var total = 0
        for ch in text { total += width(ch) }
        return total
    }

    /// Columns one grapheme takes: its base scalar's width (the same as `glyph(ch).width`).
    @inline(__always) public static func width(_ ch: Character) -> Int {
        guard let base = ch.unicodeScalars.first else { return 0 }
        return of(base)
    }

    /// What one grapheme becomes on screen: base scalar plus at most three combining marks.
    public static func glyph(_ ch: Character) -> (text: String, width: Int) {
        let scalars = ch.unicodeScalars
        guard let base = scalars.first else { return ("", 0) }
        if scalars.count == 1 {
            let w = of(base)
            return w == 0 ? ("", 0) : (String(ch), w)
        }
        let w = of(base)
        if w == 0 { return ("", 0) }  // a lone mark or format character: nothing to draw
        var view = String.UnicodeScalarView()
        view.append(base)
        var marks = 0
        for s in scalars.dropFirst() {
            let cat = s.properties.generalCategory
            let selector = (0xFE00...0xFE0F).contains(s.value) || (0xE0100...0xE01EF).contains(s.value)
            if (cat == .nonspacingMark || cat == .enclosingMark) && !selector && marks < 3 {
                view.append(s)
                marks += 1
            }
        }
        return (String(view), w)
    }
}
