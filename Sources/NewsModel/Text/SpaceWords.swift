/// The words of a text between spaces: `text.split(separator: " ")`, by bytes when the text is
/// ASCII (there each byte is a character and a space is one; elsewhere a space may begin a
/// character with a combining mark, which is no space).
enum SpaceWords {
    static func of(_ text: String) -> [Substring] {
        let utf8 = text.utf8
        guard utf8.allSatisfy({ $0 < 0x80 }) else { return text.split(separator: " ") }
        var words: [Substring] = []
        var start = utf8.startIndex
        var i = start
        while i != utf8.endIndex {
            if utf8[i] == 0x20 {
                if i != start { words.append(text[start..<i]) }
                start = utf8.index(after: i)
            }
            i = utf8.index(after: i)
        }
        if start != utf8.endIndex { words.append(text[start..<utf8.endIndex]) }
        return words
    }
}
