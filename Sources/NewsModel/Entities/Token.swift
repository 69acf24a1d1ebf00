/// A word, number or punctuation mark of a text segment, with scalar offsets into the segment.
struct Token: Sendable {
    var text: String
    var start: Int
    var end: Int
    /// Whether whitespace separates it from the previous token.
    var spaceBefore: Bool
    /// First token of a sentence (after . ! ? or a quote at the start).
    var sentenceStart: Bool

    var first: Character? { text.first }
    var isWord: Bool { text.first.map { $0.isLetter } ?? false }
    var isCapitalized: Bool { text.first.map { $0.isUppercase } ?? false }
    var isAllCaps: Bool { text.count >= 2 && text.allSatisfy { !$0.isLetter || $0.isUppercase } && text.contains { $0.isLetter } }
    var isLowercase: Bool { text.first.map { $0.isLowercase } ?? false }
    /// A single capital with a period: "J." in "J.D. Vance" or "Donald J. Trump".
    var isInitial: Bool {
        let s = Array(text.unicodeScalars)
        return s.count >= 2 && s.count <= 4 && s.last == "." && s.dropLast().allSatisfy { $0.properties.isUppercase || $0 == "." }
    }
}

/// Splits text into tokens quickly, working on Unicode scalars.
enum Tokenizer {
    /// Abbreviations that keep their period ("St. Petersburg", "Gen. Smith").
    static let abbreviations: Set<String> = [
        "St", "Mr", "Mrs", "Ms", "Dr", "Gen", "Sen", "Rep", "Gov", "Lt", "Col", "Jr", "Sr", "Prof", "Sgt",
        "Capt", "Adm", "Maj", "Rev", "Mt", "Ft", "Cmdr", "Pres", "Amb", "Corp", "Inc", "Co", "Ltd", "No",
        "Atty", "Supt", "Brig", "Insp",
    ]

    static func tokenize(_ text: String) -> [Token] {
        let scalars = Array(text.unicodeScalars)
        var tokens: [Token] = []
        tokens.reserveCapacity(scalars.count / 5)
        var i = 0
        var spaceBefore = true
        var sentenceStart = true
        let n = scalars.count
        func isWordScalar(_ s: Unicode.Scalar) -> Bool {
            s.properties.isAlphabetic || s.properties.numericType != nil || s.properties.generalCategory == .nonspacingMark
        }
        while i < n {
            let s = scalars[i]
            if s.properties.isWhitespace {
                spaceBefore = true
                i += 1
                continue
            }
            let start = i
            if isWordScalar(s) || (s == "@" && i + 1 < n && isWordScalar(scalars[i + 1])) {
                i += 1
                while i < n {
                    let c = scalars[i]
                    if isWordScalar(c) || c == "_" { i += 1; continue }
                    // Apostrophes inside names (O'Brien) but not a possessive 's.
                    if (c == "'" || c == "’") && i + 1 < n && isWordScalar(scalars[i + 1]) {
                        let rest = i + 2 < n ? scalars[i + 2] : " "
                        if (scalars[i + 1] == "s" || scalars[i + 1] == "S") && !isWordScalar(rest) { break }
                        i += 1
                        continue
                    }
                    // Internal periods of acronyms and initials: U.S., J.D.
                    if c == "." && i + 1 < n && scalars[i + 1].properties.isUppercase && i - start <= 2
                        && (i + 2 >= n || scalars[i + 2] == "." || !isWordScalar(scalars[i + 2])) {
                        i += 1
                        continue
                    }
                    break
                }
                // A trailing period belongs to initials ("J."), acronyms ("U.S.") and abbreviations ("St.").
                if i < n && scalars[i] == "." {
                    var word = String.UnicodeScalarView()
                    word.append(contentsOf: scalars[start..<i])
                    let w = String(word)
                    let letters = w.unicodeScalars.filter { $0 != "." }
                    let isInitial = letters.count == 1 && letters.first.map { $0.properties.isUppercase } == true
                    if isInitial || w.contains(".") || abbreviations.contains(w) { i += 1 }
                }
            } else {
                i += 1
            }
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[start..<i])
            let token = Token(text: String(view), start: start, end: i, spaceBefore: spaceBefore, sentenceStart: sentenceStart)
            tokens.append(token)
            spaceBefore = false
            let t = token.text
            if t == "." || t == "!" || t == "?" || t == ":" || t == "…" {
                sentenceStart = true
            } else if t == "“" || t == "\"" || t == "(" || t == "‘" || t == "—" || t == "–" || t == "'" {
                // Sentence start carries over opening quotes and dashes.
            } else {
                sentenceStart = false
            }
        }
        return tokens
    }
}
