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
        guard mayHaveLabel(text) else { return nil }
        guard let colon = text.prefix(12).firstIndex(of: ":") else { return nil }
        let label = String(text[..<colon]).trimmingCharacters(in: .whitespaces)
        if falseLabels.contains(label) { return .falseClaim }
        if answerLabels.contains(label) { return .answer(text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: colon.samePosition(in: text.unicodeScalars) ?? text.unicodeScalars.startIndex) + 1) }
        return nil
    }

    /// False when the first 12 characters plainly hold no colon: the first 12 bytes are ASCII
    /// without a colon or a carriage return (each such byte starts a character of its own, so they
    /// are the first 12 characters' starts). Most paragraphs are turned away without `Character` work.
    private static func mayHaveLabel(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { b in
            for k in 0..<min(12, b.count) {
                let c = b[k]
                if c >= 0x80 || c == 0x3A || c == 0x0D { return true }
            }
            return false
        }
    }
}
