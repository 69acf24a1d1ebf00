import Foundation

/// Case- and accent-insensitive keys for matching what a user types against names.
public enum TextKey {
    /// "Zelenskyy" -> "zelenskyy", "Erdoğan" -> "erdogan", "Kyiv" -> "kyiv".
    public static func make(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            // ASCII only: folding just lower-cases, and Foundation's folding is slow.
            return text.lowercased().trimmingCharacters(in: .whitespaces)
        }
        return text.folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: nil)
            .replacingOccurrences(of: "’", with: "'")
            .trimmingCharacters(in: .whitespaces)
    }
}
