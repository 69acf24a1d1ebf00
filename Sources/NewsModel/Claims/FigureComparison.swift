import Foundation

// Figures in claims (a number and what it counts, in digits or words, sums of money, lengths in
// any unit, changes said or worked out) and when two of them disagree.
extension ConflictFinder {
    /// Words that scale a number or say what kind of number it is; the unit is the word after them.
    static let numberWords: Set<String> = ["million", "millions", "billion", "billions", "trillion", "thousand", "thousands", "hundred",
                                           "hundreds", "dozen", "percent", "per", "cent", "%"]

    /// Currencies written out: a sum of money however it is counted.
    static let currencyWords: Set<String> = ["pounds", "euros", "dollars", "francs", "yuan", "yen", "rupees", "roubles", "rubles",
                                             "shillings", "kwacha", "rand", "pesos", "dinars", "riyals", "dirhams", "naira"]

    /// Numbers written as words.
    static let numberNames: [String: Int] = [
        "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
        "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
        "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
        "ninety": 90,
    ]

    /// Words for people counted ("31 people were wounded").
    static let personUnits: Set<String> = ["people", "persons", "others", "civilians", "residents"]
    /// Words between people counted and what happened to them.
    static let auxiliaries: Set<String> = ["were", "was", "had", "have", "has", "been", "are", "is", "being", "reportedly", "also", "later"]
    /// What happens to people counted, besides past participles ("dead", "missing", "hurt").
    static let fates: Set<String> = ["dead", "missing", "hurt", "injured", "killed", "wounded", "died", "homeless"]

    /// Words after a number that are not what it counts.
    static let notUnits: Set<String> = ["towards", "toward", "from", "into", "across", "near", "since", "before", "after", "during",
                                        "against", "between", "among", "around", "than", "were", "have", "had", "more", "less", "other", "times"]

    /// Figures of a text: a number ("96,272", "$31.3 billion") and the thing counted after it
    /// ("tonnes"): the unit's stem -> "number unit" as written.
    static func figures(in text: String) -> [String: String] {
        var out: [String: String] = [:]
        // (Lower-cased once for both tests below.)
        let lower = ClaimWords.lowercased(text)
        // "the number of sites that closed was 61": a count named before its number.
        if text.utf8.count >= 20, let count = countNamedBefore(text, lower: lower) { out[count.key] = count.figure }
        // A change claimed ("up 40%", "doubled") or shown by two years' figures ("6,412 in 2021 and 6,790 in 2024").
        if let change = changeFigure(lower: lower) { out["@change"] = change }
        let s = ClaimWords.scalars(text)
        var i = 0
        while i < s.count {
            var number = ""
            var money = false
            if s[i].isNumericFast, i == 0 || !s[i - 1].isAlphabeticFast {
                money = i > 0 && ["$", "€", "£", "¥"].contains(s[i - 1])
                if money { number = String(s[i - 1]) }
                // (The digits taken as one slice: the first is a digit, so a comma or dot after it may follow.)
                let digitsStart = i
                while i < s.count && (s[i].isNumericFast || ((s[i] == "," || s[i] == ".") && i + 1 < s.count && s[i + 1].isNumericFast && i > digitsStart)) {
                    i += 1
                }
                number += Self.scalarText(s[digitsStart..<i])
            } else if s[i].isAlphabeticFast, i == 0 || !s[i - 1].isAlphabeticFast, let end = Self.wordFraction(s, at: i)?.1 {
                // "a quarter of a million dollars", "half a million", "a billion": a share of a scale word,
                // kept as written ("a quarter of a"); the scale word follows, and `figureValue` reads it.
                var last = end
                while last > i && s[last - 1] == " " { last -= 1 }
                number = Self.lowerText(s[i..<last])
                i = end
            } else if s[i].isAlphabeticFast, i == 0 || !s[i - 1].isAlphabeticFast {
                // A number written as a word ("three fighters"); most words are not, and are
                // passed over without building a string.
                var j = i
                while j < s.count && s[j].isAlphabeticFast { j += 1 }
                let first = s[i].value | 0x20
                guard j - i >= 3, j - i <= 9, first == 0x74 || first == 0x66 || first == 0x73 || first == 0x65 || first == 0x6E else {
                    i = j
                    continue
                }
                // (ASCII words that are no number name are told by bytes, without building a string.)
                guard Self.mayBeNumberName(s, i, j) else {
                    i = j
                    continue
                }
                let word = Self.lowerText(s[i..<j])
                i = j
                guard var value = numberNames[word] else { continue }
                // "sixty-one": a ten and a unit joined by a hyphen.
                if value >= 20, value % 10 == 0, i + 1 < s.count, s[i] == "-", s[i + 1].isAlphabeticFast {
                    var k = i + 1
                    while k < s.count && s[k].isAlphabeticFast { k += 1 }
                    let second = Self.lowerText(s[(i + 1)..<k])
                    if let unit = second == "one" ? 1 : numberNames[second], unit < 10 {
                        value += unit
                        i = k
                    }
                }
                number = String(value)
            } else {
                i += 1
                continue
            }
            // A year ("the 2014 event") counts nothing.
            if number.utf8.count == 4, let year = Int(number), (1900...2099).contains(year) { continue }
            // The words after it: scale words belong to the number, the next word is the unit.
            var unit = ""
            var share = false
            // (A quotation closing on the number: "“fewer than ten” people".)
            if i < s.count && (s[i] == "”" || s[i] == "\"") { i += 1 }
            while true {
                while i < s.count && (s[i] == " " || s[i] == "-") { i += 1 }
                let wordStart = i
                while i < s.count && (s[i].isAlphabeticFast || s[i] == "%") { i += 1 }
                guard i > wordStart else { break }
                let w = Self.lowerText(s[wordStart..<i])
                if w == "percent" || w == "%" || (w == "cent" && number.hasSuffix(" per")) {
                    if number.hasSuffix(" per") { number.removeLast(4) }
                    number += " percent"
                    share = true
                    continue
                }
                // "nine and a half hours"
                if w == "and", !number.contains("."), String(String.UnicodeScalarView(s[i..<min(s.count, i + 7)])).lowercased() == " a half" {
                    number += ".5"
                    i += 7
                    continue
                }
                if numberWords.contains(w) { number += " " + w; continue }
                unit = w
                // "14 nautical miles": one unit of two words.
                if w == "nautical", i + 1 < s.count, s[i] == " " {
                    var j = i + 1
                    var next = ""
                    while j < s.count && s[j].isAlphabeticFast { next.unicodeScalars.append(s[j]); j += 1 }
                    if next.lowercased().hasPrefix("mile") { unit = "nautical-miles"; i = j }
                }
                break
            }
            if share {
                // "35 percent of the homes": what the share is of.
                if unit == "of" {
                    var following: [String] = []
                    while following.count < 3 && i < s.count {
                        while i < s.count && s[i] == " " { i += 1 }
                        var w = ""
                        while i < s.count && s[i].isAlphabeticFast { w.unicodeScalars.append(s[i]); i += 1 }
                        if w.isEmpty { break }
                        following.append(w.lowercased())
                        if !["the", "a", "an", "its", "their", "all"].contains(w.lowercased()) { break }
                    }
                    unit = following.last ?? ""
                    number += " of"
                    // A share is never compared with a count of the same thing.
                    let stem = TopicTerms.stem(unit)
                    if stem.count >= 4 && out[stem + "%"] == nil { out[stem + "%"] = number + " " + unit }
                    continue
                } else {
                    // A share of nothing named ("turnout was 41 percent"): compared with the other
                    // percentages of claims on the same point.
                    if out["percent"] == nil { out["percent"] = number }
                    continue
                }
            }
            if money || currencyWords.contains(unit) { unit = "money"; money = true }
            if numberWords.contains(unit) || notUnits.contains(unit) { continue }
            // "31 people were wounded" / "fewer than ten people had been wounded": people are counted by
            // what happened to them (the word "people" alone is too common to be a unit).
            if Self.personUnits.contains(unit) {
                var j = i
                for _ in 0..<4 {
                    while j < s.count && s[j] == " " { j += 1 }
                    let start = j
                    while j < s.count && s[j].isAlphabeticFast { j += 1 }
                    guard j > start else { break }
                    let w = Self.lowerText(s[start..<j])
                    if Self.auxiliaries.contains(w) { continue }
                    if w.hasSuffix("ed") || Self.fates.contains(w) {
                        let key = TopicTerms.stem(w) + "@people"
                        if out[key] == nil { out[key] = number + " " + unit + " " + w }
                    }
                    break
                }
                continue
            }
            let stem = TopicTerms.stem(unit)
            if stem.count >= 4 && !TopicTerms.stop.contains(unit) && out[stem] == nil { out[stem] = money ? number : number + " " + unit }
            // "two kilometres" and "300 metres" measure one length: filed under the dimension too.
            if let (dimension, _) = measures[unit], out[dimension] == nil { out[dimension] = number + " " + unit }
            // "40 rebel fighters": the word after may be the thing counted, the first its kind.
            if !money {
                var j = i
                while j < s.count && s[j] == " " { j += 1 }
                let nextStart = j
                while j < s.count && s[j].isAlphabeticFast { j += 1 }
                // (A word with a capital is not the thing counted: told before building its string.)
                guard !s[nextStart..<j].contains(where: { $0.value &- 0x41 < 26 }) else { continue }
                let next = Self.scalarText(s[nextStart..<j])
                let lower = Self.lowerText(s[nextStart..<j])
                let nextStem = TopicTerms.stem(lower)
                if next == lower, nextStem.count >= 4, !TopicTerms.stop.contains(lower), !notUnits.contains(lower),
                   !ReportingCues.verbs.keys.contains(lower), !lower.hasSuffix("ed"), out[nextStem] == nil {
                    out[nextStem] = number + " " + unit + " " + next
                }
            }
        }
        return out
    }

    /// The lower-cased text of a run of scalars: ASCII by bytes, other text as `lowercased()` does it.
    static func lowerText(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        guard scalars.allSatisfy({ $0.value < 0x80 }) else { return scalarText(scalars).lowercased() }
        return String(unsafeUninitializedCapacity: scalars.count) { out in
            var k = 0
            for c in scalars {
                let b = UInt8(truncatingIfNeeded: c.value)
                out[k] = b &- 0x41 < 26 ? b | 0x20 : b
                k += 1
            }
            return k
        }
    }

    /// Whether the word `s[i..<j]` may be a number name: false only when it is ASCII and, lower-cased,
    /// none of `numberNames` (other text is left to the dictionary, which knows its case rules).
    static func mayBeNumberName(_ s: [Unicode.Scalar], _ i: Int, _ j: Int) -> Bool {
        let n = j - i
        for k in i..<j where s[k].value >= 0x80 { return true }
        let table = Self.numberNameBytes
        guard n < table.count else { return false }
        for word in table[n] {
            var k = 0
            while k < n && UInt8(truncatingIfNeeded: s[i + k].value | 0x20) == word[k] { k += 1 }
            if k == n { return true }
        }
        return false
    }

    /// The number names as bytes, by length.
    private static let numberNameBytes: [[[UInt8]]] = {
        var out = [[[UInt8]]](repeating: [], count: (numberNames.keys.map(\.utf8.count).max() ?? 0) + 1)
        for w in numberNames.keys { out[w.utf8.count].append(Array(w.utf8)) }
        return out
    }()

    /// The text of a run of scalars (by bytes when they are ASCII, as nearly all are).
    static func scalarText(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        guard scalars.allSatisfy({ $0.value < 0x80 }) else { return String(String.UnicodeScalarView(scalars)) }
        return String(unsafeUninitializedCapacity: scalars.count) { out in
            var k = 0
            for c in scalars { out[k] = UInt8(truncatingIfNeeded: c.value); k += 1 }
            return k
        }
    }

    /// "The number of (Fenwick & Marsh) sites that closed (in that period) was 61": the thing counted
    /// (the first lower-case noun after "number of") and the number after the verb, as "61 sites".
    static func countNamedBefore(_ text: String) -> (key: String, figure: String)? {
        countNamedBefore(text, lower: ClaimWords.lowercased(text))
    }

    /// `countNamedBefore` with the text lower-cased already.
    static func countNamedBefore(_ text: String, lower: String) -> (key: String, figure: String)? {
        // Most claims name no count: a byte search says so without Foundation's string search.
        guard ByteSearch.contains(lower, "number of "), let of = lower.range(of: "number of ") else { return nil }
        // The clause up to its verb, within a dozen words.
        let rest = lower[of.upperBound...].prefix(100)
        guard let verb = [" was ", " is ", " were ", " are ", " stood at ", " totalled ", " totaled ", " reached "].compactMap({ rest.range(of: $0) }).min(by: { $0.lowerBound < $1.lowerBound }) else { return nil }
        // (The thing counted as the text writes it: a lower-case noun, "sites", not the name "Fenwick".)
        let span = rest[..<verb.lowerBound]
        let original = text.utf8.count == lower.utf8.count
            ? text[text.index(text.startIndex, offsetBy: lower.distance(from: lower.startIndex, to: span.startIndex))...].prefix(span.count) : Substring(span)
        let thing = original.split(separator: " ").first { w in
            w.count >= 4 && w.allSatisfy { $0.isLetter && $0.isLowercase } && !TopicTerms.stop.contains(String(w))
        }
        var after = rest[verb.upperBound...].drop { $0 == " " }
        for filler in ["only ", "just ", "about ", "around ", "roughly ", "nearly ", "at "] where after.hasPrefix(filler) { after = after.dropFirst(filler.count) }
        let value = after.prefix { $0.isLetter || $0.isNumber || $0 == "," }.trimmingCharacters(in: [","])
        let number = value.allSatisfy { $0.isNumber || $0 == "," } ? value : numberNames[value].map(String.init)
        guard let thing, let number, !number.isEmpty, number.first?.isNumber == true else { return nil }
        let stem = TopicTerms.stem(String(thing))
        return stem.count >= 4 ? (stem, number + " " + thing) : nil
    }

    /// A change in percent as a claim gives it: "has gone up 40%", "rose about 6 percent", "fell 12%",
    /// "doubled", or worked out from two years' figures ("6,412 in 2021 and 6,790 in 2024"), as
    /// "+40 percent" (the sign first; the two figures after, when worked out).
    static func changeFigure(in text: String) -> String? {
        changeFigure(lower: ClaimWords.lowercased(text))
    }

    /// `changeFigure` of a text lower-cased already.
    static func changeFigure(lower: String) -> String? {
        guard mayGiveChange(lower) else { return nil }
        var tokens = changeTokens(lower)
        tokens = tokens.map { $0.hasSuffix(",") || $0.hasSuffix(".") ? String($0.dropLast()) : $0 }
        func number(_ t: String) -> Double? { t.first?.isNumber == true ? Double(t.filter { $0 != "," }) : nil }
        for (k, t) in tokens.enumerated() {
            if let sign = changeWords[t] {
                if sign.1 != 0 { return String(format: "%+.0f percent", sign.1) }
                // The percentage within the next four words ("up by about 40 %", "rose 6 percent").
                for j in (k + 1)..<min(tokens.count, k + 6) {
                    // "fell by about a third", "cut by half": a fraction is a percentage.
                    if let f = fractions[tokens[j]], tokens[j].contains("-") || tokens[j] == "half" || (j > k + 1 && ["a", "one"].contains(tokens[j - 1])) {
                        return String(format: "%+.1f percent", sign.0 * f)
                    }
                    guard let n = number(tokens[j]) else { continue }
                    if j + 1 < tokens.count, tokens[j + 1] == "%" || tokens[j + 1] == "percent" || tokens[j + 1] == "per" {
                        return String(format: "%+.1f percent", sign.0 * n)
                    }
                    break
                }
            }
        }
        // Two figures of two years: "N in 2021 and M in 2024", "from N in 2021 to M in 2024".
        var byYear: [(year: Int, value: Double, written: String)] = []
        for (k, t) in tokens.enumerated() where k + 2 < tokens.count {
            guard let n = number(t), t.count < 4 || t.contains(",") || Int(t).map({ !(1900...2099).contains($0) }) ?? true else { continue }
            if let j = (k + 1..<min(tokens.count - 1, k + 5)).first(where: { tokens[$0] == "in" }), let y = Int(tokens[j + 1]), (1900...2099).contains(y),
               !byYear.contains(where: { $0.year == y }) {
                byYear.append((y, n, t))
            }
        }
        guard byYear.count >= 2 else { return nil }
        let first = byYear.min { $0.year < $1.year }!, last = byYear.max { $0.year < $1.year }!
        guard first.value > 0 else { return nil }
        let change = (last.value - first.value) / first.value * 100
        return String(format: "%+.1f percent", change) + " (\(first.written) in \(first.year) to \(last.written) in \(last.year))"
    }
    /// Whether `changeFigure` can find anything in lower-cased `lower`: a word of change among its
    /// tokens, or two different years among them. Most claims with a number have neither; this
    /// says so by bytes, without building a string per token. (A byte of a character other than
    /// ASCII is read as a break between tokens: the words of change and the years are ASCII, so
    /// every token that could be one is found as `changeTokens` finds it; a token that a letter
    /// other than ASCII joins to one only makes this say yes where `changeFigure` finds nothing.)
    static func mayGiveChange(_ lower: String) -> Bool {
        var text = lower
        return text.withUTF8 { b in
            // The tokens of `changeTokens`, as byte ranges; a trailing comma or dot is no part of the word.
            var start = -1
            // (The global read once, not once per token.)
            let changeWordBytes = Self.changeWordBytes
            let changeWordStarts = Self.changeWordStarts
            // Two figures of two years need two years (tokens of digits, `Int` of them in 1900...2099).
            var firstYear = -1, years = 0
            func isChangeWord(_ end: Int) -> Bool {
                var e = end
                if e > start && (b[e - 1] == 0x2C || b[e - 1] == 0x2E) { e -= 1 }
                if years < 2 && e > start && b[start] &- 0x30 < 10 {
                    var k = start, value = 0
                    while k < e && b[k] == 0x30 { k += 1 }
                    let significant = e - k
                    while k < e && b[k] &- 0x30 < 10 && value < 10_000 { value = value * 10 + Int(b[k] &- 0x30); k += 1 }
                    if k == e && significant == 4 && (1900...2099).contains(value) && value != firstYear {
                        if firstYear < 0 { firstYear = value } else { years = 2 }
                    }
                }
                let n = e - start
                guard n < changeWordBytes.count else { return false }
                // (No word of change of this length starts with this byte: most tokens are turned away here.)
                guard n > 0, changeWordStarts[n &* 128 &+ Int(b[start])] else { return false }
                for word in changeWordBytes[n] {
                    var k = 0
                    while k < n && b[start + k] == word[k] { k += 1 }
                    if k == n { return true }
                }
                return false
            }
            for i in 0..<b.count {
                let c = b[i]
                let alphanumeric = (c | 0x20) &- 0x61 < 26 || c &- 0x30 < 10
                if alphanumeric || ((c == 0x2C || c == 0x2E) && start >= 0 && b[i - 1] &- 0x30 < 10) || c == 0x25 || c == 0x2D {
                    if c == 0x25 && start >= 0 { if isChangeWord(i) { return true }; start = -1 }
                    if start < 0 { start = i }
                } else if start >= 0 {
                    if isChangeWord(i) { return true }
                    start = -1
                }
            }
            if start >= 0 && isChangeWord(b.count) { return true }
            return years >= 2
        }
    }

    /// The words of change as bytes, by length.
    private static let changeWordBytes: [[[UInt8]]] = {
        var out = [[[UInt8]]](repeating: [], count: (changeWords.keys.map(\.utf8.count).max() ?? 0) + 1)
        for w in changeWords.keys { out[w.utf8.count].append(Array(w.utf8)) }
        return out
    }()

    /// Per length and first byte (length * 128 + byte), whether a word of change has them.
    private static let changeWordStarts: [Bool] = {
        var out = [Bool](repeating: false, count: changeWordBytes.count * 128)
        for (n, words) in changeWordBytes.enumerated() { for w in words { out[n * 128 + Int(w[0])] = true } }
        return out
    }()

    /// Tokens of a lower-cased text for `changeFigure`: words, and numbers with their commas,
    /// dots and a percent sign.
    static func changeTokens(_ lower: String) -> [String] {
        var text = lower
        // ASCII text (nearly all) by bytes; the same tokens as the scalar loop below, which asks
        // Foundation's character set for every scalar.
        let ascii: [String]? = text.withUTF8 { b in
            guard !b.contains(where: { $0 >= 0x80 }) else { return nil }
            var tokens: [String] = []
            var start = -1
            func flush(_ end: Int) {
                if start >= 0 { tokens.append(String(decoding: UnsafeBufferPointer(rebasing: b[start..<end]), as: UTF8.self)) }
                start = -1
            }
            for i in 0..<b.count {
                let c = b[i]
                let alphanumeric = (c | 0x20) &- 0x61 < 26 || c &- 0x30 < 10
                if alphanumeric || ((c == 0x2C || c == 0x2E) && start >= 0 && b[i - 1] &- 0x30 < 10) || c == 0x25 || c == 0x2D {
                    if c == 0x25 && start >= 0 { flush(i) }
                    if start < 0 { start = i }
                } else {
                    flush(i)
                }
            }
            flush(b.count)
            return tokens
        }
        if let ascii { return ascii }
        var tokens: [String] = []
        var current = ""
        let alphanumerics = CharacterSet.alphanumerics
        for c in lower.unicodeScalars {
            if alphanumerics.contains(c) || ((c == "," || c == ".") && !current.isEmpty && current.last!.isNumber) || c == "%" || c == "-" {
                if c == "%" && !current.isEmpty { tokens.append(current); current = "" }
                current.unicodeScalars.append(c)
            } else if !current.isEmpty { tokens.append(current); current = "" }
        }
        if !current.isEmpty { tokens.append(current) }
        return tokens
    }

    /// Words of change: the sign, and a change of their own ("doubled": +100 percent).
    static let changeWords: [String: (Double, Double)] = [
        "up": (1, 0), "rose": (1, 0), "risen": (1, 0), "rise": (1, 0), "increased": (1, 0), "increase": (1, 0), "jumped": (1, 0), "jump": (1, 0),
        "grew": (1, 0), "climbed": (1, 0), "soared": (1, 0), "surged": (1, 0),
        "down": (-1, 0), "fell": (-1, 0), "fallen": (-1, 0), "dropped": (-1, 0), "declined": (-1, 0), "decreased": (-1, 0), "drop": (-1, 0),
        "fall": (-1, 0), "decline": (-1, 0),
        "doubled": (1, 100), "tripled": (1, 200), "halved": (-1, -50),
    ]
    /// Fractions as percentages ("a third": 33.3).
    static let fractions: [String: Double] = ["half": 50, "third": 33.3, "quarter": 25, "fifth": 20, "tenth": 10,
                                              "two-thirds": 66.7, "three-quarters": 75]
    /// The signed percentage of a change figure ("+40 percent ..." -> 40).
    static func changeValue(_ figure: String) -> Double? {
        Double(figure.prefix { $0 != " " })
    }

    /// The first thing counted (in unit order, so the choice is the same every run) that both
    /// claims count differently, as each gives it; `counts` says which units may be compared.
    static func differingFigure(_ fa: [String: String], _ fb: [String: String], counts: (String) -> Bool) -> (String, String)? {
        for unit in fb.keys.sorted() where counts(unit) {
            guard let given = fa[unit], let other = fb[unit] else { continue }
            // One dimension in two units ("2 kilometres long", "2,000 metres long") is compared in the
            // dimension's base unit, allowing for rounding in the conversion.
            if let x = measured(given, thing: true), let y = measured(other, thing: true), unitWord(given) != unitWord(other) {
                if abs(x - y) > 0.05 * max(x, y) { return (given, other) }
                continue
            }
            // Two changes (said or worked out) differ when far apart: "up 40%" against 6,412 to 6,790.
            if unit == "@change" {
                if let x = changeValue(given), let y = changeValue(other), abs(x - y) > max(5, 0.3 * max(abs(x), abs(y))) { return (given, other) }
                continue
            }
            if !sameFigure(given, other) { return (given, other) }
        }
        return nil
    }

    /// Units of measure by the word as written: the dimension (a figure key, "@" first) and the
    /// size of one unit in the dimension's base unit. (Not durations: "13 hours" on duty and "two
    /// days" before a crash are seldom one quantity.)
    static let measures: [String: (String, Double)] = {
        var table: [String: (String, Double)] = [:]
        for (words, dimension, size) in [
            (["metre", "metres", "meter", "meters", "m"], "@length", 1.0), (["kilometre", "kilometres", "kilometer", "kilometers", "km"], "@length", 1000),
            (["mile", "miles"], "@length", 1609.344), (["nautical-miles"], "@length", 1852), (["foot", "feet"], "@length", 0.3048), (["yard", "yards"], "@length", 0.9144),
            (["gram", "grams", "g"], "@mass", 1), (["kilogram", "kilograms", "kg"], "@mass", 1000), (["milligram", "milligrams", "mg"], "@mass", 0.001),
            (["tonne", "tonnes"], "@mass", 1_000_000),
            (["litre", "litres", "liter", "liters"], "@volume", 1), (["millilitre", "millilitres", "milliliter", "milliliters"], "@volume", 0.001),
            (["hectare", "hectares"], "@area", 10_000), (["acre", "acres"], "@area", 4046.86),
        ] as [([String], String, Double)] {
            for w in words { table[w] = (dimension, size) }
        }
        return table
    }()

    /// The unit word of a measured figure ("2 kilometres long" -> "kilometres").
    static func unitWord(_ figure: String) -> Substring? {
        figure.split(separator: " ").last { measures[String($0)] != nil }
    }

    /// A measured figure ("2.5 kilometres", "3 million litres") in its dimension's base unit.
    static func measured(_ figure: String, thing: Bool = false) -> Double? {
        var parts = figure.split(separator: " ").map(String.init)
        // ("2 kilometres long": the thing measured after the unit.)
        if thing, parts.count >= 3, let last = parts.last, measures[last] == nil { parts.removeLast() }
        guard let unit = parts.last, let (_, size) = measures[unit], let first = parts.first,
              var value = Double(first.filter { $0 != "," }) else { return nil }
        for scale in parts.dropFirst().dropLast() {
            switch scale {
            case "thousand": value *= 1_000
            case "million": value *= 1_000_000
            case "billion": value *= 1_000_000_000
            default: return nil
            }
        }
        return value * size
    }

    /// Whether two figures ("96,272 tonnes", "96272 tonne") give the same number.
    static func sameFigure(_ x: String, _ y: String) -> Bool {
        // By value: "$250,000" is "a quarter of a million", "$31.3 billion" no "$31.3 million".
        if let a = figureValue(x), let b = figureValue(y) { return abs(a - b) <= 1e-9 * max(abs(a), abs(b)) }
        func number(_ f: String) -> String { String(f.prefix { $0 != " " }.filter { $0 != "," }) + f.drop { $0 != " " }.split(separator: " ").dropLast().joined(separator: " ") }
        return number(x) == number(y)
    }



    /// The same count of the same thing, told differently by two speakers about the same entity.
    func contradictingFigures(_ profiles: [Profile], claims: ClaimList, about: PostingLists, entityIDs: [String: Int32],
                                      termNames: [String]) -> [(Conflict, Int, Int)] {
        guard profiles.contains(where: { $0.figures != nil }) else { return [] }
        // (One flag per claim, read in order: the test below touches no profile without figures.)
        let givesFigures = profiles.map { $0.figures != nil }
        // Entities in id order (first seen first): deterministic, without sorting their names. Runs of
        // entities are searched on all cores, then merged in entity order: a pair found for an earlier
        // entity is dropped, as the serial search skips it.
        let chunks = ParallelChunks.map(entityIDs.count, minimum: 256) { range -> [(Conflict, Int, Int)] in
            var out: [(Conflict, Int, Int)] = []
            var done: Set<Int64> = []
            for id in range {
                // Only claims that give figures, and a bounded number per entity.
                let posted = about[id]
                guard posted.count >= 2 else { continue }
                let list = Array(posted.lazy.map { Int($0) }.filter { givesFigures[$0] }.prefix(200))
                guard list.count >= 2 else { continue }
                for (x, i) in list.enumerated() {
                    let a = profiles[i]
                    guard let fa = a.figures else { continue }
                    for j in list[(x + 1)...] {
                        let pair = Int64(i) << 32 | Int64(j)
                        // One event told twice: the same two names (a place and a party, say) and its words.
                        // (One side's two figures are two things it counts, not a dispute: "its spokesman" and the body.)
                        // (B's fields read in place, and the pair looked up last: most pairs fail before.)
                        guard a.speakerKey != profiles[j].speakerKey, a.sideKey != profiles[j].sideKey, Self.sharedCount(a.about, profiles[j].about) >= 2,
                              Self.sharedCount(a.terms, profiles[j].terms) >= 3, !done.contains(pair) else { continue }
                        // Sums of money are too common to be one count.
                        if let fb = profiles[j].figures, let (given, other) = Self.differingFigure(fa, fb, counts: { $0 != "money" }) {
                            done.insert(pair)
                            let ac = claims[i], bc = claims[j]
                            let why = "\(ac.speaker) gives \(given), \(bc.speaker) gives \(other)"
                            out.append((Conflict(id: "", kind: .contradictingFigures, a: ac.id, b: bc.id, strength: 0.6, why: why), i, j))
                        }
                    }
                }
            }
            return out
        }
        var out: [(Conflict, Int, Int)] = []
        var done: Set<Int64> = []
        for chunk in chunks {
            for f in chunk where done.insert(Int64(f.1) << 32 | Int64(f.2)).inserted { out.append(f) }
        }
        return out
    }

    /// The value of a figure ("$90,000", "a quarter of a million", "1.5 million people"); nil when it opens with no number.
    static func figureValue(_ figure: String) -> Double? {
        var parts = figure.split(separator: " ")
        guard var first = parts.first else { return nil }
        let currency = first.first.map { "$€£¥".contains($0) } ?? false
        if currency { first = first.dropFirst() }
        var value: Double
        if first.first?.isLetter == true {
            // Written out ("a quarter of a million"): its share, then the scale words.
            let scalars = Array(figure.unicodeScalars)
            guard let (share, end) = wordFraction(scalars, at: 0), let v = Double(share) else { return nil }
            value = v
            parts = [""] + String(String.UnicodeScalarView(scalars[end...])).split(separator: " ")
        } else {
            guard let v = Double(first.filter { $0 != "," }) else { return nil }
            value = v
        }
        for p in parts.dropFirst() {
            switch p {
            case "hundred": value *= 100
            case "thousand": value *= 1_000
            case "million": value *= 1_000_000
            case "billion": value *= 1_000_000_000
            case "trillion": value *= 1_000_000_000_000
            default: continue
            }
        }
        return value
    }

    /// Shares of a scale word written out: "a million" (1), "half a million" (0.5), "a quarter of a
    /// billion" (0.25), "three quarters of a million" (0.75) (not "a third": no exact value). The
    /// number, and where the scale word starts.
    static func wordFraction(_ s: [Unicode.Scalar], at start: Int) -> (String, Int)? {
        // Whether `word` (lower-case ASCII) is written at `i` (in any case), and where it ends.
        func spelled(_ word: StaticString, at i: Int) -> Int? {
            let n = word.utf8CodeUnitCount
            guard i + n <= s.count, i + n == s.count || !s[i + n].isAlphabeticFast else { return nil }
            let bytes = word.utf8Start
            for k in 0..<n where s[i + k].value | 0x20 != UInt32(bytes[k]) { return nil }
            return i + n
        }
        // The next word after a word ending at `end` (one space between).
        func next(_ end: Int?) -> Int? { end.flatMap { $0 < s.count && s[$0] == " " ? $0 + 1 : nil } }
        func scale(at i: Int?) -> Int? {
            guard let i else { return nil }
            // (Tried in turn, without an array of the five answers.)
            return spelled("hundred", at: i) != nil || spelled("thousand", at: i) != nil || spelled("million", at: i) != nil
                || spelled("billion", at: i) != nil || spelled("trillion", at: i) != nil ? i : nil
        }
        // (Most words open none: the first letter of "a", "one", "half" or "three" first, then the words.)
        guard start < s.count else { return nil }
        let first = s[start].value | 0x20
        guard first == 0x61 || first == 0x6F || first == 0x68 || first == 0x74 else { return nil }
        if let a = spelled("a", at: start) ?? spelled("one", at: start) {
            if let at = scale(at: next(a)) { return ("1", at) }
            if let half = spelled("half", at: next(a) ?? s.count), let at = scale(at: next(half)) { return ("0.5", at) }
            if let q = spelled("quarter", at: next(a) ?? s.count), let of = spelled("of", at: next(q) ?? s.count),
               let a2 = spelled("a", at: next(of) ?? s.count), let at = scale(at: next(a2)) { return ("0.25", at) }
            return nil
        }
        if let half = spelled("half", at: start), let a = spelled("a", at: next(half) ?? s.count), let at = scale(at: next(a)) { return ("0.5", at) }
        if let three = spelled("three", at: start), let q = spelled("quarters", at: next(three) ?? s.count),
           let of = spelled("of", at: next(q) ?? s.count), let a = spelled("a", at: next(of) ?? s.count), let at = scale(at: next(a)) {
            return ("0.75", at)
        }
        return nil
    }
}
