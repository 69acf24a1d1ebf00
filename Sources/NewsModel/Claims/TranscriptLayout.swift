import Foundation

/// Radio and television transcripts, where a paragraph opens with its speaker's name in capitals
/// and a colon ("GAIL OSTRANDER: We were losing teachers ..."): what follows is that speaker's own
/// words, sentence by sentence, with no quotation marks or reporting verb. Hosts and reporters
/// ("LEILA FARROW, HOST:", "DANA WHITCOMB, BYLINE:", later "WHITCOMB:") narrate: their turns are
/// read as ordinary prose.
enum TranscriptLayout {
    /// A paragraph's speaker label.
    struct Label: Equatable {
        /// The name as written, in capitals ("GAIL OSTRANDER").
        var name: String
        /// The role after a comma ("HOST", "BYLINE"), if any.
        var role: String?
        /// Scalars the label takes, with the colon and the blanks after it.
        var length: Int
    }

    /// Roles of those who narrate rather than speak for themselves.
    static let narratorRoles: Set<String> = ["HOST", "BYLINE", "ANCHOR", "REPORTER", "CORRESPONDENT", "NARRATOR", "INTERVIEWER",
                                             "MODERATOR", "CO-HOST", "PRESENTER"]

    /// The label a paragraph opens with: one to four words in capitals (an optional ", ROLE"),
    /// then a colon.
    static func label(_ text: String) -> Label? {
        // (Most paragraphs have no colon in their first 60 bytes: turned away before any string is built.)
        var bytes = text
        guard bytes.withUTF8({ $0.prefix(60).contains(0x3A) }) else { return nil }
        let scalars = Array(text.unicodeScalars.prefix(80))
        guard let colon = scalars.firstIndex(of: ":") else { return nil }
        let head = String(String.UnicodeScalarView(scalars[..<colon])).trimmingCharacters(in: .whitespaces)
        let parts = head.split(separator: ",", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
        guard let name = parts.first, !name.isEmpty else { return nil }
        let words = name.split(separator: " ")
        guard (1...4).contains(words.count), name.unicodeScalars.contains(where: { $0.properties.isUppercase }),
              name.unicodeScalars.allSatisfy({ $0.properties.isUppercase || $0 == " " || $0 == "-" || $0 == "'" || $0 == "’" || $0 == "." }),
              !FactCheckLabel.falseLabels.contains(name), !FactCheckLabel.answerLabels.contains(name) else { return nil }
        let role = parts.count > 1 ? parts[1] : nil
        if let role, !role.unicodeScalars.allSatisfy({ $0.properties.isUppercase || $0 == " " || $0 == "-" || $0 == "." }) { return nil }
        var length = colon + 1
        let all = Array(text.unicodeScalars)
        while length < all.count && all[length].properties.isWhitespace { length += 1 }
        return Label(name: name, role: role, length: length)
    }

    /// The narrators of an article: every label with a narrator's role, by full name and by surname.
    static func narrators(_ paragraphs: [Paragraph]) -> Set<String> {
        var out: Set<String> = []
        for p in paragraphs {
            guard let l = label(p.text), let role = l.role, narratorRoles.contains(role) else { continue }
            out.insert(l.name)
            if let last = l.name.split(separator: " ").last { out.insert(String(last)) }
        }
        return out
    }

    /// Whether an article is a transcript: at least two paragraphs open with a label, one of them a narrator's.
    static func isTranscript(_ paragraphs: [Paragraph], narrators: Set<String>) -> Bool {
        !narrators.isEmpty && paragraphs.lazy.filter { label($0.text) != nil }.prefix(2).count == 2
    }
}
