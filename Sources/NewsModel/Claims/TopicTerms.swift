/// Content words of a claim, stemmed, so two claims on one topic share terms.
enum TopicTerms {
    static let stop: Set<String> = [
        "about", "above", "after", "again", "against", "also", "although", "among", "another", "because", "been",
        "before", "being", "between", "both", "could", "does", "doing", "during", "each", "either", "even", "every",
        "from", "further", "have", "having", "here", "into", "itself", "just", "like", "made", "make", "many",
        "more", "most", "much", "must", "only", "other", "over", "said", "says", "same", "should", "since", "some",
        "such", "than", "that", "their", "them", "then", "there", "these", "they", "this", "those", "through",
        "under", "until", "very", "were", "what", "when", "where", "which", "while", "will", "with", "within",
        "without", "would", "your", "year", "years", "week", "weeks", "time", "times", "told", "according",
        "report", "reported", "statement", "president", "people", "thousands", "including", "part", "well",
        "still", "already", "earlier", "later", "today", "monday", "tuesday", "wednesday",
        "thursday", "friday", "saturday", "sunday", "referring", "speaking", "added", "wrote",
        // (Negations say how a point is made, not what it is about.)
        "never", "nothing", "nobody", "none", "neither", "cannot",
    ]

    /// Lower-cased stems of the content words (four letters or more) of `text`.
    static func of(_ text: String) -> Set<String> {
        var out: Set<String> = []
        // Capitalised words are names (or sentence starts); shared names say nothing about disagreement.
        for token in Tokenizer.tokenize(text) where token.isWord && !token.isCapitalized {
            let w = token.text.lowercased()
            guard w.count >= 4, !stop.contains(w) else { continue }
            out.insert(stem(w))
        }
        return out
    }

    private static let asciiSuffixes: [StaticString] = ["ations", "ation", "ings", "ing", "edly", "ed", "es", "s"]

    /// `stem` of an ASCII word, on its bytes.
    static func stemASCII(_ word: UnsafeBufferPointer<UInt8>) -> String {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: word.count + 1) { w in
            var n = word.count
            for k in 0..<n { w[k] = word[k] }
            func hasSuffix(_ s: StaticString) -> Bool {
                let m = s.utf8CodeUnitCount
                guard m <= n else { return false }
                let p = s.utf8Start
                for k in 0..<m where w[n - m + k] != p[k] { return false }
                return true
            }
            if hasSuffix("ies") && n > 5 { n -= 3; w[n] = 0x79; n += 1 }
            for suffix in asciiSuffixes where hasSuffix(suffix) && n - suffix.utf8CodeUnitCount >= 4 {
                if suffix.utf8CodeUnitCount == 1 && hasSuffix("ss") { break }
                n -= suffix.utf8CodeUnitCount
                break
            }
            if hasSuffix("e") && n > 4 { n -= 1 }
            return String(decoding: UnsafeBufferPointer(rebasing: w[0..<n]), as: UTF8.self)
        }
    }

    /// A light suffix stripper: "partitioning" -> "partition", "forces" and "force" -> "forc".
    static func stem(_ word: String) -> String {
        var bytes = word
        if let ascii = bytes.withUTF8({ b in b.allSatisfy { $0 < 0x80 } ? stemASCII(b) : nil }) { return ascii }
        var w = word
        if w.hasSuffix("ies") && w.count > 5 { w = String(w.dropLast(3)) + "y" }
        for suffix in ["ations", "ation", "ings", "ing", "edly", "ed", "es", "s"] where w.hasSuffix(suffix) && w.count - suffix.count >= 4 {
            if suffix == "s" && w.hasSuffix("ss") { break }
            w = String(w.dropLast(suffix.count))
            break
        }
        if w.hasSuffix("e") && w.count > 4 { w.removeLast() }
        return w
    }
}
