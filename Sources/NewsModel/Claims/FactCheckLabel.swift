/// Labels of fact-check layouts: a paragraph tagged as a false claim ("HOAX:", "MYTH:", "CLAIM:")
/// followed by one tagged as its answer ("FACT:", "REALITY:").
enum FactCheckLabel: Equatable {
    /// The paragraph states a claim the article calls false.
    case falseClaim
    /// The paragraph answers it; the label takes this many scalars.
    case answer(Int)

    static let falseLabels: Set<String> = ["HOAX", "MYTH", "CLAIM", "FALSE", "FAKE", "RUMOR", "RUMOUR", "LIE", "FICTION", "Myth", "Claim"]
    static let answerLabels: Set<String> = ["FACT", "REALITY", "TRUTH", "VERDICT", "CORRECTION", "Fact", "Reality", "Truth", "Verdict"]

    static func of(_ text: String) -> FactCheckLabel? {
        guard let colon = text.prefix(12).firstIndex(of: ":") else { return nil }
        let label = String(text[..<colon]).trimmingCharacters(in: .whitespaces)
        if falseLabels.contains(label) { return .falseClaim }
        if answerLabels.contains(label) { return .answer(text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: colon.samePosition(in: text.unicodeScalars) ?? text.unicodeScalars.startIndex) + 1) }
        return nil
    }
}
