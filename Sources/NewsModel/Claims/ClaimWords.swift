/// Lower-cased words of a text from one tokenisation: what `Tokenizer.tokenize(text)` and
/// `token.text.lowercased()` give, without building a string for every punctuation mark and
/// with a byte loop instead of `lowercased()` for ASCII words.
enum ClaimWords {
    /// A word token (its first character is a letter), lower-cased.
    struct Word {
        var lower: String
        var flags: Token.Flags
    }

    /// The word tokens of `text`, in order.
    static func words(_ text: String) -> [Word] {
        var text = text
        return text.withUTF8 { b in
            Tokenizer.scan(b, words: nil).compactMap { t -> Word? in
                guard t.flags.contains(.word) else { return nil }
                return Word(lower: lower(b, Int(t.byteStart), Int(t.byteEnd), t.flags), flags: t.flags)
            }
        }
    }

    /// The lower-cased text of bytes [from, to) of a token with `flags`.
    @inline(__always)
    static func lower(_ b: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int, _ flags: Token.Flags) -> String {
        let bytes = UnsafeBufferPointer(rebasing: b[from..<to])
        if flags.contains(.ascii) {
            if !flags.contains(.asciiUpper) { return String(decoding: bytes, as: UTF8.self) }
            return String(unsafeUninitializedCapacity: bytes.count) { out in
                for k in 0..<bytes.count {
                    let c = bytes[k]
                    out[k] = c &- 0x41 < 26 ? c | 0x20 : c
                }
                return bytes.count
            }
        }
        return String(decoding: bytes, as: UTF8.self).lowercased()
    }

    /// A token's text lower-cased.
    static func lower(_ t: Token) -> String {
        guard t.flags.contains(.ascii) else { return t.text.lowercased() }
        if !t.flags.contains(.asciiUpper) { return t.text }
        var text = t.text
        return text.withUTF8 { lower($0, 0, $0.count, t.flags) }
    }

    /// `text.lowercased()`, by bytes when the text is ASCII.
    static func lowercased(_ text: String) -> String {
        var text = text
        return text.withUTF8 { b in
            var upper = false
            for c in b {
                if c >= 0x80 { return String(decoding: b, as: UTF8.self).lowercased() }
                if c &- 0x41 < 26 { upper = true }
            }
            return lower(b, 0, b.count, upper ? [.ascii, .asciiUpper] : [.ascii])
        }
    }

    /// The Unicode scalars of `text`, copied from its bytes when it is ASCII.
    static func scalars(_ text: String) -> [Unicode.Scalar] {
        var t = text
        return t.withUTF8 { b -> [Unicode.Scalar] in
            guard !b.contains(where: { $0 >= 0x80 }) else { return Array(text.unicodeScalars) }
            return [Unicode.Scalar](unsafeUninitializedCapacity: b.count) { out, n in
                for k in 0..<b.count { (out.baseAddress! + k).initialize(to: Unicode.Scalar(b[k])) }
                n = b.count
            }
        }
    }
}

extension Unicode.Scalar {
    /// `properties.isWhitespace`, without the table lookup for ASCII (U+0009...U+000D and U+0020).
    @inline(__always) var isSpaceFast: Bool {
        value < 0x80 ? (value == 0x20 || (value &- 9) < 5) : properties.isWhitespace
    }

    /// `properties.isUppercase`, without the table lookup for ASCII.
    @inline(__always) var isUppercaseFast: Bool {
        value < 0x80 ? (value &- 0x41) < 26 : properties.isUppercase
    }

    /// `properties.numericType != nil`, without the table lookup for ASCII.
    @inline(__always) var isNumericFast: Bool {
        value < 0x80 ? (value &- 0x30) < 10 : properties.numericType != nil
    }

    /// `properties.isAlphabetic`, without the table lookup for ASCII.
    @inline(__always) var isAlphabeticFast: Bool {
        value < 0x80 ? ((value | 0x20) &- 0x61) < 26 : properties.isAlphabetic
    }
}
