import Foundation

/// Parses decoded text into an Article. Pure: text in, value out.
public enum ArticleParser {
    /// Parses `text`, choosing the seed format when line 3 is "-", else plain text.
    public static func parse(_ text: String, id: String, path: String? = nil) throws(ImportError) -> Article {
        let lines = SourceLines.split(text)
        guard lines.contains(where: { !$0.isBlank }) else { throw .onlyWhitespace }
        var article: Article
        if isSeedFormat(lines) {
            article = parseSeed(lines, id: id)
        } else {
            article = parsePlain(lines, id: id, scalars: Array(text.unicodeScalars))
        }
        article.path = path
        ParagraphClassifier.classify(&article)
        return article
    }

    static func isSeedFormat(_ lines: [SourceLine]) -> Bool {
        lines.count >= 3 && lines[2].trimmed.text == "-" && !lines[0].isBlank
    }

    private static func parseSeed(_ lines: [SourceLine], id: String) -> Article {
        let title = lines[0].trimmed
        let standfirst = lines[1].trimmed
        let paragraphs = lines.dropFirst(3).filter { !$0.isBlank }.map(\.trimmed)
        return Article(
            id: id, title: title.text, standfirst: standfirst.text,
            paragraphs: numbered(paragraphs), format: .seed,
            titleRange: title.start..<title.end, standfirstRange: standfirst.start..<standfirst.end)
    }

    /// Title is the first non-blank line; paragraphs are blocks separated by blank lines. A
    /// file with no blank lines after the title is read one paragraph a line.
    private static func parsePlain(_ lines: [SourceLine], id: String, scalars: [Unicode.Scalar]) -> Article {
        guard let titleIndex = lines.firstIndex(where: { !$0.isBlank }) else {
            return Article(id: id, title: "", paragraphs: [])
        }
        var title = lines[titleIndex].trimmed
        title = stripMarkdownHeading(title)
        let rest = Array(lines[(titleIndex + 1)...])
        var blocks: [[SourceLine]] = []
        var block: [SourceLine] = []
        for line in rest {
            if line.isBlank {
                if !block.isEmpty { blocks.append(block); block = [] }
            } else {
                block.append(line)
            }
        }
        if !block.isEmpty { blocks.append(block) }
        var paragraphs: [SourceLine] = []
        if blocks.count == 1 {
            paragraphs = blocks[0].map(\.trimmed)
        } else {
            for block in blocks {
                // Markdown-style lists and headings keep one paragraph a line.
                if block.count > 1 && block.allSatisfy({ isListOrHeading($0.trimmed.text) }) {
                    paragraphs.append(contentsOf: block.map(\.trimmed))
                } else {
                    paragraphs.append(join(block, scalars: scalars))
                }
            }
        }
        return Article(
            id: id, title: title.text, paragraphs: numbered(paragraphs), format: .plainText,
            titleRange: title.start..<title.end)
    }

    private static func isListOrHeading(_ text: String) -> Bool {
        text.hasPrefix("#") || text.hasPrefix("- ") || text.hasPrefix("* ") || text.hasPrefix("• ")
    }

    private static func stripMarkdownHeading(_ line: SourceLine) -> SourceLine {
        guard line.text.hasPrefix("#") else { return line }
        let scalars = Array(line.text.unicodeScalars)
        var i = 0
        while i < scalars.count && scalars[i] == "#" { i += 1 }
        guard i < scalars.count, scalars[i] == " " else { return line }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[(i + 1)...])
        return SourceLine(text: String(view), start: line.start + i + 1, end: line.end).trimmed
    }

    /// One paragraph spanning several lines keeps the exact source text between them.
    private static func join(_ block: [SourceLine], scalars: [Unicode.Scalar]) -> SourceLine {
        guard let first = block.first?.trimmed, let last = block.last?.trimmed else {
            return SourceLine(text: "", start: 0, end: 0)
        }
        if block.count == 1 { return first }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[first.start..<last.end])
        return SourceLine(text: String(view), start: first.start, end: last.end)
    }

    private static func numbered(_ lines: [SourceLine]) -> [Paragraph] {
        lines.enumerated().map { i, line in
            Paragraph(index: i, kind: .body, text: line.text, start: line.start, end: line.end)
        }
    }
}
