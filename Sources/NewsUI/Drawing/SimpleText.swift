/// Text whose every scalar is a character of its own, one column wide, with nothing to sanitise:
/// printable ASCII plus the accented Latin, Greek and Cyrillic letters, dashes, curly quotes and
/// currency signs news text is full of. Such text can be wrapped and cut on its scalars (stored
/// as UTF-8 bytes) instead of on grapheme clusters, which is several times slower.
enum SimpleText {
    /// Whether `v` is such a scalar: never joined to its neighbours into one grapheme cluster
    /// (no mark, joiner, selector, regional indicator, jamo or prepended sign), never wide or
    /// zero-width, never removed or replaced by `SafeText.sanitize`.
    @inline(__always) static func isSimple(_ v: UInt32) -> Bool {
        if v < 0x7F { return v >= 0x20 }
        switch v {
        case 0xA0...0xAC, 0xAE...0x2FF,  // Latin-1 (not the soft hyphen), Latin Extended, IPA, modifier letters
             0x370...0x377, 0x37A...0x37F, 0x384...0x38A, 0x38C, 0x38E...0x3A1, 0x3A3...0x3FF,  // Greek
             0x400...0x482, 0x48A...0x52F,  // Cyrillic (not its combining marks)
             0x1E00...0x1EFF,  // Latin Extended Additional
             0x2010...0x2027, 0x2030...0x205E,  // dashes, quotes, bullets, ellipsis, primes
             0x20A0...0x20C0:  // currency signs
            return true
        default:
            return false
        }
    }

    /// Whether every scalar of `text` is simple.
    static func isSimple(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { isSimple($0.value) }
    }

    /// The number of characters of `text` (its scalars when they are simple, cheaper than counting
    /// grapheme clusters).
    static func characterCount(_ text: String) -> Int {
        var scalars = 0
        for s in text.unicodeScalars {
            guard isSimple(s.value) else { return text.count }
            scalars += 1
        }
        return scalars
    }
}
