import Foundation

/// Gives each paragraph its kind (caption, embedded post, heading, "Read more", "Source") and fills
/// outlet/date/url from a trailing "Source:" line.
enum ParagraphClassifier {
    static func classify(_ article: inout Article) {
        var paragraphs = article.paragraphs
        for i in paragraphs.indices {
            let text = paragraphs[i].text
            if hasPrefix(text, "Source:") {
                paragraphs[i].kind = .source
                let meta = SourceLineParser.parse(String(text.dropFirst("Source:".count)))
                article.outlet = article.outlet ?? meta.outlet
                article.date = article.date ?? meta.date
                article.url = article.url ?? meta.url
            } else if hasPrefix(text, "Read more:") || hasPrefix(text, "Read more ") || hasPrefix(text, "READ MORE") {
                paragraphs[i].kind = .readMore
            } else if isPostAttribution(text) {
                paragraphs[i].kind = .postAttribution
                if i > 0 && [.body, .heading].contains(paragraphs[i - 1].kind) { paragraphs[i - 1].kind = .post }
            } else if isCaption(text) {
                paragraphs[i].kind = .caption
            } else if i <= 1, let date = DateParser.wholeDate(text) {
                paragraphs[i].kind = .dateline
                article.date = article.date ?? date
            } else if isHeading(text) {
                paragraphs[i].kind = .heading
            }
        }
        article.paragraphs = paragraphs
    }

    private static func hasPrefix(_ text: String, _ prefix: String) -> Bool {
        // ASCII prefixes compared by bytes, ignoring case (Foundation's range(of:) cost ~7k
        // instructions a paragraph).
        var t = text.utf8.makeIterator()
        for p in prefix.utf8 {
            guard let c = t.next() else { return false }
            let lower = { (x: UInt8) -> UInt8 in x &- 0x41 < 26 ? x | 0x20 : x }
            if lower(c) != lower(p) { return false }
        }
        return true
    }

    /// "— Keith Kellogg (@generalkellogg) April 11, 2025"
    static func isPostAttribution(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, "—–-―".unicodeScalars.contains(first) else { return false }
        guard text.count < 200, let at = text.range(of: "(@") else { return false }
        let handle = text[at.upperBound...].prefix { $0 != ")" }
        return !handle.isEmpty && handle.count <= 30
            && handle.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" }
    }

    private static let creditWords: Set<String> = [
        "afp", "reuters", "ap", "getty", "images", "photo", "photos", "epa", "efe", "pool", "handout",
        "via", "courtesy", "file", "anadolu", "tass", "sputnik", "xinhua", "dpa", "ansa", "shutterstock",
        "bloomberg", "ria", "novosti", "upi", "pa", "wire", "image", "picture", "pictures", "alliance",
    ]

    /// A line ending in a photo credit, e.g. "... on April 11, 2025 (AFP)" or "Photo: Reuters".
    static func isCaption(_ text: String) -> Bool {
        if hasPrefix(text, "Photo:") || hasPrefix(text, "Photograph:") || hasPrefix(text, "Image:") {
            return true
        }
        guard text.hasSuffix(")"), let open = text.lastIndex(of: "(") else { return false }
        let credit = text[text.index(after: open)..<text.index(before: text.endIndex)]
        guard !credit.isEmpty, credit.count <= 60 else { return false }
        let before = text[..<open].trimmingCharacters(in: .whitespaces)
        guard let last = before.last, !".!?:;\"”".contains(last), before.count >= 15 else { return false }
        let words = credit.split(whereSeparator: { " /,-".contains($0) }).map { $0.lowercased() }
        guard !words.isEmpty, words.count <= 8 else { return false }
        return words.contains { creditWords.contains($0) }
    }

    /// A short line without closing punctuation that reads as a cross-heading.
    static func isHeading(_ text: String) -> Bool {
        guard text.count <= 100, let first = text.first, first.isUppercase || first.isNumber,
              let last = text.last else { return false }
        if ".!?:;,\"”’)…".contains(last) { return false }
        let words = text.split(separator: " ")
        return words.count >= 2 && words.count <= 14
    }
}
