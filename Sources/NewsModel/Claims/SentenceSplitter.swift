/// Splits a paragraph into sentences, keeping closing quotes with their sentence and not
/// breaking after abbreviations or initials. Offsets are Unicode scalar offsets into the text.
enum SentenceSplitter {
    static func split(_ scalars: [Unicode.Scalar]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        // (Room for a paragraph's usual sentences from the start: no regrowing on the way.)
        out.reserveCapacity(8)
        var start = 0
        let n = scalars.count
        var i = 0
        func isClosing(_ s: Unicode.Scalar) -> Bool { s == "\"" || s == "”" || s == "’" || s == "'" || s == ")" || s == "»" }
        while i < n {
            // (Most scalars end no sentence: passed over by value, without bounds checks.)
            i = scalars.withUnsafeBufferPointer { b in
                var j = i
                while j < n {
                    let v = b[j].value
                    if v == 0x2E || v == 0x21 || v == 0x3F || v == 0x2026 { break }
                    j &+= 1
                }
                return j
            }
            guard i < n else { break }
            let s = scalars[i]
            if s == "." || s == "!" || s == "?" || s == "…" {
                var j = i + 1
                while j < n && (scalars[j] == "." || scalars[j] == "!" || scalars[j] == "?") { j += 1 }
                while j < n && isClosing(scalars[j]) { j += 1 }
                // A break needs whitespace and then an upper-case letter, digit or opening quote.
                var k = j
                while k < n && scalars[k].isSpaceFast { k += 1 }
                let spaced = k > j
                let nextOK = k < n && (scalars[k].isUppercaseFast || scalars[k].isNumericFast
                    || "\"“‘'(".unicodeScalars.contains(scalars[k]))
                // ("... wrote in a post on X. “Any ...”": a capital after a lower-case word, before a
                // quotation, ends a sentence; it is no initial.)
                let letterBeforeQuote = k < n && "\"“".unicodeScalars.contains(scalars[k]) && isLetterAfterLowercaseWord(scalars, before: i)
                if spaced && nextOK && s == "." && !letterBeforeQuote && (isAbbreviation(scalars, before: i)
                    || (scalars[k].isNumericFast && isMonthAbbreviation(scalars, before: i))) {
                    i = j
                    continue
                }
                if (spaced && nextOK) || k >= n {
                    out.append(start..<j)
                    start = k
                    i = k
                    continue
                }
                i = j
                continue
            }
            i += 1
        }
        if start < n {
            var end = n
            while end > start && scalars[end - 1].isSpaceFast { end -= 1 }
            if end > start { out.append(start..<end) }
        }
        return out
    }

    /// Whether the period at `i` follows a lone capital letter after a lower-case word ("on X.").
    private static func isLetterAfterLowercaseWord(_ scalars: [Unicode.Scalar], before i: Int) -> Bool {
        guard i >= 3, scalars[i - 1].isUppercaseFast, scalars[i - 2].isSpaceFast else { return false }
        let w = scalars[i - 3]
        return w.isAlphabeticFast && !w.isUppercaseFast
    }

    /// Months as news style shortens them: "on Aug. 3" is one date, not a sentence's end.
    private static let monthAbbreviations: Set<String> = ["Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec"]

    /// Whether the word before the period at `i` is a month's abbreviation (checked before a number only).
    private static func isMonthAbbreviation(_ scalars: [Unicode.Scalar], before i: Int) -> Bool {
        var k = i
        while k > 0 && scalars[k - 1].isAlphabeticFast { k -= 1 }
        guard i - k >= 3 && i - k <= 4, k == 0 || !scalars[k - 1].isAlphabeticFast else { return false }
        var word = String.UnicodeScalarView()
        word.append(contentsOf: scalars[k..<i])
        return monthAbbreviations.contains(String(word))
    }

    /// "Mr." "St." "U.S." and single initials do not end sentences.
    private static func isAbbreviation(_ scalars: [Unicode.Scalar], before i: Int) -> Bool {
        var k = i
        while k > 0 && (scalars[k - 1].isAlphabeticFast || scalars[k - 1] == ".") { k -= 1 }
        // ASCII letters and periods (the common case): the same tests on the scalars' values.
        var ascii = true, upper = false, period = false
        for s in scalars[k..<i] {
            let v = s.value
            if v >= 0x80 { ascii = false; break }
            if v &- 0x41 < 26 { upper = true }
            if v == 0x2E { period = true }
        }
        if ascii {
            let count = i - k
            if count == 1 && scalars[k].value &- 0x41 < 26 { return true }  // initial
            if period && count <= 5 { return upper }  // U.S, U.K, J.D
            if Tokenizer.abbreviationsPacked {
                // Every abbreviation is ASCII of at most four bytes: compare packed bytes.
                guard count <= 4 && count > 0 else { return false }
                var packed: UInt32 = 0
                for s in scalars[k..<i] { packed = packed << 8 | s.value }
                return Tokenizer.packedAbbreviations.contains(packed)
            }
            var word = String.UnicodeScalarView()
            word.append(contentsOf: scalars[k..<i])
            return Tokenizer.abbreviations.contains(String(word))
        }
        var word = String.UnicodeScalarView()
        word.append(contentsOf: scalars[k..<i])
        let w = String(word)
        if w.count == 1 && w.first?.isUppercase == true { return true }  // initial
        if w.utf8.contains(0x2E) && w.count <= 5 { return w != w.lowercased() }  // U.S, U.K, J.D
        return Tokenizer.abbreviations.contains(w)
    }
}
