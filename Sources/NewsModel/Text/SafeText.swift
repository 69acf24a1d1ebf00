/// Makes untrusted text safe to show on a terminal.
///
/// Article text may carry terminal escape sequences (CSI, OSC such as clipboard writes and title
/// changes, DCS, APC/PM/SOS), C0 and C1 control characters, and bidirectional overrides. None of
/// them may reach the terminal: sequences are removed whole, tabs and line breaks become spaces,
/// and other controls are dropped.
public enum SafeText {
    /// The printable text of `text`, with every escape sequence and control character removed.
    public static func sanitize(_ text: String) -> String {
        // Fast path: most text has nothing to remove.
        if !text.unicodeScalars.contains(where: needsWork) { return text }
        var out = String.UnicodeScalarView()
        var scalars = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = nil
        func next() -> Unicode.Scalar? {
            if let p = pending { pending = nil; return p }
            return scalars.next()
        }
        while let s = next() {
            switch s.value {
            case 0x1B:
                skipEscape(next: next, pushBack: { pending = $0 })
            case 0x9B:  // C1 CSI
                skipCSI(next: next)
            case 0x9D, 0x90, 0x98, 0x9E, 0x9F:  // C1 OSC, DCS, SOS, PM, APC
                skipString(next: next, pushBack: { pending = $0 })
            case 0x09, 0x0A, 0x0D, 0x0B, 0x0C, 0x85, 0x2028, 0x2029:
                out.append(" ")
            default:
                if !isDropped(s) { out.append(s) }
            }
        }
        return String(out)
    }

    private static func needsWork(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return v < 0x20 || (0x7F...0x9F).contains(v) || isBidiControl(v) || v == 0x2028 || v == 0x2029
    }

    private static func isBidiControl(_ v: UInt32) -> Bool {
        (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v) || v == 0x061C
    }

    /// Controls and bidirectional overrides that are removed outright.
    static func isDropped(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return v < 0x20 || (0x7F...0x9F).contains(v) || isBidiControl(v)
    }

    private static func skipEscape(next: () -> Unicode.Scalar?, pushBack: (Unicode.Scalar) -> Void) {
        guard let s = next() else { return }
        switch s {
        case "[": skipCSI(next: next)
        case "]", "P", "X", "^", "_": skipString(next: next, pushBack: pushBack)
        default:
            // Two-character escapes (ESC 7, ESC c, ...) and charset selections (ESC ( B).
            if s == "(" || s == ")" || s == "*" || s == "+" || s == "#" || s == "%" || s == " " {
                _ = next()
            }
        }
    }

    /// CSI: parameters and intermediates up to a final byte in @...~.
    private static func skipCSI(next: () -> Unicode.Scalar?) {
        var count = 0
        while let s = next() {
            count += 1
            if (0x40...0x7E).contains(s.value) || count > 64 { return }
            if s.value < 0x20 && s.value != 0x1B { return }
        }
    }

    /// OSC/DCS/APC/PM/SOS: up to BEL or ST (ESC \ or C1 0x9C).
    private static func skipString(next: () -> Unicode.Scalar?, pushBack: (Unicode.Scalar) -> Void) {
        while let s = next() {
            if s.value == 0x07 || s.value == 0x9C { return }
            if s.value == 0x1B {
                if let t = next(), t != "\\" { pushBack(t) }
                return
            }
        }
    }
}
