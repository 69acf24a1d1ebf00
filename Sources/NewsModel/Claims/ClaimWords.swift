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
}
