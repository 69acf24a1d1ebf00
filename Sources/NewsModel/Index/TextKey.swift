import Foundation

/// Case- and accent-insensitive keys for matching what a user types against names.
public enum TextKey {
    /// "Zelenskyy" -> "zelenskyy", "Erdoğan" -> "erdogan", "Kyiv" -> "kyiv".
    public static func make(_ text: String) -> String {
        text.folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: nil)
            .replacingOccurrences(of: "’", with: "'")
            .trimmingCharacters(in: .whitespaces)
    }
}
