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

    /// A paragraph's tokens (`Tokenizer.tokenize(text)`), each lower-cased (`lower(_:)`) and with
    /// the word lists it is on (`WordClass.of`), in one pass over its bytes.
    static func tokens(_ text: String) -> (tokens: [Token], lower: [String], classes: [ClaimExtractor.WordClass]) {
        var text = text
        return text.withUTF8 { b in
            let scanned = Tokenizer.scan(b, words: nil)
            var tokens: [Token] = [], lower: [String] = [], classes: [ClaimExtractor.WordClass] = []
            tokens.reserveCapacity(scanned.count)
            lower.reserveCapacity(scanned.count)
            classes.reserveCapacity(scanned.count)
            // The lists' words as strings: a token that is one takes that string instead of a new one.
            let listWords = ClaimExtractor.WordClass.asciiWordList
            // (Lower-cased copies of ASCII tokens with capitals, to look them up; eight bytes spare
            // for the look-up's eight-byte read.)
            let scratch = UnsafeMutablePointer<UInt8>.allocate(capacity: b.count + 8)
            scratch.initialize(repeating: 0, count: b.count + 8)
            defer { scratch.deallocate() }
            for t in scanned {
                let from = Int(t.byteStart), to = Int(t.byteEnd)
                if t.flags.contains(.ascii) {
                    let written: String, l: String, c: ClaimExtractor.WordClass
                    if !t.flags.contains(.asciiUpper) {
                        // (Its bytes are its lower-cased bytes: looked up where they are.)
                        let (found, word) = ClaimExtractor.WordClass.lookUp(ascii: b.baseAddress! + from, to - from, readable: b.count - from, words: listWords)
                        written = word ?? Tokenizer.string(b, from, to)
                        l = written
                        c = found
                    } else {
                        written = Tokenizer.string(b, from, to)
                        for k in 0..<(to - from) {
                            let ch = b[from + k]
                            scratch[k] = ch &- 0x41 < 26 ? ch | 0x20 : ch
                        }
                        let (found, word) = ClaimExtractor.WordClass.lookUp(ascii: scratch, to - from, readable: b.count + 8, words: listWords)
                        l = word ?? String(decoding: UnsafeBufferPointer(start: scratch, count: to - from), as: UTF8.self)
                        c = found
                    }
                    tokens.append(Token(text: written, start: Int(t.start), end: Int(t.end), spaceBefore: t.spaceBefore,
                                        sentenceStart: t.sentenceStart, flags: t.flags))
                    lower.append(l)
                    classes.append(c)
                    continue
                }
                let written = Tokenizer.string(b, from, to)
                tokens.append(Token(text: written, start: Int(t.start), end: Int(t.end), spaceBefore: t.spaceBefore,
                                    sentenceStart: t.sentenceStart, flags: t.flags))
                let l = written.lowercased()
                lower.append(l)
                classes.append(ClaimExtractor.WordClass.of(l))
            }
            return (tokens, lower, classes)
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

    /// Whether a text is all ASCII (`text.utf8.allSatisfy { $0 < 0x80 }`), read eight bytes at a time.
    static func isASCII(_ text: String) -> Bool {
        var bytes = text
        return bytes.withUTF8 { b in
            var any: UInt64 = 0
            var i = 0
            if let p = b.baseAddress {
                while i + 8 <= b.count {
                    any |= UnsafeRawPointer(p + i).loadUnaligned(as: UInt64.self)
                    i += 8
                }
            }
            if any & Tokenizer.SWAR.highs != 0 { return false }
            while i < b.count {
                if b[i] >= 0x80 { return false }
                i += 1
            }
            return true
        }
    }

    /// `text.lowercased()`, by bytes when the text is ASCII.
    static func lowercased(_ text: String) -> String {
        var bytes = text
        let upper: Bool? = bytes.withUTF8 { b in
            // (Eight bytes at a time: a byte from 0x80 is no ASCII; SWAR's tests hold for ASCII bytes.)
            var any: UInt64 = 0, caps: UInt64 = 0
            var i = 0
            if let p = b.baseAddress {
                while i + 8 <= b.count {
                    let x = UnsafeRawPointer(p + i).loadUnaligned(as: UInt64.self)
                    any |= x
                    let y = x & ~Tokenizer.SWAR.highs
                    caps |= Tokenizer.SWAR.atLeast(y, 0x41) & ~Tokenizer.SWAR.atLeast(y, 0x5B)
                    i += 8
                }
            }
            if any & Tokenizer.SWAR.highs != 0 { return nil }
            var upper = caps != 0
            while i < b.count {
                let c = b[i]
                if c >= 0x80 { return nil }
                if c &- 0x41 < 26 { upper = true }
                i += 1
            }
            return upper
        }
        switch upper {
        case nil: return text.lowercased()
        // (Nothing to lower: the text itself, no copy.)
        case false?: return text
        case true?: return bytes.withUTF8 { lower($0, 0, $0.count, [.ascii, .asciiUpper]) }
        }
    }

    /// The Unicode scalars of `text`, decoded from its bytes (a string's bytes are valid UTF-8:
    /// a lead byte says how many bytes follow; `Array(text.unicodeScalars)` counts, then copies,
    /// a scalar at a time through the string's index).
    static func scalars(_ text: String) -> [Unicode.Scalar] {
        var t = text
        return t.withUTF8 { b -> [Unicode.Scalar] in
            guard let p = b.baseAddress, !b.isEmpty else { return [] }
            let n = b.count
            // (One scalar per byte that does not continue one.)
            var count = 0
            for i in 0..<n { count &+= Int(p[i] & 0xC0 != 0x80 ? 1 : 0) }
            return [Unicode.Scalar](unsafeUninitializedCapacity: count) { out, made in
                let o = out.baseAddress!
                if count == n {
                    for i in 0..<n { (o + i).initialize(to: Unicode.Scalar(p[i])) }
                    made = n
                    return
                }
                var i = 0, k = 0
                while i < n && k < count {
                    let c0 = UInt32(p[i])
                    let v: UInt32
                    if c0 < 0x80 {
                        v = c0; i &+= 1
                    } else if c0 < 0xE0 {
                        v = (c0 & 0x1F) << 6 | UInt32(p[i &+ 1] & 0x3F); i &+= 2
                    } else if c0 < 0xF0 {
                        v = (c0 & 0x0F) << 12 | UInt32(p[i &+ 1] & 0x3F) << 6 | UInt32(p[i &+ 2] & 0x3F); i &+= 3
                    } else {
                        v = (c0 & 0x07) << 18 | UInt32(p[i &+ 1] & 0x3F) << 12 | UInt32(p[i &+ 2] & 0x3F) << 6 | UInt32(p[i &+ 3] & 0x3F); i &+= 4
                    }
                    // (Valid UTF-8 decodes to valid scalars.)
                    (o + k).initialize(to: unsafeBitCast(v, to: Unicode.Scalar.self))
                    k &+= 1
                }
                made = k
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
