import Foundation

/// Who speaks in the layouts of press statements and roundups, where quotations stand without
/// an attribution of their own: under a heading naming one person ("Secretary of State X on Meet
/// the Press"), above a signature line ("– National Security Advisor X"), or after "The following
/// is a statement from X".
enum StatementLayouts {
    /// Whether a paragraph's first character (after white space) opens a quotation.
    static func opensWithQuote(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first(where: { !$0.properties.isWhitespace }) else { return false }
        return first == "“" || first == "\"" || first == "«" || first == "‘"
    }

    /// The one person a short heading names, if it names one and no more.
    static func headingSpeaker(_ p: Paragraph, _ mentions: [ClaimExtractor.LocalMention]) -> Mention? {
        guard p.text.split(separator: " ").count <= 14 else { return nil }
        return onlyPerson(mentions)
    }

    /// The person a signature line names: a dash, then a short line naming one person.
    static func signer(_ p: Paragraph, _ mentions: [ClaimExtractor.LocalMention]) -> Mention? {
        guard let first = p.text.unicodeScalars.first, first == "–" || first == "—" || first == "-",
              p.text.split(separator: " ").count <= 14 else { return nil }
        return onlyPerson(mentions)
    }

    /// The person after "the following is a statement from" (or "by"), in a paragraph that says so.
    static func introducedSpeaker(_ p: Paragraph, _ mentions: [ClaimExtractor.LocalMention]) -> Mention? {
        // (Most paragraphs have no "following": a byte search says so before any string is made.)
        guard p.text.utf8.count >= 30, holdsOllowing(p.text) else { return nil }
        let lower = ClaimWords.lowercased(p.text)
        guard let phrase = introducers.lazy.compactMap({ lower.range(of: $0) }).first else { return nil }
        let after = lower.unicodeScalars.distance(from: lower.unicodeScalars.startIndex, to: phrase.upperBound)
        return mentions.first { $0.mention.kind == .person && $0.mention.form == .name && $0.start >= after }?.mention
    }

    /// Whether the bytes of `text` hold "ollowing" (`ByteSearch.contains(text, "ollowing")`):
    /// its "w", the rarer letter, found with memchr, then the eight bytes around it compared at once.
    static func holdsOllowing(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { b in
            guard let base = b.baseAddress, b.count >= 8 else { return false }
            // ("ollowing" as a little-endian word; its "w" is its fifth byte.)
            let word: UInt64 = 0x676E_6977_6F6C_6C6F
            var from = 4
            while from <= b.count - 4 {
                guard let hit = memchr(base + from, 0x77, b.count - 3 - from) else { return false }
                let w = hit.assumingMemoryBound(to: UInt8.self) - UnsafeMutablePointer(mutating: base)
                if UnsafeRawPointer(base + w - 4).loadUnaligned(as: UInt64.self) == word { return true }
                from = w + 1
            }
            return false
        }
    }

    static let introducers = ["following is a statement from ", "following is a statement by ", "following statement from ",
                              "following statement by ", "following are remarks by ", "following are remarks from "]

    private static func onlyPerson(_ mentions: [ClaimExtractor.LocalMention]) -> Mention? {
        let people = mentions.filter { $0.mention.kind == .person && $0.mention.form == .name }
        guard let first = people.first, people.allSatisfy({ $0.mention.entity == first.mention.entity }) else { return nil }
        return first.mention
    }
}
