/// The runs of letters of a text: `text.split { !$0.isLetter }`, by bytes when the text is ASCII
/// (there a character is a letter exactly when its byte is A-Z or a-z; "\r\n", one character,
/// is no letter either way).
enum LetterWords {
    static func of(_ text: String) -> [Substring] {
        of(text, ascii: text.utf8.allSatisfy { $0 < 0x80 })
    }

    /// With `ascii` saying whether the text is ASCII (known to the caller).
    static func of(_ text: String, ascii: Bool) -> [Substring] {
        guard ascii else { return text.split { !$0.isLetter } }
        var words: [Substring] = []
        let utf8 = text.utf8
        var start: String.Index? = nil
        var i = utf8.startIndex
        while i != utf8.endIndex {
            let c = utf8[i]
            let letter = (c | 0x20) &- 0x61 < 26
            if letter {
                if start == nil { start = i }
            } else if let s = start {
                words.append(text[s..<i])
                start = nil
            }
            i = utf8.index(after: i)
        }
        if let s = start { words.append(text[s..<utf8.endIndex]) }
        return words
    }
}
