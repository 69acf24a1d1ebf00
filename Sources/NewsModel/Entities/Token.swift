/// A word, number or punctuation mark of a text segment, with scalar offsets into the segment.
///
/// Its character classes are worked out once, when the text is tokenised: by byte tests for
/// ASCII tokens, and through `Character` for the others, so they mean exactly what
/// `text.first?.isUppercase` and the like mean.
struct Token: Sendable {
    var text: String
    var start: Int
    var end: Int
    /// Whether whitespace separates it from the previous token.
    var spaceBefore: Bool
    /// First token of a sentence (after . ! ? or a quote at the start).
    var sentenceStart: Bool
    var flags: Flags

    struct Flags: OptionSet, Sendable {
        let rawValue: UInt16
        /// The first character is a letter.
        static let word = Flags(rawValue: 1 << 0)
        /// The first character is upper-case.
        static let capitalized = Flags(rawValue: 1 << 1)
        /// Two or more characters, letters all upper-case, at least one letter.
        static let allCaps = Flags(rawValue: 1 << 2)
        /// The first character is lower-case.
        static let lowercase = Flags(rawValue: 1 << 3)
        /// A single capital with a period: "J.", "U.S.".
        static let initial = Flags(rawValue: 1 << 4)
        /// Starts with "@".
        static let handle = Flags(rawValue: 1 << 5)
        /// Starts with a number and holds a letter: "3M", "2nd".
        static let numberWithLetter = Flags(rawValue: 1 << 6)
        /// Two or more characters, all upper-case.
        static let allUpper = Flags(rawValue: 1 << 7)
        /// At most five characters, each upper-case or a period: "NATO", "U.S.".
        static let acronym = Flags(rawValue: 1 << 8)
        /// ASCII text (its word ids are looked up in a second pass), and ASCII text with an
        /// upper-case letter (its lower-cased form differs).
        static let ascii = Flags(rawValue: 1 << 9)
        static let asciiUpper = Flags(rawValue: 1 << 10)
    }

    var first: Character? { text.first }
    var isWord: Bool { flags.contains(.word) }
    var isCapitalized: Bool { flags.contains(.capitalized) }
    var isAllCaps: Bool { flags.contains(.allCaps) }
    var isLowercase: Bool { flags.contains(.lowercase) }
    /// A single capital with a period: "J." in "J.D. Vance" or "Donald J. Trump".
    var isInitial: Bool { flags.contains(.initial) }
}

/// A token as the entity recogniser reads it: plain values (offsets, gazetteer word ids, flags),
/// no string, so arrays of them cost no reference counting. Its text is in the segment's bytes.
struct WordToken: Sendable {
    /// Unicode scalar offsets into the segment.
    var start: Int32
    var end: Int32
    /// UTF-8 offsets into the segment.
    var byteStart: Int32
    var byteEnd: Int32
    /// Gazetteer word ids of the text and of its lower-cased text; -1 when unknown.
    var word: Int32
    var lower: Int32
    /// What the gazetteers know of the text and of its lower-cased text.
    var wordFlags: WordTable.Flags
    var lowerFlags: WordTable.Flags
    var flags: Token.Flags
    var spaceBefore: Bool
    var sentenceStart: Bool

    var isWord: Bool { flags.contains(.word) }
    var isCapitalized: Bool { flags.contains(.capitalized) }
    var isAllCaps: Bool { flags.contains(.allCaps) }
    var isLowercase: Bool { flags.contains(.lowercase) }
    var isInitial: Bool { flags.contains(.initial) }
}

/// Splits text into tokens quickly, working on its UTF-8 bytes (offsets are still counted in
/// Unicode scalars).
enum Tokenizer {
    /// Abbreviations that keep their period ("St. Petersburg", "Gen. Smith").
    static let abbreviations: Set<String> = [
        "St", "Mr", "Mrs", "Ms", "Dr", "Gen", "Sen", "Rep", "Gov", "Lt", "Col", "Jr", "Sr", "Prof", "Sgt",
        "Capt", "Adm", "Maj", "Rev", "Mt", "Ft", "Cmdr", "Pres", "Amb", "Corp", "Inc", "Co", "Ltd", "No",
        "Atty", "Supt", "Brig", "Insp",
    ]

    /// Whether every abbreviation is ASCII of at most four bytes, so `packedAbbreviations` holds them all.
    static let abbreviationsPacked = abbreviations.allSatisfy { $0.utf8.count <= 4 && $0.utf8.allSatisfy { $0 > 0 && $0 < 0x80 } }
    /// The abbreviations' bytes packed into integers.
    static let packedAbbreviations: Set<UInt32> = Set(abbreviations.map { a in a.utf8.reduce(UInt32(0)) { $0 << 8 | UInt32($1) } })

    static func tokenize(_ text: String) -> [Token] {
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBufferPointer { b in
            scan(b, words: nil).map { t in
                Token(text: string(b, Int(t.byteStart), Int(t.byteEnd)), start: Int(t.start), end: Int(t.end),
                      spaceBefore: t.spaceBefore, sentenceStart: t.sentenceStart, flags: t.flags)
            }
        }
    }

    /// Tokens of UTF-8 text with the ids of their words in `words`.
    static func scan(_ buffer: UnsafeBufferPointer<UInt8>, words: WordTable?) -> [WordToken] {
        guard let b = buffer.baseAddress, buffer.count > 0 else { return [] }
        return table.withUnsafeBufferPointer { t in scan(b, buffer.count, t.baseAddress!, words) }
    }

    /// The text of bytes [from, to).
    @inline(__always)
    static func string(_ b: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: b[from..<to]), as: UTF8.self)
    }

    // MARK: - Scalar classes

    /// Unicode White_Space.
    static let whitespace: UInt8 = 1
    /// Letters, numbers and non-spacing marks: the scalars words are made of.
    static let wordScalar: UInt8 = 2
    /// The Uppercase property.
    static let upper: UInt8 = 4

    static func classify(_ v: UInt32) -> UInt8 {
        guard let s = Unicode.Scalar(v) else { return 0 }
        let p = s.properties
        var c: UInt8 = 0
        if p.isWhitespace { c |= whitespace }
        if p.isAlphabetic || p.numericType != nil || p.generalCategory == .nonspacingMark { c |= wordScalar }
        if p.isUppercase { c |= upper }
        return c
    }

    /// Classes of the scalars below U+3000 (Latin, Greek, Cyrillic, punctuation...), worked out once.
    static let table: [UInt8] = (0..<0x3000).map { classify(UInt32($0)) }

    @inline(__always)
    static func classOf(_ v: UInt32, _ table: UnsafePointer<UInt8>) -> UInt8 {
        v < 0x3000 ? table[Int(v)] : classify(v)
    }

    /// The scalar at byte `p` and its length in bytes (the text is valid UTF-8).
    @inline(__always)
    static func decode(_ b: UnsafePointer<UInt8>, _ p: Int) -> (UInt32, Int) {
        let b0 = UInt32(b[p])
        if b0 < 0x80 { return (b0, 1) }
        if b0 < 0xE0 { return ((b0 & 0x1F) << 6 | UInt32(b[p + 1] & 0x3F), 2) }
        if b0 < 0xF0 { return ((b0 & 0x0F) << 12 | UInt32(b[p + 1] & 0x3F) << 6 | UInt32(b[p + 2] & 0x3F), 3) }
        return ((b0 & 0x07) << 18 | UInt32(b[p + 1] & 0x3F) << 12 | UInt32(b[p + 2] & 0x3F) << 6 | UInt32(b[p + 3] & 0x3F), 4)
    }

    // MARK: - Scanning

    private static func scan(_ b: UnsafePointer<UInt8>, _ n: Int, _ table: UnsafePointer<UInt8>, _ words: WordTable?) -> [WordToken] {
        // Tokens go to a plain buffer (grown by doubling), then into an array once.
        var capacity = n / 4 + 16
        var tokens = UnsafeMutablePointer<WordToken>.allocate(capacity: capacity)
        var stored = 0
        defer { tokens.deallocate() }
        @inline(__always) func isWordScalar(_ v: UInt32) -> Bool { classOf(v, table) & wordScalar != 0 }
        // Lower-cased copies of long tokens, for looking them up.
        let scratch = UnsafeMutablePointer<UInt8>.allocate(capacity: n)
        defer { scratch.deallocate() }
        var p = 0
        var si = 0
        var spaceBefore = true
        var sentenceStart = true
        while p < n {
            let b0 = b[p]
            if b0 == 0x20 {
                spaceBefore = true
                p &+= 1
                si &+= 1
                continue
            }
            // The common case, a plain ASCII word followed by a space, from one eight-byte read:
            // no apostrophe, period or other character can extend it.
            if p + 8 <= n && b0 < 0x80 && table[Int(b0)] & wordScalar != 0 {
                let x = UnsafeRawPointer(b + p).loadUnaligned(as: UInt64.self)
                let stop = SWAR.nonWordBytes(x)
                let k = stop.trailingZeroBitCount >> 3
                if stop != 0 && b[p + k] == 0x20 {
                    let (flags, hasUpper) = SWAR.wordFlags(b0, k, x)
                    let token = WordToken(start: Int32(truncatingIfNeeded: si), end: Int32(truncatingIfNeeded: si + k),
                                          byteStart: Int32(truncatingIfNeeded: p), byteEnd: Int32(truncatingIfNeeded: p + k),
                                          word: -1, lower: -1, wordFlags: [], lowerFlags: [],
                                          flags: flags.union(hasUpper ? [.ascii, .asciiUpper] : [.ascii]),
                                          spaceBefore: spaceBefore, sentenceStart: sentenceStart)
                    if stored == capacity {
                        let grown = UnsafeMutablePointer<WordToken>.allocate(capacity: capacity * 2)
                        grown.moveInitialize(from: tokens, count: stored)
                        tokens.deallocate()
                        tokens = grown
                        capacity *= 2
                    }
                    (tokens + stored).initialize(to: token)
                    stored += 1
                    spaceBefore = false
                    sentenceStart = false
                    p &+= k
                    si &+= k
                    continue
                }
            }
            var v = UInt32(b0), len = 1
            if b0 >= 0x80 { (v, len) = decode(b, p) }
            let c = v < 0x80 ? table[Int(v)] : classOf(v, table)
            if c & whitespace != 0 {
                spaceBefore = true
                p &+= len
                si &+= 1
                continue
            }
            let startByte = p, startScalar = si
            if c & wordScalar != 0 || (v == 0x40 && p + 1 < n && isWordScalar(decode(b, p + 1).0)) {
                p &+= len
                si &+= 1
                // ASCII letters, digits and underscores, eight bytes at a time.
                while p + 8 <= n {
                    let stop = SWAR.nonWordBytes(UnsafeRawPointer(b + p).loadUnaligned(as: UInt64.self))
                    if stop != 0 {
                        let k = stop.trailingZeroBitCount >> 3
                        p &+= k
                        si &+= k
                        break
                    }
                    p &+= 8
                    si &+= 8
                }
                while p < n {
                    let ch = b[p]
                    var c1 = UInt32(ch), l1 = 1
                    if ch < 0x80 {
                        if table[Int(ch)] & wordScalar != 0 || ch == 0x5F {
                            p &+= 1
                            si &+= 1
                            continue
                        }
                    } else {
                        (c1, l1) = decode(b, p)
                        if isWordScalar(c1) {
                            p &+= l1
                            si &+= 1
                            continue
                        }
                    }
                    // Apostrophes inside names (O'Brien) but not a possessive 's.
                    if (c1 == 0x27 || c1 == 0x2019) && p + l1 < n {
                        let (c2, l2) = decode(b, p + l1)
                        if isWordScalar(c2) {
                            let rest: UInt32 = p + l1 + l2 < n ? decode(b, p + l1 + l2).0 : 0x20
                            if (c2 == 0x73 || c2 == 0x53) && !isWordScalar(rest) { break }
                            p &+= l1
                            si &+= 1
                            continue
                        }
                    }
                    // Internal periods of acronyms and initials: U.S., J.D.
                    if c1 == 0x2E && p + 1 < n && si - startScalar <= 2 {
                        let (c2, l2) = decode(b, p + 1)
                        if classOf(c2, table) & upper != 0 {
                            let q = p + 1 + l2
                            if q >= n || b[q] == 0x2E || !isWordScalar(decode(b, q).0) {
                                p &+= 1
                                si &+= 1
                                continue
                            }
                        }
                    }
                    break
                }
                // A trailing period belongs to initials ("J."), acronyms ("U.S.") and abbreviations ("St.").
                if p < n && b[p] == 0x2E && keepsPeriod(b, startByte, p, table) {
                    p &+= 1
                    si &+= 1
                }
            } else {
                p &+= len
                si &+= 1
            }
            var token = WordToken(start: Int32(startScalar), end: Int32(si), byteStart: Int32(startByte), byteEnd: Int32(p),
                                  word: -1, lower: -1, wordFlags: [], lowerFlags: [], flags: [],
                                  spaceBefore: spaceBefore, sentenceStart: sentenceStart)
            let count = p - startByte
            let classes = count <= 8 && startByte + 8 <= n
                ? SWAR.asciiFlags(b + startByte, count, UnsafeRawPointer(b + startByte).loadUnaligned(as: UInt64.self))
                : asciiFlags(b + startByte, count)
            if let (flags, hasUpper) = classes {
                // Word ids are looked up below, all together: the lookups then overlap in the CPU.
                token.flags = flags.union(hasUpper ? [.ascii, .asciiUpper] : [.ascii])
            } else if si - startScalar == 1 && singleIndex(v) >= 0 {
                // One scalar of the common ranges: flags and ids worked out once.
                token.flags = singleFlags[singleIndex(v)]
                if let words {
                    (token.word, token.lower) = words.single(v)
                    token.wordFlags = words.flags(token.word)
                    token.lowerFlags = words.flags(token.lower)
                }
            } else {
                let text = String(decoding: UnsafeBufferPointer(start: b + startByte, count: count), as: UTF8.self)
                token.flags = latinFlags(b, startByte, p) ?? unicodeFlags(text)
                if let words {
                    token.word = words.id(text)
                    token.lower = words.id(text.lowercased())
                    token.wordFlags = words.flags(token.word)
                    token.lowerFlags = words.flags(token.lower)
                }
            }
            if stored == capacity {
                let grown = UnsafeMutablePointer<WordToken>.allocate(capacity: capacity * 2)
                grown.moveInitialize(from: tokens, count: stored)
                tokens.deallocate()
                tokens = grown
                capacity *= 2
            }
            (tokens + stored).initialize(to: token)
            stored += 1
            spaceBefore = false
            if si - startScalar == 1 {
                switch v {
                case 0x2E, 0x21, 0x3F, 0x3A, 0x2026: // . ! ? : …
                    sentenceStart = true
                case 0x201C, 0x22, 0x28, 0x2018, 0x2014, 0x2013, 0x27: // “ " ( ‘ — – '
                    break // Sentence start carries over opening quotes and dashes.
                default:
                    sentenceStart = false
                }
            } else {
                sentenceStart = false
            }
        }
        let all = UnsafeMutableBufferPointer(start: tokens, count: stored)
        if let words { lookUp(all, b, n, words, scratch) }
        return Array(all)
    }

    /// Sets the word ids and flags of the ASCII tokens.
    private static func lookUp(_ tokens: UnsafeMutableBufferPointer<WordToken>, _ b: UnsafePointer<UInt8>, _ n: Int, _ words: WordTable,
                               _ scratch: UnsafeMutablePointer<UInt8>) {
        do {
            for k in tokens.indices where tokens[k].flags.contains(.ascii) {
                let start = Int(tokens[k].byteStart)
                let count = Int(tokens[k].byteEnd) - start
                // The first eight bytes as one integer: a whole read when the buffer allows it.
                let head = start + 8 <= n ? ByteTable.prefix8(b + start, count) : ByteTable.prefix(b + start, count)
                let (word, wordFlags) = words.lookup(ascii: b + start, count: count, prefix: head)
                tokens[k].word = word
                tokens[k].wordFlags = wordFlags
                if !tokens[k].flags.contains(.asciiUpper) {
                    tokens[k].lower = word
                    tokens[k].lowerFlags = wordFlags
                } else if word >= 0, let (lower, lowerFlags) = words.lowerOfASCII(word) {
                    (tokens[k].lower, tokens[k].lowerFlags) = (lower, lowerFlags)
                } else if count <= 8 {
                    (tokens[k].lower, tokens[k].lowerFlags) = words.lookup(ascii: b + start, count: count, prefix: ByteTable.lowercased(head))
                } else {
                    for i in 0..<count {
                        let ch = b[start + i]
                        scratch[i] = ch &- 0x41 < 26 ? ch | 0x20 : ch
                    }
                    (tokens[k].lower, tokens[k].lowerFlags) = words.lookup(ascii: scratch, count: count, prefix: ByteTable.prefix8(scratch, count))
                }
            }
        }
    }

    /// Whether the word in bytes [from, to) takes the period after it: an initial, an acronym
    /// with periods, or a known abbreviation.
    private static func keepsPeriod(_ b: UnsafePointer<UInt8>, _ from: Int, _ to: Int, _ table: UnsafePointer<UInt8>) -> Bool {
        // One letter apart from periods, and an upper-case one: an initial.
        var letters = 0
        var lastLetter: UInt32 = 0
        var hasPeriod = false
        var ascii = true
        var p = from
        while p < to {
            let (v, len) = decode(b, p)
            if v == 0x2E { hasPeriod = true } else { letters += 1; lastLetter = v }
            if v >= 0x80 { ascii = false }
            p += len
        }
        if letters == 1 && classOf(lastLetter, table) & upper != 0 { return true }
        if ascii && hasPeriod { return true }
        if ascii && abbreviationsPacked {
            let n = to - from
            guard n >= 1 && n <= 4 else { return false }
            var packed: UInt32 = 0
            for i in 0..<n { packed = packed << 8 | UInt32(b[from + i]) }
            return packedAbbreviations.contains(packed)
        }
        let word = String(decoding: UnsafeBufferPointer(start: b + from, count: to - from), as: UTF8.self)
        // `String.contains(".")` compares characters; for ASCII text that is the bytes.
        if !ascii && word.contains(".") { return true }
        return abbreviations.contains(word)
    }

    /// Byte classes of eight bytes at once (SIMD within a register), for ASCII text. Each test
    /// sets the high bit of the bytes it holds for; bytes of ASCII text are below 0x80, so the
    /// additions never carry into the next byte.
    enum SWAR {
        static let ones: UInt64 = 0x0101_0101_0101_0101
        static let highs: UInt64 = 0x8080_8080_8080_8080

        /// Bytes >= c (x's bytes below 0x80, 1 <= c <= 0x80).
        @inline(__always)
        static func atLeast(_ x: UInt64, _ c: UInt8) -> UInt64 { (x &+ ones &* UInt64(0x80 - c)) & highs }

        /// Bytes == c (c below 0x80).
        @inline(__always)
        static func equal(_ x: UInt64, _ c: UInt8) -> UInt64 {
            let t = x ^ (ones &* UInt64(c))
            return ~(((t & ~highs) &+ ~highs) | t) & highs
        }

        /// Bytes that are not ASCII letters, digits or "_" (non-ASCII bytes included).
        @inline(__always)
        static func nonWordBytes(_ x: UInt64) -> UInt64 {
            let y = x & ~highs
            let folded = y | (ones &* 0x20)
            let letter = atLeast(folded, 0x61) & ~atLeast(folded, 0x7B)
            let digit = atLeast(y, 0x30) & ~atLeast(y, 0x3A)
            let word = (letter | digit | equal(y, 0x5F)) & ~(x & highs)
            return ~word & highs
        }

        /// `asciiFlags` of the first n (1...7) bytes of x when they are all ASCII letters, digits
        /// or "_" (the first, f, a letter or digit): no period, "@" or non-ASCII byte to test for.
        @inline(__always)
        static func wordFlags(_ f: UInt8, _ n: Int, _ x: UInt64) -> (Token.Flags, Bool) {
            let mask = (1 &<< UInt64(8 * n)) &- 1
            let valid = highs & mask
            let y = x & mask
            let upper = atLeast(y, 0x41) & ~atLeast(y, 0x5B)
            // (Bytes from 0x61 are the lower-case letters here.)
            let lower = atLeast(y, 0x61)
            let firstUpper = f &- 0x41 < 26, firstLower = f &- 0x61 < 26
            var flags: Token.Flags = []
            if firstUpper || firstLower { flags.insert(.word) }
            if firstUpper { flags.insert(.capitalized) }
            if firstLower { flags.insert(.lowercase) }
            if n >= 2 && lower == 0 && upper != 0 { flags.insert(.allCaps) }
            if upper == valid {
                if n > 1 { flags.insert(.allUpper) }
                if n <= 5 { flags.insert(.acronym) }
            }
            if f &- 0x30 < 10 && upper | lower != 0 { flags.insert(.numberWithLetter) }
            return (flags, upper != 0)
        }

        /// `Tokenizer.asciiFlags` of the first n (1...8) bytes of x.
        @inline(__always)
        static func asciiFlags(_ p: UnsafePointer<UInt8>, _ n: Int, _ x: UInt64) -> (Token.Flags, Bool)? {
            let valid = n >= 8 ? highs : highs & ((1 &<< UInt64(8 * n)) &- 1)
            if x & valid != 0 { return nil }
            let y = n >= 8 ? x : x & ((1 &<< UInt64(8 * n)) &- 1)
            let upper = atLeast(y, 0x41) & ~atLeast(y, 0x5B)
            let lower = atLeast(y, 0x61) & ~atLeast(y, 0x7B)
            let period = equal(y, 0x2E) & valid
            let f = p[0]
            let firstUpper = f &- 0x41 < 26, firstLower = f &- 0x61 < 26
            var flags: Token.Flags = []
            if firstUpper || firstLower { flags.insert(.word) }
            if firstUpper { flags.insert(.capitalized) }
            if firstLower { flags.insert(.lowercase) }
            if f == 0x40 { flags.insert(.handle) }
            if n >= 2 && lower == 0 && upper != 0 { flags.insert(.allCaps) }
            if n > 1 && upper == valid { flags.insert(.allUpper) }
            let upperOrPeriod = (upper | period) == valid
            if n <= 5 && upperOrPeriod { flags.insert(.acronym) }
            if f &- 0x30 < 10 && upper | lower != 0 { flags.insert(.numberWithLetter) }
            if n >= 2 && n <= 4 && p[n - 1] == 0x2E && upperOrPeriod { flags.insert(.initial) }
            return (flags, upper != 0)
        }
    }

    /// Classes of ASCII bytes for token flags: 1 upper-case letter, 2 lower-case letter, 4 digit,
    /// 8 period, 16 anything else; 128 a byte of a non-ASCII scalar.
    static let byteClass: [UInt8] = (0..<256).map { b -> UInt8 in
        switch b {
        case 0x41...0x5A: return 1
        case 0x61...0x7A: return 2
        case 0x30...0x39: return 4
        case 0x2E: return 8
        case 0x80...: return 128
        default: return 16
        }
    }

    /// The flags of an ASCII token, from its bytes, and whether it has upper-case letters; nil
    /// when the token is not ASCII.
    @inline(__always)
    private static func asciiFlags(_ p: UnsafePointer<UInt8>, _ n: Int) -> (Token.Flags, Bool)? {
        byteClass.withUnsafeBufferPointer { cls in
            var all: UInt8 = 0
            for k in 0..<n { all |= cls[Int(p[k])] }
            if all & 128 != 0 { return nil }
            let f = cls[Int(p[0])]
            var flags: Token.Flags = []
            if f & 3 != 0 { flags.insert(.word) }
            if f & 1 != 0 { flags.insert(.capitalized) }
            if f & 2 != 0 { flags.insert(.lowercase) }
            if p[0] == 0x40 { flags.insert(.handle) }
            if n >= 2 && all & 2 == 0 && all & 1 != 0 { flags.insert(.allCaps) }
            if n > 1 && all == 1 { flags.insert(.allUpper) }
            let upperOrPeriod = all & ~9 == 0
            if n <= 5 && upperOrPeriod { flags.insert(.acronym) }
            if f & 4 != 0 && all & 3 != 0 { flags.insert(.numberWithLetter) }
            if n >= 2 && n <= 4 && p[n - 1] == 0x2E && upperOrPeriod { flags.insert(.initial) }
            return (flags, all & 1 != 0)
        }
    }

    /// The flags of a token with non-ASCII text, through `Character` as the rules read them.
    static func unicodeFlags(_ text: String) -> Token.Flags {
        var flags: Token.Flags = []
        let first = text.first
        if first?.isLetter == true { flags.insert(.word) }
        if first?.isUppercase == true { flags.insert(.capitalized) }
        if first?.isLowercase == true { flags.insert(.lowercase) }
        if text.hasPrefix("@") { flags.insert(.handle) }
        let count = text.count
        if count >= 2 && text.allSatisfy({ !$0.isLetter || $0.isUppercase }) && text.contains(where: { $0.isLetter }) {
            flags.insert(.allCaps)
        }
        if count > 1 && text.allSatisfy({ $0.isUppercase }) { flags.insert(.allUpper) }
        if count <= 5 && text.allSatisfy({ $0.isUppercase || $0 == "." }) { flags.insert(.acronym) }
        if first?.isNumber == true && text.contains(where: { $0.isLetter }) { flags.insert(.numberWithLetter) }
        // Initials are read scalar by scalar.
        let s = Array(text.unicodeScalars)
        if s.count >= 2 && s.count <= 4 && s.last == "." && s.dropLast().allSatisfy({ $0.properties.isUppercase || $0 == "." }) {
            flags.insert(.initial)
        }
        return flags
    }

    /// Character classes of the scalars below U+0250, each its own character there:
    /// 1 letter, 2 upper-case (as `Character`), 4 lower-case (as `Character`), 8 number,
    /// 16 the Uppercase property.
    static let latin: [UInt8] = (0..<0x250).map { v -> UInt8 in
        let s = Unicode.Scalar(UInt32(v))!
        let c = Character(s)
        var bits: UInt8 = 0
        if c.isLetter { bits |= 1 }
        if c.isUppercase { bits |= 2 }
        if c.isLowercase { bits |= 4 }
        if c.isNumber { bits |= 8 }
        if s.properties.isUppercase { bits |= 16 }
        return bits
    }

    /// `unicodeFlags` for tokens of scalars below U+0250 (Latin letters with diacritics): there
    /// every scalar is a character of its own, so a table gives the classes. Nil for other text.
    private static func latinFlags(_ b: UnsafePointer<UInt8>, _ from: Int, _ to: Int) -> Token.Flags? {
        var count = 0
        var first: UInt32 = 0, last: UInt32 = 0
        var anyLetter = false, allUpperOrNotLetter = true, allUpper = true, allUpperOrPeriod = true
        var initialBody = true
        var p = from
        while p < to {
            let (v, len) = decode(b, p)
            guard v < 0x250 else { return nil }
            let bits = latin[Int(v)]
            if count == 0 { first = v }
            if count > 0 && !(latin[Int(last)] & 16 != 0 || last == 0x2E) { initialBody = false }
            if bits & 1 != 0 { anyLetter = true }
            if bits & 1 != 0 && bits & 2 == 0 { allUpperOrNotLetter = false }
            if bits & 2 == 0 { allUpper = false }
            if bits & 2 == 0 && v != 0x2E { allUpperOrPeriod = false }
            last = v
            count += 1
            p += len
        }
        guard count > 0 else { return nil }
        let f = latin[Int(first)]
        var flags: Token.Flags = []
        if f & 1 != 0 { flags.insert(.word) }
        if f & 2 != 0 { flags.insert(.capitalized) }
        if f & 4 != 0 { flags.insert(.lowercase) }
        if first == 0x40 { flags.insert(.handle) }
        if count >= 2 && allUpperOrNotLetter && anyLetter { flags.insert(.allCaps) }
        if count > 1 && allUpper { flags.insert(.allUpper) }
        if count <= 5 && allUpperOrPeriod { flags.insert(.acronym) }
        if f & 8 != 0 && anyLetter { flags.insert(.numberWithLetter) }
        if count >= 2 && count <= 4 && last == 0x2E && initialBody { flags.insert(.initial) }
        return flags
    }

    /// Non-ASCII scalars common in news text (Latin letters with diacritics, quotes, dashes),
    /// whose one-scalar tokens get their flags from a table.
    static let singleScalars: [UInt32] = Array(0x80..<0x250) + Array(0x2000..<0x2070)

    @inline(__always)
    static func singleIndex(_ v: UInt32) -> Int {
        if v >= 0x80 && v < 0x250 { return Int(v) - 0x80 }
        if v >= 0x2000 && v < 0x2070 { return Int(v) - 0x2000 + (0x250 - 0x80) }
        return -1
    }

    static let singleFlags: [Token.Flags] = singleScalars.map { unicodeFlags(String(Character(Unicode.Scalar($0)!))) }
}
